import { describe, expect, it } from 'vitest'
import { render } from '../../src/core/i18n'
import { yOfScore } from '../../src/core/layout/layout'
import { createFigmaEmulator } from '../emulator'
import { sections } from './board'
import { drawnEarlier } from './drawn-earlier'
import { workshopJourney } from './journeys'
import { startPlugin, type PluginHarness } from './plugin-harness'
import { batch, columnOf, emotionSticky, expectInSync, expectOnlyChangedWritten, freshState, lastStatus, laneRow, recordOf } from './sync-board'

/**
 * Live sync end to end for edits the triage unit tests cover only as events: a sticky
 * dragged between maps or out of one, recoloured to a persona, retyped where Figma
 * reports 'characters', and a corrupt map already on the board when the plugin starts.
 */

const PERSONA = { id: 'p1', name: 'Anna', color: '#BDE3FF' }

async function generated(plugin: PluginHarness, title: string, personas = false): Promise<SectionNode> {
  const before = new Set(sections(plugin.emulator.figma.currentPage).map((s) => s.id))
  const journey = { ...workshopJourney(), title, ...(personas ? { personas: [PERSONA] } : {}) }
  expect((await plugin.request({ type: 'generate', journey })).error).toBeUndefined()
  await plugin.emulator.controls.flush()
  return sections(plugin.emulator.figma.currentPage).find((s) => !before.has(s.id))!
}

const scoreY = (section: SectionNode, score: number, height = 240): number => {
  const record = recordOf(section)
  const { top, bottom } = laneRow(record)
  return yOfScore(score, record.scale, { top, bottom }) - height / 2
}

const stat = (section: SectionNode, stageId: string) => freshState(section).stats.filter((s) => s.stageId === stageId)

describe('live sync: stickies dragged, recoloured and retyped', () => {
  it('a sticky dragged from one map’s lane into another’s counts there and no longer in the first', async () => {
    const plugin = startPlugin({ editorType: 'figjam' })
    await plugin.emulator.controls.flush()
    const a = await generated(plugin, 'Map A')
    const b = await generated(plugin, 'Map B')
    const sticky = emotionSticky(a, 's2')
    const column = columnOf(recordOf(b), 's4')
    const cost = await batch(plugin.emulator, () => plugin.emulator.controls.user.reparent(sticky, b, column.x + 20, scoreY(b, 2)))
    expect(sticky.parent?.id).toBe(b.id)
    expect(stat(a, 's2')).toEqual([])
    expect(stat(b, 's4')[0]!.scores).toHaveLength(2)
    expectInSync(a)
    expectInSync(b)
    expectOnlyChangedWritten(cost)
    expect(plugin.emulator.controls.callbackErrors).toEqual([])
  })

  it('a sticky dragged out of the map onto the page stops counting', async () => {
    const plugin = startPlugin({ editorType: 'figjam' })
    await plugin.emulator.controls.flush()
    const a = await generated(plugin, 'Map A')
    const sticky = emotionSticky(a, 's3')
    const cost = await batch(plugin.emulator, () => plugin.emulator.controls.user.reparent(sticky, null, a.x + a.width + 300, a.y))
    expect(stat(a, 's3')).toEqual([])
    expect(lastStatus(plugin, a.id)?.moments.some((m) => m.stageName === recordOf(a).stages[2]!.name)).toBe(false)
    expectInSync(a)
    expectOnlyChangedWritten(cost)
  })

  it('a sticky recoloured to a persona’s colour moves to that persona’s curve', async () => {
    const plugin = startPlugin({ editorType: 'figjam' })
    await plugin.emulator.controls.flush()
    const a = await generated(plugin, 'Personas', true)
    const sticky = emotionSticky(a, 's2')
    const personaOf = () => stat(a, 's2').map((s) => s.personaId)
    const was = personaOf()
    const hex = (h: string) => ({ r: parseInt(h.slice(1, 3), 16) / 255, g: parseInt(h.slice(3, 5), 16) / 255, b: parseInt(h.slice(5, 7), 16) / 255 })
    const to = was[0] === PERSONA.id ? hex('#FFE8A3') : hex(PERSONA.color)
    const cost = await batch(plugin.emulator, () => plugin.emulator.controls.user.setFill(sticky, to, { remote: true }))
    expect(personaOf()).not.toEqual(was)
    expectInSync(a)
    expectOnlyChangedWritten(cost)
    expect(cost.writes).toBeGreaterThan(0)
  })

  it('where Figma reports sticky text as "characters", typing a score still snaps the sticky', async () => {
    const emulator = createFigmaEmulator({ editorType: 'figjam', stickyTextChangeProperty: 'characters' })
    const plugin = startPlugin({ editorType: 'figjam', emulator })
    await emulator.controls.flush()
    const a = await generated(plugin, 'Map A')
    const sticky = emotionSticky(a, 's4')
    const cost = await batch(emulator, () => emulator.controls.user.setText(sticky, '-2'))
    expect(sticky.y).toBeCloseTo(scoreY(a, -2))
    expectInSync(a)
    expectOnlyChangedWritten(cost)
  })
})

describe('live sync at start with a corrupt map on the board', () => {
  it('reports the corrupt map, syncs the healthy one, and throws nothing', async () => {
    const emulator = createFigmaEmulator({ editorType: 'figjam' })
    const [broken, healthy] = await drawnEarlier(emulator, { ...workshopJourney(), title: 'Broken' }, { ...workshopJourney(), title: 'Healthy' })
    broken!.setPluginData('map.0', '{ broken')
    const plugin = startPlugin({ editorType: 'figjam', emulator })
    await emulator.controls.flush()
    expect(render('en', lastStatus(plugin, broken!.id)!.problem!)).toContain('not JSON')
    const sticky = emotionSticky(healthy!, 's2')
    const cost = await batch(emulator, () => emulator.controls.user.move(sticky, sticky.x, scoreY(healthy!, 2)))
    expect(cost.writes).toBeGreaterThan(0)
    expectInSync(healthy!)
    expect(emulator.controls.callbackErrors).toEqual([])
    expect(plugin.received.filter((m) => m.type === 'error')).toEqual([])
  })
})
