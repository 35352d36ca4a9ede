import { autoLineHeight, wrapText } from '../emulator/text-metrics'

/**
 * Draws an emulated page as SVG, close enough to FigJam that a designer recognises
 * the board: sections with titles, stickies in their colours with wrapped text,
 * shapes, text, lines and the curve. Reads nodes through the plugin API only, so it
 * draws exactly what the plugin made. Used by the playground and `npm run preview`.
 */

export type Theme = 'light' | 'dark'

export interface SvgOptions {
  theme?: Theme
  /** Adds data-node-id/data-type attributes so the playground can pick nodes. */
  interactive?: boolean
  /** Margin around the drawing, in canvas pixels. */
  margin?: number
}

const CANVAS = { light: '#F5F5F5', dark: '#1E1E1E' }
const INK = '#1E1E1E'
const SECTION_TITLE = { light: '#1E1E1E', dark: '#E6E6E6' }

function esc(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;')
}

function hex(c: RGB): string {
  const h = (v: number): string => Math.round(Math.min(1, Math.max(0, v)) * 255).toString(16).padStart(2, '0')
  return `#${h(c.r)}${h(c.g)}${h(c.b)}`
}

function paint(paints: readonly Paint[] | PluginAPI['mixed'] | undefined, fallback: string): string {
  if (!Array.isArray(paints)) return fallback
  const solid = (paints as readonly Paint[]).find((p): p is SolidPaint => p.type === 'SOLID' && p.visible !== false)
  return solid ? hex(solid.color) : 'none'
}

function num(n: number): string {
  return String(Math.round(n * 100) / 100)
}

interface TextBox {
  x: number
  y: number
  width: number
  height: number
}

/** Wrapped lines as <text>, aligned within a box the way the node would place them. */
function textLines(
  characters: string,
  fontSize: number,
  box: TextBox,
  align: 'LEFT' | 'CENTER' | 'RIGHT' | 'JUSTIFIED',
  vertical: 'TOP' | 'CENTER' | 'BOTTOM',
  color: string,
  weight = 500,
  /** where lines wrap: the box's width, or Infinity for text that grows to fit (aligned in its own width still) */
  wrapWidth = box.width,
): string {
  const lines = wrapText(characters, wrapWidth, fontSize)
  const lineHeight = autoLineHeight(fontSize)
  const total = lines.length * lineHeight
  const top = vertical === 'TOP' ? box.y : vertical === 'CENTER' ? box.y + (box.height - total) / 2 : box.y + box.height - total
  const anchor = align === 'CENTER' ? 'middle' : align === 'RIGHT' ? 'end' : 'start'
  const x = align === 'CENTER' ? box.x + box.width / 2 : align === 'RIGHT' ? box.x + box.width : box.x
  const tspans = lines
    .map((line, i) => `<tspan x="${num(x)}" y="${num(top + (i + 0.8) * lineHeight)}">${esc(line)}</tspan>`)
    .join('')
  return `<text font-family="Inter, system-ui, sans-serif" font-size="${num(fontSize)}" font-weight="${weight}" fill="${color}" text-anchor="${anchor}">${tspans}</text>`
}

/** The plugin's tag role on a node ("card", "emotion", …), or ''. */
export function roleOf(node: BaseNode): string {
  try {
    const tag = JSON.parse(node.getPluginData('tag') || '{}') as { role?: unknown }
    return typeof tag.role === 'string' ? tag.role : ''
  } catch {
    return ''
  }
}

/**
 * A card a person moves, edits and deletes: a sticky in FigJam; in Figma Design, where
 * there are no stickies, the plugin's card frames (cards and scores) with their text.
 */
export function isCard(node: BaseNode | null): node is StickyNode | FrameNode {
  if (!node) return false
  if (node.type === 'STICKY') return true
  return node.type === 'FRAME' && (roleOf(node) === 'card' || roleOf(node) === 'emotion')
}

