import { describe, expect, it } from 'vitest'
import { summaryCardText } from '../../../src/core/import'
import { allocateCards } from '../../../src/core/import/builder/card-cap'
import { cell, csv, journeyOf, run, said } from './helpers'

/** Rows of notes: [stage, lane, note] repeated `times`. */
const rows = (stage: string, lane: string, notes: readonly [string, number][]): string[][] =>
  notes.flatMap(([note, times]) => Array.from({ length: times }, () => [stage, lane, note]))

describe('identical notes and the cap on stickies', () => {
  const text = csv([
    ['stage', 'lane', 'note'],
    ...rows('Discover', 'actions', [['Sees an ad', 5], ['Asks a friend', 1], ['Reads reviews', 3], ['Visits the shop', 1], ['Calls', 1]]),
    ...rows('Discover', 'barriers', [['No parking', 2], ['Closed on Sunday', 1]]),
    ...rows('Pay', 'actions', [['Pays by card', 4], ['Pays cash', 1], ['Asks for a discount', 1], ['Leaves', 1]]),
  ])

  it('merges identical notes into one card with a count, without a cap in the way', () => {
    const result = run(text, 'x.csv')
    const j = journeyOf(result)
    expect(j.cards.find((c) => c.text === 'Sees an ad')?.count).toBe(5)
    expect(j.cards.find((c) => c.text === 'Asks a friend')?.count).toBeUndefined()
    expect(result.summary).toMatchObject({ notes: 21, cards: 11, merged: 10, summarised: 0 })
  })

  it('keeps each crowded cell’s most frequent notes and one card saying how many more, within the cap', () => {
    const result = run(text, 'x.csv', { cardCap: 8 })
    const j = journeyOf(result)
    expect(j.cards).toHaveLength(8)
    expect(cell(j, 'Discover', 'Actions')).toEqual(['Sees an ad', 'Reads reviews', '+3 more notes in the file'])
    expect(cell(j, 'Discover', 'Barriers & pain points')).toEqual(['No parking', 'Closed on Sunday'])
    expect(cell(j, 'Pay', 'Actions')).toEqual(['Pays by card', 'Pays cash', '+2 more notes in the file'])
    const more = j.cards.find((c) => c.id.endsWith('-more') && c.text.startsWith('+3'))!
    expect(more.evidence).toBe('Asks a friend\nVisits the shop\nCalls')
    expect(result.summary).toMatchObject({ notes: 21, cards: 8, summarised: 5 })
    expect(said(result)).toContain(
      '5 notes are not drawn as their own stickies, because a map keeps at most 8: each crowded cell shows its most frequent notes and a card saying how many more there are.',
    )
  })

  it('writes the summary card in the journey’s language, with Russian plural forms', () => {
    expect(summaryCardText('en', 1)).toBe('+1 more note in the file')
    expect(['ru-1', 'ru-3', 'ru-5', 'ru-21'].map((k) => summaryCardText('ru', Number(k.slice(3))))).toEqual([
      'Ещё 1 заметка в файле',
      'Ещё 3 заметки в файле',
      'Ещё 5 заметок в файле',
      'Ещё 21 заметка в файле',
    ])
  })

  it('shares the room fairly between cells', () => {
    expect(allocateCards([10, 10, 10], 100)).toEqual([10, 10, 10])
    expect(allocateCards([10, 10, 10], 12)).toEqual([3, 3, 3])
    expect(allocateCards([1, 10, 10], 12)).toEqual([1, 5, 4])
    // Fewer places than cells: each crowded cell still gets its summary card.
    expect(allocateCards([5, 5, 5], 2)).toEqual([0, 0, 0])
  })
})
