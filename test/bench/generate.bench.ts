import { LANE_KINDS } from '../../src/core/model/lane-kinds'
import type { Journey } from '../../src/core/model/journey'
import { makeLane } from '../../src/core/templates/built-in'
import { NO_WORKSHOP } from '../../src/core/model/workshop'
import { bareLoop } from './bare-loop'
import { startDriver } from './plugin-driver'
import { median, type BenchRow } from './table'

/** A board of `stages` × `lanes` with `cards` cards spread over it and a score per stage. */
export function boardJourney(stages: number, lanes: number, cards: number): Journey {
  const kinds = LANE_KINDS.filter((k) => k !== 'custom')
  const laneList = Array.from({ length: lanes }, (_, i) =>
    i < kinds.length ? makeLane(kinds[i]!, 'en') : { ...makeLane('custom', 'en', `own-${i}`), title: `Own lane ${i}` },
  )
  const cardLanes = laneList.filter((l) => l.kind !== 'emotion')
  const stageList = Array.from({ length: stages }, (_, i) => ({ id: `s${i + 1}`, name: `Stage ${i + 1}` }))
  return {
    schema: 'journey-lanes/1',
    title: `Board ${stages}×${lanes}`,
    locale: 'en',
    direction: 'ltr',
    scale: { min: -2, max: 2 },
    personas: [],
    stages: stageList,
    lanes: laneList,
    cards: Array.from({ length: cards }, (_, i) => ({
      id: `c${i}`,
      stageId: stageList[i % stages]!.id,
      laneId: cardLanes[Math.floor(i / stages) % cardLanes.length]!.id,
      text: `Observation ${i + 1} from the interviews`,
    })),
    emotions: stageList.map((s, i) => ({ id: `e${i}`, stageId: s.id, score: (i % 5) - 2 })),
  }
}

const SIZES: readonly [number, number][] = [
  [5, 6],
  [12, 8],
  [30, 14],
]
const CARDS = [0, 300, 2000] as const


export async function generateBench(): Promise<BenchRow[]> {
  const rows: BenchRow[] = []
  for (const [stages, lanes] of SIZES) {
    for (const cards of CARDS) {
      const journey = boardJourney(stages, lanes, cards)
      const ours: number[] = []
      const bare: number[] = []
      let calls = 0
      let bareCalls = 0
      let fontLoads = 0
      let fonts = 0
      let nodes = 0
      for (let run = 0; run < 3; run++) {
        const driver = startDriver()
        const { controls } = driver.emulator
        // Wait for startup (live sync loads its font) so only the generate is counted.
        await driver.request({ type: 'load-selected-map' }).catch(() => undefined)
        controls.resetCounters()
        const started = performance.now()
        await driver.request({ type: 'generate', journey, workshop: NO_WORKSHOP })
        ours.push(performance.now() - started)
        calls = controls.apiCalls
        fontLoads = controls.fontLoads
        const section = driver.emulator.figma.currentPage.children.find((n): n is SectionNode => n.type === 'SECTION')!
        nodes = section.findAll(() => true).length + 1
        const loop = await bareLoop(section, 'figjam')
        bare.push(loop.ms)
        bareCalls = loop.calls
        fonts = loop.fonts
      }
      const what = `${stages}×${lanes}, ${cards} cards (${nodes} nodes)`
      rows.push({ area: 'generate', what: `${what}: API calls`, value: `${calls} vs ${bareCalls} minimum`, ratio: calls / bareCalls, budget: 1.1 })
      rows.push({ area: 'generate', what: `${what}: font loads`, value: `${fontLoads} for ${fonts} font`, ratio: fontLoads / fonts, budget: 1 })
      rows.push({ area: 'generate', what: `${what}: time in the emulator`, value: `${median(ours).toFixed(0)} ms vs bare loop ${median(bare).toFixed(0)} ms`, ratio: median(ours) / median(bare), budget: 1.5 })
    }
  }
  return rows
}
