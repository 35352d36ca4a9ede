import fc from 'fast-check'
import { describe, it } from 'vitest'
import { importFile, importText } from '../../../src/core/import'
import { expectSound } from './helpers'

const cellText = fc.oneof(
  fc.constantFrom('', 'stage', 'lane', 'note', 'score', 'Discover', 'Pay', 'actions', 'emotion', 'Барьеры', '😀', '-2', '7', 'ok', '"', '""', ' '),
  fc.string({ maxLength: 12 }),
)
const csvish = fc
  .tuple(
    fc.array(fc.array(cellText, { maxLength: 6 }), { maxLength: 12 }),
    fc.constantFrom(',', ';', '\t', '|'),
    fc.constantFrom('\n', '\r\n', '\r'),
  )
  .map(([rows, d, nl]) => rows.map((r) => r.join(d)).join(nl))
const header = fc.constantFrom('stage,lane,note,score\n', 'Lane;A;B\n', 'journey\n  section S\n', '{"schema":"journey-lanes/1"', '')

describe('whatever comes in', () => {
  it('random bytes never throw and give a journey or a refusal', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 300 }), fc.constantFrom('x.csv', 'x.json', 'x.mmd', 'x'), (bytes, name) => {
        expectSound(importFile(bytes, name))
      }),
      { numRuns: 300 },
    )
  })

  it('random CSV-ish text never throws, and any journey passes checkJourney', () => {
    fc.assert(
      fc.property(header, csvish, fc.option(fc.integer({ min: -3, max: 30 }), { nil: undefined }), (head, body, cardCap) => {
        expectSound(importText(head + body, 'pasted', { cardCap }))
      }),
      { numRuns: 400 },
    )
  })

  it('random Mermaid-ish text never throws', () => {
    const line = fc.oneof(fc.constantFrom('section A', 'section ', 'title T', 'Task: 3: X, Y', 'Task: 9', ': 2:', 'x', '%% c', '---'), fc.string({ maxLength: 20 }))
    fc.assert(
      fc.property(fc.array(line, { maxLength: 10 }), (lines) => {
        expectSound(importText(['journey', ...lines].join('\n'), 'x.mmd'))
      }),
      { numRuns: 200 },
    )
  })
})
