import type { Locale } from '../src/core/journey'

/** The panel's starting language from the browser's: Russian for any `ru*`, English otherwise. */
export function detectLocale(language: string | undefined): Locale {
  return language?.toLowerCase().startsWith('ru') ? 'ru' : 'en'
}
