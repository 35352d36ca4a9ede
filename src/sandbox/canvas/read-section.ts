import type { MapRecord } from '../../core/board/map-record'
import { parseMapRecord, type ReadRecord } from '../../core/board/map-record'
import { parseTag } from '../../core/board/tags'
import type { BoardSnapshot, SnapshotNode, SnapshotNodeType } from '../../core/board/read-board'
import { holdsMap, KEY, readChunked } from './plugin-data'
import { fillHexOf, textOf } from './read-node'

/**
 * The canvas side of reading a map: finds the map's section and copies what the
 * reader needs into plain data. No decisions are made here (see core/read-board).
 * Only what dynamic-page allows: the selection, parents, children and plugin data.
 */

export interface SelectedMap {
  section: SectionNode
  /** the section's record, read once: it may be corrupt or from a newer version */
  read: ReadRecord
}

/** The map section holding (or being) one of the selected nodes, with its record. */
export function findSelectedMap(selection: readonly SceneNode[]): SelectedMap | null {
  for (const picked of selection) {
    let node: BaseNode | null = picked
    while (node && node.type !== 'PAGE' && node.type !== 'DOCUMENT') {
      if (node.type === 'SECTION' && holdsMap(node)) return { section: node, read: parseMapRecord(readChunked(node, KEY.map) ?? '') }
      node = node.parent
    }
  }
  return null
}

function typeOf(node: SceneNode): SnapshotNodeType {
  switch (node.type) {
    case 'STICKY':
    case 'FRAME':
    case 'SHAPE_WITH_TEXT':
    case 'TEXT':
      return node.type
    default:
      return 'OTHER'
  }
}

/** Every node in a section, by id, groups looked into. */
export function sectionNodes(section: SectionNode): Map<string, SceneNode> {
  const out = new Map<string, SceneNode>()
  const walk = (nodes: readonly SceneNode[]): void => {
    for (const node of nodes) {
      // A group has no coordinate space of its own: its children's x/y are already section-local.
      if (node.type === 'GROUP') walk(node.children)
      else out.set(node.id, node)
    }
  }
  walk(section.children)
  return out
}

function snapshotOf(node: SceneNode): SnapshotNode {
  return {
    id: node.id,
    type: typeOf(node),
    x: node.x,
    y: node.y,
    width: node.width,
    height: node.height,
    text: textOf(node),
    fillHex: fillHexOf(node),
    tag: parseTag(node.getPluginData(KEY.tag)),
  }
}

/** Everything the reader needs from a map section, as plain data. */
export function snapshotSection(section: SectionNode, record: MapRecord): BoardSnapshot {
  return { record, sectionName: section.name, nodes: [...sectionNodes(section).values()].map(snapshotOf) }
}
