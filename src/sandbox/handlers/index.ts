import type { UiRequest } from '../../core/messages'
import { generate } from './generate'
import { loadSelectedMap } from './load-selected-map'

export interface HandlerContext {
  progress(done: number, total: number): void
}

type Handlers = {
  [K in UiRequest['type']]: (request: Extract<UiRequest, { type: K }>, context: HandlerContext) => Promise<unknown>
}

/** One entry per request type; a missing one fails typecheck. */
export const handlers: Handlers = {
  generate: (request, context) => generate(request.journey, (done, total) => context.progress(done, total)),
  'load-selected-map': () => Promise.resolve(loadSelectedMap()),
}
