import type { Locale } from './locale'
import { formatNumber } from './numbers'

export type Params = Readonly<Record<string, string | number>>
export type Catalog = Readonly<Record<string, string>>

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
