import type { Locale } from './locale'

export type Params = Readonly<Record<string, string | number>>
export type Catalog = Readonly<Record<string, string>>

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

function fill(locale: Locale, template: string, params: Params | undefined): string {
  if (!params) return template
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    if (!Object.prototype.hasOwnProperty.call(params, name)) return whole
    const value = params[name]!
    return typeof value === 'number' ? formatNumber(locale, value) : value
  })
}

/** Intl is not guaranteed in the plugin sandbox; without it every count takes the "other" form. */
const pluralRules = new Map<string, Intl.PluralRules>()

function pluralCategory(locale: Locale, count: number): string {
  if (typeof Intl === 'undefined' || typeof Intl.PluralRules !== 'function') return 'other'
  let rules = pluralRules.get(locale)
  if (!rules) {
    // Making the rules is the slow part (milliseconds); picking a form is not.
    rules = new Intl.PluralRules(locale)
    pluralRules.set(locale, rules)
  }
  return rules.select(count)
}

export interface I18n<K extends string> {
  translate: (locale: Locale, key: K, params?: Params) => string
  /** Translates `base.<category>` for `params.count`, falling back to `base.other`. */
  plural: (locale: Locale, base: string, params: Params & { count: number }) => string
}

/**
 * Lookups over a set of catalogs, English being the fallback. The sandbox uses the
 * board catalogs (board.ts); the panel uses all core catalogs with its own strings on top.
 */
export function makeI18n<K extends string>(catalogs: Readonly<Record<Locale, Catalog>>): I18n<K> {
  const plural: I18n<K>['plural'] = (locale, base, params) => {
    const own = catalogs[locale]
    const text = own[`${base}.${pluralCategory(locale, params.count)}`] ?? own[`${base}.other`] ?? catalogs.en[`${base}.other`]
    return fill(locale, text ?? base, params)
  }
  return {
    translate(locale, key, params) {
      // A Message travels with one plural form as its key (the sender cannot know the reader's
      // language); the form the reader's language needs for `count` is picked here.
      const form = PLURAL_FORM.exec(key)
      const count = params?.count
      if (form && typeof count === 'number') return plural(locale, form[1]!, { ...params, count })
      return fill(locale, catalogs[locale][key] ?? catalogs.en[key] ?? key, params)
    },
    plural,
  }
}

const PLURAL_FORM = /^(.+)\.(zero|one|two|few|many|other)$/
