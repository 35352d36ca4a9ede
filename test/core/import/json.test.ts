import { describe, expect, it } from 'vitest'
import { importI18n } from '../../../src/core/i18n/import-catalog'
import { LOCALES } from '../../../src/core/i18n/locale'
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

  it('refuses a file from a newer version of the plugin, saying so in every language, and reads nothing of it', () => {
    const newer = JSON.stringify({ ...journey, schema: 'journey-lanes/5', stages: 'in a shape only that version knows' })
    const result = run(newer, 'journey.json')
    expect(result.journey).toBeNull()
    expect(result.problems.map((p) => p.level)).toEqual(['fatal'])
    expect(said(result, 'fatal')).toEqual(['This file was made by a newer version of Journey Lanes, so it cannot be imported. Update the plugin and try again.'])
    const words = LOCALES.map((locale) => importI18n.translate(locale, result.problems[0]!.message.key))
    expect(new Set(words).size).toBe(LOCALES.length)
    for (const text of words) expect(text).toContain('Journey Lanes')
  })

  it('still calls a file without a journey schema id what it is', () => {
    const result = run(JSON.stringify({ ...journey, schema: 'journey-lanes/template/1' }), 'journey.json')
    expect(said(result, 'fatal')[0]).toMatch(/^The journey data is not valid: schema: /)
  })
})
