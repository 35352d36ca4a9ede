/**
 * Deterministic text metrics (no font files). Figma's real layout differs; the
 * point is that heights depend on text, width and font size the way Figma's do,
 * so layout code that ignores text growth fails in tests.
 *
 * - average glyph width = fontSize × 0.55 (every character, spaces included)
 * - line height (AUTO)  = fontSize × 1.3
 * - greedy word wrap on spaces; a word longer than a line is broken by characters;
 *   '\n' starts a new paragraph; an empty text is one line tall
 * - sizes are rounded to 2 decimals
 *
 * Sticky: width 240 (416 when isWideWidth), padding 24 on every side, default
 * text Inter Medium 24 (FigJam's default size is UNCONFIRMED), height =
 * max(240, lines × lineHeight + 2 × 24) with lines wrapped at width − 48.
 */
export const GLYPH_WIDTH_EM = 0.55
export const LINE_HEIGHT_EM = 1.3

export const STICKY_WIDTH = 240
export const STICKY_WIDE_WIDTH = 416
export const STICKY_MIN_HEIGHT = 240
export const STICKY_PADDING = 24
export const STICKY_FONT_SIZE = 24
export const SHAPE_FONT_SIZE = 16
export const TEXT_FONT_SIZE = 12

export function round2(v: number): number {
  return Math.round(v * 100) / 100
}

export function glyphWidth(fontSize: number): number {
  return fontSize * GLYPH_WIDTH_EM
}

export function autoLineHeight(fontSize: number): number {
  return round2(fontSize * LINE_HEIGHT_EM)
}

/** Wraps `text` into lines no wider than `maxWidth` (Infinity: no wrapping). */
export function wrapText(text: string, maxWidth: number, fontSize: number): string[] {
  const glyph = glyphWidth(fontSize)
  const perLine = Number.isFinite(maxWidth) ? Math.max(1, Math.floor((maxWidth + 1e-9) / glyph)) : Infinity
  const lines: string[] = []
  for (const paragraph of text.split('\n')) {
    if (perLine === Infinity) {
      lines.push(paragraph)
      continue
    }
    let line = ''
    for (const word of paragraph.split(' ')) {
      let rest = word
      const candidate = line === '' ? rest : `${line} ${rest}`
      if (candidate.length <= perLine) {
        line = candidate
        continue
      }
      if (line !== '') lines.push(line)
      line = ''
      while (rest.length > perLine) {
        lines.push(rest.slice(0, perLine))
        rest = rest.slice(perLine)
      }
      line = rest
    }
    lines.push(line)
  }
  return lines
}

export interface TextMeasure {
  lines: number
  /** width of the longest line (trailing spaces excluded) */
  width: number
  height: number
}

export function measureText(text: string, fontSize: number, maxWidth: number, lineHeight = autoLineHeight(fontSize)): TextMeasure {
  const lines = wrapText(text, maxWidth, fontSize)
  const longest = lines.reduce((m, l) => Math.max(m, l.trimEnd().length), 0)
  return { lines: lines.length, width: round2(longest * glyphWidth(fontSize)), height: round2(lines.length * lineHeight) }
}

/** Height of `text` wrapped at `width` with AUTO line height. */
export function textHeight(text: string, width: number, fontSize: number): number {
  return measureText(text, fontSize, width).height
}

export function stickyWidth(isWideWidth: boolean): number {
  return isWideWidth ? STICKY_WIDE_WIDTH : STICKY_WIDTH
}

export function stickyHeight(text: string, isWideWidth: boolean, fontSize: number, lineHeight = autoLineHeight(fontSize)): number {
  const inner = stickyWidth(isWideWidth) - 2 * STICKY_PADDING
  const m = measureText(text, fontSize, inner, lineHeight)
  return Math.max(STICKY_MIN_HEIGHT, round2(m.height + 2 * STICKY_PADDING))
}
