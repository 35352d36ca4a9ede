import * as z from 'zod/mini'

export const LOCALES = ['en', 'ru', 'bg', 'he'] as const
export const LocaleSchema = z.enum(LOCALES)
export type Locale = z.infer<typeof LocaleSchema>

/** Languages written right to left: their panel is mirrored and their journeys run right to left. */
const RTL_LOCALES: ReadonlySet<Locale> = new Set<Locale>(['he'])

export function isRtlLocale(locale: Locale): boolean {
  return RTL_LOCALES.has(locale)
}

/** A new journey in this language runs the way its script is read. */
export function directionOf(locale: Locale): 'ltr' | 'rtl' {
  return isRtlLocale(locale) ? 'rtl' : 'ltr'
}
