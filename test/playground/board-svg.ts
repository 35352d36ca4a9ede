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
): string {
  const lines = wrapText(characters, box.width, fontSize)
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

function attrs(node: SceneNode, interactive: boolean): string {
  if (!interactive) return ''
  // Stickies are what people move and edit, so they take focus and have a name.
  const focus = node.type === 'STICKY' ? ` tabindex="0" role="button" aria-label="${esc(`Sticky: ${node.text.characters}`)}"` : ''
  return ` data-node-id="${esc(node.id)}" data-type="${node.type}"${focus}`
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
      const width = node.textAutoResize === 'WIDTH_AND_HEIGHT' ? Infinity : w
      return `<g${a}>${textLines(node.characters, fontSize, { x, y, width, height: h }, node.textAlignHorizontal, 'TOP', paint(node.fills, INK), weight)}</g>`
    }
    case 'FRAME': {
      const children = node.children.map((c) => drawNode(c, theme, interactive)).join('')
      const r = typeof node.cornerRadius === 'number' ? node.cornerRadius : 0
      return `<g${a} transform="translate(${num(x)} ${num(y)})"><rect width="${num(w)}" height="${num(h)}" rx="${num(r)}" fill="${paint(node.fills, 'none')}"/>${children}</g>`
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
