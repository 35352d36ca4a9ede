import { describe, expect, it } from 'vitest'
import type { Journey } from '../../src/core/model/journey'
import { createFigmaEmulator } from '../emulator'
import { sections } from './board'
import { drawnEarlier } from './drawn-earlier'
import { workshopJourney } from './journeys'
import { startPlugin, type Emulator } from './plugin-harness'
import { emotionSticky, expectInSync, lastStatus } from './sync-board'

/** A board left on the page by an earlier run, then edited while the plugin was closed. */
async function boardFromEarlierRun(command: string, journey: Journey = workshopJourney()): Promise<{ emulator: Emulator; section: SectionNode }> {
  const emulator = createFigmaEmulator({ editorType: 'figjam', command, relaunchCommands: ['edit', 'redraw'] })
  const section = (await drawnEarlier(emulator, journey))[0]!
  return { emulator, section }
}

function staleEdits(emulator: Emulator, section: SectionNode): void {
  const { user } = emulator.controls
  const s1 = emotionSticky(section, 's1')
  user.move(s1, s1.x, s1.y + 150)
  user.setText(emotionSticky(section, 's3'), '😀')
}

describe('relaunch buttons', () => {
  it('a generated map offers "Edit journey" and "Redraw curve"', async () => {
    const plugin = startPlugin({ editorType: 'figjam' })
    await plugin.request({ type: 'generate', journey: workshopJourney() })
    expect(Object.keys(sections(plugin.emulator.figma.currentPage)[0]!.getRelaunchData()).sort()).toEqual(['edit', 'redraw'])
  })

  it('"Redraw curve" redraws the selected map once, as one undo step, and closes saying so', async () => {
    const { emulator, section } = await boardFromEarlierRun('redraw')
    staleEdits(emulator, section)
    emulator.controls.user.select([emotionSticky(section, 's2')])
    let checked = false
    emulator.figma.on('close', () => {
      expectInSync(section)
      checked = true
    })
    emulator.controls.resetCounters()
    startPlugin({ editorType: 'figjam', emulator })
    await emulator.controls.flush()
    expect(checked).toBe(true)
    expect(emulator.controls.closed).toBe(true)
    expect(emulator.controls.closeMessage).toBe('The emotion curve of “Customer journey” is redrawn from its stickies.')
    expect(emulator.controls.undoSteps).toBe(1)
    expect(emulator.controls.ui.visible).toBe(false)
  })

  it('"Redraw curve" on a map already in line writes nothing and says so, in the map’s language', async () => {
    const { emulator, section } = await boardFromEarlierRun('redraw', workshopJourney('ru'))
    emulator.controls.user.select([section])
    emulator.controls.resetCounters()
    startPlugin({ editorType: 'figjam', emulator })
    await emulator.controls.flush()
    expect(emulator.controls.writes).toBe(0)
    expect(emulator.controls.closeMessage).toBe('Кривая эмоций карты «Путь клиента» уже совпадает со стикерами.')
  })

  it('"Redraw curve" with no map selected closes with a hint', async () => {
    const { emulator } = await boardFromEarlierRun('redraw')
    startPlugin({ editorType: 'figjam', emulator })
    await emulator.controls.flush()
    expect(emulator.controls.closeMessage).toBe('Select a journey map to redraw its emotion curve.')
  })

  it('"Redraw curve" on a map with corrupt data closes with the reason', async () => {
    const { emulator, section } = await boardFromEarlierRun('redraw')
    section.setPluginData('map.0', '{ broken')
    emulator.controls.user.select([section])
    startPlugin({ editorType: 'figjam', emulator })
    await emulator.controls.flush()
    expect(emulator.controls.closeMessage).toBe('This map’s stored data could not be read (not JSON).')
  })
})

describe('live sync at start', () => {
  it('brings a board edited while the plugin was closed in line once, and ignores its own writes when they come back', async () => {
    const { emulator, section } = await boardFromEarlierRun('')
    staleEdits(emulator, section)
    // A listener registered before the plugin's runs first in each batch: it notes what the plugin has done so far.
    const marks: { apiCalls: number; writes: number; changes: number }[] = []
    emulator.figma.currentPage.on('nodechange', (e) => marks.push({ apiCalls: emulator.controls.apiCalls, writes: emulator.controls.writes, changes: e.nodeChanges.length }))
    emulator.controls.resetCounters()
    const plugin = startPlugin({ editorType: 'figjam', emulator })
    await emulator.controls.flush()
    const end = { apiCalls: emulator.controls.apiCalls, writes: emulator.controls.writes }
    expectInSync(section)
    expect(lastStatus(plugin, section.id)?.moments.length).toBeGreaterThan(0)
    // One batch came back: the start pass's own writes (layer nodes and the snapped sticky) …
    expect(marks).toHaveLength(1)
    expect(marks[0]!.changes).toBeGreaterThan(0)
    expect(marks[0]!.writes).toBeGreaterThan(0)
    // … and handling it cost a handful of calls and no writes: no second pass.
    expect(end.writes - marks[0]!.writes).toBe(0)
    expect(end.apiCalls - marks[0]!.apiCalls).toBeLessThan(5)
  })

  it('tells the panel the status again when it says it is ready', async () => {
    const { emulator } = await boardFromEarlierRun('')
    const plugin = startPlugin({ editorType: 'figjam', emulator })
    await emulator.controls.flush()
    const before = plugin.received.filter((m) => m.type === 'sync-status').length
    plugin.sendRaw({ type: 'ui-ready', locale: 'en' })
    await emulator.controls.flush()
    expect(plugin.received.filter((m) => m.type === 'sync-status')).toHaveLength(before + 1)
  })

  it('collapse and expand resize the window; the sync keeps running while collapsed', async () => {
    const { emulator, section } = await boardFromEarlierRun('')
    const plugin = startPlugin({ editorType: 'figjam', emulator })
    await emulator.controls.flush()
    const full = emulator.controls.ui.size
    plugin.sendRaw({ type: 'collapse' })
    await emulator.controls.flush()
    expect(emulator.controls.ui.size).toEqual({ width: 300, height: 56 })
    staleEdits(emulator, section)
    await emulator.controls.flush()
    expectInSync(section)
    plugin.sendRaw({ type: 'expand' })
    await emulator.controls.flush()
    expect(emulator.controls.ui.size).toEqual(full)
  })

  it('follows the current page: after a page change it starts over and keeps syncing', async () => {
    const { emulator, section } = await boardFromEarlierRun('')
    const plugin = startPlugin({ editorType: 'figjam', emulator })
    await emulator.controls.flush()
    const before = plugin.received.filter((m) => m.type === 'sync-status').length
    emulator.controls.emit('currentpagechange')
    await emulator.controls.flush()
    expect(plugin.received.filter((m) => m.type === 'sync-status')).toHaveLength(before + 1)
    staleEdits(emulator, section)
    await emulator.controls.flush()
    expectInSync(section)
    expect(emulator.controls.callbackErrors).toEqual([])
  })

  it('says so when the curve’s font cannot be loaded, and does not sync', async () => {
    const plugin = startPlugin({ editorType: 'figjam', failFont: { family: 'Inter', style: 'Medium' } })
    await plugin.emulator.controls.flush()
    const errors = plugin.received.filter((m) => m.type === 'error')
    expect(errors).toMatchObject([{ id: null, error: { key: 'sync.fontLoad' } }])
    expect(plugin.received.filter((m) => m.type === 'sync-status')).toEqual([])
  })
})
