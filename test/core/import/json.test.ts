import { describe, expect, it } from 'vitest'
import type { Journey } from '../../../src/core/model/journey'
import { createTemplate } from '../../../src/core/templates/built-in'
import { encode, journeyOf, run, said } from './helpers'

describe('Journey JSON', () => {
  const journey: Journey = {
    ...createTemplate('customer', 'en'),
    cards: [{ id: 'c1', stageId: 's1', laneId: 'actions', text: 'Sees an ad', count: 3 }],
    emotions: [{ id: 'e1', stageId: 's1', score: 1 }],
  }

  it('reads a journey as the exporter writes it, unchanged', () => {
    const result = run(encode(JSON.stringify(journey, null, 2), 'utf-8'), 'journey.json')
    expect(result.detected.format).toBe('json')
    expect(journeyOf(result)).toEqual(journey)
    expect(result.summary).toMatchObject({ notes: 3, cards: 1, merged: 2, emotions: 1 })
  })

  it('refuses a journey that breaks the rules, with every problem checkJourney finds', () => {
    const bad = { ...journey, emotions: [{ id: 'e1', stageId: 's1', score: 9 }], cards: [{ ...journey.cards[0]!, laneId: 'nope' }] }
    const result = run(JSON.stringify(bad), 'journey.json')
    expect(result.journey).toBeNull()
    expect(said(result, 'fatal')).toEqual([
      'A card points to a lane that is no longer in the journey ("nope").',
      'The emotion score 9 at stage "Awareness" is outside the scale -2…2.',
    ])
  })

  it('refuses text that is not JSON, saying where', () => {
    const result = run('{"schema": "journey-lanes/1",', 'journey.json')
    expect(result.journey).toBeNull()
    expect(said(result, 'fatal')[0]).toMatch(/^The file is not valid JSON: /)
  })
})
