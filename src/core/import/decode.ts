import type { MessageKey, Params } from '../i18n'
import { decodeSingleByte, type SingleByteEncoding } from './legacy-encodings'
import type { Encoding } from './types'

/**
 * Bytes to text: byte-order marks, UTF-8 when it is valid, otherwise Windows-1251 or
 * Windows-1255 chosen by which letters the high bytes would be. Binary files are refused
 * here, before anything tries to read them as a table.
 */

export type Decoded =
  | { ok: true; text: string; encoding: Encoding; guessed: boolean; invalidAt: number | null }
  | { ok: false; key: MessageKey; params?: Params }

interface TextDecoderLike {
  decode(input: Uint8Array): string
}
type TextDecoderCtor = new (label: string, options?: { fatal?: boolean }) => TextDecoderLike

/** TextDecoder exists in browsers, workers and Node; the sandbox's type library does not declare it. */
function textDecoder(label: 'utf-8' | 'utf-16le', fatal: boolean): TextDecoderLike {
  const Ctor = (globalThis as unknown as { TextDecoder?: TextDecoderCtor }).TextDecoder
  if (!Ctor) throw new Error('TextDecoder is not available')
  return new Ctor(label, { fatal })
}

const MAGIC: ReadonlyArray<{ kind: string; bytes: readonly number[] }> = [
  { kind: 'PNG', bytes: [0x89, 0x50, 0x4e, 0x47] },
  { kind: 'JPEG', bytes: [0xff, 0xd8, 0xff] },
  { kind: 'GIF', bytes: [0x47, 0x49, 0x46, 0x38] },
  { kind: 'PDF', bytes: [0x25, 0x50, 0x44, 0x46, 0x2d] },
  // .xlsx, .docx and .numbers are ZIP archives.
  { kind: 'ZIP (XLSX, DOCX)', bytes: [0x50, 0x4b, 0x03, 0x04] },
  { kind: 'ZIP (XLSX, DOCX)', bytes: [0x50, 0x4b, 0x05, 0x06] },
  // Old binary .xls and .doc.
  { kind: 'XLS', bytes: [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1] },
]

function startsWith(bytes: Uint8Array, prefix: readonly number[]): boolean {
  if (bytes.length < prefix.length) return false
  for (let i = 0; i < prefix.length; i++) if (bytes[i] !== prefix[i]) return false
  return true
}

function magicKind(bytes: Uint8Array): string | null {
  for (const m of MAGIC) if (startsWith(bytes, m.bytes)) return m.kind
  return null
}

/** UTF-16 without a byte-order mark: NULs on one side of most ASCII characters. */
function utf16WithoutBom(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  const n = Math.min(bytes.length, 4096) & ~1
  if (n < 4) return null
  let evenZero = 0
  let oddZero = 0
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) evenZero++
    if (bytes[i + 1] === 0) oddZero++
  }
  const pairs = n / 2
  if (oddZero > pairs * 0.3 && evenZero < pairs * 0.05) return 'utf-16le'
  if (evenZero > pairs * 0.3 && oddZero < pairs * 0.05) return 'utf-16be'
  return null
}

function decodeUtf16(bytes: Uint8Array, bigEndian: boolean): string {
  const even = bytes.length & ~1
  if (!bigEndian) return textDecoder('utf-16le', false).decode(bytes.subarray(0, even))
  const swapped = new Uint8Array(even)
  for (let i = 0; i < even; i += 2) {
    swapped[i] = bytes[i + 1]!
    swapped[i + 1] = bytes[i]!
  }
  return textDecoder('utf-16le', false).decode(swapped)
}

/**
 * Windows-1251 or Windows-1255, from the high bytes alone. Russian and Bulgarian text is
 * mostly lower-case letters 0xE0–0xFF with capitals 0xC0–0xDF; Hebrew has no case, so its
 * letters 0xE0–0xFA come with almost nothing in 0xC0–0xDF (only vowel points), and the
 * bytes 0xFB, 0xFC and 0xFF (ы, ь, я in 1251) are undefined in 1255.
 */
