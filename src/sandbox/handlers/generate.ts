import { checkJourney } from '../../core/check-journey'
import { plural } from '../../core/i18n'
import type { GenerateResult } from '../../core/messages'
import { UserError } from '../../core/user-error'
import { renderBoard, type RenderProgress } from '../render/render-board'

/** Draws the journey the panel sent, as one undo step, and brings it into view. */
export async function generate(input: unknown, progress: RenderProgress): Promise<GenerateResult> {
  const checked = checkJourney(input)
  if (!checked.ok) {
    const [first] = checked.problems
    throw first ? new UserError(first.key, first.params) : new UserError('error.badJourney', { detail: '?' })
  }
  const journey = checked.journey
  const board = await renderBoard(journey, progress)
  figma.currentPage.selection = [board.section]
  figma.viewport.scrollAndZoomIntoView([board.section])
  figma.commitUndo()
  figma.notify(plural(journey.locale, 'notify.generated', { count: journey.cards.length, stages: journey.stages.length }))
  return { sectionId: board.section.id, nodeCount: board.nodeCount, cardCount: journey.cards.length }
}
