/**
 * A deliberately simple text model for planning: how many lines a text wraps to at
 * a width, and the height a sticky grows to. Real heights come from the canvas (the
 * renderer measures each sticky after writing its text); these estimates are only
 * for previews and for cards not yet measured.
 */
export const STICKY_SIZE = 240
export const STICKY_FONT_SIZE = 16
/** An average glyph's width as a share of the font size: the estimate's one number for text width. */
export const TEXT_GLYPH = 0.56
const LINE_HEIGHT = 1.35
const STICKY_PADDING = 24

export function wrapLines(text: string, width: number, fontSize: number): number {
  const perLine = Math.max(1, Math.floor(width / (fontSize * TEXT_GLYPH)))
  let lines = 0
  for (const paragraph of text.split('\n')) {
    let current = 0
    lines += 1
    for (const word of paragraph.split(/\s+/).filter(Boolean)) {
      let len = word.length
      if (current > 0 && current + 1 + len <= perLine) {
        current += 1 + len
        continue
      }
      if (current > 0) lines += 1
      // A word longer than a line breaks across lines, as the editor does.
      while (len > perLine) {
        lines += 1
        len -= perLine
      }
      current = len
    }
  }
  return lines
}

export function textHeight(text: string, width: number, fontSize: number): number {
  return Math.ceil(wrapLines(text, width, fontSize) * fontSize * LINE_HEIGHT)
}

export function estimateStickyHeight(text: string): number {
  const inner = STICKY_SIZE - 2 * STICKY_PADDING
  return Math.max(STICKY_SIZE, textHeight(text, inner, STICKY_FONT_SIZE) + 2 * STICKY_PADDING)
}
