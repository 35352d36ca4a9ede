import { describe, expect, it } from 'vitest'
import { checkJourney } from '../../../src/core/model/check-journey'
import { render } from '../../../src/core/i18n'
import { createTemplate } from '../../../src/core/templates/built-in'

const valid = createTemplate('customer', 'en')

function problemsOf(input: unknown): string[] {
  const result = checkJourney(input)
  return result.ok ? [] : result.problems.map((p) => render('en', p))
}

describe('checkJourney', () => {
  it('accepts the built-in templates in both languages', () => {
    for (const locale of ['en', 'ru'] as const) {
      expect(checkJourney(createTemplate('customer', locale)).ok).toBe(true)
      expect(checkJourney(createTemplate('blank', locale)).ok).toBe(true)
    }
  })

  it('explains a journey with no stages and an empty title in plain sentences', () => {
    expect(problemsOf({ ...valid, title: '  ', stages: [] })).toEqual([
      'Give the journey a title.',
      'Add at least one stage before generating the board.',
    ])
  })

  it('names the stage whose score is off the scale', () => {
    const journey = { ...valid, emotions: [{ id: 'e', stageId: 's3', score: 5 }] }
    expect(problemsOf(journey)).toEqual(['The emotion score 5 at stage "Purchase" is outside the scale -2…2.'])
  })

  it('reports cards pointing at missing stages or lanes instead of dropping them', () => {
    const journey = { ...valid, cards: [{ id: 'c', stageId: 'gone', laneId: 'nope', text: 'x' }] }
    expect(problemsOf(journey)).toHaveLength(2)
  })

  it('reports repeated ids and an upside-down scale', () => {
    expect(problemsOf({ ...valid, stages: [...valid.stages, { id: 's1', name: 'Again' }] })[0]).toContain('"s1"')
    expect(problemsOf({ ...valid, scale: { min: 2, max: -2 } })[0]).toContain('lower to a higher')
  })

  it('turns data of the wrong shape into one readable problem, never a throw', () => {
    for (const junk of [null, 42, 'journey', [], { schema: 'journey-lanes/1' }, { ...valid, schema: 'journey-lanes/9' }]) {
      const problems = problemsOf(junk)
      expect(problems).toHaveLength(1)
      expect(problems[0]).toMatch(/^The journey data is not valid: /)
    }
  })
})
