import { LOCALES, type Locale } from './locale'
import { boardCatalogs } from './board'
import { bg } from './bg'
import { en } from './en'
import { makeI18n, type Catalog } from './translator'
import { he } from './he'
import type { Message, MessageKey } from './keys'
import { ru } from './ru'

export { makeI18n, type Catalog, type I18n, type Params } from './translator'
export { formatNumber, formatSigned } from './numbers'
export { isCoreKey, message, type BoardKey, type CoreKey, type CoreMessageKey, type ImportKey, type Message, type MessageKey } from './keys'

/*
 * The core catalogs are split in two (see board-en.ts): the board strings the sandbox
 * renders itself, and the sentences it sends as Messages for the panel to render. This
 * module joins them for the panel, the importer and tests. The sandbox bundle must not
 * import a value from here (that would pull every catalog into dist/code.js): it uses
 * ./board, ./keys and ./format directly.
 */

/** The sentences the panel renders for the sandbox, in every language: en.ts and its translations. */
export const messageCatalogs: Readonly<Record<Locale, Catalog>> = { en, ru, bg, he }

function merged(): Record<Locale, Catalog> {
  const out = {} as Record<Locale, Catalog>
  for (const locale of LOCALES) out[locale] = { ...boardCatalogs[locale], ...messageCatalogs[locale] }
  return out
}

/** Every core string in every language: the board's and the messages'. */
export const coreCatalogs: Readonly<Record<Locale, Catalog>> = merged()
const core = makeI18n<MessageKey>(coreCatalogs)

export const translate = core.translate
export const plural = core.plural

export function render(locale: Locale, m: Message): string {
  return translate(locale, m.key, m.params)
}
