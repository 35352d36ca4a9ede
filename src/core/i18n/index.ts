import type { Locale } from '../journey'
import { en, type MessageKey } from './en'
import { ru } from './ru'

export type { MessageKey }
export type Params = Readonly<Record<string, string | number>>
export type Catalog = Readonly<Record<string, string>>

/** A sentence for a person, not yet in a language: travels between sandbox and panel. */
export interface Message {
  key: MessageKey
  params?: Params
}

export function isMessageKey(key: string): key is MessageKey {
  return Object.prototype.hasOwnProperty.call(en, key)
}

function fill(template: string, params: Params | undefined): string {
  if (!params) return template
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    Object.prototype.hasOwnProperty.call(params, name) ? String(params[name]) : whole,
  )
}

/** Intl is not guaranteed in the plugin sandbox; without it every count takes the "other" form. */
function pluralCategory(locale: Locale, count: number): string {
  if (typeof Intl === 'undefined' || typeof Intl.PluralRules !== 'function') return 'other'
  return new Intl.PluralRules(locale).select(count)
}

export interface I18n<K extends string> {
  translate: (locale: Locale, key: K, params?: Params) => string
  /** Translates `base.<category>` for `params.count`, falling back to `base.other`. */
  plural: (locale: Locale, base: string, params: Params & { count: number }) => string
}

/**
 * Lookups over a set of catalogs, English being the fallback. The sandbox uses the
 * core catalogs; the panel adds its own strings on top.
 */
export function makeI18n<K extends string>(catalogs: Readonly<Record<Locale, Catalog>>): I18n<K> {
  return {
    translate(locale, key, params) {
      return fill(catalogs[locale][key] ?? catalogs.en[key] ?? key, params)
    },
    plural(locale, base, params) {
      const own = catalogs[locale]
      const text = own[`${base}.${pluralCategory(locale, params.count)}`] ?? own[`${base}.other`] ?? catalogs.en[`${base}.other`]
      return fill(text ?? base, params)
    },
  }
}

export const coreCatalogs: Readonly<Record<Locale, Catalog>> = { en, ru }
const core = makeI18n<MessageKey>(coreCatalogs)

export const translate = core.translate
export const plural = core.plural

export function message(key: MessageKey, params?: Params): Message {
  return params ? { key, params } : { key }
}

export function render(locale: Locale, m: Message): string {
  return translate(locale, m.key, m.params)
}
