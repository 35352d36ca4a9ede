import { createContext } from 'preact'
import { useContext } from 'preact/hooks'
import type { Locale } from '../../src/core/i18n/locale'
import { translatorFor, type Translator } from './catalogs'

export { panelCatalogs, translatorFor, type Translator, type UiKey } from './catalogs'

const LocaleContext = createContext<Locale>('en')

/** Gives every component below it the panel's language. */
export const LocaleProvider = LocaleContext.Provider

export function useLocale(): Locale {
  return useContext(LocaleContext)
}

/** `t(key, params)` in the panel's language, plus `t.plural` and `t.message` for a Message. */
export function useT(): Translator {
  return translatorFor(useLocale())
}
