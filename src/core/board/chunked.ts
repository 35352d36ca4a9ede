/**
 * Figma limits one pluginData entry (plugin id + key + value) to 100 kB, counted
 * in bytes, so a value of Cyrillic or emoji text reaches the limit at a third to
 * a half of the characters an ASCII one does. Values that may grow past it (a
 * map's structure with many cards) are stored as numbered chunks plus a header
 * holding the chunk count. Each chunk's value stays under CHUNK_BYTES, leaving
 * room for the plugin id and key.
 */
export const CHUNK_BYTES = 90_000

/** UTF-8 length of a string (TextEncoder is not there in the plugin sandbox). A lone surrogate counts as 3, as its replacement character would. */
export function utf8Bytes(value: string): number {
  let bytes = 0
  for (let i = 0; i < value.length; i++) bytes += unitBytes(value, i)
  return bytes
}

/** Bytes the code point starting at `i` takes; 4 for a surrogate pair (read as one), 0 for the low half of a pair. */
function unitBytes(value: string, i: number): number {
  const c = value.charCodeAt(i)
  if (c < 0x80) return 1
  if (c < 0x800) return 2
  if (isHigh(c) && isLow(value.charCodeAt(i + 1))) return 4
  if (isLow(c) && i > 0 && isHigh(value.charCodeAt(i - 1))) return 0
  return 3
}

const isHigh = (c: number) => c >= 0xd800 && c <= 0xdbff
const isLow = (c: number) => c >= 0xdc00 && c <= 0xdfff

/** Splits a value into pieces of at most `maxBytes` UTF-8 bytes each, never between the halves of a surrogate pair. */
export function splitChunks(value: string, maxBytes: number = CHUNK_BYTES): string[] {
  if (value.length === 0) return ['']
  const out: string[] = []
  let start = 0
  let bytes = 0
  for (let i = 0; i < value.length; i++) {
    const add = unitBytes(value, i)
    if (add === 0) continue
    if (bytes + add > maxBytes && i > start) {
      out.push(value.slice(start, i))
      start = i
      bytes = 0
    }
    bytes += add
  }
  out.push(value.slice(start))
  return out
}

export function chunkKey(base: string, index: number): string {
  return `${base}.${index}`
}