/** The text a person edits on a card: the sticky's own, or the card frame's text layer. */
export function cardText(node: StickyNode | FrameNode): { node: StickyNode | TextNode; characters: string } | null {
  if (node.type === 'STICKY') return { node, characters: node.text.characters }
  const text = node.children.find((c): c is TextNode => c.type === 'TEXT')
  return text ? { node: text, characters: text.characters } : null
}

function attrs(node: SceneNode, interactive: boolean): string {
  if (!interactive) return ''
  // Cards are what people move and edit, so they take focus and have a name.
  const card = isCard(node) ? node : null
  const focus = card
    ? ` data-card="true" tabindex="0" role="button" aria-label="${esc(`${card.type === 'STICKY' ? 'Sticky' : 'Card'}: ${cardText(card)?.characters ?? ''}`)}"`
    : ''
  return ` data-node-id="${esc(node.id)}" data-type="${node.type}"${focus}`
}

interface Point {
  x: number
  y: number
}

/** Where a point given in absolute canvas coordinates sits inside `parent`. */
function intoParent(p: Point, parent: BaseNode | null): Point {
  if (!parent || parent.type === 'PAGE' || parent.type === 'DOCUMENT' || !('absoluteTransform' in parent)) return p
  const [[a, c, tx], [b, d, ty]] = parent.absoluteTransform
  const det = a * d - b * c || 1
  const x = p.x - tx
  const y = p.y - ty
  return { x: (d * x - c * y) / det, y: (a * y - b * x) / det }
}

/**
 * An endpoint as a point in the connector's parent: on its node (a magnet or a
 * position inside the node) or, when free, a position in the parent's own space.
 */
function endpointPoint(end: ConnectorEndpoint, connector: ConnectorNode): Point {
  const nodeId = 'endpointNodeId' in end ? end.endpointNodeId : undefined
  const target = nodeId ? figmaNodeOf(connector, nodeId) : null
  if (!target || !('absoluteTransform' in target)) return 'position' in end ? end.position : { x: 0, y: 0 }
  const [[a, c, tx], [b, d, ty]] = target.absoluteTransform
  const w = 'width' in target ? target.width : 0
  const h = 'height' in target ? target.height : 0
  let local: Point
  if ('position' in end) local = end.position
  else {
    const magnet = 'magnet' in end ? end.magnet : 'CENTER'
    local = {
      x: magnet === 'LEFT' ? 0 : magnet === 'RIGHT' ? w : w / 2,
      y: magnet === 'TOP' ? 0 : magnet === 'BOTTOM' ? h : h / 2,
    }
  }
  return intoParent({ x: a * local.x + c * local.y + tx, y: b * local.x + d * local.y + ty }, connector.parent)
}

/** The endpoint's node, found from the connector's own tree (the drawing has no figma global). */
function figmaNodeOf(from: BaseNode, id: string): BaseNode | null {
  let root: BaseNode = from
  while (root.parent) root = root.parent
  const find = (n: BaseNode): BaseNode | null => {
    if (n.id === id) return n
    if ('children' in n) for (const c of n.children) {
      const hit = find(c)
      if (hit) return hit
    }
    return null
  }
  return find(root)
}

