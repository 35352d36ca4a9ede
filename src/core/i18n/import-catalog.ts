import type { Locale } from '../journey'
import { coreCatalogs, makeI18n, type Catalog } from './index'
import { importEn } from './import-en'
import { importRu } from './import-ru'

export const importCatalogs: Readonly<Record<Locale, Catalog>> = { en: importEn, ru: importRu }

/** Lookups over the core and import catalogs: what the importer and its readers need. */
export const importI18n = makeI18n<string>({
  en: { ...coreCatalogs.en, ...importEn },
  ru: { ...coreCatalogs.ru, ...importRu },
})
