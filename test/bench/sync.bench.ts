import { crowdedJourney, workshopJourney } from '../sandbox/journeys'
import { NO_WORKSHOP } from '../../src/core/model/workshop'
import { startDriver } from './plugin-driver'
import { median, type BenchRow } from './table'

/** What a person can see of a node: where it is, how big, what it says or draws. */
function look(node: SceneNode): string {
  if (node.removed) return 'removed'
  const text = node.type === 'STICKY' || node.type === 'SHAPE_WITH_TEXT' ? node.text.characters : node.type === 'VECTOR' ? (node.vectorPaths[0]?.data ?? '') : ''
  return [node.x, node.y, node.width, node.height, text].join('|')
}

/** Deterministic "random" numbers, so every run moves the same stickies. */
function seeded(seed: number): () => number {
  let s = seed >>> 0
  return () => ((s = (s * 1664525 + 1013904223) >>> 0) / 2 ** 32)
}

export async function syncBench(): Promise<BenchRow[]> {
  // Page listeners run in the order they were added: one before the plugin's starts the clock,
  // one added after it stops the clock, so a batch's time is the plugin's handler alone.
  let t0 = 0
  const driver = startDriver('figjam', (emulator) => emulator.figma.currentPage.on('nodechange', () => (t0 = performance.now())))
  const { figma, controls } = driver.emulator
  // 30 stages with 20 people's scores each: 600 stickies in the emotion lane.
  await driver.request({ type: 'generate', journey: crowdedJourney(workshopJourney(), 30, 20), workshop: NO_WORKSHOP })
  await controls.flush()
  // The plugin's listener is in place once it has drawn: this one runs after it.
  let handler = 0
  figma.currentPage.on('nodechange', () => (handler += performance.now() - t0))
  const section = figma.currentPage.children.find((n): n is SectionNode => n.type === 'SECTION')!
  const all = section.children
  const lane = all.filter((n): n is StickyNode => n.type === 'STICKY' && n.getPluginData('tag').includes('"role":"emotion"'))
  const marks = all.filter((n) => /"role":"(curve|emotion-point|emotion-band|moment|legend)"/.test(n.getPluginData('tag')))
  const top = Math.min(...lane.map((s) => s.y))
  const bottom = Math.max(...lane.map((s) => s.y))
  const rand = seeded(3020)

  const ms: number[] = []
  const reads: number[] = []
  const written: number[] = []
  let redundant = 0
  let writtenTotal = 0
  for (let batch = 0; batch < 21; batch++) {
    const sticky = lane[Math.floor(rand() * lane.length)]!
    const present = section.children
    const before = new Map(present.map((n) => [n.id, look(n)]))
    controls.resetCounters()
    handler = 0
    controls.user.move(sticky, sticky.x, top + rand() * (bottom - top))
    await controls.flush()
    const elapsed = handler
    const wrote = controls.writtenNodes()
    const read = controls.readNodes().length
    const after = section.children
    const changed = new Set([...after, ...present].filter((n) => n.id !== sticky.id && before.get(n.id) !== look(n)).map((n) => n.id))
    if (batch === 0) continue // warms up the JIT
    ms.push(elapsed)
    reads.push(read)
    written.push(wrote.length)
    writtenTotal += wrote.length
    redundant += wrote.filter((id) => !changed.has(id)).length
  }

  // A change outside every map: a sticky on the page, away from the board.
  const loose = controls.user.createSticky(null, { x: section.x - 2000, y: section.y, text: 'Elsewhere' })
  await controls.flush()
  controls.resetCounters()
  controls.user.move(loose, loose.x + 40, loose.y + 40)
  await controls.flush()
  const idleWrites = controls.writes

  const where = `30 stages × 20 emotion stickies (${all.length} nodes, ${lane.length} in the lane, ${marks.length} marks)`
  return [
    { area: 'sync', what: `${where}, one sticky moved: time per batch`, value: `${median(ms).toFixed(1)} ms median, ${Math.max(...ms).toFixed(1)} max` },
    // A batch reads the nodes it names plus the marks it redraws, not the lane: a constant.
    { area: 'sync', what: 'same batch: nodes read', value: `${median(reads)} median of ${all.length} in the section`, count: median(reads), limit: 10 },
    {
      area: 'sync',
      what: 'same batch: nodes written per node that had to change',
      value: `${median(written)} median written; ${redundant} of ${writtenTotal} written without a change`,
      ratio: writtenTotal === 0 ? 0 : writtenTotal / (writtenTotal - redundant),
      budget: 1,
    },
    { area: 'sync', what: 'a batch touching no map: writes', value: `${idleWrites}`, count: idleWrites, limit: 0 },
  ]
}
