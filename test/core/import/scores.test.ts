import { describe, expect, it } from 'vitest'
import { chooseFileScale, readScore } from '../../../src/core/import'
import { cell, csv, journeyOf, run, said, scoresAt } from './helpers'

/** A long table with one score per stage, stages named after the cells. */
const scoreTable = (cells: readonly string[]): string => csv([['stage', 'lane', 'emotion'], ...cells.map((c, i) => [`S${i + 1}`, 'emotion', c])])
const scores = (cells: readonly string[], choices = {}): number[] => {
  const j = journeyOf(run(scoreTable(cells), 'scores.csv', choices))
  return j.stages.map((s) => scoresAt(j, s.name)[0]!)
}

describe('emotion scores', () => {
  it.each([
    ['−2..+2', ['-2', '-1', '0', '1', '2'], { min: -2, max: 2 }, [-2, -1, 0, 1, 2]],
    ['−3..+3', ['-3', '0', '3', '-1.5'], { min: -3, max: 3 }, [-2, 0, 2, -1]],
    ['1..5', ['1', '2', '3', '4', '5'], { min: 1, max: 5 }, [-2, -1, 0, 1, 2]],
    ['1..7', ['1', '4', '7', '6'], { min: 1, max: 7 }, [-2, 0, 2, 1.333]],
    ['1..10', ['1', '10', '8'], { min: 1, max: 10 }, [-2, 2, 1.111]],
    ['0..10', ['0', '5', '10'], { min: 0, max: 10 }, [-2, 0, 2]],
  ])('detects numbers on %s and puts them on −2..+2', (_, cells, scale, expected) => {
    const result = run(scoreTable(cells), 'x.csv')
    expect(result.detected.fileScale).toEqual(scale)
    expect(scores(cells)).toEqual(expected)
  })

  it('puts scores on the journey’s own scale when it is not −2..+2', () => {
    expect(scores(['-2', '0', '2'], { scale: { min: 1, max: 5 } })).toEqual([1, 3, 5])
  })

  it('reads emoji, with skin tones and variation selectors, as five levels', () => {
    expect(scores(['😡', '☹️', '😐', '🙂', '😍', '👍🏽', '😀😀'])).toEqual([-2, -1, 0, 1, 2, 1, 2])
  })

  it('reads words in English and Russian', () => {
    expect(scores(['very bad', 'Negative', 'OK', 'good', 'Excellent!'])).toEqual([-2, -1, 0, 1, 2])
    expect(scores(['очень плохо', 'плохо', 'нормально', 'хорошо', 'отлично', 'Нейтрально'])).toEqual([-2, -1, 0, 1, 2, 0])
  })

  it('reports a number outside the chosen scale by row and column, and keeps it as a note without a score', () => {
    const result = run(scoreTable(['1', '7', '3']), 'x.csv', { fileScale: { min: 1, max: 5 } })
    expect(result.problems).toEqual([
      {
        level: 'note',
        row: 3,
        column: 'emotion',
        message: { key: 'import.scoreOutOfRange', params: { row: 3, column: 'emotion', value: '7', scale: '1..5' } },
      },
    ])
    expect(said(result)).toEqual(['Row 3, column "emotion": 7 is not a score on 1..5; the note is kept without a score.'])
    const j = journeyOf(result)
    expect(j.emotions.map((e) => e.score)).toEqual([-2, 0])
    // What the preview says is what is drawn: the cell's text is a note of the emotion lane at S2, no row is left out.
    expect(cell(j, 'S2', 'Emotions')).toEqual(['7'])
    expect(result.summary.skippedRows).toBe(0)
  })

  it('reads a typo against the scale most values fit', () => {
    const result = run(scoreTable(['1', '2', '3', '4', '5', '55']), 'x.csv')
    expect(result.detected.fileScale).toEqual({ min: 1, max: 5 })
    expect(said(result)).toEqual(['Row 7, column "emotion": 55 is not a score on 1..5; the note is kept without a score.'])
  })

  it('reports an unreadable score with the sentence a person reads, and keeps the row’s note', () => {
    const text = csv([
      ['Stage', 'Lane', 'Note', 'Emotion'],
      ...Array.from({ length: 12 }, (_, i) => [`S${i}`, 'actions', `Note ${i}`, '']),
      ['Pay', 'actions', 'Pays', 'very happy'],
    ])
    const result = run(text, 'x.csv')
    expect(result.problems).toHaveLength(1)
    expect(result.problems[0]).toMatchObject({ level: 'note', row: 14, column: 'Emotion' })
    expect(said(result)).toEqual(['Row 14, column "Emotion": "very happy" is not a score on −2..+2; the note is kept without a score.'])
    const j = journeyOf(result)
    expect(cell(j, 'Pay', 'Actions')).toEqual(['Pays'])
    expect(j.emotions).toEqual([])
    expect(result.summary.skippedRows).toBe(0)
  })

  it('keeps an emotion row’s note when its score is off the scale', () => {
    const result = run(csv([['stage', 'lane', 'note', 'score'], ['Pay', 'emotion', 'Annoyed by the fee', '9']]), 'x.csv', { fileScale: { min: -2, max: 2 } })
    expect(cell(journeyOf(result), 'Pay', 'Emotions')).toEqual(['Annoyed by the fee'])
    expect(result.summary.skippedRows).toBe(0)
  })
})

describe('readScore and chooseFileScale', () => {
  it('reads numbers with a comma, a plus or a typographic minus', () => {
    expect(readScore('−1')).toEqual({ kind: 'number', value: -1 })
    expect(readScore(' +2 ')).toEqual({ kind: 'number', value: 2 })
    expect(readScore('2,5')).toEqual({ kind: 'number', value: 2.5 })
    expect(readScore('so-so')).toEqual({ kind: 'level', level: 0.5 })
    expect(readScore('maybe')).toBeNull()
    expect(readScore('')).toBeNull()
  })

  it('picks the smallest standard scale that holds every value', () => {
    expect(chooseFileScale([])).toBeNull()
    expect(chooseFileScale([-1, 0, 2])).toEqual({ min: -2, max: 2 })
    expect(chooseFileScale([1, 2])).toEqual({ min: 1, max: 5 })
    expect(chooseFileScale([0, 1, 3])).toEqual({ min: -3, max: 3 })
    expect(chooseFileScale([0, 4])).toEqual({ min: 0, max: 10 })
    expect(chooseFileScale([2, 6])).toEqual({ min: 1, max: 7 })
    expect(chooseFileScale([1, 9])).toEqual({ min: 1, max: 10 })
  })
})
