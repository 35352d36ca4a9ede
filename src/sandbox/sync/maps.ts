import { parseMapRecord, type ReadRecord } from '../../core/board/map-record'
import { holdsMap, KEY, readChunked } from '../canvas/plugin-data'

/** A map section's stored record: null when the section holds none (not a map). */
export function readRecord(section: SectionNode, cached?: { raw: string; read: ReadRecord }): { raw: string; read: ReadRecord } | null {
  const raw = readChunked(section, KEY.map)
  if (raw === null) return null
  if (cached && cached.raw === raw) return cached
  return { raw, read: parseMapRecord(raw) }
}

/** Map sections on a page (or in a container): directly, or inside plain sections. */
export function mapSectionsOf(parent: BaseNode & ChildrenMixin, out: SectionNode[] = []): SectionNode[] {
  for (const node of parent.children) {
    if (node.type !== 'SECTION') continue
    if (holdsMap(node)) out.push(node)
    else mapSectionsOf(node, out)
  }
  return out
}
