import type { MapRecord } from '../../core/board/map-record'
import { parseTag } from '../../core/board/tags'
import type { LaneSticky } from '../../core/layout/emotion-model'
import { KEY } from './plugin-data'
import { fillHexOf, textOf } from './read-node'

/**
 * Stickies (or card frames, in Figma Design) among `nodes` (a section's children, or
 * live sync's candidates in it) whose centre is within the emotion lane's row.
 */
export function laneStickies(nodes: readonly SceneNode[], record: MapRecord): LaneSticky[] {
  const scale = record.grid.scale
  const row = scale && record.grid.rows.find((r) => r.laneId === scale.laneId)
  if (!scale || !row) return []
  const out: LaneSticky[] = []
  for (const node of nodes) {
    if (node.type !== 'STICKY' && node.type !== 'FRAME') continue
    const cy = node.y + node.height / 2
    // The whole row: the model tells the lane's notes strip from its scored area.
    if (cy < row.y || cy > row.y + row.height) continue
    if (node.type === 'FRAME' && parseTag(node.getPluginData(KEY.tag))?.role !== 'emotion') continue
    out.push({ id: node.id, x: node.x, y: node.y, width: node.width, height: node.height, text: textOf(node) ?? '', fillHex: fillHexOf(node) })
  }
  return out
}
