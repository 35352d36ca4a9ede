import { listAliases, listScaleHeaders } from '../../src/core/import'

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
    'A **scale** column states the scale the file\'s scores are written on, as "1..5", "-2..2"',
    'or "−2..+2"; its first filled cell counts. The plugin\'s CSV export writes it on every row, with',
    'a row for each lane (in the first stage, in board order), each empty stage and each persona',
    'no note is tagged with, so importing the file gives the same board back. A long file with a',
    'scale column keeps its lanes\' titles and order; the scores are put on that scale unless the',
    'preview says otherwise. Without it, the scale is detected from the scores and lanes follow',
    'the catalog\'s order.',
    '',
  ]
  const scaleHeaders = listScaleHeaders()
  for (const [lang, { fields, lanes }] of Object.entries(listAliases())) {
    lines.push(`## ${names[lang as keyof typeof names]}`, '', '| column | header names |', '|---|---|')
    for (const [field, list] of Object.entries(fields)) lines.push(`| ${field} | ${list.join(', ')} |`)
    lines.push(`| scale | ${scaleHeaders[lang as keyof typeof scaleHeaders].join(', ')} |`)
    lines.push('', '| lane | names |', '|---|---|')
    for (const [kind, list] of Object.entries(lanes)) lines.push(`| ${kind} | ${(list ?? []).join(', ')} |`)
    lines.push('')
  }
  return lines.join('\n')
}
