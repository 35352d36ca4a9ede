import type { MapRecord } from '../../core/board/map-record'
import { LAYER_ROLES, layerKey, parseTag } from '../../core/board/tags'
import { emotionLayer } from '../../core/layout/emotion-layer'
import type { EmotionState, LaneSticky } from '../../core/layout/emotion-model'
import type { LayerNode } from '../../core/layout/plan'
import { laneStickies } from '../canvas/lane-stickies'
import { KEY } from '../canvas/plugin-data'
import { applyEmotionLayer, layerNodesOf, type DrawnMark } from '../render/emotion-layer'

/**
 * What live sync knows of a map's emotion lane between batches: each sticky the lane
 * counted, as last read, and each mark with the Plan node it was last brought in line
 * with. Figma reports every change to a node, so what no change names is still as known,
 * and a batch reads only the nodes it names.
 */
export interface LaneCache {
  stickies: Map<string, { node: SceneNode; data: LaneSticky }>
  marks: Map<string, DrawnMark>
}

export interface LaneScope {
  cache: LaneCache
  /** live nodes the batch touched that are in this map's section now */
  touched: readonly SceneNode[]
  /** every node id the batch reported: those the cache holds are read again */
  changed: ReadonlySet<string>
}

export interface MapSyncResult {
  state: EmotionState
  /** the lane and layer as they are now, for the next batch */
  cache: LaneCache
  /** stickies moved to the height their text says: where they are now */
  snapped: { id: string; x: number; y: number }[]
  /** nodes of the emotion layer written (created, updated or removed) */
  layerWrites: number
  /** every node written: snapped stickies and layer nodes */
  writes: number
}

const moved = (a: number, b: number): boolean => Math.abs(a - b) > 0.01

/** The lane and layer read from every child of the section: a map met for the first time, or whose record changed. */
function readWhole(section: SectionNode, record: MapRecord): { stickies: LaneCache['stickies']; marks: Map<string, DrawnMark>; extra: SceneNode[] } {
  const children = section.children
  const byId = new Map(children.map((n) => [n.id, n]))
  const stickies: LaneCache['stickies'] = new Map()
  for (const data of laneStickies(children, record)) stickies.set(data.id, { node: byId.get(data.id)!, data })
  const layer = layerNodesOf(children, record.mapId)
  const marks = new Map([...layer.byKey].map(([key, node]) => [key, { node, drawn: null }]))
  return { stickies, marks, extra: layer.extra }
}

/** The cache brought up to date with what the batch named, reading only those nodes. */
function readChanged(section: SectionNode, record: MapRecord, scope: LaneScope): { stickies: LaneCache['stickies']; marks: Map<string, DrawnMark>; extra: SceneNode[] } {
  const stickies = new Map(scope.cache.stickies)
  const marks = new Map(scope.cache.marks)
  const extra: SceneNode[] = []
  const here = (node: SceneNode): boolean => !node.removed && node.parent?.id === section.id
  const fresh = new Map<string, SceneNode>()
  for (const node of scope.touched) fresh.set(node.id, node)
  for (const [id, entry] of stickies) {
    if (!scope.changed.has(id) || fresh.has(id)) continue
    stickies.delete(id)
    if (here(entry.node)) fresh.set(id, entry.node)
  }
  for (const [key, entry] of marks) {
    if (!scope.changed.has(entry.node.id)) continue
    // Changed by someone: drawn again if it is not as wanted, made anew if it is gone.
    if (here(entry.node)) marks.set(key, { node: entry.node, drawn: null })
    else marks.delete(key)
  }
  for (const node of fresh.values()) {
    const [data] = laneStickies([node], record)
    if (data) {
      stickies.set(node.id, { node, data })
      continue
    }
    stickies.delete(node.id)
    if (node.type === 'STICKY') continue
    const tag = parseTag(node.getPluginData(KEY.tag))
    if (!tag || tag.mapId !== record.mapId || !LAYER_ROLES.has(tag.role)) continue
    const key = layerKey(tag)
    const held = marks.get(key)
    // A second node for one mark (a person duplicated it): the one already drawn stays.
    if (held && held.node.id !== node.id && !held.node.removed) extra.push(node)
    else marks.set(key, { node, drawn: null })
  }
  return { stickies, marks, extra }
}

/**
 * One recompute of a map's emotion lane, synchronously: read the lane's stickies,
 * compute, move stickies whose text names another score to that height, and bring
 * the drawn layer in line. Writes only what differs. Without a scope it reads every
 * child of the section; with one, only the nodes the batch named.
 */
export function syncMap(section: SectionNode, record: MapRecord, scope?: LaneScope): MapSyncResult {
  const base = { grid: record.grid, scale: record.scale, personas: record.personas, locale: record.locale }
  const read = scope ? readChanged(section, record, scope) : readWhole(section, record)
  const { stickies } = read
  let drawn = emotionLayer({ ...base, stickies: [...stickies.values()].map((s) => s.data) })
  const snapped: MapSyncResult['snapped'] = []
  if (drawn.state.snaps.length > 0) {
    for (const { id, y } of drawn.state.snaps) {
      const entry = stickies.get(id)
      if (!entry || !moved(entry.node.y, y)) continue
      entry.node.y = y
      stickies.set(id, { node: entry.node, data: { ...entry.data, y } })
      snapped.push({ id, x: entry.node.x, y })
    }
    // Compute again from where the stickies are now, so what is drawn is a fresh recompute of the board.
    drawn = emotionLayer({ ...base, stickies: [...stickies.values()].map((s) => s.data) })
  }
  const known = new Map<string, LayerNode | null>([...read.marks].map(([key, m]) => [key, m.drawn]))
  const byKey = new Map([...read.marks].map(([key, m]) => [key, m.node]))
  const marks = new Map<string, DrawnMark>()
  const layerWrites = applyEmotionLayer(section, record.mapId, drawn.nodes, { byKey, extra: read.extra }, marks, known)
  return { state: drawn.state, cache: { stickies, marks }, snapped, layerWrites, writes: snapped.length + layerWrites }
}
