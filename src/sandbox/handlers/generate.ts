import { checkedJourney } from '../../core/model/check-journey'
import { plural } from '../../core/i18n/board'
import type { RequestOf, ResultOf } from '../../core/protocol/requests'
import { NO_WORKSHOP } from '../../core/model/workshop'
import { renderBoard } from '../render/render-board'
import type { HandlerContext } from './context'

/** Draws the journey the panel sent, as one undo step, and brings it into view. */
export async function generate(request: RequestOf<'generate'>, context: HandlerContext): Promise<ResultOf<'generate'>> {
  const journey = checkedJourney(request.journey)
  const workshop = request.workshop ?? NO_WORKSHOP
  // Close the open step first: curve redraws live sync made since the last commit
  // belong to the edits that caused them, not to this board's undo step.
  figma.commitUndo()
  const board = await renderBoard(journey, workshop, (done, total) => context.progress(done, total), (ids) => context.made(ids))
  figma.currentPage.selection = [board.section]
  figma.viewport.scrollAndZoomIntoView([board.section])
  figma.commitUndo()
  figma.notify(plural(journey.locale, 'notify.generated', { count: journey.cards.length, stages: journey.stages.length }))
  return { sectionId: board.section.id, nodeCount: board.nodeCount, cardCount: journey.cards.length }
}
