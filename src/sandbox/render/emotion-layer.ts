import { LAYER_ROLES, layerKey, parseTag, structureTag } from '../../core/board/tags'
import { isLocked, type LayerNode } from '../../core/layout/plan'
import { KEY, tagNode } from '../canvas/plugin-data'
import { textOf } from '../canvas/read-node'
import { BOARD_FONT } from './fonts'
import { hexToRgb, INK, paletteColor, solid } from './palette'

/**
 * Draws the emotion lane's marks — the Plan's layer nodes (core/layout/emotion-layer.ts)
 * — onto a map's section, touching only what differs from what is there. Laying a board
 * out and live sync both call this with the same pure computation's nodes. It is
 * synchronous on purpose: live sync writes inside the change callback, where Figma does
 * not report a plugin's own writes back to it.
 */

export async function loadLayerFonts(): Promise<void> {
  await figma.loadFontAsync(BOARD_FONT)
}

/** What a mark says: text for points, moments and the legend; path data for curves. */
function contentOf(node: LayerNode): string {
  switch (node.kind) {
    case 'emotion-band':
      return ''
    case 'curve':
      return node.path
    case 'emotion-point':
      return node.label
    case 'moment':
    case 'legend':
      return node.text
  }
}

function drawnContent(node: SceneNode): string {
  if (node.type === 'VECTOR') return node.vectorPaths[0]?.data ?? ''
  if (node.type === 'SHAPE_WITH_TEXT' || node.type === 'FRAME') return textOf(node) ?? ''
  return node.name
}

function setContent(node: SceneNode, content: string): void {
  if (node.type === 'SHAPE_WITH_TEXT') {
    if (node.text.characters !== content) {
      useBoardFont(node)
      node.text.characters = content
    }
  } else if (node.type === 'VECTOR') node.vectorPaths = [{ windingRule: 'NONE', data: content }]
  else if (node.type === 'FRAME' && node.children[0]?.type === 'TEXT') node.children[0].characters = content
  else node.name = content
}

const near = (a: number, b: number): boolean => Math.abs(a - b) < 0.01

/** A shape's default font may not be the one loaded; ours is. Reading first saves a write per mark. */
function useBoardFont(node: ShapeWithTextNode): void {
  const font = node.text.fontName
  if (font === figma.mixed || font.family !== BOARD_FONT.family || font.style !== BOARD_FONT.style) node.text.fontName = BOARD_FONT
}

const strokeColor = (hex: string | null): RGB => (hex === null ? INK : hexToRgb(hex))

function shape(kind: ShapeWithTextNode['shapeType'], fill: RGB, fontSize: number): ShapeWithTextNode {
  const node = figma.createShapeWithText()
  node.shapeType = kind
  node.fills = solid(fill)
  useBoardFont(node)
  node.text.fontSize = fontSize
  return node
}

function labelFrame(fill: RGB, fontSize: number): FrameNode {
  const frame = figma.createFrame()
  frame.fills = solid(fill)
  frame.cornerRadius = 6
  const text = figma.createText()
  text.fontName = BOARD_FONT
  text.fontSize = fontSize
  text.fills = solid(INK)
  frame.appendChild(text)
  text.x = 8
  text.y = 8
  return frame
}

const WHITE: RGB = { r: 1, g: 1, b: 1 }

/** A Design point: round at its size, its value in the middle. */
function centreInCircle(frame: FrameNode): void {
  const radius = Math.min(frame.width, frame.height) / 2
  if (frame.cornerRadius !== radius) frame.cornerRadius = radius
  const text = frame.children[0]
  if (text?.type !== 'TEXT') return
  if (text.textAlignHorizontal !== 'CENTER') text.textAlignHorizontal = 'CENTER'
  text.x = (frame.width - text.width) / 2
  text.y = (frame.height - text.height) / 2
}

