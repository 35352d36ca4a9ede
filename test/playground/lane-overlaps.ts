import { readChunked } from '../../src/sandbox/canvas/plugin-data'
import { parseMapRecord } from '../../src/core/board/map-record'
import { parseTag } from '../../src/core/board/tags'

/**
 * Overlapping pairs in a map's emotion lane, counted from the board's nodes: what a person
 * sees as things covering each other. The curve, the neutral line and the min–max bands
 * are lines through the lane and may cross anything; the lane's label column (its title,
 * hint and the persona legend set on it) is the row's header, not its content.
 */

export interface LaneBox {
  id: string
  role: string
  x: number
  y: number
  width: number
  height: number
}

const CROSSING: ReadonlySet<string> = new Set(['curve', 'zero-line', 'emotion-band', 'divider'])
const HEADER: ReadonlySet<string> = new Set(['lane-label', 'lane-hint'])

const covers = (a: LaneBox, b: LaneBox): boolean =>
  Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x) > 0.5 && Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y) > 0.5

/** Every pair of boxes that cover each other, the lines left out; ids in each pair sorted. */
export function overlappingPairs(boxes: readonly LaneBox[]): [string, string][] {
  const solid = boxes.filter((b) => !CROSSING.has(b.role) && !HEADER.has(b.role)).sort((a, b) => a.x - b.x)
  const pairs: [string, string][] = []
  for (let i = 0; i < solid.length; i++) {
    const a = solid[i]!
    for (let j = i + 1; j < solid.length; j++) {
      const b = solid[j]!
      if (b.x >= a.x + a.width) break
      if (covers(a, b)) pairs.push(a.id < b.id ? [a.id, b.id] : [b.id, a.id])
    }
  }
  return pairs
}


/** The emotion lane's overlapping pairs of a drawn map section; null when the section is no map or has no emotion lane. */
export function emotionLaneOverlaps(section: SectionNode): [string, string][] | null {
  const read = parseMapRecord(readChunked(section, 'map') ?? '')
  if (!read.ok || !read.record.grid.scale) return null
  const { scale, rows } = read.record.grid
  const row = rows.find((r) => r.laneId === scale.laneId)
  if (!row) return null
  const boxes: LaneBox[] = []
  for (const node of section.children) {
    const cy = node.y + node.height / 2
    if (cy < row.y || cy > row.y + row.height) continue
    const role = parseTag(node.getPluginData('tag'))?.role ?? (node.type === 'STICKY' ? 'emotion' : node.type)
    boxes.push({ id: node.id, role, x: node.x, y: node.y, width: node.width, height: node.height })
  }
  return overlappingPairs(boxes)
}