export function guessSingleByte(bytes: Uint8Array): SingleByteEncoding {
  let capitals = 0
  let letters = 0
  // Hebrew vowel points (niqqud, 0xC0–0xD2 in 1255) sit where 1251 has capitals, but they
  // follow a letter (0xE0–0xFA) or another point; a Russian capital follows a space, a
  // capital or the start. Points are not counted as capitals, so pointed Hebrew stays Hebrew.
  let afterLetter = false
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i]!
    if (b < 0xc0) {
      afterLetter = false
      continue
    }
    if (b < 0xe0) {
      if (!(afterLetter && b <= 0xd2)) {
        capitals++
        afterLetter = false
      }
    }
    // ы, ь or я settles it: no need to read the rest of a big file.
    else if (b === 0xfb || b === 0xfc || b === 0xff) return 'windows-1251'
    else {
      letters++
      afterLetter = true
    }
  }
  if (letters === 0) return 'windows-1251'
  return capitals < letters * 0.05 ? 'windows-1255' : 'windows-1251'
}

/** The text if the bytes are valid UTF-8, else null. */
function strictUtf8(bytes: Uint8Array): string | null {
  try {
    return textDecoder('utf-8', true).decode(bytes)
  } catch {
    return null
  }
}

function decodeAs(bytes: Uint8Array, encoding: Encoding): { text: string; invalidAt: number | null } {
  switch (encoding) {
    case 'utf-8': {
      const strict = strictUtf8(bytes)
      if (strict !== null) return { text: strict, invalidAt: null }
      const text = textDecoder('utf-8', false).decode(bytes)
      const at = text.indexOf('\ufffd')
      return { text, invalidAt: at === -1 ? 0 : at }
    }
    case 'utf-16le':
      return { text: decodeUtf16(bytes, false), invalidAt: null }
    case 'utf-16be':
      return { text: decodeUtf16(bytes, true), invalidAt: null }
    default:
      return { text: decodeSingleByte(bytes, encoding), invalidAt: null }
  }
}

function stripBomChar(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text
}

/**
 * Decodes a file's bytes. `chosen` is the person's override; a byte-order mark is still
 * removed then. The text never starts with U+FEFF. `invalidAt` is the offset of the first
 * character UTF-8 could not read (only when UTF-8 was chosen for bytes that are not).
 */
export function decodeBytes(bytes: Uint8Array, chosen?: Encoding): Decoded {
  if (bytes.length === 0) return { ok: false, key: 'import.empty' }
  const kind = magicKind(bytes)
  if (kind) return { ok: false, key: 'import.binaryKind', params: { kind } }

  let bom: Encoding | null = null
  let bomLength = 0
  if (startsWith(bytes, [0xef, 0xbb, 0xbf])) [bom, bomLength] = ['utf-8', 3]
  else if (startsWith(bytes, [0xff, 0xfe])) [bom, bomLength] = ['utf-16le', 2]
  else if (startsWith(bytes, [0xfe, 0xff])) [bom, bomLength] = ['utf-16be', 2]

  const utf16 = (e: Encoding): boolean => e === 'utf-16le' || e === 'utf-16be'
  let encoding: Encoding
  let guessed = false
  let text: string | null = null
  let invalidAt: number | null = null
  /** NUL bytes: UTF-16, or binary data. */
  let hasNul: boolean | null = null
  if (chosen) encoding = chosen
  else if (bom) encoding = bom
  else {
    text = strictUtf8(bytes)
    // UTF-8 reads byte 0 as U+0000 and nothing else as it, and a string is searched faster than bytes.
    hasNul = text !== null ? text.includes('\u0000') : bytes.indexOf(0) !== -1
    const wide = hasNul ? utf16WithoutBom(bytes) : null
    if (wide) [encoding, text] = [wide, null]
    else if (hasNul) return { ok: false, key: 'import.binary' }
    else if (text !== null) encoding = 'utf-8'
    else {
      encoding = guessSingleByte(bytes)
      guessed = true
    }
  }

  if (text === null) {
    const body = bom && encoding === bom ? bytes.subarray(bomLength) : bytes
    // The byte-order mark has no NUL, so the body tells as well as the whole file.
    if (!utf16(encoding) && (hasNul ?? body.indexOf(0) !== -1)) return { ok: false, key: 'import.binary' }
    ;({ text, invalidAt } = decodeAs(body, encoding))
  }
  const clean = stripBomChar(text)
  if (invalidAt !== null && clean.length < text.length) invalidAt = Math.max(0, invalidAt - 1)
  if (clean.trim() === '') return { ok: false, key: 'import.empty' }
  return { ok: true, text: clean, encoding, guessed, invalidAt }
}
