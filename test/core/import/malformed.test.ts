import { describe, expect, it } from 'vitest'
import { importFile, importText } from '../../../src/core/import'
import { cell, csv, encode, fixture, journeyOf, run, said } from './helpers'

describe('files that cannot be a journey, and files that nearly can', () => {
  it('refuses an empty file, and one of only spaces and line breaks', () => {
    expect(said(run(fixture('empty.csv'), 'empty.csv'))).toEqual(['The file is empty.'])
    expect(said(run(encode(' \r\n\t\n', 'utf-8'), 'blank.csv'))).toEqual(['The file is empty.'])
    expect(said(run('', 'Pasted text'))).toEqual(['The file is empty.'])
  })

  it('refuses a header with no rows', () => {
    const result = run(fixture('header-only.csv'), 'header-only.csv')
    expect(said(result)).toEqual(['The file has a header row but no rows of data.'])
    expect(result.detected.headers).toEqual(['stage', 'lane', 'note', 'score'])
  })

  it('refuses prose: one column is not a table', () => {
    const result = run(fixture('prose.txt'), 'notes.txt')
    expect(result.journey).toBeNull()
    expect(said(result)[0]).toMatch(/^This does not look like a table: every row has a single column\./)
  })

  it('refuses a file whose unclosed quote swallows the rest, naming the row', () => {
    const result = run(fixture('unclosed-quote.csv'), 'x.csv')
    expect(result.journey).toBeNull()
    expect(result.problems).toEqual([
      { level: 'fatal', row: 2, column: null, message: { key: 'import.unclosedQuote', params: { row: 2 } } },
    ])
  })

  it('refuses a file where a stray quote closes only at the next quote, rows later', () => {
    const result = run('stage,lane,note\nA,actions,"Opens a quote\nB,actions,ok\nC,actions,"Quoted" then text\n', 'x.csv')
    expect(result.journey).toBeNull()
    expect(said(result)).toEqual([
      'A quotation mark opened in row 2 is never closed, so the rest of the file cannot be read as a table. Close the quote and try again.',
    ])
  })

  it('reads a cell with a misplaced quote, and asks the person to look at it', () => {
    const result = run('stage,lane,note\nA,actions,"Quoted" then text"\nB,actions,ok\n', 'x.csv')
    expect(cell(journeyOf(result), 'A', 'Actions')).toEqual(['Quoted" then text'])
    expect(said(result)).toEqual(['Row 2: a quotation mark is misplaced; check that the row’s cells were read as intended.'])
  })

  it('leaves out only the last row when its quote is never closed', () => {
    const result = run(fixture('unclosed-quote-last.csv'), 'x.csv')
    const j = journeyOf(result)
    expect(j.stages.map((s) => s.name)).toEqual(['Discover'])
    expect(said(result)).toEqual(['Row 3: a quotation mark is never closed, so this row is left out.'])
    expect(result.summary.skippedRows).toBe(1)
  })

  it('reads ragged rows: short rows are fine, cells beyond the header are noted', () => {
    const result = run(fixture('ragged.csv'), 'x.csv')
    const j = journeyOf(result)
    expect(cell(j, 'Discover', 'Actions')).toEqual(['Sees an ad'])
    expect(cell(j, 'Pay', 'Barriers & pain points')).toEqual(['Charged twice'])
    expect(result.problems).toEqual([
      { level: 'note', row: 3, column: null, message: { key: 'import.extraCells', params: { row: 3, column: 'score' } } },
    ])
  })

  it('keeps the first 5,000 characters of a 200,000-character cell, and says so', () => {
    const long = 'word '.repeat(40000).trim()
    const result = run(csv([['stage', 'lane', 'note'], ['Discover', 'actions', long], ['Pay', 'actions', 'Pays']]), 'x.csv')
    const j = journeyOf(result)
    expect(j.cards[0]!.text).toHaveLength(5000)
    expect(said(result)).toEqual(['Row 2, column "note": the text is longer than 5,000 characters (199,999); the sticky keeps the first 5,000.'])
  })

  it('refuses 400 stages, long or wide, with the reason', () => {
    const long = csv([['stage', 'lane', 'note'], ...Array.from({ length: 400 }, (_, i) => [`Stage ${i}`, 'actions', `Note ${i}`])])
    expect(said(run(long, 'x.csv'))).toEqual([
      'The file has 400 stages; a map holds at most 200. Check that the right column holds the stages, or split the file.',
    ])
    const wide = csv([['Lane', ...Array.from({ length: 400 }, (_, i) => `Stage ${i}`)], ['Actions', ...Array.from({ length: 400 }, () => 'x')]])
    const result = run(wide, 'x.csv')
    expect(result.detected.shape).toBe('wide')
    expect(result.problems.map((p) => p.message.key)).toEqual(['import.tooManyStages.other'])
  })

  it('refuses more lanes than a map holds, which means the wrong column was taken for lanes', () => {
    const text = csv([['stage', 'lane', 'note'], ...Array.from({ length: 60 }, (_, i) => ['Discover', `Free text ${i}`, 'x'])])
    const result = run(text, 'x.csv')
    expect(result.journey).toBeNull()
    expect(said(result, 'fatal')).toEqual(['The file has 60 lanes; a map holds at most 50. Check that the right column holds the lanes.'])
  })

  it('keeps 50 personas and the notes of the rest without one', () => {
    const text = csv([['stage', 'lane', 'note', 'persona'], ...Array.from({ length: 55 }, (_, i) => ['Discover', 'actions', `Note ${i}`, `Persona ${i}`])])
    const result = run(text, 'x.csv')
    const j = journeyOf(result)
    expect(j.personas).toHaveLength(50)
    expect(j.cards).toHaveLength(55)
    expect(j.cards[54]!.personaId).toBeUndefined()
    expect(said(result)).toContain('The file names 55 personas; a map keeps at most 50. Notes of the others are kept without a persona.')
  })

  it('never throws, even on input no file should have', () => {
    expect(importText('\u0000\u0000"', 'x').journey).toBeNull()
    expect(importFile(new Uint8Array([0xff, 0xfe, 0x00]), 'x.csv').journey).toBeNull()
    expect(() => importText('a,b\n"', 'x', { cardCap: -5, columns: { stage: 99 } })).not.toThrow()
  })
})
