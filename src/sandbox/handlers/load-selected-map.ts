import type { ResultOf } from '../../core/protocol/requests'
import { readBoard } from '../../core/board/read-board'
import { UserError } from '../../core/i18n/user-error'
import { recordProblem } from '../../core/board/map-record'
import { findSelectedMap, snapshotSection } from '../canvas/read-section'

/**
 * The map under the selection, as the board shows it now: structure from the
 * section's record, stage columns and lanes from the headers and labels where
 * they stand, and every card and score read by position (stickies people added
 * by hand included). Stickies outside the map come back as notes.
 */
export function loadSelectedMap(): ResultOf<'load-selected-map'> {
  const selected = findSelectedMap(figma.currentPage.selection)
  if (!selected) throw new UserError('error.noMap')
  const { section, read } = selected
  if (!read.ok) {
    const problem = recordProblem(read)
    throw new UserError(problem.key, problem.params)
  }
  const { journey, notes } = readBoard(snapshotSection(section, read.record))
  return { sectionId: section.id, journey, workshop: read.record.workshop, notes }
}
