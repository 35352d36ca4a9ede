import { describe, expect, it } from 'vitest'
import type { Journey } from '../../src/core/model/journey'
import { LoadedMapSchema } from '../../src/core/protocol/messages'
import { NO_WORKSHOP } from '../../src/core/model/workshop'
import { createFigmaEmulator } from '../emulator'
import { sections } from './board'
import { largeJourney, workshopJourney } from './journeys'
import { startPlugin, type PluginHarness } from './plugin-harness'
import { batch, emotionSticky, expectInSync, lastStatus, laneRow, recordOf } from './sync-board'

/**
 * Live sync and what holds maps: a plain section around a map deleted or pasted (Figma
 * reports only the top-most node), and the plugin's own redraw of a map while sync runs.
 */

async function withMap(journey: Journey = workshopJourney(), clockStep?: number): Promise<{ plugin: PluginHarness; map: SectionNode }> {
  const plugin = startPlugin({ editorType: 'figjam', ...(clockStep === undefined ? {} : { clockStep }) })
  await plugin.emulator.controls.flush()
  const { error } = await plugin.request({ type: 'generate', journey })
  expect(error).toBeUndefined()
  await plugin.emulator.controls.flush()
  return { plugin, map: sections(plugin.emulator.figma.currentPage)[0]! }
}

/** A person puts the map into a plain section of their own (the test draws the section). */
async function wrapped(plugin: PluginHarness, map: SectionNode): Promise<SectionNode> {
  const { figma, controls } = plugin.emulator
  const plain = figma.createSection()
  plain.name = 'Workshop day 1'
  plain.resizeWithoutConstraints(map.width + 400, map.height + 400)
  await controls.flush()
  await batch(plugin.emulator, () => controls.user.reparent(map, plain, 200, 200))
  expect(map.parent?.id).toBe(plain.id)
  return plain
}

const listed = (plugin: PluginHarness): string[] => {
  const last = plugin.received.filter((m) => m.type === 'sync-status').at(-1)
  return last?.type === 'sync-status' ? last.maps.map((m) => m.sectionId) : []
}

describe('live sync: maps inside plain sections', () => {
  it('deleting a plain section that holds a map takes the map off the panel', async () => {
    const { plugin, map } = await withMap()
    const plain = await wrapped(plugin, map)
    expect(listed(plugin)).toEqual([map.id])
    await batch(plugin.emulator, () => plugin.emulator.controls.user.remove(plain))
    expect(map.removed).toBe(true)
    expect(listed(plugin)).toEqual([])
    expect(plugin.emulator.controls.callbackErrors).toEqual([])
  })

  it('a plain section pasted with a map in it: the pasted map is listed and syncs', async () => {
    const { plugin, map } = await withMap()
    const { user } = plugin.emulator.controls
    const plain = await wrapped(plugin, map)
    let copy: SectionNode | null = null
    await batch(plugin.emulator, () => {
      copy = user.duplicate(plain, { at: { x: plain.x, y: plain.y + plain.height + 500 }, into: plugin.emulator.figma.currentPage })
    })
    const pasted = (copy as SectionNode | null)!.children.find((n): n is SectionNode => n.type === 'SECTION')!
    expect(pasted.id).not.toBe(map.id)
    expect(listed(plugin).sort()).toEqual([map.id, pasted.id].sort())
    const sticky = emotionSticky(pasted, 's3')
    const row = laneRow(recordOf(pasted))
    const cost = await batch(plugin.emulator, () => user.move(sticky, sticky.x, row.top - sticky.height / 2), [pasted])
    expect(cost.writes).toBeGreaterThan(0)
    expectInSync(pasted)
    expectInSync(map)
    expect(lastStatus(plugin, pasted.id)?.moments.find((m) => m.kind === 'highest')?.stageName).toBe(recordOf(pasted).stages.find((s) => s.id === 's3')!.name)
    expect(plugin.emulator.controls.callbackErrors).toEqual([])
  })
})

