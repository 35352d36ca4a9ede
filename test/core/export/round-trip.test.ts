import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { toCsv, toJson, toMermaid } from '../../../src/core/export'
import { importText } from '../../../src/core/import'
import { SCHEMA_VERSION, type Journey, type Scale } from '../../../src/core/model/journey'
import { LOCALES } from '../../../src/core/i18n/locale'
import { LANE_KINDS } from '../../../src/core/model/lane-kinds'
import { laneTitle } from '../../../src/core/templates/built-in'
import { workshopJourney } from '../../sandbox/journeys'

/** Export → import gives the same journey back (ids aside: the importer makes its own). */

/** A journey as names and values, so two journeys with different ids compare; order kept where the board shows it. */
function comparable(j: Journey) {
  const stage = new Map(j.stages.map((s) => [s.id, s.name]))
  const lane = new Map(j.lanes.map((l) => [l.id, l.title]))
  const persona = new Map(j.personas.map((p) => [p.id, p.name]))
  const named = (id: string | undefined) => (id === undefined ? '' : (persona.get(id) ?? '?'))
  return {
    title: j.title,
    scale: j.scale,
    stages: j.stages.map((s) => s.name),
    lanes: j.lanes.map((l) => `${l.kind}: ${l.title}`),
    personas: j.personas.map((p) => p.name).sort(),
    cards: j.cards
      .map((c) => JSON.stringify([stage.get(c.stageId), lane.get(c.laneId), c.text, c.count ?? 1, named(c.personaId), c.participant ?? '']))
      .sort(),
    emotions: j.emotions.map((e) => JSON.stringify([stage.get(e.stageId), e.score, named(e.personaId), e.participant ?? '', e.note ?? ''])).sort(),
  }
}

