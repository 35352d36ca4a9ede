import type { RequestOf, RequestType, ResultOf } from '../../core/protocol/requests'
import type { Handler, HandlerContext } from './context'
import { deleteTemplate } from './delete-template'
import { generate } from './generate'
import { importTemplates } from './import-templates'
import { listTemplates } from './list-templates'
import { loadSelectedMap } from './load-selected-map'
import { regenerate } from './regenerate'
import { renameTemplate } from './rename-template'
import { saveTemplate } from './save-template'

export type Handlers = { readonly [T in RequestType]: Handler<T> }

/** Every request type's handler: a type without one, or one answering with another type's result, fails typecheck. */
const HANDLERS: Handlers = {
  generate,
  regenerate,
  'load-selected-map': loadSelectedMap,
  'list-templates': listTemplates,
  'save-template': saveTemplate,
  'rename-template': renameTemplate,
  'delete-template': deleteTemplate,
  'import-templates': importTemplates,
}

/** Runs a request's handler. */
export async function handle<T extends RequestType>(request: RequestOf<T> & { type: T }, context: HandlerContext): Promise<ResultOf<T>> {
  const handler: Handler<T> = HANDLERS[request.type]
  return handler(request, context)
}
