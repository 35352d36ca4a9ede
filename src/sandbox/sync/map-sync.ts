import { emotionState, type EmotionState, type LaneSticky } from '../../core/emotion-model'
import type { MapRecord } from '../../core/map-record'
import { applyEmotionLayer, laneStickies, layerNodesOf } from '../render/emotion-layer'

export interface MapSyncResult {
  state: EmotionState
  /** the stickies the lane counts now (for the index) */
  laneIds: string[]
  /** stickies moved to the height their text says: where they are now */
  snapped: { id: string; x: number; y: number }[]
  /** nodes of the emotion layer written (created, updated or removed) */
  layerWrites: number
  /**
   * How the section's layer nodes changed, for the index: 'same' (none created or
   * removed), the section's children now with those the layer added, or 'unknown'.
   */
  layerNodes: 'same' | 'unknown' | { present: ReadonlySet<string>; created: string[] }
  /** every node written: snapped stickies and layer nodes */
  writes: number
}

const moved = (a: number, b: number): boolean => Math.abs(a - b) > 0.01

/**
 * One recompute of a map's emotion lane, synchronously: read the lane's stickies,
 * compute, move stickies whose text names another score to that height, and bring
 * the drawn layer in line. Writes only what differs.
 */
export function syncMap(section: SectionNode, record: MapRecord, isLayer?: (id: string) => boolean): MapSyncResult {
  const base = { grid: record.grid, scale: record.scale, personas: record.personas, locale: record.locale }
  let stickies: LaneSticky[] = laneStickies(section, record)
  let state = emotionState({ ...base, stickies })
  const snapped: MapSyncResult['snapped'] = []
  if (state.snaps.length > 0) {
    const target = new Map(state.snaps.map((s) => [s.id, s.y]))
    for (const node of section.children) {
      const y = target.get(node.id)
      if (y === undefined || !moved(node.y, y)) continue
      node.y = y
      snapped.push({ id: node.id, x: node.x, y })
    }
    // Compute again from where the stickies are now, so what is drawn is a fresh recompute of the board.
    stickies = stickies.map((s) => {
      const y = target.get(s.id)
      return y === undefined ? s : { ...s, y }
    })
    state = emotionState({ ...base, stickies })
  }
  const before = section.children
  const count = before.length
  const last = count > 0 ? before[count - 1]!.id : null
  // The last child that is not a layer node: the layer never removes it, and appends after it.
  let anchor: string | null = null
  for (let i = count - 1; i >= 0 && isLayer; i--) {
    const id = before[i]!.id
    if (!isLayer(id)) {
      anchor = id
      break
    }
  }
  const layerWrites = applyEmotionLayer(section, record, state, layerNodesOf(section, record, isLayer))
  const layerNodes = layerWrites === 0 ? 'same' : layerChange(section.children, count, last, anchor, isLayer)
  return { state, laneIds: stickies.map((s) => s.id), snapped, layerWrites, layerNodes, writes: snapped.length + layerWrites }
}

/**
 * How the section's layer nodes changed, from ids alone (no plugin data). The layer
 * appends what it makes: with the same count and the same last child nothing was made,
 * and so nothing removed. Otherwise the new nodes are the unindexed ones after the
 * last non-layer child.
 */
function layerChange(
  after: readonly SceneNode[],
  count: number,
  last: string | null,
  anchor: string | null,
  isLayer: ((id: string) => boolean) | undefined,
): MapSyncResult['layerNodes'] {
  const lastNow = after.length > 0 ? after[after.length - 1]!.id : null
  if (after.length === count && lastNow === last) return 'same'
  if (!isLayer) return 'unknown'
  const ids = after.map((n) => n.id)
  const from = anchor === null ? 0 : ids.lastIndexOf(anchor) + 1
  if (anchor !== null && from === 0) return 'unknown'
  return { present: new Set(ids), created: ids.slice(from).filter((id) => !isLayer(id)) }
}
