import type { UiRequest } from '../../core/messages'
import { generate } from './generate'
import { loadSelectedMap } from './load-selected-map'

export interface HandlerContext {
  progress(done: number, total: number): void
}

/** Runs a request's handler; a request type without one fails typecheck (`never`). */
export async function handle(request: UiRequest, context: HandlerContext): Promise<unknown> {
  switch (request.type) {
    case 'generate':
      return generate(request.journey, (done, total) => context.progress(done, total))
    case 'load-selected-map':
      return loadSelectedMap()
    default: {
      const unhandled: never = request
      throw new Error(`no handler for ${JSON.stringify(unhandled)}`)
    }
  }
}
