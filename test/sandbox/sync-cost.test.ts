import { NO_WORKSHOP } from '../../src/core/workshop'
import { describe, expect, it } from 'vitest'
import { renderBoard } from '../../src/sandbox/render/render-board'
import { createFigmaEmulator } from '../emulator'
import { seededRandom } from '../core/random'
import { sections } from './board'
import { workshopJourney } from './journeys'
import { startPlugin } from './plugin-harness'
import { crowdedJourney, expectInSync, laneRow, recordOf, tagOf } from './sync-board'

const median = (values: readonly number[]): number => {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.floor(sorted.length / 2)]!
}

/**
 * What one batch costs on a big map: 30 stages, 20 emotion stickies each (600 in the
 * lane), one sticky moved per batch. Printed, not asserted against a clock.
 */
describe('live sync cost on a 30-stage map with 20 emotion stickies per stage', () => {
  it('writes only what changed and stays proportional to the touched lane', async () => {
    const emulator = createFigmaEmulator({ editorType: 'figjam' })
    const uninstall = emulator.controls.installGlobals(globalThis)
    try {
      await renderBoard(crowdedJourney(workshopJourney(), 30, 20), NO_WORKSHOP, () => undefined)
    } finally {
      uninstall()
    }
    const section = sections(emulator.figma.currentPage)[0]!
    const record = recordOf(section)
    const lane = section.children.filter((n): n is StickyNode => n.type === 'STICKY' && tagOf(n)?.role === 'emotion')
    expect(lane).toHaveLength(600)

    // Listeners registered before the plugin's run before it in each batch: they start the clock.
    let t0 = 0
    let before = { apiCalls: 0, writes: 0 }
    emulator.figma.currentPage.on('nodechange', () => {
      t0 = performance.now()
      before = { apiCalls: emulator.controls.apiCalls, writes: emulator.controls.writes }
    })
    startPlugin({ editorType: 'figjam', emulator })
    await emulator.controls.flush()
    const samples: { ms: number; writes: number; nodes: number; apiCalls: number }[] = []
    // Registered after the plugin's: stops the clock once the plugin's handler returned.
    emulator.figma.currentPage.on('nodechange', () => {
      samples.push({
        ms: performance.now() - t0,
        writes: emulator.controls.writes - before.writes,
        nodes: emulator.controls.writtenNodes().length,
        apiCalls: emulator.controls.apiCalls - before.apiCalls,
      })
    })

    const rand = seededRandom(30_20)
    const row = laneRow(record)
    for (let i = 0; i < 21; i++) {
      const sticky = lane[Math.floor(rand() * lane.length)]!
      emulator.controls.resetCounters()
      emulator.controls.user.move(sticky, sticky.x, row.top - sticky.height / 2 + rand() * (row.bottom - row.top))
      await emulator.controls.flush()
    }
    expectInSync(section)
    const measured = samples.slice(1) // the first batch warms up the JIT
    const line = (label: string, pick: (s: (typeof measured)[number]) => number) => `${label} median ${median(measured.map(pick)).toFixed(2)} (max ${Math.max(...measured.map(pick)).toFixed(2)})`
    console.log(
      [
        `sync cost, ${section.children.length} nodes in the section, 600 in the lane, ${measured.length} batches of one moved sticky:`,
        line('handler ms', (s) => s.ms),
        line('property writes', (s) => s.writes),
        line('nodes written', (s) => s.nodes),
        line('api calls', (s) => s.apiCalls),
      ].join('\n  '),
    )
    expect(median(measured.map((s) => s.nodes))).toBeLessThanOrEqual(6)
  }, 60_000)
})
