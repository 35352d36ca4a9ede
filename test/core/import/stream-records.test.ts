import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { importText } from '../../../src/core/import'
import { Problems } from '../../../src/core/import/problems'
import { streamRecords, streamTable } from '../../../src/core/import/table'
import type { Delimiter } from '../../../src/core/import/types'
import { makeBigCsv } from './big-csv'

/**
 * Big files are read by our own scanner when their quoting is clean, and by papaparse
 * otherwise. Either way the records and the problems must be exactly papaparse's.
 */

function viaRecords(text: string, delimiter: Delimiter): { rows: string[][]; problems: Problems; ok: boolean } {
  const rows: string[][] = []
  const problems = new Problems()
  const ok = streamRecords(text, delimiter, problems, {
    record(cells, length, index) {
      expect(index).toBe(rows.length)
      rows.push(cells.slice(0, length))
    },
  })
  return { rows, problems, ok }
}

function viaPapaparse(text: string, delimiter: Delimiter): { rows: string[][]; problems: Problems; ok: boolean } {
  const rows: string[][] = []
  const problems = new Problems()
  const ok = streamTable(text, delimiter, problems, (chunk) => {
    for (const row of chunk) rows.push([...row])
  })
  return { rows, problems, ok }
}

const cell = fc.oneof(
  fc.constantFrom('', 'a', 'Pay', ' x ', '"', '""', '"q"', '"a,b"', '"a""b"', '"line\nbreak"', '"cr\r\nlf"', 'x"y', '"open', '"x" ', '"x"y', ',', ';', '\r', '\n', '\t'),
  fc.string({ maxLength: 6 }),
)
const table = fc
  .tuple(fc.array(fc.array(cell, { minLength: 1, maxLength: 5 }), { maxLength: 10 }), fc.constantFrom<Delimiter>(',', ';', '\t', '|'), fc.constantFrom('\n', '\r\n', '\r'), fc.boolean())
  .map(([rows, delimiter, newline, trailing]) => ({ text: rows.map((r) => r.join(delimiter)).join(newline) + (trailing ? newline : ''), delimiter }))

describe('reading a big table record by record', () => {
  it('gives papaparse’s records and problems for any text', () => {
    fc.assert(
      fc.property(table, ({ text, delimiter }) => {
        const ours = viaRecords(text, delimiter)
        const theirs = viaPapaparse(text, delimiter)
        expect(ours.ok).toBe(theirs.ok)
        expect(ours.problems.finish()).toEqual(theirs.problems.finish())
        if (theirs.ok) expect(ours.rows).toEqual(theirs.rows)
      }),
      { numRuns: 1500 },
    )
  })

  it('reads a clean big file (quoted cells with delimiters and line breaks) as papaparse does', () => {
    const lines = makeBigCsv(3000).split('\r\n')
    lines[7] = 'P1,Pay,actions,"He said ""hi"", then left",,Commuter'
    lines[8] = '"P1","Pay","actions","two\r\nlines\nand\rmore",,""'
    lines[9] = 'P1,Pay,actions,a"b,,Commuter'
    for (const newline of ['\r\n', '\n', '\r']) {
      const text = lines.join(newline)
      expect(viaRecords(text, ',').rows).toEqual(viaPapaparse(text, ',').rows)
    }
  })

  it('imports a big file the same whether its quoting is clean or not', () => {
    const lines = makeBigCsv(12000).split('\r\n')
    lines[5000] = 'P1,Pay,actions,"Paid 1, then again",,Commuter'
    const clean = importText(lines.join('\r\n'), 'big.csv')
    // Spaces after a closing quote send the file to papaparse, which reads the cell the same.
    lines[5000] = 'P1,Pay,actions,"Paid 1, then again"  ,,Commuter'
    const spaced = importText(lines.join('\r\n'), 'big.csv')
    expect(spaced).toEqual(clean)
  })
})