/** The connector's path through its elbows (or curve) and the direction it arrives at each end. */
function connectorPath(s: Point, e: Point, type: ConnectorNode['connectorLineType']): { d: string; startDir: Point; endDir: Point } {
  const dx = e.x - s.x
  const dy = e.y - s.y
  const unit = (x: number, y: number): Point => {
    const l = Math.hypot(x, y) || 1
    return { x: x / l, y: y / l }
  }
  if (type === 'STRAIGHT' || (dx === 0 && dy === 0)) {
    const u = unit(dx, dy)
    return { d: `M ${num(s.x)} ${num(s.y)} L ${num(e.x)} ${num(e.y)}`, startDir: { x: -u.x, y: -u.y }, endDir: u }
  }
  const across = Math.abs(dx) >= Math.abs(dy)
  const start = across ? { x: -Math.sign(dx) || -1, y: 0 } : { x: 0, y: -Math.sign(dy) || -1 }
  const end = { x: -start.x, y: -start.y }
  if (type === 'CURVED') {
    const c1 = across ? { x: s.x + dx / 2, y: s.y } : { x: s.x, y: s.y + dy / 2 }
    const c2 = across ? { x: e.x - dx / 2, y: e.y } : { x: e.x, y: e.y - dy / 2 }
    return { d: `M ${num(s.x)} ${num(s.y)} C ${num(c1.x)} ${num(c1.y)} ${num(c2.x)} ${num(c2.y)} ${num(e.x)} ${num(e.y)}`, startDir: start, endDir: end }
  }
  const mid = across ? `H ${num(s.x + dx / 2)} V ${num(e.y)} H ${num(e.x)}` : `V ${num(s.y + dy / 2)} H ${num(e.x)} V ${num(e.y)}`
  return { d: `M ${num(s.x)} ${num(s.y)} ${mid}`, startDir: start, endDir: end }
}

/** A cap drawn at `tip`, pointing along `dir` (the way the line arrives there). */
function connectorCap(cap: ConnectorStrokeCap, tip: Point, dir: Point, weight: number, color: string): string {
  if (cap === 'NONE') return ''
  const size = 3 * weight + 6
  const back = { x: tip.x - dir.x * size, y: tip.y - dir.y * size }
  const side = { x: -dir.y * size * 0.6, y: dir.x * size * 0.6 }
  const left = `${num(back.x + side.x)} ${num(back.y + side.y)}`
  const right = `${num(back.x - side.x)} ${num(back.y - side.y)}`
  const at = `${num(tip.x)} ${num(tip.y)}`
  switch (cap) {
    case 'ARROW_LINES':
      return `<path class="cap" d="M ${left} L ${at} L ${right}" fill="none" stroke="${color}" stroke-width="${num(weight)}" stroke-linecap="round" stroke-linejoin="round"/>`
    case 'CIRCLE_FILLED':
      return `<circle class="cap" cx="${num(tip.x)}" cy="${num(tip.y)}" r="${num(size / 2)}" fill="${color}"/>`
    case 'DIAMOND_FILLED': {
      const far = { x: tip.x - dir.x * size * 2, y: tip.y - dir.y * size * 2 }
      return `<path class="cap" d="M ${at} L ${left} L ${num(far.x)} ${num(far.y)} L ${right} Z" fill="${color}"/>`
    }
    default:
      return `<path class="cap" d="M ${at} L ${left} L ${right} Z" fill="${color}"/>`
  }
}

function drawConnector(node: ConnectorNode, a: string): string {
  const s = endpointPoint(node.connectorStart, node)
  const e = endpointPoint(node.connectorEnd, node)
  const weight = typeof node.strokeWeight === 'number' ? node.strokeWeight : 1
  const color = paint(node.strokes, INK)
  const path = connectorPath(s, e, node.connectorLineType)
  const dash = node.dashPattern.length > 0 ? ` stroke-dasharray="${node.dashPattern.map(num).join(' ')}"` : ''
  const label = node.text.characters
  const fontSize = typeof node.text.fontSize === 'number' ? node.text.fontSize : 16
  const text = label
    ? textLines(label, fontSize, { x: (s.x + e.x) / 2 - 100, y: (s.y + e.y) / 2 - fontSize, width: 200, height: fontSize * 2 }, 'CENTER', 'CENTER', color)
    : ''
  return (
    `<g${a} class="connector">` +
    `<path d="${path.d}" fill="none" stroke="${color}" stroke-width="${num(weight)}"${dash} stroke-linejoin="round"/>` +
    connectorCap(node.connectorStartStrokeCap, s, path.startDir, weight, color) +
    connectorCap(node.connectorEndStrokeCap, e, path.endDir, weight, color) +
    text +
    `</g>`
  )
}

