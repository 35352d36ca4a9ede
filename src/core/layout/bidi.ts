/**
 * Mixed-direction text on a right-to-left board. Figma lays a paragraph out in the
 * direction of its first strong letter, so a Hebrew stage name that starts with a brand
 * ("FigJam לצוות") would run left to right. Labels the plugin writes on an RTL map start
 * with a right-to-left mark when their first strong letter is a left-to-right one; the
 * mark is invisible and is taken off again when the board is read back.
 */

const RLM = '\u200f'
const MARKS = /^[\u200e\u200f]+/

/** Hebrew and Arabic letters (and their presentation forms) are strong right-to-left. */
function firstStrongIsLtr(text: string): boolean {
  for (const c of text) {
    if (/[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufeff]/.test(c)) return false
    if (/\p{L}/u.test(c)) return true
  }
  return false
}

export function labelText(text: string, direction: 'ltr' | 'rtl'): string {
  return direction === 'rtl' && firstStrongIsLtr(text) ? `${RLM}${text}` : text
}

/** A label as the person wrote it: without the marks `labelText` added. */
export function withoutMarks(text: string): string {
  return text.replace(MARKS, '')
}
