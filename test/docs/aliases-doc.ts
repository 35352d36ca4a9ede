import { listAliases } from '../../src/core/import'

/** docs/import-aliases.md as listAliases() describes it. */
export function aliasesMarkdown(): string {
  const names = { en: 'English', ru: 'Russian', bg: 'Bulgarian', he: 'Hebrew' } as const
  const lines = [
    '# Header and lane names the importer recognises',
    '',
    'Matched case-insensitively, ignoring punctuation and spacing (ё counts as е). A longer',
    'name also matches by its first or last word ("Customer actions"). An unknown lane name',
    'becomes a custom lane with its own title. This page is checked against the code by',
    '`test/docs/aliases-doc.test.ts`; regenerate it with `UPDATE_DOCS=1 npx vitest run test/docs`.',
    '',
  ]
  for (const [lang, { fields, lanes }] of Object.entries(listAliases())) {
    lines.push(`## ${names[lang as keyof typeof names]}`, '', '| column | header names |', '|---|---|')
    for (const [field, list] of Object.entries(fields)) lines.push(`| ${field} | ${list.join(', ')} |`)
    lines.push('', '| lane | names |', '|---|---|')
    for (const [kind, list] of Object.entries(lanes)) lines.push(`| ${kind} | ${(list ?? []).join(', ')} |`)
    lines.push('')
  }
  return lines.join('\n')
}