function drawNode(node: SceneNode, theme: Theme, interactive: boolean): string {
  const a = attrs(node, interactive)
  const { x, y, width: w, height: h } = node
  switch (node.type) {
    case 'SECTION': {
      const fill = paint(node.fills, theme === 'light' ? '#FFFFFF' : '#2C2C2C')
      const children = node.children.map((c) => drawNode(c, theme, interactive)).join('')
      return (
        `<g${a} transform="translate(${num(x)} ${num(y)})">` +
        `<text x="0" y="-16" font-family="Inter, system-ui, sans-serif" font-size="28" font-weight="600" fill="${SECTION_TITLE[theme]}">${esc(node.name)}</text>` +
        `<rect width="${num(w)}" height="${num(h)}" rx="12" fill="${fill}" stroke="${theme === 'light' ? '#D9D9D9' : '#444444'}" stroke-width="2"/>` +
        `${children}</g>`
      )
    }
    case 'STICKY': {
      const t = node.text
      const fontSize = typeof t.fontSize === 'number' ? t.fontSize : 24
      return (
        `<g${a} class="sticky" transform="translate(${num(x)} ${num(y)})">` +
        `<rect width="${num(w)}" height="${num(h)}" rx="4" fill="${paint(node.fills, '#FFE8A3')}" filter="url(#sticky-shadow)"/>` +
        textLines(t.characters, fontSize, { x: 24, y: 24, width: w - 48, height: h - 48 }, 'LEFT', 'TOP', INK) +
        `</g>`
      )
    }
    case 'SHAPE_WITH_TEXT': {
      const fill = paint(node.fills, '#E6E6E6')
      const stroke = paint(node.strokes, 'none')
      const body =
        node.shapeType === 'ELLIPSE'
          ? `<ellipse cx="${num(w / 2)}" cy="${num(h / 2)}" rx="${num(w / 2)}" ry="${num(h / 2)}" fill="${fill}" stroke="${stroke}"/>`
          : `<rect width="${num(w)}" height="${num(h)}" rx="${node.shapeType === 'SQUARE' ? 0 : Math.min(16, w / 2, h / 2)}" fill="${fill}" stroke="${stroke}"/>`
      const t = node.text
      const fontSize = typeof t.fontSize === 'number' ? t.fontSize : 16
      const pad = Math.min(16, w / 8)
      return `<g${a} transform="translate(${num(x)} ${num(y)})">${body}${textLines(t.characters, fontSize, { x: pad, y: pad, width: w - 2 * pad, height: h - 2 * pad }, 'CENTER', 'CENTER', INK)}</g>`
    }
    case 'TEXT': {
      const fontSize = typeof node.fontSize === 'number' ? node.fontSize : 12
      const font = node.fontName
      const weight = typeof font !== 'symbol' && /bold|semi/i.test(font.style) ? 600 : 500
      const wrap = node.textAutoResize === 'WIDTH_AND_HEIGHT' ? Infinity : w
      return `<g${a}>${textLines(node.characters, fontSize, { x, y, width: w, height: h }, node.textAlignHorizontal, 'TOP', paint(node.fills, INK), weight, wrap)}</g>`
    }
    case 'FRAME': {
      const children = node.children.map((c) => drawNode(c, theme, interactive)).join('')
      const r = typeof node.cornerRadius === 'number' ? node.cornerRadius : 0
      const weight = typeof node.strokeWeight === 'number' ? node.strokeWeight : 1
      const stroke = paint(node.strokes, 'none')
      const outline = stroke === 'none' ? '' : ` stroke="${stroke}" stroke-width="${num(weight)}"`
      return `<g${a} transform="translate(${num(x)} ${num(y)})"><rect width="${num(w)}" height="${num(h)}" rx="${num(r)}" fill="${paint(node.fills, 'none')}"${outline}/>${children}</g>`
    }
    case 'RECTANGLE': {
      const r = typeof node.cornerRadius === 'number' ? node.cornerRadius : 0
      return `<rect${a} x="${num(x)}" y="${num(y)}" width="${num(w)}" height="${num(h)}" rx="${num(r)}" fill="${paint(node.fills, '#D9D9D9')}"/>`
    }
    case 'ELLIPSE':
      return `<ellipse${a} cx="${num(x + w / 2)}" cy="${num(y + h / 2)}" rx="${num(w / 2)}" ry="${num(h / 2)}" fill="${paint(node.fills, '#D9D9D9')}" stroke="${paint(node.strokes, 'none')}"/>`
    case 'LINE': {
      const dash = node.dashPattern.length > 0 ? ` stroke-dasharray="${node.dashPattern.join(' ')}"` : ''
      const weight = typeof node.strokeWeight === 'number' ? node.strokeWeight : 1
      return `<line${a} x1="${num(x)}" y1="${num(y)}" x2="${num(x + w)}" y2="${num(y)}" stroke="${paint(node.strokes, '#B3B3B3')}" stroke-width="${num(weight)}"${dash} transform="rotate(${num(-node.rotation)} ${num(x)} ${num(y)})"/>`
    }
    case 'VECTOR': {
      const weight = typeof node.strokeWeight === 'number' ? node.strokeWeight : 1
      const paths = node.vectorPaths.map((p) => `<path d="${esc(p.data)}"/>`).join('')
      return `<g${a} transform="translate(${num(x)} ${num(y)})" fill="${paint(node.fills, 'none')}" stroke="${paint(node.strokes, INK)}" stroke-width="${num(weight)}" stroke-linecap="round" stroke-linejoin="round">${paths}</g>`
    }
    case 'CONNECTOR':
      return drawConnector(node, a)
    default:
      return `<rect${a} x="${num(x)}" y="${num(y)}" width="${num(w)}" height="${num(h)}" fill="none" stroke="#B3B3B3" stroke-dasharray="4 4"/>`
  }
}

