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

/**
 * The language of a file's text, for its journey: Hebrew by its script; among Cyrillic,
 * Bulgarian has no ы, э or ё but writes ъ inside words often, where Russian rarely does.
 */
export function guessLanguage(texts: readonly string[]): 'en' | 'ru' | 'bg' | 'he' {
  const script = guessScript(texts)
  if (script === 'hebrew') return 'he'
  if (script === 'latin') return 'en'
  let letters = 0
  let russianOnly = 0
  let hardSign = 0
  for (const t of texts) {
    const text = t.slice(0, 500).toLowerCase()
    for (const c of text) {
      if (c < '\u0400' || c > '\u04ff') continue
      letters++
      if (c === 'ы' || c === 'э' || c === 'ё') russianOnly++
      else if (c === 'ъ') hardSign++
    }
  }
  if (russianOnly > 0) return 'ru'
  return letters > 0 && hardSign / letters > 0.005 ? 'bg' : 'ru'
}
