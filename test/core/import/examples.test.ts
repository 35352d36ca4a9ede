import { describe, expect, it } from 'vitest'
import { cell, example, journeyOf, run, said, scoresAt } from './helpers'

describe('the example files researchers bring', () => {
  it('bike-share interviews (long, English): five stages, merged notes, one score per participant and stage', () => {
    const result = run(example('bike-share-interviews.csv'), 'bike-share-interviews.csv')
    const j = journeyOf(result)
    expect(result.detected).toMatchObject({ format: 'csv', encoding: 'utf-8', delimiter: ',', shape: 'long' })
    expect(result.detected.columns).toEqual({ participant: 0, stage: 1, lane: 2, text: 3, score: 4, persona: 5 })
    expect(j.title).toBe('bike-share-interviews')
    expect(j.stages.map((s) => s.name)).toEqual(['Discover', 'Sign up', 'First ride', 'Pay', 'Come back'])
    expect(j.lanes.map((l) => l.kind)).toEqual(['actions', 'goals', 'questions', 'barriers', 'emotion', 'touchpoints'])
    expect(j.personas.map((p) => p.name)).toEqual(['Commuter'])
    const dock = j.cards.find((c) => c.text === 'Sees a bike dock near the metro')!
    expect(dock.count).toBe(3)
    expect(dock.evidence).toBe('P1, P2, P3')
    expect(dock.personaId).toBe(j.personas[0]!.id)
    expect(cell(j, 'Pay', 'Barriers & pain points')).toEqual(['Charged twice'])
    expect(scoresAt(j, 'Pay')).toEqual([-2, -1, -2])
    expect(j.emotions.every((e) => e.participant !== undefined && e.personaId === 'p1')).toBe(true)
    expect(result.summary).toMatchObject({ notes: 54, cards: 18, merged: 36, emotions: 15, skippedRows: 0 })
    expect(said(result, 'note')).toEqual([
      '36 notes repeated an identical note in the same cell, so they were merged into those cards (each card shows a count).',
    ])
  })

  it('shop map (wide, Russian, Windows-1251, semicolons): lanes down, stages across, a two-line cell is two cards', () => {
    const result = run(example('shop-map-ru-cp1251.csv'), 'shop-map-ru-cp1251.csv')
    const j = journeyOf(result)
    expect(result.detected).toMatchObject({ encoding: 'windows-1251', delimiter: ';', shape: 'wide' })
    expect(j.locale).toBe('ru')
    expect(j.stages.map((s) => s.name)).toEqual(['Узнал о магазине', 'Выбор товара', 'Оформление заказа', 'Доставка', 'Возврат'])
    expect(j.lanes.map((l) => [l.kind, l.title])).toEqual([
      ['actions', 'Действия клиента'],
      ['goals', 'Цели и ожидания'],
      ['questions', 'Вопросы'],
      ['barriers', 'Барьеры'],
      ['emotion', 'Эмоции'],
      ['touchpoints', 'Точки касания'],
    ])
    expect(cell(j, 'Выбор товара', 'Действия клиента')).toEqual(['Сравнивает модели', 'Читает отзывы'])
    expect(cell(j, 'Выбор товара', 'Точки касания')).toEqual(['Сайт, карточка товара'])
    expect(cell(j, 'Узнал о магазине', 'Барьеры')).toEqual([])
    expect(j.stages.map((s) => scoresAt(j, s.name))).toEqual([[1], [0], [-2], [-1], [-2]])
    expect(said(result)).toEqual(['The file is not UTF-8, so it was read as windows-1251. If letters look wrong, choose another encoding.'])
  })

  it('dentist visit (Mermaid): sections are stages, tasks are actions, each actor scores on 1..5', () => {
    const result = run(example('dentist-visit.mmd'), 'dentist-visit.mmd')
    const j = journeyOf(result)
    expect(result.detected.format).toBe('mermaid')
    expect(j.title).toBe('Visiting the dentist')
    expect(j.stages.map((s) => s.name)).toEqual(['Book', 'Visit', 'After'])
    expect(cell(j, 'Visit', 'Actions')).toEqual(['Wait in the hall', 'Treatment'])
    expect(j.personas.map((p) => p.name)).toEqual(['Patient', 'Dentist'])
    // 1..5 onto −2..+2: 3 → 0, 1 → −2; "Treatment: 4" for two actors gives two points.
    expect(scoresAt(j, 'Book')).toEqual([0, -2])
    expect(scoresAt(j, 'Visit')).toEqual([-1, 1, 1])
    expect(j.emotions.filter((e) => e.note === 'Treatment').map((e) => j.personas.find((p) => p.id === e.personaId)!.name)).toEqual(['Patient', 'Dentist'])
    expect(result.problems).toEqual([])
  })
})
