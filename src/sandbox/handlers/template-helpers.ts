import { UserError } from '../../core/i18n/user-error'
import type { ResultOf } from '../../core/protocol/requests'
import { wireMessage } from '../../core/protocol/wire-message'
import { cleanName, type TemplateListing } from '../../core/templates/saved'

/** What the template handlers share; the rules themselves are in core/templates/saved. */

export function nameOrRefuse(name: string): string {
  const clean = cleanName(name)
  if (clean === '') throw new UserError('templates.emptyName')
  return clean
}

/** Unreadable entries' ids count too: a new id must not land on one of them. */
export const idsIn = (listing: TemplateListing) => [...listing.templates.map((t) => t.id), ...listing.problems.map((p) => p.id)]

/** The listing as a reply carries it: a problem may name only the sandbox's own keys, as an error may. */
export function replyListing(listing: TemplateListing): ResultOf<'list-templates'> {
  return { ...listing, problems: listing.problems.map((p) => ({ ...p, message: wireMessage(p.message) })) }
}