/** What the panel does with a downloaded CSV: import it in the board's language, nothing else chosen. */
function csvRoundTrip(journey: Journey): Journey {
  const result = importText(toCsv(journey), `${journey.title}.csv`, { locale: journey.locale })
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

const SCALES: readonly Scale[] = [
  { min: -2, max: 2 },
  { min: -3, max: 3 },
  { min: 1, max: 5 },
  { min: 1, max: 7 },
  { min: 1, max: 10 },
  { min: 0, max: 10 },
]
const KNOWN_KINDS = LANE_KINDS.filter((k) => k !== 'custom')
const NAMES = ['Search', 'Поиск', 'Оплата', '=A1', "'=x", '+1 more', '@home', '-dash', 'Anna, 34', 'שלב', 'Two words']
const NOTES = ['Sees an ad', 'Two lines\nof text', '=SUM(A1)', "'=x", "''+y", '-not a number', '@mention', '\tTab first', 'Quote "x", y; z', 'Видит рекламу', '1,5', '-1']

/**
 * Boards as people make them: any scale, lanes in any order (some empty), stages with
 * nothing in them, personas nobody is tagged with, notes with line breaks or that look
 * like formulas. Names are unique, as the importer tells stages and lanes apart by name.
 */
const journeys = fc
  .record({
    locale: fc.constantFrom(...LOCALES),
    scale: fc.constantFrom(...SCALES),
    stageNames: fc.array(fc.constantFrom(...NAMES), { minLength: 1, maxLength: 5 }),
    kinds: fc.shuffledSubarray(KNOWN_KINDS, { minLength: 1 }),
    customLanes: fc.integer({ min: 0, max: 2 }),
    customAt: fc.nat(),
    personaNames: fc.uniqueArray(fc.constantFrom(...NAMES), { maxLength: 3 }),
    cards: fc.array(
      fc.record({ stage: fc.nat(), lane: fc.nat(), note: fc.constantFrom(...NOTES), count: fc.integer({ min: 1, max: 3 }), persona: fc.nat(), participant: fc.constantFrom('', 'P01', 'P02', '=1+1') }),
      { maxLength: 12 },
    ),
    emotions: fc.array(fc.record({ stage: fc.nat(), t: fc.double({ min: 0, max: 1, noNaN: true }), persona: fc.nat(), participant: fc.constantFrom('', 'P01', 'P02'), note: fc.constantFrom('', 'Relieved', '=bad') }), {
      maxLength: 8,
    }),
  })
  .map((g): Journey => {
    const stages = g.stageNames.map((name, i) => ({ id: `s${i}`, name: `${name} ${i + 1}` }))
    const lanes: Journey['lanes'] = g.kinds.map((kind) => ({ id: kind, kind, title: laneTitle(kind, g.locale) }))
    for (let i = 0; i < g.customLanes; i++) lanes.splice(g.customAt % (lanes.length + 1), 0, { id: `own${i}`, kind: 'custom', title: `Custom ${i + 1}` })
    const personas = g.personaNames.map((name, i) => ({ id: `p${i}`, name, color: '#BDE3FF' }))
    const personaOf = (n: number) => (personas.length === 0 || n % (personas.length + 1) === personas.length ? {} : { personaId: personas[n % (personas.length + 1)]!.id })
    const noteLanes = lanes.filter((l) => l.kind !== 'emotion')
    const cards: Journey['cards'] =
      noteLanes.length === 0
        ? []
        : g.cards.map((c, i) => ({
            id: `c${i}`,
            stageId: stages[c.stage % stages.length]!.id,
            laneId: noteLanes[c.lane % noteLanes.length]!.id,
            text: `${c.note} #${i}`,
            ...(c.count > 1 ? { count: c.count } : {}),
            ...personaOf(c.persona),
            ...(c.participant ? { participant: c.participant } : {}),
          }))
    const { min, max } = g.scale
    const emotions: Journey['emotions'] = !lanes.some((l) => l.kind === 'emotion')
      ? []
      : g.emotions.map((e, i) => ({
          id: `e${i}`,
          stageId: stages[e.stage % stages.length]!.id,
          // Halves: a score between two marks, as a dragged sticky gives.
          score: min + Math.round(e.t * (max - min) * 2) / 2,
          ...personaOf(e.persona),
          ...(e.participant ? { participant: e.participant } : {}),
          ...(e.note ? { note: e.note } : {}),
        }))
    return { schema: SCHEMA_VERSION, title: 'Study', locale: g.locale, direction: g.locale === 'he' ? 'rtl' : 'ltr', scale: { ...g.scale }, stages, lanes, personas, cards, emotions }
  })

describe('CSV export → import round trip', () => {
  it.each([
    ['a workshop board', workshopJourney()],
    ['a Russian board', workshopJourney('ru')],
    ['research data: personas, participants, merged notes, quotes and line breaks', researchJourney()],
  ])('gives back %s', (_, journey) => {
    expect(comparable(csvRoundTrip(journey))).toEqual(comparable(journey))
  })

  it('gives back the scale: a −2..+2 board scored only 1 and 2 is not read as 1..5', () => {
    const base = workshopJourney()
    const journey: Journey = { ...base, emotions: [1, 2, 1, 2, 2].map((score, i) => ({ id: `e${i}`, stageId: `s${i + 1}`, score })) }
    const back = csvRoundTrip(journey)
    expect(back.scale).toEqual({ min: -2, max: 2 })
    expect(back.emotions.map((e) => e.score)).toEqual([1, 2, 1, 2, 2])
  })

  it('gives back a 0..10 board on 0..10', () => {
    const base = workshopJourney()
    const journey: Journey = { ...base, scale: { min: 0, max: 10 }, emotions: [3, 7, 10].map((score, i) => ({ id: `e${i}`, stageId: `s${i + 1}`, score })) }
    const back = csvRoundTrip(journey)
    expect(back.scale).toEqual({ min: 0, max: 10 })
    expect(back.emotions.map((e) => e.score)).toEqual([3, 7, 10])
  })

  it('gives back empty stages and lanes, in the board’s order', () => {
    const base = workshopJourney()
    const journey: Journey = {
      ...base,
      lanes: [{ id: 'own', kind: 'custom', title: 'Wishes' }, ...[...base.lanes].reverse()],
      stages: [...base.stages, { id: 'later', name: 'Later' }],
      cards: base.cards.filter((c) => c.stageId !== 's4'),
      emotions: base.emotions.filter((e) => e.stageId !== 's4'),
    }
    const back = csvRoundTrip(journey)
    expect(back.stages.map((s) => s.name)).toEqual([...base.stages.map((s) => s.name), 'Later'])
    expect(back.lanes.map((l) => l.title)).toEqual(journey.lanes.map((l) => l.title))
    expect(comparable(back)).toEqual(comparable(journey))
  })

  // toCsv puts an apostrophe before text a spreadsheet would run as a formula
  // (=, +, -, @, tab, CR); the importer takes it off again.
  it('gives back text that was neutralised against formulas, and text that starts with an apostrophe', () => {
    const base = workshopJourney()
    const texts = ['=SUM(A1)', '-not a number', "'=x", "''@y", "'plain"]
    const journey: Journey = { ...base, cards: texts.map((text, i) => ({ id: `f${i}`, stageId: 's1', laneId: 'actions', text })) }
    expect(comparable(csvRoundTrip(journey)).cards).toEqual(comparable(journey).cards)
  })

  it('gives back any board: scales, empty stages and lanes, personas, line breaks and formulas', () => {
    fc.assert(
      fc.property(journeys, (journey) => {
        expect(comparable(csvRoundTrip(journey))).toEqual(comparable(journey))
      }),
      { numRuns: 150 },
    )
  })
})

describe('JSON and Mermaid round trips', () => {
  it('JSON gives back the journey exactly', () => {
    fc.assert(
      fc.property(journeys, (journey) => {
        const result = importText(toJson(journey), 'board.json')
        expect(result.journey).toEqual(journey)
      }),
      { numRuns: 100 },
    )
  })

  // Mermaid holds stages and tasks only: a section per stage, a task per actions card, scores on 1..5.
  it('Mermaid gives back the stages and the actions cards', () => {
    fc.assert(
      fc.property(journeys, (journey) => {
        const actions = journey.lanes.find((l) => l.kind === 'actions')
        fc.pre(actions !== undefined && journey.stages.every((s) => journey.cards.some((c) => c.stageId === s.id && c.laneId === actions.id)))
        const back = importText(toMermaid(journey), 'board.mmd', { locale: journey.locale }).journey!
        expect(back.stages.map((s) => s.name)).toEqual(journey.stages.map((s) => s.name.replace(/\s+/g, ' ').trim()))
        // A merged card's count travels in its task name ("Queue ×3").
        const tasks = journey.cards.filter((c) => c.laneId === actions.id).map((c) => c.text.replace(/\s+/g, ' ').trim() + (c.count ? ` ×${c.count}` : ''))
        expect(back.cards.map((c) => c.text).sort()).toEqual(tasks.sort())
      }),
      { numRuns: 100 },
    )
  })
})