/** A new node for a mark, in this editor's kind of node (FigJam has shapes with text, Design has not). */
function make(node: LayerNode, figjam: boolean): SceneNode {
  switch (node.kind) {
    case 'emotion-band': {
      const fill = paletteColor(node.fill)
      const bar = figjam ? shape('ROUNDED_RECTANGLE', fill, 12) : figma.createRectangle()
      if (bar.type === 'RECTANGLE') bar.fills = solid(fill)
      bar.name = 'min–max'
      return bar
    }
    case 'curve': {
      const vector = figma.createVector()
      vector.fills = []
      vector.strokes = solid(strokeColor(node.stroke))
      vector.strokeWeight = 4
      vector.strokeCap = 'ROUND'
      vector.strokeJoin = 'ROUND'
      vector.name = 'Emotion curve'
      return vector
    }
    case 'emotion-point': {
      // Figma Design has no shapes with text: a round frame holds the value, as FigJam's ellipse does.
      const dot = figjam ? shape('ELLIPSE', WHITE, 12) : labelFrame(WHITE, 12)
      dot.strokes = solid(strokeColor(node.stroke))
      return dot
    }
    case 'moment': {
      const marker = figjam ? shape('ROUNDED_RECTANGLE', WHITE, 12) : labelFrame(WHITE, 12)
      if (node.outlined) {
        marker.strokes = solid(strokeColor(node.stroke))
        marker.strokeWeight = 3
      }
      return marker
    }
    case 'legend': {
      const fill = hexToRgb(node.fill)
      return figjam ? shape('ROUNDED_RECTANGLE', fill, 12) : labelFrame(fill, 12)
    }
  }
}

export interface LayerNodes {
  byKey: Map<string, SceneNode>
  /** a second node for one key (a person duplicated a marker, say): removed */
  extra: SceneNode[]
}

/**
 * The lane's marks among `nodes` (a section's children, or the marks live sync tracks),
 * found by their tags.
 */
export function layerNodesOf(nodes: readonly SceneNode[], mapId: string): LayerNodes {
  const byKey = new Map<string, SceneNode>()
  const extra: SceneNode[] = []
  for (const node of nodes) {
    // The lane's marks are never stickies: skipping them keeps a redraw's reads near the lane's size.
    if (node.type === 'STICKY') continue
    const tag = parseTag(node.getPluginData(KEY.tag))
    if (!tag || tag.mapId !== mapId || !LAYER_ROLES.has(tag.role)) continue
    const key = layerKey(tag)
    if (byKey.has(key)) extra.push(node)
    else byKey.set(key, node)
  }
  return { byKey, extra }
}

/** A section just made has no marks yet: nothing to look for. */
export const NO_LAYER: () => LayerNodes = () => ({ byKey: new Map(), extra: [] })

/** A mark on the board and the Plan node it was last brought in line with (null: not known, read it). */
export interface DrawnMark {
  node: SceneNode
  drawn: LayerNode | null
}

const same = (a: LayerNode, b: LayerNode): boolean => JSON.stringify(a) === JSON.stringify(b)

/**
 * Updates, creates and removes the lane's marks so they are `nodes`, touching only what
 * differs. Returns how many nodes it wrote to (0 when the lane already matched). A mark
 * `known` to show its wanted node already is not read at all. `drawnOut` receives every
 * mark as now drawn, by key, for the next call's `known`.
 */
export function applyEmotionLayer(
  section: SectionNode,
  mapId: string,
  nodes: readonly LayerNode[],
  layer: LayerNodes,
  drawnOut?: Map<string, DrawnMark>,
  known?: ReadonlyMap<string, LayerNode | null>,
): number {
  const existing = layer.byKey
  const figjam = figma.editorType === 'figjam'
  let writes = 0
  for (const want of nodes) {
    const tag = structureTag(want, mapId)
    const key = layerKey(tag)
    let node = existing.get(key)
    existing.delete(key)
    const last = known?.get(key)
    if (node && last && same(last, want)) {
      drawnOut?.set(key, { node, drawn: want })
      continue
    }
    const fresh = !node
    if (!node) {
      node = make(want, figjam)
      section.appendChild(node)
      tagNode(node, tag)
      // Only when made: a person who unlocked a mark on purpose keeps it so.
      node.locked = isLocked(want)
    }
    drawnOut?.set(key, { node, drawn: want })
    const content = contentOf(want)
    const { box } = want
    const moved = !near(node.x, box.x) || !near(node.y, box.y)
    const resized = node.type !== 'VECTOR' && (!near(node.width, box.width) || !near(node.height, box.height))
    const retexted = drawnContent(node) !== content
    if (!fresh && !moved && !resized && !retexted) continue
    writes += 1
    if (resized && 'resize' in node) node.resize(Math.max(0.01, box.width), Math.max(0.01, box.height))
    if (moved || fresh) {
      node.x = box.x
      node.y = box.y
    }
    if (retexted) setContent(node, content)
    if (node.type === 'FRAME' && want.kind === 'emotion-point') centreInCircle(node)
    else if (node.type === 'FRAME' && node.children[0]) node.resize(node.width, Math.max(node.height, node.children[0].height + 16))
  }
  for (const node of [...existing.values(), ...layer.extra]) {
    if (node.removed) continue
    node.remove()
    writes += 1
  }
  return writes
}
