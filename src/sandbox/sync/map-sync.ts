import { emotionLayer } from '../../core/layout/emotion-layer'
import type { EmotionState, LaneSticky } from '../../core/layout/emotion-model'
import type { MapRecord } from '../../core/board/map-record'
import { laneStickies } from '../canvas/lane-stickies'
import { applyEmotionLayer, layerNodesOf } from '../render/emotion-layer'

/**
 * Where to look for a map's lane and layer without reading the whole section: the
 * nodes the lane counted at the last recompute plus those a batch touched, and the
 * layer's nodes as tracked. Nodes gone or moved to another parent are skipped.
 */
export interface LaneScope {
  candidates: Iterable<SceneNode>
  layer: Iterable<SceneNode>
}

export interface MapSyncResult {
  state: EmotionState
  /** the nodes the lane counts now (for the index) */
  lane: SceneNode[]
  /** the layer's nodes now (for the index) */
  layer: SceneNode[]
  /** stickies moved to the height their text says: where they are now */
  snapped: { id: string; x: number; y: number }[]
  /** nodes of the emotion layer written (created, updated or removed) */
  layerWrites: number
  /** every node written: snapped stickies and layer nodes */
  writes: number
}

const moved = (a: number, b: number): boolean => Math.abs(a - b) > 0.01

/** Live nodes of `from` that are direct children of the section, each once. */
function within(section: SectionNode, from: Iterable<SceneNode>): SceneNode[] {
  const out = new Map<string, SceneNode>()
  for (const node of from) {
    if (out.has(node.id) || node.removed) continue
    if (node.parent?.id === section.id) out.set(node.id, node)
  }
  return [...out.values()]
}

/**
 * One recompute of a map's emotion lane, synchronously: read the lane's stickies,
 * compute, move stickies whose text names another score to that height, and bring
 * the drawn layer in line. Writes only what differs. Without a scope it reads every
 * child of the section; with one, only the scope's nodes.
 */
export function syncMap(section: SectionNode, record: MapRecord, scope?: LaneScope): MapSyncResult {
  const base = { grid: record.grid, scale: record.scale, personas: record.personas, locale: record.locale }
  const children = scope ? null : section.children
  const pool = children ?? within(section, scope!.candidates)
  let stickies: LaneSticky[] = laneStickies(pool, record)
  const counted = new Set(stickies.map((s) => s.id))
  const lane = pool.filter((n) => counted.has(n.id))
  let drawn = emotionLayer({ ...base, stickies })
  const snapped: MapSyncResult['snapped'] = []
  const snaps = drawn.state.snaps
  if (snaps.length > 0) {
    const target = new Map(snaps.map((s) => [s.id, s.y]))
    for (const node of lane) {
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
    drawn = emotionLayer({ ...base, stickies })
  }
  const marks = layerNodesOf(children ?? within(section, scope!.layer), record.mapId)
  const before = [...marks.byKey.values(), ...marks.extra]
  const made: SceneNode[] = []
  const layerWrites = applyEmotionLayer(section, record.mapId, drawn.nodes, marks, made)
  const state = drawn.state
  const layer = layerWrites === 0 ? before : [...before.filter((n) => !n.removed), ...made]
  return { state, lane, layer, snapped, layerWrites, writes: snapped.length + layerWrites }
}
