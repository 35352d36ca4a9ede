import { createContext } from 'preact'
import { useContext } from 'preact/hooks'
import { plural, render, translate, type Message, type MessageKey, type Params } from '../src/core/i18n'
import type { Locale } from '../src/core/journey'

const LocaleContext = createContext<Locale>('en')

/** Gives every component below it the panel's language. */
export const LocaleProvider = LocaleContext.Provider

export function useLocale(): Locale {
  return useContext(LocaleContext)
}

export interface Translator {
  (key: MessageKey, params?: Params): string
  plural(base: string, params: Params & { count: number }): string
  message(m: Message): string
  locale: Locale
}

/** `t(key, params)` in the panel's language, plus `t.plural` and `t.message` for a Message. */
export function useT(): Translator {
  const locale = useLocale()
  const t = ((key: MessageKey, params?: Params) => translate(locale, key, params)) as Translator
  t.plural = (base, params) => plural(locale, base, params)
  t.message = (m) => render(locale, m)
  t.locale = locale
  return t
}
