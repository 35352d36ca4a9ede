import { LAYER_ROLES, parseMapRecord, parseTag, type MapRecord, type ReadRecord } from '../../core/map-record'
import { holdsMap, KEY, readChunked } from '../plugin-data'

/** A map section's stored record: null when the section holds none (not a map). */
export function readRecord(section: SectionNode, cached?: { raw: string; read: ReadRecord }): { raw: string; read: ReadRecord } | null {
  const raw = readChunked(section, KEY.map)
  if (raw === null) return null
  if (cached && cached.raw === raw) return cached
  return { raw, read: parseMapRecord(raw) }
}

/** Map sections on a page: top level, or inside plain sections. */
export function mapSectionsOf(parent: PageNode | SectionNode, out: SectionNode[] = []): SectionNode[] {
  for (const node of parent.children) {
    if (node.type !== 'SECTION') continue
    if (holdsMap(node)) out.push(node)
    else mapSectionsOf(node, out)
  }
  return out
}

/**
 * Ids of the map's emotion-layer nodes among the section's children. Stickies are
 * never part of the layer, so only the other children's tags are read.
 */
export function layerIdsOf(section: SectionNode, record: MapRecord, notLayer?: ReadonlySet<string>): string[] {
  const ids: string[] = []
  for (const node of section.children) {
    // Stickies, and what the plugin just drew besides the lane's marks, are not marks: no tag to read.
    if (node.type === 'STICKY' || notLayer?.has(node.id)) continue
    const tag = parseTag(node.getPluginData(KEY.tag))
    if (tag && tag.mapId === record.mapId && LAYER_ROLES.has(tag.role)) ids.push(node.id)
  }
  return ids
}
