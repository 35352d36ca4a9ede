import type { RequestOf, ResultOf } from '../../core/protocol/requests'
import { namesIn, templatesToImport } from '../../core/templates/saved'
import { listTemplates, writeTemplate } from '../storage/saved-templates'
import { idsIn, replyListing } from './template-helpers'

/** Every template from the file as a new one; names that clash get " (2)" and so on. */
export async function importTemplates(request: RequestOf<'import-templates'>): Promise<ResultOf<'import-templates'>> {
  const before = await listTemplates()
  const imported = templatesToImport(request.templates, { ids: idsIn(before), names: namesIn(before) }, Date.now(), Math.random)
  for (const template of imported) await writeTemplate(template)
  return { imported, listing: replyListing(await listTemplates()) }
}
