import { emotionLaneOverlaps } from './lane-overlaps'

/** The board's nodes as plain data for scripts: `npm run preview -- file --json`. */
export interface JsonNode {
  id: string
  type: string
  name: string
  x: number
  y: number
  width: number
  height: number
  text?: string
  fill?: string
  /** a vector's path data */
  path?: string
  tags: Record<string, string>
  children?: JsonNode[]
  /** on a map's section: pairs of nodes (ids) in its emotion lane that cover each other (see lane-overlaps.ts) */
  emotionLaneOverlaps?: [string, string][]
}

function fillOf(node: SceneNode): string | undefined {
  if (!('fills' in node) || !Array.isArray(node.fills)) return undefined
  const paint = (node.fills as readonly Paint[]).find((p): p is SolidPaint => p.type === 'SOLID')
  if (!paint) return undefined
  const h = (v: number): string => Math.round(v * 255).toString(16).padStart(2, '0')
  return `#${h(paint.color.r)}${h(paint.color.g)}${h(paint.color.b)}`.toUpperCase()
}

function textOf(node: SceneNode): string | undefined {
  if (node.type === 'STICKY' || node.type === 'SHAPE_WITH_TEXT') return node.text.characters
  if (node.type === 'TEXT') return node.characters
  return undefined
}

function toJson(node: SceneNode): JsonNode {
  const tags = Object.fromEntries(node.getPluginDataKeys().map((k) => [k, node.getPluginData(k)]))
  const out: JsonNode = { id: node.id, type: node.type, name: node.name, x: node.x, y: node.y, width: node.width, height: node.height, tags }
  const text = textOf(node)
  if (text !== undefined) out.text = text
  const fill = fillOf(node)
  if (fill !== undefined) out.fill = fill
  if (node.type === 'VECTOR') out.path = node.vectorPaths.map((p) => p.data).join(' ')
  if ('children' in node) out.children = node.children.map(toJson)
  if (node.type === 'SECTION') {
    const overlaps = emotionLaneOverlaps(node)
    if (overlaps) out.emotionLaneOverlaps = overlaps
  }
  return out
}

export function nodesAsJson(page: PageNode): JsonNode[] {
  return page.children.map(toJson)
}
