import { importI18n } from '../../i18n/import-catalog'
import type { Locale } from '../../i18n/locale'

/** The text of the card that stands for a cell's notes left off the board: "+37 more notes in the file". */
export function summaryCardText(locale: Locale, count: number): string {
  return importI18n.plural(locale, 'import.summaryCard', { count })
}
