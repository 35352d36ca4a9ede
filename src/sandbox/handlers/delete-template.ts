import type { RequestOf, ResultOf } from '../../core/protocol/requests'
import { deleteTemplate as removeStored, listTemplates } from '../storage/saved-templates'
import { replyListing } from './template-helpers'

/** Removes the entry, readable or not; one already gone is not an error. */
export async function deleteTemplate(request: RequestOf<'delete-template'>): Promise<ResultOf<'delete-template'>> {
  await removeStored(request.templateId)
  return replyListing(await listTemplates())
}
