import type { Journey } from '../../src/core/model/journey'
import { createTemplate } from '../../src/core/templates/built-in'

/** What a designer types in the panel: a few cards in most lanes and a score per stage. */
export function workshopJourney(locale: 'en' | 'ru' = 'en'): Journey {
  const base = createTemplate('customer', locale)
  const scores = [1, -1, -2, 0, 2]
  return {
    ...base,
    cards: [
      { id: 's1/actions/1', stageId: 's1', laneId: 'actions', text: 'Sees an ad on the metro' },
      { id: 's1/actions/2', stageId: 's1', laneId: 'actions', text: 'Asks a friend' },
      { id: 's2/goals/1', stageId: 's2', laneId: 'goals', text: 'Find the cheapest plan that still covers the whole family and does not need a contract' },
      { id: 's3/barriers/1', stageId: 's3', laneId: 'barriers', text: 'Payment form resets' },
      { id: 's3/questions/1', stageId: 's3', laneId: 'questions', text: 'Is my card data safe?' },
      { id: 's4/touchpoints/1', stageId: 's4', laneId: 'touchpoints', text: 'App, e-mail' },
      { id: 's5/actions/1', stageId: 's5', laneId: 'actions', text: 'Recommends to a colleague' },
    ],
    emotions: scores.map((score, i) => ({ id: `e-s${i + 1}`, stageId: `s${i + 1}`, score })),
  }
}

/** A big board: every cell of 12 stages holds several cards. */
export function largeJourney(cardsPerCell: number): Journey {
  const base = createTemplate('customer', 'en')
  const stages = Array.from({ length: 12 }, (_, i) => ({ id: `s${i + 1}`, name: `Stage ${i + 1}` }))
  const cards = stages.flatMap((s) =>
    base.lanes
      .filter((l) => l.kind !== 'emotion')
      .flatMap((l) => Array.from({ length: cardsPerCell }, (_, n) => ({ id: `${s.id}/${l.id}/${n}`, stageId: s.id, laneId: l.id, text: `Note ${n + 1} for ${s.name}` }))),
  )
  return { ...base, stages, cards, emotions: stages.map((s, i) => ({ id: `e-${s.id}`, stageId: s.id, score: (i % 5) - 2 })) }
}

/** A journey with `perStage` scores at each of `stages` stages (for the cost measurement). */
export function crowdedJourney(base: Journey, stages: number, perStage: number): Journey {
  const stageList = Array.from({ length: stages }, (_, i) => ({ id: `s${i + 1}`, name: `Stage ${i + 1}` }))
  const emotions = stageList.flatMap((s, i) =>
    Array.from({ length: perStage }, (_, n) => ({ id: `e-${s.id}-${n}`, stageId: s.id, score: ((i + n) % 5) - 2, participant: `P${n + 1}` })),
  )
  return { ...base, stages: stageList, cards: [], emotions }
}
