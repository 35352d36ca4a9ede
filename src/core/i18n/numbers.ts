import type { Locale } from './locale'

const hasIntl = typeof Intl !== 'undefined' && typeof Intl.NumberFormat === 'function'
const numberFormats = new Map<string, Intl.NumberFormat>()

function numberFormat(locale: Locale, signed: boolean): Intl.NumberFormat {
  const key = `${locale}|${signed}`
  let format = numberFormats.get(key)
  if (!format) {
    format = new Intl.NumberFormat(locale, signed ? { maximumFractionDigits: 1, signDisplay: 'exceptZero' } : { maximumFractionDigits: 2 })
    numberFormats.set(key, format)
  }
  return format
}

/** A number as the language writes it (1,234.5 · 1 234,5); plain digits where Intl is missing. */
export function formatNumber(locale: Locale, n: number): string {
  return hasIntl ? numberFormat(locale, false).format(n) : String(Math.round(n * 100) / 100)
}

/** A score as the board and panel label it: "+2", "−1.5" ("−1,5" in Russian), "0"; a true minus sign. */
export function formatSigned(locale: Locale, n: number): string {
  const r = Math.round(n * 10) / 10 || 0
  const text = hasIntl ? numberFormat(locale, true).format(r) : r > 0 ? `+${r}` : String(r)
  return text.replace('-', '\u2212')
}