describe('live sync while the plugin redraws a map', () => {
  it('a regenerate with sync on: the sync stays out of the half-drawn board, and the map is in line after', async () => {
    const emulator = createFigmaEmulator({ editorType: 'figjam' })
    const page = emulator.figma.currentPage
    // Listeners around the plugin's own: the calls made between them are the sync's doing.
    let before = 0
    let syncCalls = 0
    page.on('nodechange', () => {
      before = emulator.controls.apiCalls
    })
    // A slow machine: laySection takes every pause it may, and batches arrive in between.
    const plugin = startPlugin({ editorType: 'figjam', emulator, clockStep: 20 })
    const { controls } = emulator
    await controls.flush() // the plugin's listener is on now
    let map: SectionNode | null = null
    page.on('nodechange', () => {
      const calls = emulator.controls.apiCalls - before
      // Still the old record (first stage first): the regenerate has not finished drawing.
      if (map && !map.removed && recordOf(map).stages[0]!.id === 's1') syncCalls += calls
    })
    expect((await plugin.request({ type: 'generate', journey: largeJourney(2) })).error).toBeUndefined()
    await controls.flush()
    map = sections(page)[0]!
    page.selection = [map]
    const base = LoadedMapSchema.parse((await plugin.request({ type: 'load-selected-map' })).reply).journey
    // Stages reordered, one added, scores turned round and many new cards.
    const stages = [...base.stages.slice(1), base.stages[0]!, { id: 'new', name: 'Aftercare' }]
    const lanes = base.lanes.filter((l) => l.kind !== 'emotion')
    const more = stages.flatMap((s) => lanes.flatMap((l) => Array.from({ length: 8 }, (_, n) => ({ id: `more/${s.id}/${l.id}/${n}`, stageId: s.id, laneId: l.id, text: `More ${n}` }))))
    const journey: Journey = { ...base, stages, cards: [...base.cards, ...more], emotions: base.emotions.map((e) => ({ ...e, score: -e.score })) }
    syncCalls = 0
    const pending = plugin.request({ type: 'regenerate', sectionId: map.id, journey, workshop: NO_WORKSHOP })
    // Someone else moves a lane sticky while the board is being redrawn.
    const moved = emotionSticky(map, 's3')
    controls.user.move(moved, moved.x, moved.y + 30, { remote: true })
    const { error } = await pending
    expect(error).toBeUndefined()
    // Not one call: no record read, no curve drawn from a record about to be replaced.
    expect(syncCalls, 'API calls live sync made while the regenerate ran').toBe(0)
    await controls.flush()
    expect(controls.callbackErrors).toEqual([])
    expect(plugin.received.filter((m) => m.type === 'error')).toEqual([])
    expectInSync(map)
    expect(listed(plugin)).toEqual([map.id])
    // And it syncs as before.
    const sticky = emotionSticky(map, 's2')
    await batch(emulator, () => controls.user.move(sticky, sticky.x, laneRow(recordOf(map)).top - sticky.height / 2))
    expectInSync(map)
  })

  it('an edit to another map while a regenerate draws is settled when the drawing is done', async () => {
    const emulator = createFigmaEmulator({ editorType: 'figjam' })
    const page = emulator.figma.currentPage
    const plugin = startPlugin({ editorType: 'figjam', emulator, clockStep: 20 })
    const { controls } = emulator
    await controls.flush()
    expect((await plugin.request({ type: 'generate', journey: { ...largeJourney(2), title: 'Redrawn' } })).error).toBeUndefined()
    expect((await plugin.request({ type: 'generate', journey: { ...workshopJourney(), title: 'Other' } })).error).toBeUndefined()
    await controls.flush()
    const [redrawn, other] = sections(page)
    page.selection = [redrawn!]
    const base = LoadedMapSchema.parse((await plugin.request({ type: 'load-selected-map' })).reply).journey
    const pending = plugin.request({ type: 'regenerate', sectionId: redrawn!.id, journey: { ...base, stages: [...base.stages].reverse() }, workshop: NO_WORKSHOP })
    // Someone drags a sticky of the other map to the top of its lane while the first is redrawn.
    const sticky = emotionSticky(other!, 's2')
    controls.user.move(sticky, sticky.x, laneRow(recordOf(other!)).top - sticky.height / 2, { remote: true })
    expect((await pending).error).toBeUndefined()
    await controls.flush()
    expect(controls.callbackErrors).toEqual([])
    expectInSync(other!)
    expectInSync(redrawn!)
  })
})
