/**
 * A card that stands for several identical notes shows its text with a last line
 * `×12`. The renderer writes that form and the board reader takes it apart again,
 * so the count survives a trip through the canvas (and a person can change it by
 * retyping the number).
 */

const COUNT_MARK = '×'
const COUNT_LINE = /^×\s?(\d{1,6})$/

/** The text as a card shows it: `text` alone, or `text` plus a last line `×count` when count > 1. */
export function formatCardText(text: string, count = 1): string {
  if (count > 1) return `${text}\n${COUNT_MARK}${count}`
  // A text whose own last line looks like a count says `×1`, so reading it back gives the text unchanged.
  return splitCount(text) ? `${text}\n${COUNT_MARK}1` : text
}

/** The inverse of formatCardText; text without a count line has count 1. */
export function parseCardText(shown: string): { text: string; count: number } {
  return splitCount(shown) ?? { text: shown, count: 1 }
}

function splitCount(shown: string): { text: string; count: number } | null {
  const cut = shown.lastIndexOf('\n')
  if (cut < 0) return null
  const match = COUNT_LINE.exec(shown.slice(cut + 1).trim())
  if (!match) return null
  const count = Number(match[1])
  if (count < 1) return null
  return { text: shown.slice(0, cut), count }
}
