import { nearEmotionRow, type ChangeFact, type NodeLook } from '../../core/sync/batch'
import { type MapRecord } from '../../core/board/map-record'
import { LAYER_ROLES, parseTag } from '../../core/board/tags'
import { KEY } from '../canvas/plugin-data'

export type ChangedNode = SceneNode | RemovedNode

/** A NodeChange as plain data. */
export function factOf(change: NodeChange): ChangeFact {
  return {
    type: change.type,
    id: change.id,
    origin: change.origin,
    removed: change.node.removed,
    nodeType: change.node.type,
    properties: change.type === 'PROPERTY_CHANGE' ? change.properties : [],
  }
}

export const NOWHERE: NodeLook = { sectionId: null, isMap: false, layer: false, nearLane: false }

export interface MapLookup {
  /** the map's record when `section` is a map (null when its record is unreadable); undefined: not a map */
  recordOf(section: SectionNode): MapRecord | null | undefined
}

/**
 * What a live node is to live sync. Only a map section's direct children can count
 * in its lane or belong to its layer (both are read from `section.children`), so this
 * reads the node's parent, and then its position or its tag: a few reads at most.
 */
export function lookAt(node: ChangedNode, maps: MapLookup): NodeLook {
  if (node.removed) return NOWHERE
  if (node.type === 'SECTION' && maps.recordOf(node) !== undefined) return { sectionId: node.id, isMap: true, layer: false, nearLane: false }
  const parent = node.parent
  if (!parent || parent.type !== 'SECTION') return NOWHERE
  const record = maps.recordOf(parent)
  if (record === undefined) return NOWHERE
  if (record === null) return { sectionId: parent.id, isMap: false, layer: false, nearLane: false }
  const near = (): boolean => nearEmotionRow(record.grid, { x: node.x, y: node.y, width: node.width, height: node.height }, 1)
  // Stickies are never the layer's; the lane counts them by position.
  if (node.type === 'STICKY') return { sectionId: parent.id, isMap: false, layer: false, nearLane: near() }
  const tag = parseTag(node.getPluginData(KEY.tag))
  if (tag !== null && tag.mapId === record.mapId && LAYER_ROLES.has(tag.role)) return { sectionId: parent.id, isMap: false, layer: true, nearLane: false }
  // In Figma Design an emotion score is a tagged card frame.
  return { sectionId: parent.id, isMap: false, layer: false, nearLane: node.type === 'FRAME' && near() }
}

/** Where a live node is now, for telling the sync's own writes from a person's. */
export function positionOf(node: ChangedNode): { x: number; y: number } | null {
  return node.removed ? null : { x: node.x, y: node.y }
}
