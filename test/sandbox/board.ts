import { readChunked } from '../../src/sandbox/canvas/plugin-data'
import { parseMapRecord } from '../../src/core/board/map-record'
import { parseTag, type Tag } from '../../src/core/board/tags'

/** Reads a drawn board back from the emulated page, for assertions. */
export interface BoardNode {
  node: SceneNode
  tag: Tag
}

export function sections(page: PageNode): SectionNode[] {
  return page.children.filter((n): n is SectionNode => n.type === 'SECTION')
}


export function readBoard(section: SectionNode) {
  const record = parseMapRecord(readChunked(section, 'map') ?? '')
  if (!record.ok) throw new Error(`section has no readable map record: ${record.detail}`)
  // Every node the plugin made, however deep (a Figma Design card's text is inside its frame), must carry a tag.
  const nodes: BoardNode[] = []
  const walk = (children: readonly SceneNode[]): void => {
    for (const node of children) {
      const tag = parseTag(node.getPluginData('tag'))
      if (!tag) throw new Error(`untagged node ${node.type} "${node.name}"`)
      nodes.push({ node, tag })
      if ('children' in node) walk(node.children)
    }
  }
  walk(section.children)
  const byRole = (role: Tag['role']) => nodes.filter((n) => n.tag.role === role)
  return { record: record.record, nodes, byRole }
}

export interface Rect {
  x: number
  y: number
  width: number
  height: number
}

export function rectOf(node: SceneNode): Rect {
  return { x: node.x, y: node.y, width: node.width, height: node.height }
}

export function within(inner: Rect, outer: Rect): boolean {
  return inner.x >= outer.x && inner.y >= outer.y && inner.x + inner.width <= outer.x + outer.width && inner.y + inner.height <= outer.y + outer.height
}

export function overlap(a: Rect, b: Rect): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height
}

export function fillHex(node: SceneNode): string {
  return paintHex((node as GeometryMixin).fills)
}

export function strokeHex(node: SceneNode): string {
  return paintHex((node as MinimalStrokesMixin).strokes)
}

/** The first solid paint's colour as #RRGGBB, '' when there is none. */
function paintHex(paints: unknown): string {
  if (!Array.isArray(paints) || paints.length === 0) return ''
  const paint = paints[0] as SolidPaint
  const hex = (v: number) => Math.round(v * 255).toString(16).padStart(2, '0')
  return `#${hex(paint.color.r)}${hex(paint.color.g)}${hex(paint.color.b)}`.toUpperCase()
}

/** The absolute points a vector's path passes through (M and every C's end point). */
export function pathPoints(vector: VectorNode): { x: number; y: number }[] {
  const data = vector.vectorPaths[0]?.data ?? ''
  const tokens = data.trim().split(/\s+/)
  const points: { x: number; y: number }[] = []
  for (let i = 0; i < tokens.length; ) {
    const cmd = tokens[i]
    if (cmd === 'M') {
      points.push({ x: Number(tokens[i + 1]) + vector.x, y: Number(tokens[i + 2]) + vector.y })
      i += 3
    } else if (cmd === 'C') {
      points.push({ x: Number(tokens[i + 5]) + vector.x, y: Number(tokens[i + 6]) + vector.y })
      i += 7
    } else throw new Error(`unexpected path token ${cmd}`)
  }
  return points
}
