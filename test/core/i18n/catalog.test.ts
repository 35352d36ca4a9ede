import { readdirSync, readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { coreCatalogs, isCoreKey, messageCatalogs } from '../../../src/core/i18n'
import { boardCatalogs } from '../../../src/core/i18n/board'
import { importCatalogs } from '../../../src/core/i18n/import-catalog'
import { LOCALES } from '../../../src/core/i18n/locale'
import { panelCatalogs } from '../../../ui/i18n/context'

const placeholders = (s: string): string[] => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!).sort()

const OTHER_LOCALES = LOCALES.filter((l) => l !== 'en')
const PLURAL = /\.(zero|one|two|few|many|other)$/

/** The plural categories a language's Intl.PluralRules can pick: every one needs its form. */
const categories = (locale: string): string[] => new Intl.PluralRules(locale).resolvedOptions().pluralCategories

describe.each([
  ['core', coreCatalogs],
  // Each half of the core catalog on its own, so a string moved to one half in English and not in another language is caught.
  ['core board', boardCatalogs],
  ['core messages', messageCatalogs],
  ['import', importCatalogs],
  ['panel', panelCatalogs],
] as const)('the %s message catalog', (_, catalogs) => {
  const english = catalogs.en as Readonly<Record<string, string>>
  const bases = new Set(Object.keys(english).filter((k) => k.endsWith('.other')).map((k) => k.slice(0, -'.other'.length)))

  it.each(OTHER_LOCALES)('has a non-empty %s string for every English key, with the same placeholders', (locale) => {
    const own = catalogs[locale] as Readonly<Record<string, string>>
    for (const [key, text] of Object.entries(english)) {
      if (PLURAL.test(key)) continue
      expect(own[key]?.trim(), `${locale} ${key}`).toBeTruthy()
      expect(placeholders(own[key]!), `${locale} ${key}`).toEqual(placeholders(text))
    }
  })

  it.each(LOCALES)('gives every plural in %s each form its plural rules pick, with the English placeholders', (locale) => {
    const own = catalogs[locale] as Readonly<Record<string, string>>
    expect(bases.size).toBeGreaterThan(0)
    for (const base of bases) {
      for (const form of categories(locale)) {
        const text = own[`${base}.${form}`]
        expect(text?.trim(), `${locale} ${base}.${form}`).toBeTruthy()
        // "One row" may say its number in words; every other placeholder must be there.
        const all = placeholders(english[`${base}.other`]!)
        const need = form === 'one' || form === 'two' ? all.filter((p) => p !== 'count') : all
        const has = placeholders(text!)
        expect(has.filter((p) => !all.includes(p)), `${locale} ${base}.${form}`).toEqual([])
        expect(need.filter((p) => !has.includes(p)), `${locale} ${base}.${form}`).toEqual([])
      }
    }
  })

  it.each(OTHER_LOCALES)('has no %s key that English does not (a typo would never be shown)', (locale) => {
    const own = catalogs[locale] as Readonly<Record<string, string>>
    const extra = Object.keys(own).filter((key) => !(key in english) && !(PLURAL.test(key) && bases.has(key.replace(PLURAL, ''))))
    expect(extra).toEqual([])
  })
})

describe('the split core catalog', () => {
  it.each(LOCALES)('keeps each %s key in one half only: the board strings or the messages', (locale) => {
    const both = Object.keys(boardCatalogs[locale]).filter((key) => key in messageCatalogs[locale])
    expect(both).toEqual([])
  })

  it('lets a Message carry every core key and nothing else', () => {
    for (const key of Object.keys(coreCatalogs.en)) expect(isCoreKey(key), key).toBe(true)
    for (const key of ['import.empty', 'nope', 'toString', 'hasOwnProperty', 'board.stageFallback.other']) expect(isCoreKey(key), key).toBe(false)
  })
})

describe('the panel', () => {
  const dir = new URL('../../../ui/components/', import.meta.url)
  const files = (readdirSync(dir, { recursive: true }) as string[]).filter((f) => f.endsWith('.tsx')).sort()

  it('finds every component', () => {
    expect(files.length).toBeGreaterThan(25)
  })

  it.each(files)('%s has no hard-coded words a person reads', (file) => {
    const source = readFileSync(new URL(file, dir), 'utf8')
    // Text between JSX tags, and literal accessible names, must come from the catalog.
    // (Code between a `=>` or `>` comparison and a later `<` holds operators and quotes; JSX text does not.)
    const jsxText = [...source.matchAll(/[\w"'}/]>([^<>{}()=;&|'"`]*\p{L}{2,}[^<>{}()=;&|'"`]*)</gu)].map((m) => m[1]!.trim())
    const literalAttrs = [...source.matchAll(/\b(?:aria-label|title|placeholder|alt)="([^"]*\p{L}[^"]*)"/gu)].map((m) => m[1]!)
    expect([...jsxText, ...literalAttrs]).toEqual([])
  })
})
