import type { ResultOf } from '../../core/protocol/requests'
import { listTemplates as readListing } from '../storage/saved-templates'
import { replyListing } from './template-helpers'

/** Every saved template, and a problem for each entry that cannot be read. */
export async function listTemplates(): Promise<ResultOf<'list-templates'>> {
  return replyListing(await readListing())
}
