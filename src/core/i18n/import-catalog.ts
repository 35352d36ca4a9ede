import { LOCALES, type Locale } from './locale'
import { coreCatalogs, makeI18n, type Catalog } from './index'
import { importBg } from './import-bg'
import { importEn } from './import-en'
import { importHe } from './import-he'
import { importRu } from './import-ru'

export const importCatalogs: Readonly<Record<Locale, Catalog>> = { en: importEn, ru: importRu, bg: importBg, he: importHe }

function merged(): Record<Locale, Catalog> {
  const out = {} as Record<Locale, Catalog>
  for (const locale of LOCALES) out[locale] = { ...coreCatalogs[locale], ...importCatalogs[locale] }
  return out
}

/** Lookups over the core and import catalogs: what the importer and its readers need. */
export const importI18n = makeI18n<string>(merged())
