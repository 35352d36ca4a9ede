import type { UiRequest } from '../../core/protocol/messages'
import type { HandlerContext } from './context'
import { generate } from './generate'
import { loadSelectedMap } from './load-selected-map'
import { regenerate } from './regenerate'
import { importTemplates, listTemplates, removeTemplate, renameTemplate, saveTemplate } from './templates'

/** Runs a request's handler; a request type without one fails typecheck (`never`). */
export async function handle(request: UiRequest, context: HandlerContext): Promise<unknown> {
  switch (request.type) {
    case 'generate':
      return generate(request.journey, request.workshop, context)
    case 'regenerate':
      return regenerate(request, context)
    case 'load-selected-map':
      return loadSelectedMap()
    case 'list-templates':
      return listTemplates()
    case 'save-template':
      return saveTemplate(request)
    case 'rename-template':
      return renameTemplate(request.templateId, request.name)
    case 'delete-template':
      return removeTemplate(request.templateId)
    case 'import-templates':
      return importTemplates(request.templates)
    default: {
      const unhandled: never = request
      throw new Error(`no handler for ${JSON.stringify(unhandled)}`)
    }
  }
}
