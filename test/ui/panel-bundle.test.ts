import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'

// dist/ui.html is built by test/global-setup.ts before any test runs.
const html = readFileSync(new URL('../../dist/ui.html', import.meta.url), 'utf8')

describe('the built panel', () => {
  it('starts its import worker from its own script, from a blob: URL', () => {
    expect(html).toContain('document.currentScript')
    expect(html).toContain('URL.createObjectURL')
    expect(html).toContain('new Worker(')
  })

  it('holds the message catalogs and the importer once', () => {
    const sentence = 'The selected node is not a journey map made by this plugin.'
    expect(html.split(sentence)).toHaveLength(2)
    expect(html.match(/<script>/g)).toHaveLength(1)
  })
})
