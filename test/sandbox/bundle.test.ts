import { parse } from 'acorn'
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { messageCatalogs } from '../../src/core/i18n'
import { LOCALES } from '../../src/core/i18n/locale'

const code = readFileSync(new URL('../../dist/code.js', import.meta.url), 'utf8')
const manifest = JSON.parse(readFileSync(new URL('../../manifest.json', import.meta.url), 'utf8')) as Record<string, unknown>
const html = readFileSync(new URL('../../dist/ui.html', import.meta.url), 'utf8')

describe('the built plugin', () => {
  it('is plain ES2017 in one IIFE, as the Figma sandbox runs it', () => {
    expect(() => parse(code, { ecmaVersion: 2017, sourceType: 'script' })).not.toThrow()
    expect(code.trimStart().startsWith('(()=>{') || code.trimStart().startsWith('"use strict";(()=>{')).toBe(true)
  })

  it('reaches for no Node or DOM globals', () => {
    for (const name of ['require(', 'process.', 'window.', 'document.', 'localStorage', 'XMLHttpRequest', 'fetch(']) {
      expect(code.includes(name), name).toBe(false)
    }
  })

  it('carries the core strings only the panel renders by key, not by sentence in any language', () => {
    // The sandbox sends these as Messages; importing src/core/i18n/index.ts from sandbox code would pull them in.
    for (const locale of LOCALES) {
      const sentences = Object.entries(messageCatalogs[locale]).filter(([, text]) => text.length >= 25)
      expect(sentences.length, locale).toBeGreaterThan(20)
      expect(sentences.filter(([, text]) => code.includes(text)).map(([key]) => key), locale).toEqual([])
    }
  })

  it('ships a panel that is one self-contained page: no external scripts, styles or URLs', () => {
    expect(/<script>[\s\S]+<\/script>/.test(html)).toBe(true)
    // XML namespace names (http://www.w3.org/…) are identifiers, not loads; anything else is.
    const loads = html.match(/<script[^>]+src=|<link[^>]+href=|url\(\s*['"]?https?:|fetch\(|https?:\/\/(?!www\.w3\.org\/)[^\s"'`)]+/g) ?? []
    expect(loads).toEqual([])
  })

  it('has the manifest Figma needs: both editors, dynamic-page, no network, edit and redraw relaunch buttons', () => {
    expect(manifest).toMatchObject({
      main: 'dist/code.js',
      ui: 'dist/ui.html',
      editorType: ['figjam', 'figma'],
      documentAccess: 'dynamic-page',
      networkAccess: { allowedDomains: ['none'] },
      relaunchButtons: [
        { command: 'edit', name: 'Edit journey' },
        { command: 'redraw', name: 'Redraw curve' },
      ],
    })
  })
})
