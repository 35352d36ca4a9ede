import { coreCatalogs, makeI18n, type Message, type MessageKey, type Params } from '../../src/core/i18n'
import { importCatalogs } from '../../src/core/i18n/import-catalog'
import type { Locale } from '../../src/core/i18n/locale'
import { panelEn, type PanelKey } from './strings/en'
import { panelBg } from './strings/bg'
import { panelHe } from './strings/he'
import { panelRu } from './strings/ru'

/**
 * The panel's strings and a translator over them, with no Preact: the panel's
 * components use it through useT(), and tools (`npm run preview`) word things exactly
 * as the panel does by using it directly.
 */

/** Every key the panel can show: the core catalog (shared with the sandbox) plus its own. */
export type UiKey = MessageKey | PanelKey

export const panelCatalogs = {
  en: { ...coreCatalogs.en, ...importCatalogs.en, ...panelEn },
  ru: { ...coreCatalogs.ru, ...importCatalogs.ru, ...panelRu },
  bg: { ...coreCatalogs.bg, ...importCatalogs.bg, ...panelBg },
  he: { ...coreCatalogs.he, ...importCatalogs.he, ...panelHe },
} as const
const i18n = makeI18n<UiKey>(panelCatalogs)

export interface Translator {
  (key: UiKey, params?: Params): string
  plural(base: string, params: Params & { count: number }): string
  message(m: Message): string
  locale: Locale
}

/** `t(key, params)` in `locale`, plus `t.plural` and `t.message` for a Message. */
export function translatorFor(locale: Locale): Translator {
  const t = ((key: UiKey, params?: Params) => i18n.translate(locale, key, params)) as Translator
  t.plural = (base, params) => i18n.plural(locale, base, params)
  t.message = (m) => i18n.translate(locale, m.key, m.params)
  t.locale = locale
  return t
}
