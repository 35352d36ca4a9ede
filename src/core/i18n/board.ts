import type { Locale } from './locale'
import { boardBg } from './board-bg'
import { boardEn, type BoardKey } from './board-en'
import { boardHe } from './board-he'
import { boardRu } from './board-ru'
import { makeI18n, type Catalog, type Params } from './translator'

/**
 * The sandbox's own lookups: only the strings it draws on the board or tells through
 * figma.notify and closePlugin, in every language. Code in the sandbox bundle (src/sandbox
 * and the src/core modules it imports) translates through here, never through ./index,
 * whose full catalogs are the panel's; everything else it says goes out as a Message.
 */
export type { BoardKey }

export const boardCatalogs: Readonly<Record<Locale, Catalog>> = { en: boardEn, ru: boardRu, bg: boardBg, he: boardHe }
const board = makeI18n<BoardKey>(boardCatalogs)

type PluralBase<K> = K extends `${infer Base}.other` ? Base : never
/** A board string with plural forms, named without its form: `notify.generated`. */
export type BoardPlural = PluralBase<BoardKey>

/** A board string in the map's language; a key the panel renders fails typecheck here. */
export const translate: (locale: Locale, key: BoardKey, params?: Params) => string = board.translate
/** `base.<category>` for `params.count` in the map's language (see I18n.plural). */
export const plural: (locale: Locale, base: BoardPlural, params: Params & { count: number }) => string = board.plural
