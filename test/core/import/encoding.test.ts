import { describe, expect, it } from 'vitest'
import { guessSingleByte } from '../../../src/core/import/decode'
import { cell, encode, fixtureText, journeyOf, run, said, scoresAt } from './helpers'

const russianLong = fixtureText('long-ru-semicolon.csv')

describe('bytes to text', () => {
  it.each(['utf-8', 'utf-8-bom', 'utf-16le', 'utf-16be', 'windows-1251'] as const)('reads a Russian table written in %s', (encoding) => {
    const result = run(encode(russianLong, encoding), 'interviews.csv')
    const j = journeyOf(result)
    expect(result.detected.encoding).toBe(encoding === 'utf-8-bom' ? 'utf-8' : encoding)
    expect(j.stages.map((s) => s.name)).toEqual(['Поиск', 'Оплата'])
    expect(cell(j, 'Поиск', 'Действия клиента')).toEqual(['Ищет магазин, читает отзывы'])
    // The header's first cell keeps no byte-order mark: "Этап" is still found.
    expect(result.detected.headers[0]).toBe('Этап')
  })

  it('reads a Bulgarian map in Windows-1251 and keeps its own lane names', () => {
    const result = run(encode(fixtureText('wide-bg-source.csv'), 'windows-1251'), 'карта.csv')
    const j = journeyOf(result)
    // Bulgarian, not Russian: no ы, э or ё, and ъ inside words.
    expect([j.locale, j.direction]).toEqual(['bg', 'ltr'])
    expect(result.detected).toMatchObject({ encoding: 'windows-1251', shape: 'wide', delimiter: ';' })
    expect(j.lanes.map((l) => [l.kind, l.title])).toEqual([
      ['actions', 'Действия'],
      ['barriers', 'Бариери'],
      ['emotion', 'Емоции'],
      ['touchpoints', 'Допирни точки'],
    ])
    expect(cell(j, 'Доставка', 'Бариери')).toEqual(['Куриерът закъснява'])
    // 4, 3, 1 read as a 1..5 scale.
    expect(result.detected.fileScale).toEqual({ min: 1, max: 5 })
    expect(scoresAt(j, 'Откриване')).toEqual([1])
  })

  it('reads Hebrew in Windows-1255, right to left, with Hebrew headers', () => {
    const result = run(encode(fixtureText('long-he-source.csv'), 'windows-1255'), 'מסע.csv')
    const j = journeyOf(result)
    expect(result.detected.encoding).toBe('windows-1255')
    expect(result.detected.columns).toMatchObject({ stage: 0, lane: 1, text: 2, score: 3, participant: 4 })
    expect([j.locale, j.direction]).toEqual(['he', 'rtl'])
    expect(j.stages.map((s) => s.name)).toEqual(['גילוי', 'הזמנה'])
    expect(j.lanes.map((l) => [l.kind, l.title])).toEqual([
      ['actions', 'פעולות'],
      ['barriers', 'חסמים'],
      ['emotion', 'רגש'],
    ])
    expect(scoresAt(j, 'הזמנה')).toEqual([-2])
    expect(j.title).toBe('מסע')
  })

  it('reads Hebrew with vowel points (niqqud) in Windows-1255 as Hebrew', () => {
    const pointed = ['שָׁלָב,הֶעָרָה', 'גִּלּוּי,מְחַפֵּשׂ בָּאִינְטֶרְנֶט', 'הַזְמָנָה,מְשַׁלֵּם בְּכַרְטִיס'].join('\n')
    // The points (0xC0–0xD2) are where Windows-1251 has capitals; they must not make it Russian.
    expect(guessSingleByte(encode(pointed, 'windows-1255'))).toBe('windows-1255')
    const result = run(encode(pointed, 'windows-1255'), 'x.csv')
    expect(result.detected.encoding).toBe('windows-1255')
    expect(journeyOf(result).stages.map((s) => s.name)).toEqual(['גִּלּוּי', 'הַזְמָנָה'])
  })

  it('still reads Russian in capitals and mixed case as Windows-1251', () => {
    const result = run(encode('ЭТАП;ЗАМЕТКА\nПОИСК;Ищет В Интернете\nОПЛАТА;Платит\n', 'windows-1251'), 'x.csv')
    expect(result.detected.encoding).toBe('windows-1251')
  })

  it('lets the person override a wrong guess', () => {
    const bytes = encode(fixtureText('long-he-source.csv'), 'windows-1255')
    const result = run(bytes, 'x.csv', { encoding: 'windows-1251' })
    expect(result.detected.encoding).toBe('windows-1251')
    expect(said(result)).not.toContain('The file is not UTF-8, so it was read as windows-1251. If letters look wrong, choose another encoding.')
  })

  it('says so when UTF-8 is chosen for bytes that are not UTF-8, instead of showing �', () => {
    const result = run(encode(russianLong, 'windows-1251'), 'x.csv', { encoding: 'utf-8' })
    const notes = result.problems.filter((p) => p.message.key === 'import.invalidUtf8')
    expect(notes).toHaveLength(1)
    expect(notes[0]!.row).toBe(1)
    expect(said(result, 'note')[0]).toMatch(/not valid UTF-8 \(the first in row 1\)/)
    // With its header unreadable, the table is refused rather than drawn in mojibake.
    expect(result.journey).toBeNull()
  })

  it('reads UTF-16 without a byte-order mark', () => {
    const bytes = encode('stage,lane,note\nDiscover,actions,Sees an ad\n', 'utf-16le').subarray(2)
    const j = journeyOf(run(bytes, 'x.csv'))
    expect(cell(j, 'Discover', 'Actions')).toEqual(['Sees an ad'])
  })

  it.each([
    ['PNG', [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]],
    ['JPEG', [0xff, 0xd8, 0xff, 0xe0, 0, 16, 0x4a, 0x46]],
    ['PDF', [...new TextEncoder().encode('%PDF-1.7\n')]],
    ['ZIP (XLSX, DOCX)', [0x50, 0x4b, 0x03, 0x04, 20, 0, 0, 0]],
  ])('refuses a %s renamed to .csv', (kind, bytes) => {
    const result = run(Uint8Array.from(bytes), 'photo.csv')
    expect(result.journey).toBeNull()
    expect(said(result, 'fatal')).toEqual([`This is not a text file: it looks like ${kind}. Save the table as CSV (or copy its cells) and try again.`])
  })

  it('refuses other binary data (NUL bytes)', () => {
    const result = run(Uint8Array.from([0x41, 0x00, 0x00, 0x07, 0xff, 0x00, 0x42, 0x43, 0x00, 0x00, 0x99, 0x12]), 'data.csv')
    expect(said(result, 'fatal')).toEqual(['This is not a text file. Save the table as CSV (or copy its cells) and try again.'])
  })
})
