import { describe, expect, it } from 'vitest'
import { importText } from '../../../src/core/import'
import { cell, csv, fixture, fixtureText, journeyOf, run, said } from './helpers'

describe('delimiters and quoting', () => {
  it.each([
    ['long-en.csv', ','],
    ['long-ru-semicolon.csv', ';'],
    ['long-tab.tsv', '\t'],
    ['long-pipe.txt', '|'],
  ])('finds the delimiter of %s', (name, delimiter) => {
    const result = run(fixture(name), name)
    expect(result.detected.delimiter).toBe(delimiter)
    expect(result.detected.shape).toBe('long')
  })

  it('is not fooled by commas inside the cells of a semicolon file', () => {
    const j = journeyOf(run(fixture('long-ru-semicolon.csv'), 'x.csv'))
    expect(cell(j, 'Оплата', 'Барьеры и ошибки')).toEqual(['Форма сбрасывается, приходится вводить заново'])
    expect(cell(j, 'Оплата', 'Точки и объекты касания')).toEqual(['Сайт, корзина'])
  })

  it('is not fooled by one semicolon per row in a comma file', () => {
    const text = csv([
      ['stage', 'lane', 'note'],
      ['Discover', 'actions', 'Sees an ad; clicks'],
      ['Buy', 'actions', 'Pays; gets a receipt'],
      ['Use', 'actions', 'Rides; parks'],
    ])
    const result = run(text, 'pasted')
    expect(result.detected.delimiter).toBe(',')
    expect(cell(journeyOf(result), 'Buy', 'Actions')).toEqual(['Pays; gets a receipt'])
  })

  it('reads a range pasted from a spreadsheet (tabs), with CRLF and trailing empty rows and columns', () => {
    const text = 'Stage\tLane\tNote\t\t\r\nDiscover\tActions\tSees an ad, clicks\t\t\r\nPay\tBarriers\tCard declined\t\t\r\n\t\t\t\t\r\n\t\t\t\t\r\n'
    const result = run(text, 'Pasted cells')
    expect(result.detected).toMatchObject({ delimiter: '\t', headers: ['Stage', 'Lane', 'Note'], rows: 2 })
    const j = journeyOf(result)
    expect(j.title).toBe('Pasted cells')
    expect(cell(j, 'Pay', 'Barriers & pain points')).toEqual(['Card declined'])
    expect(result.problems).toEqual([])
  })

  it('keeps a quoted multi-line cell as one note, with its quotes undone', () => {
    const j = journeyOf(run(fixture('long-en.csv'), 'x.csv'))
    expect(cell(j, 'Book', 'Touchpoints')).toEqual(['App\nand website'])
    expect(cell(j, 'Search', 'Barriers & pain points')).toEqual(['Too many apps, none clear'])
  })

  it('takes the person’s delimiter over the guess', () => {
    const result = importText(fixtureText('long-ru-semicolon.csv'), 'x.csv', { delimiter: ',' })
    expect(result.detected.delimiter).toBe(',')
    expect(result.journey).toBeNull()
    expect(said(result, 'fatal')).toHaveLength(1)
  })
})
