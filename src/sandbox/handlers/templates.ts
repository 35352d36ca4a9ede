import { UserError } from '../../core/i18n/user-error'
import {
  cleanName,
  namesIn,
  newTemplateId,
  TEMPLATE_SCHEMA,
  templatesToImport,
  uniqueName,
  type IncomingTemplate,
  type TemplateListing,
  type TemplateSetup,
  type UserTemplate,
} from '../../core/templates/saved'
import { deleteTemplate, listTemplates, writeTemplate } from '../storage/saved-templates'

/** "My templates" requests: thin steps over the store; the rules are in core/user-templates. */

export { listTemplates }

function nameOrRefuse(name: string): string {
  const clean = cleanName(name)
  if (clean === '') throw new UserError('templates.emptyName')
  return clean
}

const idsIn = (listing: TemplateListing) => [...listing.templates.map((t) => t.id), ...listing.problems.map((p) => p.id)]

/**
 * A new template (its name made unique, so nothing is overwritten by accident), or the
 * template with `templateId` replaced — the panel asks the person before it sends that.
 */
export async function saveTemplate(
  request: { templateId?: string; name: string; setup: TemplateSetup },
): Promise<{ template: UserTemplate; listing: TemplateListing }> {
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
  return { template, listing: await listTemplates() }
}

/** A new name; one another template has is refused rather than doubled. */
export async function renameTemplate(templateId: string, newName: string): Promise<{ template: UserTemplate; listing: TemplateListing }> {
  const name = nameOrRefuse(newName)
  const before = await listTemplates()
  const found = before.templates.find((t) => t.id === templateId)
  if (!found) {
    const problem = before.problems.find((p) => p.id === templateId)
    throw problem ? new UserError(problem.message.key, problem.message.params) : new UserError('templates.notFound')
  }
  const others = namesIn({ ...before, templates: before.templates.filter((t) => t.id !== templateId) })
  if (uniqueName(name, others) !== name) throw new UserError('templates.nameTaken', { name })
  const template = { ...found, name }
  await writeTemplate(template)
  return { template, listing: await listTemplates() }
}

/** Removes the entry, readable or not; one already gone is not an error. */
export async function removeTemplate(templateId: string): Promise<TemplateListing> {
  await deleteTemplate(templateId)
  return listTemplates()
}

/** Every template from the file as a new one; names that clash get " (2)" and so on. */
export async function importTemplates(incoming: readonly IncomingTemplate[]): Promise<{ imported: UserTemplate[]; listing: TemplateListing }> {
  const before = await listTemplates()
  const imported = templatesToImport(incoming, { ids: idsIn(before), names: namesIn(before) }, Date.now(), Math.random)
  for (const template of imported) await writeTemplate(template)
  return { imported, listing: await listTemplates() }
}
