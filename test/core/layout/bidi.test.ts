import { describe, expect, it } from 'vitest'
import { labelText, withoutMarks } from '../../../src/core/layout/bidi'
import { guessLanguage } from '../../../src/core/import/script'
import type { Journey } from '../../../src/core/model/journey'
import { layout } from '../../../src/core/layout/layout'
import { createTemplate } from '../../../src/core/templates/built-in'

describe('mixed-direction labels on a right-to-left board', () => {
  it('starts a label right to left when its first letter is Latin, and reads it back without the mark', () => {
    expect(labelText('FigJam לצוות', 'rtl')).toBe('\u200fFigJam לצוות')
    expect(labelText('2 שלבים', 'rtl')).toBe('2 שלבים')
    expect(labelText('גילוי', 'rtl')).toBe('גילוי')
    expect(labelText('FigJam team', 'ltr')).toBe('FigJam team')
    expect(withoutMarks(labelText('FigJam לצוות', 'rtl'))).toBe('FigJam לצוות')
  })
})

describe('a Hebrew journey', () => {
  const journey: Journey = {
    ...createTemplate('customer', 'he'),
    emotions: [
      { id: 'e1', stageId: 's1', score: -1 },
      { id: 'e5', stageId: 's5', score: 2 },
    ],
  }

  it('starts right to left, with Hebrew stage names', () => {
    expect(journey.direction).toBe('rtl')
    expect(journey.stages[0]!.name).toMatch(/[\u05d0-\u05ea]/)
  })

  it('is laid out right to left: first stage at the right, lane labels at the right, the curve from right to left', () => {
    const plan = layout(journey)
    const headers = plan.nodes.filter((n) => n.kind === 'stage-header')
    const xs = headers.map((h) => h.box.x)
    expect(xs).toEqual([...xs].sort((a, b) => b - a))
    const labels = plan.nodes.filter((n) => n.kind === 'lane-label')
    for (const label of labels) expect(label.box.x).toBeGreaterThan(Math.max(...xs))
    // The first stage's point (a low score) is at the right end of the curve, the last one's (high) at its left.
    const point = (stageId: string) => {
      const found = plan.nodes.find((n) => n.kind === 'emotion-point' && n.stageId === stageId)
      if (found?.kind !== 'emotion-point') throw new Error(`no point at ${stageId}`)
      return found.box
    }
    expect(point('s1').x).toBeGreaterThan(point('s5').x)
    const curve = plan.nodes.find((n) => n.kind === 'curve')!
    if (curve.kind !== 'curve') throw new Error('no curve')
    const ends = [...curve.points].sort((a, b) => a.x - b.x)
    const centre = (b: { y: number; height: number }) => b.y + b.height / 2
    expect(ends.at(-1)!.y).toBeCloseTo(centre(point('s1')), 0)
    expect(ends[0]!.y).toBeCloseTo(centre(point('s5')), 0)
  })
})

describe('the language of an imported file', () => {
  it('tells Bulgarian from Russian, and Hebrew and English by their script', () => {
    expect(guessLanguage(['Откриване', 'Куриерът закъснява', 'Търси магазин в мрежата'])).toBe('bg')
    expect(guessLanguage(['Поиск', 'Ищет магазин, читает отзывы', 'Оплата'])).toBe('ru')
    expect(guessLanguage(['גילוי', 'הזמנה'])).toBe('he')
    expect(guessLanguage(['Discover', 'Order'])).toBe('en')
  })
})
