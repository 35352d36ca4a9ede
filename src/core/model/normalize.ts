/**
 * String folding shared by the alias tables, stage and lane identity and the merging of
 * identical notes. Regexes are compiled once: these run for every row of big files.
 */

// Punctuation, symbols, marks and emoji, spelled as ranges rather than \p{L}: this runs in
// the plugin sandbox too (the board reader reads typed scores), whose bundle is ES2017.
// The ranges are deliberate: control characters, Hebrew points and emoji surrogate halves all fold away.
const NOT_LETTER_OR_DIGIT =
  // eslint-disable-next-line no-control-regex, no-misleading-character-class
  /[\s\u0000-\u002F\u003A-\u0040\u005B-\u0060\u007B-\u00BF\u00D7\u00F7\u0591-\u05C7\u05F3\u05F4\u2000-\u2BFF\u2E00-\u2E7F\u3000-\u303F\uD800-\uDFFF\uFE00-\uFE0F\uFF00-\uFF0F]+/g
const YO = /ё/g
/** Hebrew vowel points and cantillation marks: dropped, so a pointed word is the same word. */
const HEBREW_POINTS = /[\u0591-\u05BD\u05BF\u05C1\u05C2\u05C4\u05C5\u05C7]/g

/** A header or lane name as a lookup key: lower case, punctuation and symbols as single spaces, ё as е. */
export function normalizeName(s: string): string {
  return s.toLowerCase().replace(YO, 'е').replace(HEBREW_POINTS, '').replace(NOT_LETTER_OR_DIGIT, ' ').trim()
}

const NEEDS_FOLDING = /\s\s|[\t\n\r\f\v\u00a0\u2028\u2029]/
const WHITESPACE_RUN = /\s+/g

/** Trims and folds runs of whitespace to one space; only allocates when there is something to fold. */
export function foldSpace(s: string): string {
  const t = s.trim()
  return NEEDS_FOLDING.test(t) ? t.replace(WHITESPACE_RUN, ' ') : t
}

/** The identity of a note within its cell: same words, any case, any spacing. */
export function noteKey(s: string): string {
  return foldSpace(s).toLowerCase()
}

/** `noteKey` of text already trimmed. */
export function trimmedNoteKey(t: string): string {
  const lower = t.toLowerCase()
  return NEEDS_FOLDING.test(lower) ? lower.replace(WHITESPACE_RUN, ' ') : lower
}

/**
 * A 30-bit hash of `trimmedNoteKey(t)`: equal keys give equal hashes. Made without the key
 * when the text is ASCII (lower case and runs of whitespace as one space, as the key has them).
 */
export function trimmedNoteKeyHash(t: string): number {
  let h = 0x811c9dc5
  let space = false
  for (let i = 0; i < t.length; i++) {
    let c = t.charCodeAt(i)
    if (c >= 0x80) return hashUnits(trimmedNoteKey(t))
    if (c === 32 || (c >= 9 && c <= 13)) {
      space = true
      continue
    }
    if (space) {
      h = Math.imul(h ^ 32, 0x01000193)
      space = false
    }
    if (c >= 65 && c <= 90) c += 32
    h = Math.imul(h ^ c, 0x01000193)
  }
  if (space) h = Math.imul(h ^ 32, 0x01000193)
  return h & 0x3fffffff
}

function hashUnits(s: string): number {
  let h = 0x811c9dc5
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193)
  return h & 0x3fffffff
}

/** Cuts text to at most `max` UTF-16 units without splitting a surrogate pair. */
export function clip(s: string, max: number): string {
  if (s.length <= max) return s
  let end = max
  const last = s.charCodeAt(end - 1)
  if (last >= 0xd800 && last <= 0xdbff) end -= 1
  return s.slice(0, end)
}

/** A..Z, AA..: how a spreadsheet names a column. */
export function columnLetter(index: number): string {
  let n = index + 1
  let out = ''
  while (n > 0) {
    const r = (n - 1) % 26
    out = String.fromCharCode(65 + r) + out
    n = Math.floor((n - 1) / 26)
  }
  return out
}