export interface Bounds {
  x: number
  y: number
  width: number
  height: number
}

export function pageBounds(page: PageNode): Bounds | null {
  if (page.children.length === 0) return null
  let minX = Infinity
  let minY = Infinity
  let maxX = -Infinity
  let maxY = -Infinity
  for (const n of page.children) {
    // Section titles sit above the section.
    const top = n.type === 'SECTION' ? n.y - 48 : n.y
    minX = Math.min(minX, n.x)
    minY = Math.min(minY, top)
    maxX = Math.max(maxX, n.x + n.width)
    maxY = Math.max(maxY, n.y + n.height)
  }
  return { x: minX, y: minY, width: maxX - minX, height: maxY - minY }
}

export function pageToSvg(page: PageNode, options: SvgOptions = {}): string {
  const theme = options.theme ?? 'light'
  const margin = options.margin ?? 64
  const b = pageBounds(page) ?? { x: 0, y: 0, width: 800, height: 600 }
  const view = { x: b.x - margin, y: b.y - margin, width: b.width + 2 * margin, height: b.height + 2 * margin }
  const body = page.children.map((n) => drawNode(n, theme, options.interactive ?? false)).join('')
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="${num(view.x)} ${num(view.y)} ${num(view.width)} ${num(view.height)}" width="${num(view.width)}" height="${num(view.height)}">` +
    `<defs><filter id="sticky-shadow" x="-10%" y="-10%" width="120%" height="130%"><feDropShadow dx="0" dy="2" stdDeviation="3" flood-opacity="0.18"/></filter></defs>` +
    `<rect x="${num(view.x)}" y="${num(view.y)}" width="${num(view.width)}" height="${num(view.height)}" fill="${CANVAS[theme]}"/>` +
    body +
    `</svg>`
  )
}
