import type { Journey } from '../../src/core/journey'
import { LANE_KINDS } from '../../src/core/lanes'
import { makeLane } from '../../src/core/templates'
import { NO_WORKSHOP } from '../../src/core/workshop'
import { startDriver } from './plugin-driver'
import type { BenchRow } from './table'

/** A 30-stage map with every lane of the catalog (14) and `cards` stickies spread over its cells. */
export function bigJourney(stages: number, cards: number): Journey {
  const lanes = LANE_KINDS.map((kind) => (kind === 'custom' ? { ...makeLane('custom', 'en', 'own'), title: 'Own lane' } : makeLane(kind, 'en')))
  const cardLanes = lanes.filter((l) => l.kind !== 'emotion')
  const stageList = Array.from({ length: stages }, (_, i) => ({ id: `s${i + 1}`, name: `Stage ${i + 1}` }))
  return {
    schema: 'journey-lanes/1',
    title: 'Big map',
    locale: 'en',
    direction: 'ltr',
    scale: { min: -2, max: 2 },
    personas: [],
    stages: stageList,
    lanes,
    cards: Array.from({ length: cards }, (_, i) => ({
      id: `c${i}`,
      stageId: stageList[i % stages]!.id,
      laneId: cardLanes[Math.floor(i / stages) % cardLanes.length]!.id,
      text: `Note ${i + 1}`,
    })),
    emotions: stageList.map((s, i) => ({ id: `e${i}`, stageId: s.id, score: (i % 5) - 2 })),
  }
}

/** Regenerating the largest board: remove three stages, add two, move the last one first. */
export async function regenerateBench(): Promise<BenchRow[]> {
  const stages = 30
  const cards = 2000
  const driver = startDriver()
  const journey = bigJourney(stages, cards)
  await driver.request({ type: 'generate', journey, workshop: NO_WORKSHOP })
  const page = driver.emulator.figma.currentPage
  const section = page.children.find((n) => n.type === 'SECTION')!
  page.selection = [section]
  const loaded = (await driver.request({ type: 'load-selected-map' })) as { journey: Journey }
  const kept = loaded.journey.stages.filter((s) => !['s2', 's10', 's20'].includes(s.id))
  const next: Journey = {
    ...loaded.journey,
    stages: [kept.at(-1)!, ...kept.slice(0, -1), { id: 'n1', name: 'New 1' }, { id: 'n2', name: 'New 2' }],
    cards: [],
    emotions: [],
  }
  const started = performance.now()
  const result = (await driver.request({ type: 'regenerate', sectionId: section.id, journey: next, workshop: NO_WORKSHOP })) as { parked: number }
  const ms = performance.now() - started
  return [
    {
      area: 'regenerate',
      what: `${stages}×${journey.lanes.length} map, ${cards} cards + ${stages} scores; 3 stages out, 2 in, 1 moved`,
      value: `${ms.toFixed(0)} ms, ${result.parked} parked`,
    },
  ]
}
