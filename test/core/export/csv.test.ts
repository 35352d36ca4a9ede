import Papa from 'papaparse'
import { describe, expect, it } from 'vitest'
import { CSV_HEADER, neutraliseCell, quoteCell, toCsv } from '../../../src/core/export'
import type { Journey } from '../../../src/core/model/journey'
import { createTemplate } from '../../../src/core/templates/built-in'
import { workshopJourney } from '../../sandbox/journeys'

/** Parses our output back with papaparse (BOM stripped), as a spreadsheet or our importer would. */
function rows(csv: string): string[][] {
  const parsed = Papa.parse<string[]>(csv.replace(/^\uFEFF/, ''), { skipEmptyLines: true })
  expect(parsed.errors).toEqual([])
  return parsed.data
}

/** The rows that carry a note or a score, without the scale column. */
const dataRows = (csv: string): string[][] =>
  rows(csv)
    .slice(1)
    .filter((r) => r[2] !== '' || r[3] !== '')
    .map((r) => r.slice(0, 6))

function journeyWith(cards: Journey['cards'], emotions: Journey['emotions'] = []): Journey {
  return { ...createTemplate('customer', 'en'), cards, emotions }
}

describe('toCsv', () => {
  it('starts with a UTF-8 BOM and the header our importer recognises, and ends lines with CRLF', () => {
    const csv = toCsv(workshopJourney())
    expect(csv.startsWith('\uFEFFstage,lane,text,score,persona,participant,scale\r\n')).toBe(true)
    expect(csv.endsWith('\r\n')).toBe(true)
    expect(csv.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/)
    expect(rows(csv)[0]).toEqual([...CSV_HEADER])
  })

  it('writes one row per card and one per score, stage by stage, with stage names and lane titles', () => {
    const journey = workshopJourney()
    const body = dataRows(toCsv(journey))
    expect(body).toHaveLength(journey.cards.length + journey.emotions.length)
    expect(body.slice(0, 3)).toEqual([
      ['Awareness', 'Actions', 'Sees an ad on the metro', '', '', ''],
      ['Awareness', 'Actions', 'Asks a friend', '', '', ''],
      ['Awareness', 'Emotions', '', '1', '', ''],
    ])
    // Within a stage, cards follow the lane order (questions before barriers).
    expect(body.filter((r) => r[0] === 'Purchase').map((r) => r[1])).toEqual(['Questions', 'Barriers & pain points', 'Emotions'])
    expect(body.filter((r) => r[1] === 'Emotions').map((r) => r[3])).toEqual(['1', '-1', '-2', '0', '2'])
  })

  it('writes a card that stands for n notes n times, so importing merges it back', () => {
    const csv = toCsv(journeyWith([{ id: 'c', stageId: 's2', laneId: 'barriers', text: 'Queue', count: 3 }]))
    expect(dataRows(csv)).toEqual(Array.from({ length: 3 }, () => ['Consideration', 'Barriers & pain points', 'Queue', '', '', '']))
  })

  it('names the scale on every row, and every lane, empty stage and untagged persona on a row of its own', () => {
    const base = journeyWith([{ id: 'c', stageId: 's2', laneId: 'barriers', text: 'Queue' }])
    const journey: Journey = { ...base, scale: { min: 1, max: 5 }, personas: [{ id: 'p', name: 'Nobody tagged', color: '#FF0000' }] }
    const body = rows(toCsv(journey)).slice(1)
    expect(new Set(body.map((r) => r[6]))).toEqual(new Set(['1..5']))
    const first = journey.stages[0]!.name
    expect(body.filter((r) => r[0] === first && r[1] !== '').map((r) => r[1])).toEqual(journey.lanes.map((l) => l.title))
    expect(body).toContainEqual([first, '', '', '', 'Nobody tagged', '', '1..5'])
    for (const stage of journey.stages.slice(2)) expect(body).toContainEqual([stage.name, '', '', '', '', '', '1..5'])
    expect(toCsv({ ...journey, scale: { min: -3, max: 3 } })).toContain(',\u22123..+3\r\n')
  })

  it('names personas and participants, and writes an emotion’s note as its text', () => {
    const journey: Journey = {
      ...journeyWith(
        [{ id: 'c', stageId: 's1', laneId: 'actions', text: 'Searches', personaId: 'p1', participant: 'P07' }],
        [{ id: 'e', stageId: 's1', score: -1.5, personaId: 'p1', participant: 'P07', note: 'Confused' }],
      ),
      personas: [{ id: 'p1', name: 'Anna, 34', color: '#FF0000' }],
    }
    expect(dataRows(toCsv(journey))).toEqual([
      ['Awareness', 'Actions', 'Searches', '', 'Anna, 34', 'P07'],
      ['Awareness', 'Emotions', 'Confused', '-1.5', 'Anna, 34', 'P07'],
    ])
  })

  it('quotes cells with commas, quotes, semicolons and line breaks (RFC 4180)', () => {
    const text = 'He said "no", then left;\r\nlater\ncame back'
    const csv = toCsv(journeyWith([{ id: 'c', stageId: 's1', laneId: 'actions', text }]))
    expect(csv).toContain('"He said ""no"", then left;\r\nlater\ncame back"')
    expect(rows(csv)[1]![2]).toBe(text)
    expect(quoteCell('plain text')).toBe('plain text')
    expect(quoteCell('a,b')).toBe('"a,b"')
    expect(quoteCell('say "hi"')).toBe('"say ""hi"""')
  })

  it('keeps Cyrillic as is (the BOM tells Excel it is UTF-8)', () => {
    const journey = { ...createTemplate('customer', 'ru'), cards: [{ id: 'c', stageId: 's1', laneId: 'actions', text: 'Видит рекламу в метро' }] }
    expect(dataRows(toCsv(journey))[0]).toEqual(['Осведомлённость', 'Действия клиента', 'Видит рекламу в метро', '', '', ''])
  })

  it('writes a Russian journey the way Russian Excel reads CSV: semicolons and a decimal comma', () => {
    const journey = { ...createTemplate('customer', 'ru'), emotions: [{ id: 'e', stageId: 's2', score: -0.5 }] }
    const row = toCsv(journey)
      .split('\r\n')
      .find((r) => r.startsWith('Выбор;Эмоции'))
    expect(row).toBe('Выбор;Эмоции;;-0,5;;;\u22122..+2')
  })

  it('still quotes a comma-number where the comma is the delimiter', () => {
    expect(quoteCell('1,5', ',')).toBe('"1,5"')
    expect(quoteCell('1,5', ';')).toBe('1,5')
  })

  describe('formula injection', () => {
    it.each([
      ['=SUM(A1)', "'=SUM(A1)"],
      ['=1+2', "'=1+2"],
      ['+cmd', "'+cmd"],
      ['-cmd', "'-cmd"],
      ['-1+2', "'-1+2"],
      ['@SUM(A1)', "'@SUM(A1)"],
      ['\tTab first', "'\tTab first"],
      ['\rCR first', "'\rCR first"],
      // Already guarded: one apostrophe more, so importing (which takes one off) gives it back.
      ["'=x", "''=x"],
      ["''@y", "'''@y"],
      ["'plain", "'plain"],
      ['-2', '-2'],
      ['+1', '+1'],
      ['-0.5', '-0.5'],
      ['2', '2'],
      ['Plain text = fine', 'Plain text = fine'],
      ['', ''],
    ])('neutralises %j as %j', (cell, safe) => {
      expect(neutraliseCell(cell)).toBe(safe)
    })

    it('neutralises text cells but keeps a negative score a number', () => {
      const journey = journeyWith(
        [{ id: 'c', stageId: 's1', laneId: 'actions', text: '=HYPERLINK("http://x","y")' }],
        [{ id: 'e', stageId: 's1', score: -2, note: '@mention' }],
      )
      const body = dataRows(toCsv(journey))
      expect(body[0]![2]).toBe('\'=HYPERLINK("http://x","y")')
      expect(body[1]![2]).toBe("'@mention")
      expect(body[1]![3]).toBe('-2')
    })

    it('neutralises stage names, lane titles and personas too', () => {
      const base = journeyWith([{ id: 'c', stageId: 's1', laneId: 'l', text: 'x', personaId: 'p' }])
      const journey: Journey = {
        ...base,
        stages: [{ id: 's1', name: '=cmd|"/c calc"!A1' }],
        lanes: [{ id: 'l', kind: 'custom', title: '+lane' }],
        personas: [{ id: 'p', name: '-persona', color: '#000000' }],
      }
      expect(rows(toCsv(journey))[1]!.slice(0, 2)).toEqual(['\'=cmd|"/c calc"!A1', "'+lane"])
      expect(rows(toCsv(journey))[1]![4]).toBe("'-persona")
    })
  })
})
