import type { Journey } from '../../src/core/model/journey'
import { NO_WORKSHOP } from '../../src/core/model/workshop'
import { boardJourney } from './generate.bench'
import { startDriver } from './plugin-driver'
import type { BenchRow } from './table'

/** Regenerating the largest board: remove three stages, add two, move the last one first. */
export async function regenerateBench(): Promise<BenchRow[]> {
  const stages = 30
  const cards = 2000
  const driver = startDriver()
  const journey = boardJourney(stages, 14, cards)
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
