import { plural } from '../../core/i18n/board'
import { parseMapRecord, recordProblem } from '../../core/board/map-record'
import type { RequestOf, ResultOf } from '../../core/protocol/requests'
import { PERSONA_CARD_KEY, placeholderKey } from '../../core/layout/plan'
import { readBoard } from '../../core/board/read-board'
import { planRegenerate } from '../../core/board/plan-regenerate'
import { FRAME_ROLES } from '../../core/board/tags'
import { UserError } from '../../core/i18n/user-error'
import { holdsMap, KEY, readChunked } from '../canvas/plugin-data'
import { sectionNodes, snapshotSection } from '../canvas/read-section'
import { laySection } from '../render/lay-section'
import { ensureParkingLot, park } from '../render/parking-lot'
import { boardKit } from '../render/render-board'
import { checkedJourney } from '../../core/model/check-journey'
import type { HandlerContext } from './context'

/**
 * Relays a map out in place with the structure the person asked for, as one undo step.
 * Every sticky keeps its text, colour, author and tags and moves with its cell; those
 * whose stage or lane is gone go to the Parking lot. Everything that can fail (the
 * journey, the map's record, the font) is checked before the board is touched.
 */
export async function regenerate(request: RequestOf<'regenerate'>, context: HandlerContext): Promise<ResultOf<'regenerate'>> {
  const next = checkedJourney(request.journey)
  const found = await figma.getNodeByIdAsync(request.sectionId)
  if (!found || found.type !== 'SECTION' || !holdsMap(found)) throw new UserError('error.mapGone')
  const section = found
  const read = parseMapRecord(readChunked(section, KEY.map) ?? '')
  if (!read.ok) {
    // A newer plugin's record is refused before anything is drawn: writing ours over it would lose what it says.
    const problem = recordProblem(read)
    throw new UserError(problem.key, problem.params)
  }
  const { record } = read
  const kit = await boardKit()

  // Live sync's latest redraw is its own step: the regenerate's step holds only the regenerate.
  figma.commitUndo()
  const snapshot = snapshotSection(section, record)
  const board = readBoard(snapshot)
  const plan = planRegenerate(board, record.scale, next, request.workshop)
  const nodes = sectionNodes(section)
  // The snapshot read every node's tag once; the furniture is found there.
  const roleOf = new Map(snapshot.nodes.flatMap((n) => (n.tag && n.tag.mapId === record.mapId ? [[n.id, n.tag.role] as const] : [])))

  const existing = new Map<string, SceneNode>()
  for (const [id, nodeId] of plan.existing) {
    const node = nodes.get(nodeId)
    if (node) existing.set(id, node)
  }
  for (const stage of plan.journey.stages) {
    for (const lane of plan.journey.lanes) {
      for (let slot = 0; slot < plan.blanksIn(stage.id, lane.id); slot++) {
        const node = nodes.get(plan.blankNode(stage.id, lane.id, slot) ?? '')
        if (node) existing.set(placeholderKey(stage.id, lane.id, slot), node)
      }
    }
  }
  const toPark = plan.parked.flatMap((p) => nodes.get(p.nodeId) ?? [])
  const personaCard = plan.personaCard === null ? undefined : nodes.get(plan.personaCard)
  if (personaCard) existing.set(PERSONA_CARD_KEY, personaCard)

  for (const node of nodes.values()) {
    const role = roleOf.get(node.id)
    if (role && FRAME_ROLES.has(role)) node.remove()
  }
  for (const nodeId of plan.discarded) nodes.get(nodeId)?.remove()

  // Parked first: the lane's curve is computed from the stickies still in the section.
  if (toPark.length > 0 || request.workshop.parkingLot) park(section, record.mapId, plan.journey, toPark)
  const added = plan.journey.cards.length + plan.journey.emotions.length - plan.existing.size
  const onProgress = (done: number, total: number): void => context.progress(done, total)
  await laySection(section, { journey: plan.journey, workshop: request.workshop, mapId: record.mapId, kit, existing, placeholders: plan.blanksIn, onProgress, onMade: (ids) => context.made(ids) })
  section.name = plan.journey.title
  // The map may have grown into its lot.
  if (toPark.length > 0 || request.workshop.parkingLot) ensureParkingLot(section, record.mapId, plan.journey)

  figma.currentPage.selection = [section]
  figma.commitUndo()
  figma.notify(plural(plan.journey.locale, 'notify.regenerated', { count: plan.journey.cards.length, parked: toPark.length }))
  return { sectionId: section.id, cardCount: plan.journey.cards.length, parked: toPark.length, added }
}
