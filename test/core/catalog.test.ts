import { readdirSync, readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { coreCatalogs } from '../../src/core/i18n'
import { importCatalogs } from '../../src/core/i18n/import-catalog'
import { panelCatalogs } from '../../ui/i18n'

const placeholders = (s: string): string[] => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!).sort()

describe.each([
  ['core', coreCatalogs],
  ['import', importCatalogs],
  ['panel', panelCatalogs],
] as const)('the %s message catalog', (_, catalogs) => {
  const english = catalogs.en as Readonly<Record<string, string>>
  const russian = catalogs.ru as Readonly<Record<string, string>>

  it('has a non-empty Russian string for every English key, with the same placeholders', () => {
    for (const [key, text] of Object.entries(english)) {
      if (/\.(one|other)$/.test(key)) continue
      expect(russian[key]?.trim(), key).toBeTruthy()
      expect(placeholders(russian[key]!), key).toEqual(placeholders(text))
    }
  })

  it('gives every plural the Russian forms one, few, many and other', () => {
    const bases = new Set(Object.keys(english).filter((k) => k.endsWith('.other')).map((k) => k.slice(0, -'.other'.length)))
    expect(bases.size).toBeGreaterThan(0)
    for (const base of bases)
      for (const form of ['one', 'few', 'many', 'other']) expect(russian[`${base}.${form}`], `${base}.${form}`).toBeTruthy()
  })
})

describe('the panel', () => {
  const dir = new URL('../../ui/components/', import.meta.url)
  const files = readdirSync(dir).filter((f) => f.endsWith('.tsx'))

  it.each(files)('%s has no hard-coded words a person reads', (file) => {
    const source = readFileSync(new URL(file, dir), 'utf8')
    // Text between JSX tags, and literal accessible names, must come from the catalog.
    // (Code between a `=>` or `>` comparison and a later `<` holds operators and quotes; JSX text does not.)
    const jsxText = [...source.matchAll(/[\w"'}/]>([^<>{}()=;&|'"`]*\p{L}{2,}[^<>{}()=;&|'"`]*)</gu)].map((m) => m[1]!.trim())
    const literalAttrs = [...source.matchAll(/\b(?:aria-label|title|placeholder|alt)="([^"]*\p{L}[^"]*)"/gu)].map((m) => m[1]!)
    expect([...jsxText, ...literalAttrs]).toEqual([])
  })
})
