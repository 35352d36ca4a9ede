import { UserError } from '../../core/i18n/user-error'
import type { RequestOf, ResultOf } from '../../core/protocol/requests'
import { namesIn, uniqueName } from '../../core/templates/saved'
import { listTemplates, writeTemplate } from '../storage/saved-templates'
import { nameOrRefuse, replyListing } from './template-helpers'

/** A new name; one another template has is refused rather than doubled. */
export async function renameTemplate(request: RequestOf<'rename-template'>): Promise<ResultOf<'rename-template'>> {
  const { templateId } = request
  const name = nameOrRefuse(request.name)
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
  return { template, listing: replyListing(await listTemplates()) }
}
