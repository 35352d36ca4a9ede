import { describe, expect, it } from 'vitest'
import { tagger, type Tag } from '../../src/core/board/tags'
import { layout } from '../../src/core/layout/layout'
import { PERSONA_CARD_KEY, placeholderKey, type PlanNode } from '../../src/core/layout/plan'
import type { Journey } from '../../src/core/model/journey'
import { PALETTE_HEX } from '../../src/core/model/palette'
import type { Workshop } from '../../src/core/model/workshop'
import { readBoard, sections } from './board'
import { workshopJourney } from './journeys'
import { startPlugin } from './plugin-harness'

/**
 * The Plan is what the canvas shows: after Generate, every node the plugin drew in the
 * section is a node of the pure layout's Plan (given the stickies' real heights), with
 * its tag and its box, and nothing else is there — the emotion lane's marks included.
 */

const personas = [
  { id: 'a', name: 'Commuter', color: PALETTE_HEX.lightBlue },
  { id: 'b', name: 'Tourist', color: PALETTE_HEX.lightGreen },
]
const scored: Journey = {
  ...workshopJourney(),
  personas,
  emotions: workshopJourney().emotions.flatMap((e, i) => [
    { ...e, personaId: 'a', participant: `P${i}` },
    { ...e, id: `${e.id}-b`, score: -e.score, personaId: 'b' },
    { ...e, id: `${e.id}-c`, score: Math.min(2, e.score + 1), personaId: 'b', note: 'Second visit' },
  ]),
}
const workshop: Workshop = { placeholders: 1, hints: true, persona: { name: 'Dana', description: 'Rides to work', goals: 'Be on time' }, parkingLot: false }

const r = (n: number): number => Math.round(n * 100) / 100
const keyOf = (tag: Tag): string =>
  [tag.role, tag.stageId, tag.laneId, tag.cardId, tag.emotionId, tag.personaId, tag.moment].map((v) => v ?? '').join('|')

/**
 * What a node is and where: lines and curves by their origin (their size is their
 * geometry's), a lane's hint by its origin and width (its text sets its height), the
 * rest by their box.
 */
function planLine(node: PlanNode, tag: Tag): string {
  if (node.kind === 'divider' || node.kind === 'zero-line') return `${keyOf(tag)}@${r(Math.min(node.from.x, node.to.x))},${r(node.from.y)}`
  if (node.kind === 'curve') return `${keyOf(tag)}@${r(node.box.x)},${r(node.box.y)}`
  if (node.kind === 'lane-hint') return `${keyOf(tag)}@${r(node.box.x)},${r(node.box.y)} ${r(node.box.width)}`
  const { x, y, width, height } = node.box
  return `${keyOf(tag)}@${r(x)},${r(y)} ${r(width)}x${r(height)}`
}
function canvasLine(node: SceneNode, tag: Tag): string {
  if (node.type === 'LINE' || node.type === 'VECTOR') return `${keyOf(tag)}@${r(node.x)},${r(node.y)}`
  if (node.type === 'TEXT') return `${keyOf(tag)}@${r(node.x)},${r(node.y)} ${r(node.width)}`
  return `${keyOf(tag)}@${r(node.x)},${r(node.y)} ${r(node.width)}x${r(node.height)}`
}

describe.each(['figjam', 'figma'] as const)('%s: the canvas shows the Plan and nothing else', (editorType) => {
  it.each([
    ['two personas, placeholders, hints and a persona card', scored, workshop],
    ['right to left, in Hebrew', { ...scored, locale: 'he' as const, direction: 'rtl' as const }, workshop],
  ])('%s', async (_, journey, shape) => {
    const plugin = startPlugin({ editorType })
    const { error } = await plugin.request({ type: 'generate', journey, workshop: shape })
    expect(error).toBeUndefined()
    const section = sections(plugin.emulator.figma.currentPage)[0]!
    const board = readBoard(section)
    const own = board.nodes.filter((n) => n.tag.role !== 'frame-text')

    // The stickies' real heights, as laySection measured them, by the Plan's sticky keys.
    const heights = new Map<string, number>()
    const slots = new Map<string, number>()
    for (const { node, tag } of own) {
      if (tag.role === 'card') heights.set(tag.cardId!, node.height)
      if (tag.role === 'emotion') heights.set(tag.emotionId!, node.height)
      if (tag.role === 'persona-card') heights.set(PERSONA_CARD_KEY, node.height)
      if (tag.role === 'placeholder') {
        const cell = `${tag.stageId}|${tag.laneId}`
        const slot = slots.get(cell) ?? 0
        slots.set(cell, slot + 1)
        heights.set(placeholderKey(tag.stageId!, tag.laneId!, slot), node.height)
      }
    }
    const plan = layout(journey, { workshop: shape, cardHeight: (key) => heights.get(key) })
    const tagOf = tagger(journey, board.record.mapId)

    expect(plan.nodes.some((n) => n.kind === 'curve')).toBe(true)
    expect(plan.nodes.some((n) => n.kind === 'moment')).toBe(true)
    expect(own.map(({ node, tag }) => canvasLine(node, tag)).sort()).toEqual(plan.nodes.map((n) => planLine(n, tagOf(n))).sort())
  })
})
