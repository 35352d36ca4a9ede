import { describe, expect, it } from 'vitest'
import { createFigmaEmulator } from '../emulator'
import { seededRandom } from '../core/random'
import { drawnEarlier } from './drawn-earlier'
import { largeJourney, workshopJourney } from './journeys'
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
    const section = (await drawnEarlier(emulator, crowdedJourney(workshopJourney(), 30, 20)))[0]!
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
    const samples: { ms: number; writes: number; nodes: number; apiCalls: number; reads: number }[] = []
    // Registered after the plugin's: stops the clock once the plugin's handler returned.
    emulator.figma.currentPage.on('nodechange', () => {
      samples.push({
        ms: performance.now() - t0,
        writes: emulator.controls.writes - before.writes,
        nodes: emulator.controls.writtenNodes().length,
        apiCalls: emulator.controls.apiCalls - before.apiCalls,
        reads: emulator.controls.readNodes().length,
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
        line('nodes read', (s) => s.reads),
      ].join('\n  '),
    )
    expect(median(measured.map((s) => s.nodes))).toBeLessThanOrEqual(6)
    // The batch names one sticky: it is read, with the marks it moves, not the 600 others or the section.
    expect(median(measured.map((s) => s.reads))).toBeLessThanOrEqual(10)
  }, 60_000)
})

/**
 * Work per batch follows the touched map's emotion lane, not the map: a map with about
 * 2,000 cards in its other lanes and a modest emotion lane, one lane sticky moved per
 * batch. Counted in nodes read (the emulator's readNodes()), not against a clock.
 */
describe('live sync reads per batch on a map full of cards', () => {
  it('grows with the emotion lane, not with the cards in other lanes', async () => {
    const emulator = createFigmaEmulator({ editorType: 'figjam' })
    const base = largeJourney(34)
    const journey = { ...base, emotions: base.stages.flatMap((s, i) => [0, 1, 2].map((n) => ({ id: `e-${s.id}-${n}`, stageId: s.id, score: ((i + n) % 5) - 2 }))) }
    const section = (await drawnEarlier(emulator, journey))[0]!
    const record = recordOf(section)
    const lane = section.children.filter((n): n is StickyNode => n.type === 'STICKY' && tagOf(n)?.role === 'emotion')
    const cards = section.children.filter((n) => n.type === 'STICKY' && tagOf(n)?.role === 'card')
    expect(lane).toHaveLength(36)
    expect(cards.length).toBeGreaterThanOrEqual(2000)
    startPlugin({ editorType: 'figjam', emulator })
    await emulator.controls.flush()
    const rand = seededRandom(2000)
    const row = laneRow(record)
    const readsPerBatch = async (): Promise<number[]> => {
      const reads: number[] = []
      for (let i = 0; i < 8; i++) {
        const sticky = lane[Math.floor(rand() * lane.length)]!
        emulator.controls.user.move(sticky, sticky.x, row.top - sticky.height / 2 + rand() * (row.bottom - row.top))
        emulator.controls.resetCounters()
        await emulator.controls.flush()
        reads.push(emulator.controls.readNodes().length)
        expectInSync(section)
      }
      return reads
    }
    const before = await readsPerBatch()
    expect(Math.max(...before), `reads per batch ${before.join(', ')}`).toBeLessThan(3 * lane.length + 40)

    // 1,500 more cards in the other lanes, in one batch: someone else pasting them (remote, so no undo step each).
    const other = record.grid.rows.find((r) => r.laneId !== record.grid.scale!.laneId)!
    for (let i = 0; i < 1500; i++) {
      const column = record.grid.columns[i % record.grid.columns.length]!
      emulator.controls.user.createSticky(section, { x: column.x + 10, y: other.y + 10, text: `more ${i}` }, { remote: true })
    }
    await emulator.controls.flush()
    const after = await readsPerBatch()
    expect(Math.max(...after), `reads per batch ${after.join(', ')} after 1,500 more cards`).toBeLessThanOrEqual(Math.max(...before) + 5)
    expect(emulator.controls.callbackErrors).toEqual([])
  }, 60_000)
})
