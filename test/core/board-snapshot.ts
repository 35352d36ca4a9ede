import { formatCardText } from '../../src/core/layout/card-text'
import type { Journey } from '../../src/core/model/journey'
import { layout } from '../../src/core/layout/layout'
import { mapRecordOf } from '../../src/core/board/map-record'
import { NO_WORKSHOP } from '../../src/core/model/workshop'
import { tagger } from '../../src/core/board/tags'
import type { Plan, PlanNode } from '../../src/core/layout/plan'
import type { BoardSnapshot, SnapshotNode } from '../../src/core/board/read-board'

export const MAP_ID = 'map-test'

/**
 * A board as the sandbox would collect it, straight from `layout()`: every plan node
 * becomes a tagged node (stickies for cards, shapes for headers, labels and points).
 */
export function snapshotOf(journey: Journey, options: { editor?: 'figjam' | 'figma' } = {}): { snapshot: BoardSnapshot; plan: Plan } {
  const plan = layout(journey)
  const count = new Map(journey.cards.map((c) => [c.id, c.count ?? 1]))
  const design = options.editor === 'figma'
  const tagFor = tagger(journey, MAP_ID)
  const nodes = plan.nodes.map((node, i): SnapshotNode => {
    const base = { id: `1:${i + 1}`, fillHex: null, tag: tagFor(node) }
    const box = 'box' in node ? node.box : lineBox(node)
    switch (node.kind) {
      case 'card':
        return { ...base, ...box, type: design ? 'FRAME' : 'STICKY', text: formatCardText(node.text, count.get(node.cardId)) }
      case 'emotion-sticky':
        return { ...base, ...box, fillHex: node.fillHex, type: design ? 'FRAME' : 'STICKY', text: node.text }
      case 'stage-header':
      case 'lane-label':
        return { ...base, ...box, type: design ? 'FRAME' : 'SHAPE_WITH_TEXT', text: node.text }
      case 'emotion-point':
        return { ...base, ...box, type: design ? 'OTHER' : 'SHAPE_WITH_TEXT', text: design ? null : node.label }
      case 'emotion-band':
        return { ...base, ...box, type: design ? 'OTHER' : 'SHAPE_WITH_TEXT', text: design ? null : '' }
      default:
        return { ...base, ...box, type: 'OTHER', text: null }
    }
  })
  return { snapshot: { record: mapRecordOf(journey, MAP_ID, plan.grid, NO_WORKSHOP), sectionName: journey.title, nodes }, plan }
}

function lineBox(node: Extract<PlanNode, { from: unknown }>): { x: number; y: number; width: number; height: number } {
  return { x: Math.min(node.from.x, node.to.x), y: node.from.y, width: Math.abs(node.to.x - node.from.x), height: 0 }
}

export function nodeOf(snapshot: BoardSnapshot, match: (n: SnapshotNode) => boolean): SnapshotNode {
  const found = snapshot.nodes.find(match)
  if (!found) throw new Error('no such node in the snapshot')
  return found
}

export const emotionNode = (snapshot: BoardSnapshot, emotionId: string): SnapshotNode =>
  nodeOf(snapshot, (n) => n.tag?.role === 'emotion' && n.tag.emotionId === emotionId)

export const cardNode = (snapshot: BoardSnapshot, cardId: string): SnapshotNode =>
  nodeOf(snapshot, (n) => n.tag?.role === 'card' && n.tag.cardId === cardId)

/** Puts a node's centre at (x, y). */
export function moveCentre(node: SnapshotNode, x: number, y: number): void {
  node.x = x - node.width / 2
  node.y = y - node.height / 2
}

/** A sticky someone stuck on the board by hand: no tag. */
export function handSticky(id: string, centre: { x: number; y: number }, text: string): SnapshotNode {
  return { id, type: 'STICKY', x: centre.x - 120, y: centre.y - 120, width: 240, height: 240, text, fillHex: '#FFE8A3', tag: null }
}
