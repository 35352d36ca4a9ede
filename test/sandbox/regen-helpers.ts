import { parseTag } from '../../src/core/board/tags'
import { recordOf } from './sync-board'

/** What a test needs to say where a sticky is after a regenerate: plain geometry against the stored grid. */

export function textOf(node: SceneNode): string {
  if (node.type === 'STICKY') return node.text.characters
  if (node.type === 'FRAME') return node.children.find((c): c is TextNode => c.type === 'TEXT')?.characters ?? ''
  return ''
}

/** Stickies (card frames in Figma Design, typed as stickies for brevity), persona card left out. */
export function stickiesIn(parent: ChildrenMixin): StickyNode[] {
  return parent.children.filter((n): n is StickyNode => {
    const role = parseTag(n.getPluginData('tag'))?.role
    return (n.type === 'STICKY' || (n.type === 'FRAME' && n.children.some((c) => c.type === 'TEXT'))) && role !== 'persona-card'
  })
}

/** The stage and lane whose cell holds the node's centre, by the map's stored grid. */
export function cellOf(section: SectionNode, node: SceneNode): { stageId: string; laneId: string } | null {
  const { grid } = recordOf(section)
  const cx = node.x + node.width / 2
  const cy = node.y + node.height / 2
  const column = grid.columns.find((c) => cx >= c.x && cx <= c.x + c.width)
  const row = grid.rows.find((r) => cy >= r.y && cy <= r.y + r.height)
  return column && row ? { stageId: column.stageId, laneId: row.laneId } : null
}

export function mapSection(page: PageNode): SectionNode | null {
  return page.children.find((n): n is SectionNode => n.type === 'SECTION' && n.getPluginData('map') !== '') ?? null
}

export function parkingLot(page: PageNode): SectionNode | null {
  return page.children.find((n): n is SectionNode => n.type === 'SECTION' && parseTag(n.getPluginData('tag'))?.role === 'parking') ?? null
}
