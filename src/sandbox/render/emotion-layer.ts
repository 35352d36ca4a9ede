import type { EmotionState, LaneSticky } from '../../core/layout/emotion-model'
import { translate } from '../../core/i18n/board'
import { type MapRecord } from '../../core/board/map-record'
import { LAYER_ROLES, parseTag, type Tag } from '../../core/board/tags'
import type { Box } from '../../core/layout/plan'
import { KEY, tagNode } from '../canvas/plugin-data'
import { BOARD_FONT } from './fonts'
import { hexToRgb, INK, paletteColor, solid } from './palette'

/**
 * The emotion lane's drawn marks — curves, mean points, bands, moment markers and the
 * persona legend — brought in line with an EmotionState. Generating a board and live
 * sync both call this, so what is drawn is always a fresh computation from the
 * stickies. It is synchronous on purpose: live sync writes inside the change callback,
 * where Figma does not report a plugin's own writes back to it.
 */

/** Curve colours per persona: the strong colour behind the persona's sticky colour. */
const STRONG: Readonly<Record<string, string>> = {
  '#BDE3FF': '#0D99FF',
  '#AFF4C6': '#14AE5C',
  '#E4CCFF': '#9747FF',
  '#FCD19C': '#FFA629',
  '#FFC7C2': '#F24822',
  '#E6E6E6': '#757575',
  '#FFE8A3': '#FFCD29',
}

export async function loadLayerFonts(): Promise<void> {
  await figma.loadFontAsync(BOARD_FONT)
}

interface Wanted {
  key: string
  tag: Tag
  box: Box
  /** text for points, moments and the legend; path data for curves */
  content: string
  make: () => SceneNode
}

function keyOf(tag: Tag): string {
  return [tag.role, tag.stageId ?? '', tag.personaId ?? '', tag.moment ?? ''].join('|')
}

function textOf(node: SceneNode): string {
  if (node.type === 'SHAPE_WITH_TEXT') return node.text.characters
  if (node.type === 'VECTOR') return node.vectorPaths[0]?.data ?? ''
  if (node.type === 'FRAME') return node.children[0]?.type === 'TEXT' ? node.children[0].characters : ''
  return node.name
}

function setText(node: SceneNode, text: string): void {
  if (node.type === 'SHAPE_WITH_TEXT') {
    // A shape's default font may not be the one loaded; ours is, so use it.
    if (node.text.characters !== text) {
      useBoardFont(node)
      node.text.characters = text
    }
  } else if (node.type === 'VECTOR') node.vectorPaths = [{ windingRule: 'NONE', data: text }]
  else if (node.type === 'FRAME' && node.children[0]?.type === 'TEXT') node.children[0].characters = text
  else node.name = text
}

const near = (a: number, b: number): boolean => Math.abs(a - b) < 0.01

/** A shape's default font may not be the one loaded; ours is. Reading first saves a write per mark. */
function useBoardFont(node: ShapeWithTextNode): void {
  const font = node.text.fontName
  if (font === figma.mixed || font.family !== BOARD_FONT.family || font.style !== BOARD_FONT.style) node.text.fontName = BOARD_FONT
}

/**
 * Stickies (or card frames, in Figma Design) among `nodes` (a section's children, or
 * live sync's candidates in it) whose centre is within the emotion lane's row.
 */
export function laneStickies(nodes: readonly SceneNode[], record: MapRecord): LaneSticky[] {
  const scale = record.grid.scale
  const row = scale && record.grid.rows.find((r) => r.laneId === scale.laneId)
  if (!scale || !row) return []
  const out: LaneSticky[] = []
  for (const node of nodes) {
    if (node.type !== 'STICKY' && node.type !== 'FRAME') continue
    const cy = node.y + node.height / 2
    // The whole row: the model tells the lane's notes strip from its scored area.
    if (cy < row.y || cy > row.y + row.height) continue
    if (node.type === 'FRAME' && parseTag(node.getPluginData(KEY.tag))?.role !== 'emotion') continue
    const fills = node.fills
    const paint = Array.isArray(fills) ? (fills as readonly Paint[]).find((p): p is SolidPaint => p.type === 'SOLID') : undefined
    const text = node.type === 'STICKY' ? node.text.characters : node.children[0]?.type === 'TEXT' ? node.children[0].characters : ''
    out.push({ id: node.id, x: node.x, y: node.y, width: node.width, height: node.height, text, fillHex: paint ? rgbHex(paint.color) : null })
  }
  return out
}

function rgbHex(c: RGB): string {
  const h = (v: number): string => Math.round(v * 255).toString(16).padStart(2, '0')
  return `#${h(c.r)}${h(c.g)}${h(c.b)}`.toUpperCase()
}

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

