import { UserError } from '../../core/i18n/user-error'
import type { RequestOf, ResultOf } from '../../core/protocol/requests'
import { namesIn, newTemplateId, TEMPLATE_SCHEMA, uniqueName, type UserTemplate } from '../../core/templates/saved'
import { listTemplates, writeTemplate } from '../storage/saved-templates'
import { idsIn, nameOrRefuse, replyListing } from './template-helpers'

/**
 * A new template (its name made unique, so nothing is overwritten by accident), or the
 * template with `templateId` replaced — the panel asks the person before it sends that.
 */
export async function saveTemplate(request: RequestOf<'save-template'>): Promise<ResultOf<'save-template'>> {
  const name = nameOrRefuse(request.name)
  const before = await listTemplates()
  let template: UserTemplate
  if (request.templateId !== undefined) {
    // An entry that cannot be read (a newer plugin's, say) is not replaced: only deleting it, on request, clears it.
    const problem = before.problems.find((p) => p.id === request.templateId)
    if (problem) throw new UserError(problem.message.key, problem.message.params)
    if (!before.templates.some((t) => t.id === request.templateId)) throw new UserError('templates.notFound')
    const others = namesIn({ ...before, templates: before.templates.filter((t) => t.id !== request.templateId) })
    template = { schema: TEMPLATE_SCHEMA, id: request.templateId, name: uniqueName(name, others), savedAt: Date.now(), setup: request.setup }
  } else {
    const id = newTemplateId(new Set(idsIn(before)), Date.now(), Math.random)
    template = { schema: TEMPLATE_SCHEMA, id, name: uniqueName(name, namesIn(before)), savedAt: Date.now(), setup: request.setup }
  }
  await writeTemplate(template)
  return { template, listing: replyListing(await listTemplates()) }
}
