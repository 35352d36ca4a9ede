import type { Locale } from '../journey'
import { en, type MessageKey } from './en'
import { ru } from './ru'

export type { MessageKey }
export type Params = Readonly<Record<string, string | number>>

/** A sentence for a person, not yet in a language: travels between sandbox and panel. */
export interface Message {
  key: MessageKey
  params?: Params
}

const catalogs: Record<Locale, Readonly<Record<string, string>>> = { en, ru }

export function isMessageKey(key: string): key is MessageKey {
  return Object.prototype.hasOwnProperty.call(en, key)
}

function fill(template: string, params: Params | undefined): string {
  if (!params) return template
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    Object.prototype.hasOwnProperty.call(params, name) ? String(params[name]) : whole,
  )
}

export function translate(locale: Locale, key: MessageKey, params?: Params): string {
  const text = catalogs[locale][key] ?? en[key]
  return fill(text, params)
}

/** Intl is not guaranteed in the plugin sandbox; without it every count takes the "other" form. */
function pluralCategory(locale: Locale, count: number): string {
  if (typeof Intl === 'undefined' || typeof Intl.PluralRules !== 'function') return 'other'
  return new Intl.PluralRules(locale).select(count)
}

/** Translates `base.<category>` for `params.count`, falling back to `base.other`. */
export function plural(locale: Locale, base: string, params: Params & { count: number }): string {
  const catalog = catalogs[locale]
  const exact = catalog[`${base}.${pluralCategory(locale, params.count)}`]
  const text = exact ?? catalog[`${base}.other`] ?? en[`${base}.other` as MessageKey]
  return fill(text ?? base, params)
}

export function message(key: MessageKey, params?: Params): Message {
  return params ? { key, params } : { key }
}

export function render(locale: Locale, m: Message): string {
  return translate(locale, m.key, m.params)
}
