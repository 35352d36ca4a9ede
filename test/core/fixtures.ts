import { CORE_LANE_KINDS } from '../../src/core/model/lane-kinds'
import type { Card, Emotion, Journey } from '../../src/core/model/journey'
import { makeLane } from '../../src/core/templates/built-in'
import { randomText, seededRandom } from './random'

/**
 * A journey with `stages` stages, the six core lanes and a seeded mix of cards and
 * scores. `long` gives stage names, lane titles and cards of up to `long` words
 * (and one unbroken word as long as a line or two), as people paste them in.
 */
export function sampleJourney(stages: number, seed = 1, maxCardsPerCell = 4, long = 0): Journey {
  const rand = seededRandom(seed)
  const longText = (): string => (long > 0 ? ` ${randomText(rand, long)}${rand() < 0.3 ? ` ${'x'.repeat(40)}` : ''}` : '')
  const lanes = CORE_LANE_KINDS.map((k) => makeLane(k, 'en')).map((lane) => ({ ...lane, title: lane.title + longText() }))
  const cards: Card[] = []
  const emotions: Emotion[] = []
  for (let s = 0; s < stages; s++) {
    const stageId = `s${s}`
    for (const lane of lanes) {
      if (lane.kind === 'emotion') continue
      const n = Math.floor(rand() * (maxCardsPerCell + 1))
      for (let i = 0; i < n; i++) cards.push({ id: `${stageId}/${lane.id}/${i}`, stageId, laneId: lane.id, text: randomText(rand, 60) + longText() })
    }
    if (rand() < 0.9) emotions.push({ id: `e${s}`, stageId, score: Math.round(rand() * 4) - 2 })
  }
  return {
    schema: 'journey-lanes/1',
    title: `Sample ${stages}`,
    locale: 'en',
    direction: 'ltr',
    scale: { min: -2, max: 2 },
    stages: Array.from({ length: stages }, (_, s) => ({ id: `s${s}`, name: `Stage ${s + 1} ${randomText(rand, 8)}${longText()}` })),
    lanes,
    personas: [],
    cards,
    emotions,
  }
}
