/** Windows-1251 encoding of text (TextEncoder only writes UTF-8). Unmappable characters become "?". */
export function encodeCp1251(text: string): Uint8Array {
  const table = new Map<string, number>()
  const decoder = new TextDecoder('windows-1251')
  for (let b = 0x80; b <= 0xff; b++) table.set(decoder.decode(new Uint8Array([b])), b)
  const out = new Uint8Array(text.length)
  let n = 0
  for (const ch of text) {
    const code = ch.charCodeAt(0)
    out[n++] = code < 0x80 ? code : (table.get(ch) ?? 0x3f)
  }
  return out.subarray(0, n)
}
