import { describe, expect, it } from 'vitest'
import { cell, encode, fixture, fixtureText, journeyOf, run, said, scoresAt } from './helpers'

describe('a spreadsheet map (wide and transposed)', () => {
  it('turns lines, bullets and numbered items into separate cards', () => {
    const result = run(fixture('wide-en.csv'), 'map.csv')
    const j = journeyOf(result)
    expect(result.detected.shape).toBe('wide')
    expect(j.stages.map((s) => s.name)).toEqual(['Discover', 'Sign up', 'Pay'])
    expect(j.lanes.map((l) => [l.kind, l.title])).toEqual([
      ['actions', 'Do'],
      ['thoughts', 'Think'],
      ['barriers', 'Pain points'],
      ['emotion', 'Feel'],
      ['custom', 'Partners'],
    ])
    expect(cell(j, 'Discover', 'Do')).toEqual(['Sees a poster', 'Asks a friend'])
    // A line without a bullet continues the item above it.
    expect(cell(j, 'Sign up', 'Do')).toEqual(['Downloads the app', 'Enters phone and card'])
    expect(cell(j, 'Sign up', 'Think')).toEqual(['Why my passport?', 'What if the SMS never comes?'])
    expect(cell(j, 'Pay', 'Partners')).toEqual(['Bank'])
  })

  it('merges identical lines of one cell into a card with a count', () => {
    const j = journeyOf(run(fixture('wide-en.csv'), 'map.csv'))
    const charged = j.cards.filter((c) => c.text === 'Charged twice')
    expect(charged).toHaveLength(1)
    expect(charged[0]!.count).toBe(2)
  })

  it('reads the emotion row’s emoji as scores', () => {
    const j = journeyOf(run(fixture('wide-en.csv'), 'map.csv'))
    expect(j.stages.map((s) => scoresAt(j, s.name))).toEqual([[1], [-1], [-2]])
  })

  it('reads a transposed map (stages down, lanes across) with word scores', () => {
    const result = run(fixture('transposed-en.csv'), 'map.csv')
    const j = journeyOf(result)
    expect(result.detected.shape).toBe('transposed')
    expect(j.stages.map((s) => s.name)).toEqual(['Discover', 'Sign up', 'Pay'])
    expect(j.lanes.map((l) => l.kind)).toEqual(['actions', 'barriers', 'emotion', 'touchpoints'])
    expect(cell(j, 'Sign up', 'Barriers')).toEqual(['SMS never arrives'])
    expect(cell(j, 'Sign up', 'Touchpoints')).toEqual(['App, SMS'])
    expect(j.stages.map((s) => scoresAt(j, s.name))).toEqual([[1], [-1], [-2]])
  })

  it('knows Russian lane names and their variants', () => {
    const result = run(encode(fixtureText('wide-ru-source.csv'), 'windows-1251'), 'карта.csv')
    const j = journeyOf(result)
    expect(j.lanes.map((l) => l.kind)).toEqual(['actions', 'touchpoints', 'barriers', 'questions', 'emotion'])
    expect(cell(j, 'Выбрал', 'Шаги и действия клиента')).toEqual(['Сравнивает модели', 'Читает отзывы'])
    expect(j.stages.map((s) => scoresAt(j, s.name))).toEqual([[1], [0], [-1]])
  })

  it('can be told the shape when it cannot tell', () => {
    const text = 'Row,Morning,Evening\nErrands,Buys bread,Cooks\nMood,good,bad\n'
    const guessed = run(text, 'x.csv')
    expect(guessed.detected.shape).toBe('wide')
    const j = journeyOf(run(text, 'x.csv', { shape: 'wide' }))
    expect(j.lanes.map((l) => [l.kind, l.title])).toEqual([
      ['custom', 'Errands'],
      ['emotion', 'Mood'],
    ])
    expect(said(run(text, 'x.csv'))).toEqual(['"Errands" is not a lane the plugin knows, so it becomes a lane of its own.'])
  })

  it('reports an emotion cell that is not a score by row and stage, and keeps it as a note', () => {
    const result = run('Lane,Discover,Pay\nActions,Looks,Pays\nEmotions,very happy,-1\n', 'x.csv')
    expect(result.problems).toEqual([
      {
        level: 'note',
        row: 3,
        column: 'Discover',
        message: { key: 'import.scoreUnreadable', params: { row: 3, column: 'Discover', value: 'very happy', scale: '−2..+2' } },
      },
    ])
    expect(said(result)).toEqual(['Row 3, column "Discover": "very happy" is not a score on −2..+2; the note is kept without a score.'])
    const j = journeyOf(result)
    expect(cell(j, 'Discover', 'Emotions')).toEqual(['very happy'])
    expect(j.stages.map((s) => scoresAt(j, s.name))).toEqual([[], [-1]])
    expect(result.summary.skippedRows).toBe(0)
  })
})
