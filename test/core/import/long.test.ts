import { describe, expect, it } from 'vitest'
import { cell, csv, fixture, journeyOf, run, said, scoresAt } from './helpers'

describe('a long table (one row per observation)', () => {
  const result = run(fixture('long-en.csv'), 'Bike study.csv')
  const j = journeyOf(result)

  it('matches header names to fields and notes the column it does not use', () => {
    expect(result.detected.columns).toEqual({ participant: 0, stage: 1, lane: 2, text: 3, score: 4, persona: 5 })
    expect(result.problems.find((p) => p.column === 'Duration')).toMatchObject({ level: 'note', row: null })
    expect(said(result)).toContain('Column "Duration" is not used.')
  })

  it('lists stages in order of appearance and lanes in catalog order, unknown ones after', () => {
    expect(j.title).toBe('Bike study')
    expect(j.stages.map((s) => s.name)).toEqual(['Search', 'Book'])
    expect(j.lanes.map((l) => [l.kind, l.title])).toEqual([
      ['actions', 'Actions'],
      ['barriers', 'Barriers & pain points'],
      ['emotion', 'Emotions'],
      ['touchpoints', 'Touchpoints'],
      ['opportunities', 'Opportunities'],
      ['custom', 'Wishes'],
      ['custom', 'Unsorted notes'],
    ])
    expect(said(result)).toContain('"Wishes" is not a lane the plugin knows, so it becomes a lane of its own.')
  })

  it('leaves out a row without a stage and says which', () => {
    const problem = result.problems.find((p) => p.level === 'row')
    expect(problem).toEqual({
      level: 'row',
      row: 10,
      column: 'Stage',
      message: { key: 'import.stageMissing', params: { row: 10, column: 'Stage' } },
    })
    expect(said(result, 'row')).toEqual(['Row 10: the stage (column "Stage") is empty, so this row is left out.'])
    expect(j.cards.map((c) => c.text)).not.toContain('Row without a stage')
    expect(result.summary.skippedRows).toBe(1)
  })

  it('puts a note without a lane in a lane of its own, and says so', () => {
    expect(cell(j, 'Book', 'Unsorted notes')).toEqual(['Note with no lane'])
    expect(said(result)).toContain('1 row has no lane; its note goes to the lane "Unsorted notes".')
  })

  it('merges the same note written in another case and spacing, keeping who said it', () => {
    const googles = j.cards.filter((c) => c.text.toLowerCase().includes('bike rental'))
    expect(googles).toHaveLength(1)
    expect(googles[0]).toMatchObject({ text: 'Googles "bike rental"', count: 2, evidence: 'P1, P2' })
    expect(googles[0]!.personaId).toBeUndefined()
    expect(result.summary).toMatchObject({ notes: 8, merged: 1, cards: 7 })
  })

  it('keeps participant and persona on cards and scores', () => {
    const helmet = j.cards.find((c) => c.text === 'Wants a helmet')!
    expect(helmet.participant).toBe('P3')
    expect(j.personas.find((p) => p.id === helmet.personaId)?.name).toBe('Commuter')
    expect(j.personas.map((p) => p.name)).toEqual(['Commuter', 'Tourist'])
    expect(new Set(j.personas.map((p) => p.color)).size).toBe(2)
    expect(scoresAt(j, 'Search')).toEqual([-1, 1])
    expect(j.emotions.map((e) => e.participant)).toEqual(['P1', 'P2', 'P3'])
    expect(j.cards.find((c) => c.text === 'Row without participant')?.participant).toBeUndefined()
  })

  it('gives cards stable ids: the same file gives the same ids', () => {
    const again = journeyOf(run(fixture('long-en.csv'), 'Bike study.csv'))
    expect(again.cards.map((c) => c.id)).toEqual(j.cards.map((c) => c.id))
    expect(j.cards[0]!.id).toMatch(/^c-\d+-\d+-\d+$/)
  })

  it('reads Russian headers and keeps Russian lane titles', () => {
    const ru = run(fixture('long-ru-semicolon.csv'), 'x.csv')
    expect(ru.detected.columns).toEqual({ stage: 0, lane: 1, text: 2, score: 3, persona: 4, participant: 5 })
    const rj = journeyOf(ru)
    expect(rj.locale).toBe('ru')
    expect(rj.lanes.map((l) => l.title)).toEqual(['Действия клиента', 'Вопросы и сложности', 'Барьеры и ошибки', 'Эмоции', 'Точки и объекты касания'])
    // 4 and 2 on a detected 1..5 scale.
    expect(ru.detected.fileScale).toEqual({ min: 1, max: 5 })
    expect(scoresAt(rj, 'Поиск')).toEqual([1])
    expect(scoresAt(rj, 'Оплата')).toEqual([-1])
  })

  it('takes a score column on any row, and the emotion lane’s note as its score', () => {
    const text = csv([
      ['stage', 'lane', 'note', 'score'],
      ['Discover', 'actions', 'Sees an ad', '1'],
      ['Discover', 'emotion', '-2', ''],
      ['Discover', 'emotion', 'Annoyed by the ad', '-1'],
    ])
    const rj = journeyOf(run(text, 'x.csv'))
    expect(cell(rj, 'Discover', 'Actions')).toEqual(['Sees an ad'])
    expect(rj.emotions.map((e) => [e.score, e.note])).toEqual([
      [1, undefined],
      [-2, undefined],
      [-1, 'Annoyed by the ad'],
    ])
    expect(rj.cards).toHaveLength(1)
  })

  it('adds the emotion lane when scores come without one', () => {
    const rj = journeyOf(run(csv([['Stage', 'Quote', 'Rating'], ['Arrive', 'Nice lobby', '5'], ['Leave', 'Long queue', '2']]), 'x.csv'))
    expect(rj.lanes.map((l) => l.kind)).toEqual(['emotion', 'custom'])
    expect(scoresAt(rj, 'Arrive')).toEqual([2])
  })

  it('refuses a table with no stage column, then reads it once the person names one', () => {
    const text = csv([['When', 'What', 'Who'], ['Morning', 'Opens the app', 'Ann'], ['Evening', 'Closes it', 'Bob']])
    const refused = run(text, 'x.csv')
    expect(refused.journey).toBeNull()
    expect(said(refused, 'fatal')).toEqual(['No stage column was found. Name a column "stage", or choose which column holds the stages.'])
    expect(refused.detected.headers).toEqual(['When', 'What', 'Who'])

    const mapped = run(text, 'x.csv', { columns: { stage: 0, text: 1, participant: 2 } })
    const mj = journeyOf(mapped)
    expect(mapped.detected).toMatchObject({ shape: 'long', columns: { stage: 0, text: 1, participant: 2 } })
    expect(mj.stages.map((s) => s.name)).toEqual(['Morning', 'Evening'])
    expect(mj.cards.map((c) => [c.text, c.participant])).toEqual([
      ['Opens the app', 'Ann'],
      ['Closes it', 'Bob'],
    ])
  })

  it('finds fields named by a word of a longer header', () => {
    const text = csv([['Journey stage', 'Participant ID', 'Lane name', 'Note text'], ['Arrive', '7', 'Do', 'Parks']])
    expect(run(text, 'x.csv').detected.columns).toEqual({ stage: 0, participant: 1, lane: 2, text: 3 })
  })

  it('takes a scale column as the file’s scale and the journey’s, and keeps the lanes’ order', () => {
    const text = csv([
      ['Stage', 'Lane', 'Note', 'Score', 'Scale'],
      ['Search', 'Wishes', 'Faster', '', '−3..+3'],
      ['Search', 'Emotions', '', '2', ''],
      ['Search', 'Actions', 'Googles', '', ''],
      ['Pay', 'Emotions', '', '3', ''],
    ])
    const result = run(text, 'x.csv')
    const sj = journeyOf(result)
    expect(result.detected.fileScale).toEqual({ min: -3, max: 3 })
    expect(sj.scale).toEqual({ min: -3, max: 3 })
    expect(sj.emotions.map((e) => e.score)).toEqual([2, 3])
    expect(sj.lanes.map((l) => l.title)).toEqual(['Wishes', 'Emotions', 'Actions'])
    expect(said(result)).not.toContain('Column "Scale" is not used.')
    // The person's choice wins.
    expect(journeyOf(run(text, 'x.csv', { scale: { min: -2, max: 2 }, fileScale: { min: 1, max: 5 } })).emotions.map((e) => e.score)).toEqual([-1, 0])
  })

  it('says when a scale column cannot be read, and detects the scale instead', () => {
    const result = run(csv([['Stage', 'Score', 'Scale'], ['Search', '4', 'five'], ['Pay', '5', '']]), 'x.csv')
    expect(said(result)).toContain('Row 2, column "Scale": "five" is not a scale like "1..5" or "−2..+2", so the scale is detected from the scores.')
    expect(result.detected.fileScale).toEqual({ min: 1, max: 5 })
  })
})
