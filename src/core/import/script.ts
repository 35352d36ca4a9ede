/** Which script most letters of some text are in: picks the journey's language and direction. */
export type Script = 'latin' | 'cyrillic' | 'hebrew'

export function guessScript(texts: readonly string[]): Script {
  let latin = 0
  let cyrillic = 0
  let hebrew = 0
  for (const t of texts) {
    const n = Math.min(t.length, 500)
    for (let i = 0; i < n; i++) {
      const c = t.charCodeAt(i)
      if ((c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a)) latin++
      else if (c >= 0x400 && c <= 0x4ff) cyrillic++
      else if (c >= 0x5d0 && c <= 0x5ea) hebrew++
    }
  }
  if (hebrew > latin && hebrew > cyrillic) return 'hebrew'
  if (cyrillic > latin) return 'cyrillic'
  return 'latin'
}
