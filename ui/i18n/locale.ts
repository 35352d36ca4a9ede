import { LocaleSchema, type Locale } from '../../src/core/i18n/locale'

/** The panel's starting language from the browser's (`ru-RU` → ru, `iw` is Hebrew's old code); English otherwise. */
export function detectLocale(language: string | undefined): Locale {
  const primary = (language ?? '').toLowerCase().split(/[-_]/)[0] ?? ''
  const known = LocaleSchema.safeParse(primary === 'iw' ? 'he' : primary)
  return known.success ? known.data : 'en'
}
