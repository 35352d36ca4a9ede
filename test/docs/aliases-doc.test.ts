import { readFileSync, writeFileSync } from 'node:fs'
import { expect, it } from 'vitest'
import { aliasesMarkdown } from './aliases-doc'

const path = 'docs/import-aliases.md'

it('docs/import-aliases.md lists exactly the names the importer recognises', () => {
  if (process.env.UPDATE_DOCS === '1') writeFileSync(path, aliasesMarkdown())
  expect(readFileSync(path, 'utf8')).toBe(aliasesMarkdown())
})