function wanted(record: MapRecord, state: EmotionState): Wanted[] {
  const mapId = record.mapId
  const figjam = figma.editorType === 'figjam'
  const personaColor = new Map(record.personas.map((p) => [p.id, p.color.toUpperCase()]))
  const strokeOf = (personaId: string | null): RGB => {
    const hex = personaId === null ? undefined : STRONG[personaColor.get(personaId) ?? '']
    return hex ? hexToRgb(hex) : INK
  }
  const out: Wanted[] = []
  const add = (tag: Tag, box: Box, content: string, make: () => SceneNode): void => {
    out.push({ key: keyOf(tag), tag, box, content, make })
  }
  for (const b of state.bands) {
    const tag: Tag = { role: 'emotion-band', mapId, stageId: b.stageId }
    if (b.personaId) tag.personaId = b.personaId
    add(tag, b.box, '', () => {
      const bar = figjam ? shape('ROUNDED_RECTANGLE', paletteColor('lightOrange'), 12) : figma.createRectangle()
      if (bar.type === 'RECTANGLE') bar.fills = solid(paletteColor('lightOrange'))
      bar.name = 'min–max'
      return bar
    })
  }
  for (const c of state.curves) {
    if (!c.path) continue
    const tag: Tag = { role: 'curve', mapId, laneId: record.grid.scale?.laneId ?? '' }
    if (c.personaId) tag.personaId = c.personaId
    add(tag, c.box, c.path, () => {
      const vector = figma.createVector()
      vector.fills = []
      vector.strokes = solid(strokeOf(c.personaId))
      vector.strokeWeight = 4
      vector.strokeCap = 'ROUND'
      vector.strokeJoin = 'ROUND'
      vector.name = 'Emotion curve'
      return vector
    })
  }
  for (const p of state.points) {
    const tag: Tag = { role: 'emotion-point', mapId, stageId: p.stageId }
    if (p.personaId) tag.personaId = p.personaId
    add(tag, p.box, p.label, () => {
      const dot = figjam ? shape('ELLIPSE', hexToRgb('#FFFFFF'), 12) : figma.createEllipse()
      if (dot.type === 'ELLIPSE') dot.fills = solid(hexToRgb('#FFFFFF'))
      dot.strokes = solid(strokeOf(p.personaId))
      return dot
    })
  }
  for (const m of state.moments) {
    const tag: Tag = { role: 'moment', mapId, stageId: m.stageId, moment: m.kind }
    if (m.personaId) tag.personaId = m.personaId
    add(tag, m.box, translate(record.locale, `moment.${m.kind}`), () => {
      const marker = figjam ? shape('ROUNDED_RECTANGLE', hexToRgb('#FFFFFF'), 12) : labelFrame(hexToRgb('#FFFFFF'), 12)
      // With several curves, every curve has its own "Lowest point": the outline says whose.
      if (m.personaId) {
        marker.strokes = solid(strokeOf(m.personaId))
        marker.strokeWeight = 3
      }
      return marker
    })
  }
  for (const l of state.legend) {
    const tag: Tag = { role: 'legend', mapId, personaId: l.personaId }
    const fill = hexToRgb(personaColor.get(l.personaId) ?? '#E6E6E6')
    add(tag, l.box, l.name, () => (figjam ? shape('ROUNDED_RECTANGLE', fill, 12) : labelFrame(fill, 12)))
  }
  return out
}

/**
 * Updates, creates and removes the lane's marks so they match `state`, touching only
 * what differs. Returns how many nodes it wrote to (0 when the lane already matched).
 */
export interface LayerNodes {
  byKey: Map<string, SceneNode>
  /** a second node for one key (a person duplicated a marker, say): removed */
  extra: SceneNode[]
}

/**
 * The lane's marks among `nodes` (a section's children, or the marks live sync tracks),
 * found by their tags.
 */
export function layerNodesOf(nodes: readonly SceneNode[], record: MapRecord): LayerNodes {
  const byKey = new Map<string, SceneNode>()
  const extra: SceneNode[] = []
  for (const node of nodes) {
    // The lane's marks are never stickies: skipping them keeps a redraw's reads near the lane's size.
    if (node.type === 'STICKY') continue
    const tag = parseTag(node.getPluginData(KEY.tag))
    if (!tag || tag.mapId !== record.mapId || !LAYER_ROLES.has(tag.role)) continue
    const key = keyOf(tag)
    if (byKey.has(key)) extra.push(node)
    else byKey.set(key, node)
  }
  return { byKey, extra }
}

/** A section just made has no marks yet: nothing to look for. */
export const NO_LAYER: () => LayerNodes = () => ({ byKey: new Map(), extra: [] })

/** `made` collects the nodes created, so a caller tracking the layer need not read the section again. */
export function applyEmotionLayer(section: SectionNode, record: MapRecord, state: EmotionState, layer: LayerNodes = layerNodesOf(section.children, record), made?: SceneNode[]): number {
  const existing = layer.byKey
  const extra = layer.extra
  let writes = 0
  for (const w of wanted(record, state)) {
    let node = existing.get(w.key)
    existing.delete(w.key)
    const fresh = !node
    if (!node) {
      node = w.make()
      section.appendChild(node)
      tagNode(node, w.tag)
      made?.push(node)
    }
    const moved = !near(node.x, w.box.x) || !near(node.y, w.box.y)
    const resized = node.type !== 'VECTOR' && (!near(node.width, w.box.width) || !near(node.height, w.box.height))
    const retexted = textOf(node) !== w.content
    if (!fresh && !moved && !resized && !retexted) continue
    writes += 1
    if (resized && 'resize' in node) node.resize(Math.max(0.01, w.box.width), Math.max(0.01, w.box.height))
    if (moved || fresh) {
      node.x = w.box.x
      node.y = w.box.y
    }
    if (retexted) setText(node, w.content)
    if (node.type === 'FRAME' && node.children[0]) node.resize(node.width, Math.max(node.height, node.children[0].height + 16))
  }
  for (const node of [...existing.values(), ...extra]) {
    node.remove()
    writes += 1
  }
  return writes
}
