import { describe, expect, it } from 'vitest'
import { toCsv } from '../../src/core/export'
import { importText } from '../../src/core/import'
import type { Journey } from '../../src/core/journey'
import { workshopJourney } from '../sandbox/journeys'

/** toCsv → importText gives the same journey back (ids aside: the importer makes its own). */

/** A journey as names and values, in a fixed order, so two journeys with different ids compare. */
function comparable(j: Journey) {
  const stage = new Map(j.stages.map((s) => [s.id, s.name]))
  const lane = new Map(j.lanes.map((l) => [l.id, l.title]))
  const persona = new Map(j.personas.map((p) => [p.id, p.name]))
  const named = (id: string | undefined) => (id === undefined ? '' : (persona.get(id) ?? '?'))
  return {
    scale: j.scale,
    stages: j.stages.map((s) => s.name),
    personas: j.personas.map((p) => p.name).sort(),
    cards: j.cards
      .map((c) => [stage.get(c.stageId), lane.get(c.laneId), c.text, c.count ?? 1, named(c.personaId), c.participant ?? ''].join(' | '))
      .sort(),
    emotions: j.emotions.map((e) => [stage.get(e.stageId), e.score, named(e.personaId), e.participant ?? ''].join(' | ')).sort(),
  }
}

function roundTrip(journey: Journey): Journey {
  const result = importText(toCsv(journey), 'journey.csv', { scale: journey.scale, locale: journey.locale, title: journey.title })
  expect(result.problems.filter((p) => p.level !== 'note')).toEqual([])
  expect(result.journey).not.toBeNull()
  return result.journey!
}

function researchJourney(): Journey {
  const base = workshopJourney()
  return {
    ...base,
    personas: [
      { id: 'p1', name: 'Anna, 34', color: '#FF0000' },
      { id: 'p2', name: 'Boris', color: '#0000FF' },
    ],
    cards: [
      ...base.cards,
      { id: 'x1', stageId: 's3', laneId: 'barriers', text: 'Queue "too long", again', count: 3, personaId: 'p1', participant: 'P01' },
      { id: 'x2', stageId: 's2', laneId: 'questions', text: 'Two lines\nof text', participant: 'P02' },
    ],
    emotions: [
      ...base.emotions,
      { id: 'e6', stageId: 's3', score: -1, personaId: 'p2', participant: 'P02' },
      { id: 'e7', stageId: 's3', score: 2, personaId: 'p1', participant: 'P01' },
    ],
  }
}

describe('CSV export → import round trip', () => {
  it.each([
    ['a workshop board', workshopJourney()],
    ['a Russian board', workshopJourney('ru')],
    ['research data: personas, participants, merged notes, quotes and line breaks', researchJourney()],
  ])('gives back %s', (_, journey) => {
    expect(comparable(roundTrip(journey))).toEqual(comparable(journey))
  })

  // toCsv puts an apostrophe before text a spreadsheet would run as a formula
  // (=, +, -, @, tab, CR); the importer takes it off again.
  it('gives back text that was neutralised against formulas (the importer drops the apostrophe)', () => {
    const base = workshopJourney()
    const journey: Journey = { ...base, cards: [{ id: 'f', stageId: 's1', laneId: 'actions', text: '=SUM(A1)' }, { id: 'g', stageId: 's1', laneId: 'actions', text: '-not a number' }] }
    expect(comparable(roundTrip(journey)).cards).toEqual(comparable(journey).cards)
  })
})
