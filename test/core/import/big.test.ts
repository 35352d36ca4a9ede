import { describe, expect, it } from 'vitest'
import { importFile, importText } from '../../../src/core/import'
import { makeBigCsv } from './big-csv'
import { expectSound } from './helpers'

describe('a big file', () => {
  it('imports 20,000 rows with progress that only goes up, within the sticky cap', () => {
    const bytes = new TextEncoder().encode(makeBigCsv(20000))
    const calls: [number, number][] = []
    const result = importFile(bytes, 'big.csv', {}, { onProgress: (done, total) => calls.push([done, total]) })
    expectSound(result)
    expect(result.detected).toMatchObject({ shape: 'long', rows: 20000, delimiter: ',' })
    const j = result.journey!
    expect(j.stages).toHaveLength(8)
    expect(j.personas.map((p) => p.name).sort()).toEqual(['Commuter', 'Courier', 'Student', 'Tourist'])
    // Every sixth row is a score; the rest are notes, merged and then capped at 400 stickies.
    expect(result.summary.emotions).toBe(3333)
    expect(result.summary.notes).toBe(16667)
    expect(j.cards).toHaveLength(400)
    // Nothing is lost: every note is on a card (with its count) or counted on a summary card.
    const drawn = j.cards.filter((c) => !c.id.endsWith('-more')).reduce((n, c) => n + (c.count ?? 1), 0)
    expect(drawn + result.summary.summarised).toBe(result.summary.notes)
    expect(calls.length).toBeGreaterThanOrEqual(4)
    for (let i = 1; i < calls.length; i++) expect(calls[i]![0]).toBeGreaterThanOrEqual(calls[i - 1]![0])
    expect(calls.at(-1)).toEqual([20000, 20000])
  })
})

describe('a file read in chunks', () => {
  const lines = makeBigCsv(26000).split('\r\n')

  it('numbers rows across chunks the way a spreadsheet does', () => {
    const withGap = [...lines]
    withGap.splice(25000, 0, 'P1,,actions,No stage here,,Commuter')
    const result = importText(withGap.join('\r\n'), 'big.csv')
    expectSound(result)
    expect(result.problems.filter((p) => p.level === 'row')).toEqual([
      { level: 'row', row: 25001, column: 'stage', message: { key: 'import.stageMissing', params: { row: 25001, column: 'stage' } } },
    ])
    expect(result.detected.rows).toBe(26001)
  })

  it('refuses a big file whose quote opened mid-way never closes, naming the row', () => {
    const broken = [...lines]
    broken[20000] = 'P1,Pay,actions,"Opens a quote,,Commuter'
    const result = importText(broken.join('\r\n'), 'big.csv')
    expect(result.journey).toBeNull()
    expect(result.problems).toEqual([{ level: 'fatal', row: 20001, column: null, message: { key: 'import.unclosedQuote', params: { row: 20001 } } }])
  })

  it('leaves out only the last row of a big file when its quote never closes', () => {
    const result = importText(`${lines.join('\r\n')}P1,Pay,actions,"Never closed`, 'big.csv')
    expectSound(result)
    expect(result.problems.filter((p) => p.level === 'row').map((p) => p.row)).toEqual([26002])
  })
})
