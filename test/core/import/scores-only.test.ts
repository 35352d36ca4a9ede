import { describe, expect, it } from 'vitest'
import { curvePoints } from '../../../ui/import/view'
import { csv, journeyOf, run } from './helpers'

/**
 * A long table with only stage, who and score ("Stage, Participant, Emotion"): each row is
 * one person's score of a stage. "Emotion" is also a lane's name, so such a table once read
 * as a transposed map with a lane per column.
 */

const curve = (text: string) => {
  const result = run(text, 'scores.csv')
  const j = journeyOf(result)
  return { result, j, points: curvePoints(j).map((p) => [p.stageName, p.mean, p.min, p.max, p.count]) }
}

describe('a table of scores per participant', () => {
  it('reads "Stage, Participant, Emotion" as one score per row: the mean, spread and n per stage', () => {
    const { result, j, points } = curve(
      csv([
        ['Stage', 'Participant', 'Emotion'],
        ['Search', 'P1', '4'],
        ['Search', 'P2', '2'],
        ['Search', 'P3', '3'],
        ['Book', 'P1', '5'],
        ['Book', 'P2', '1'],
      ]),
    )
    expect(result.detected.shape).toBe('long')
    expect(result.detected.columns).toEqual({ stage: 0, participant: 1, score: 2 })
    expect(result.detected.fileScale).toEqual({ min: 1, max: 5 })
    expect(j.stages.map((s) => s.name)).toEqual(['Search', 'Book'])
    expect(j.lanes.map((l) => l.kind)).toEqual(['emotion'])
    expect(j.cards).toEqual([])
    // 1..5 on −2..+2: 4 → 1, 2 → −1, 3 → 0; 5 → 2, 1 → −2.
    expect(points).toEqual([
      ['Search', 0, -1, 1, 3],
      ['Book', 0, -2, 2, 2],
    ])
    expect(j.emotions.map((e) => e.participant)).toEqual(['P1', 'P2', 'P3', 'P1', 'P2'])
  })

  it('reads the Russian "Этап; Респондент; Эмоция" the same way', () => {
    const { result, j, points } = curve(
      csv(
        [
          ['Этап', 'Респондент', 'Эмоция'],
          ['Поиск', 'Р1', '-1'],
          ['Поиск', 'Р2', '-2'],
          ['Оплата', 'Р1', '2'],
          ['Оплата', 'Р2', '1'],
          ['Оплата', 'Р3', '0'],
        ],
        ';',
      ),
    )
    expect(result.detected.shape).toBe('long')
    expect(result.detected.columns).toEqual({ stage: 0, participant: 1, score: 2 })
    expect(j.locale).toBe('ru')
    expect(points).toEqual([
      ['Поиск', -1.5, -2, -1, 2],
      ['Оплата', 1, 0, 2, 3],
    ])
  })

  it('reads stage and score alone as observations when stages repeat', () => {
    const { result, points } = curve(csv([['Stage', 'Emotion'], ['Search', 'good'], ['Search', 'bad'], ['Book', 'great']]))
    expect(result.detected.shape).toBe('long')
    expect(points).toEqual([
      ['Search', 0, -1, 1, 2],
      ['Book', 2, 2, 2, 1],
    ])
  })

  it('reads "Этап; Эмоция" with repeated stages as observations too', () => {
    const { result, points } = curve(csv([['Этап', 'Эмоция'], ['Поиск', 'плохо'], ['Поиск', 'хорошо'], ['Поиск', 'нормально']], ';'))
    expect(result.detected.shape).toBe('long')
    expect(points).toEqual([['Поиск', 0, -1, 1, 3]])
  })

  it('still reads a map with one row per stage and an Emotions lane as a transposed map', () => {
    const { result } = curve(csv([['Stage', 'Actions', 'Emotions'], ['Search', 'Googles', 'good'], ['Book', 'Pays', 'bad']]))
    expect(result.detected.shape).toBe('transposed')
  })
})
