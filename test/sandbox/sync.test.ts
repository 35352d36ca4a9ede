import { describe, expect, it } from 'vitest'
import { render } from '../../src/core/i18n'
import { yOfScore } from '../../src/core/layout/layout'
import { sections } from './board'
import { workshopJourney } from './journeys'
import { startPlugin, type PluginHarness } from './plugin-harness'
import {
  batch,
  columnOf,
  curveOf,
  drawnLayer,
  emotionSticky,
  expectEachNodeWrittenOnce,
  expectInSync,
  expectOnlyChangedWritten,
  freshState,
  lastStatus,
  laneRow,
  recordOf,
  tagOf,
} from './sync-board'

/**
 * Live sync, run as the built plugin against the emulator: people edit a map's
 * emotion lane (locally and remotely) and after every batch the drawn curve, points,
 * bands and markers must equal a fresh recompute from the stickies as they are, with
 * writes only to what changed.
 */

async function boardWith(plugin: PluginHarness, title = 'Customer journey'): Promise<SectionNode> {
  const before = new Set(sections(plugin.emulator.figma.currentPage).map((s) => s.id))
  const { error } = await plugin.request({ type: 'generate', journey: { ...workshopJourney(), title } })
  expect(error).toBeUndefined()
  await plugin.emulator.controls.flush()
  const section = sections(plugin.emulator.figma.currentPage).find((s) => !before.has(s.id))!
  expectInSync(section)
  return section
}

async function workshop(): Promise<{ plugin: PluginHarness; section: SectionNode; user: PluginHarness['emulator']['controls']['user'] }> {
  const plugin = startPlugin({ editorType: 'figjam' })
  await plugin.emulator.controls.flush()
  const section = await boardWith(plugin)
  return { plugin, section, user: plugin.emulator.controls.user }
}

const scoreY = (section: SectionNode, score: number, height = 240): number => {
  const record = recordOf(section)
  const { top, bottom } = laneRow(record)
  return yOfScore(score, record.scale, { top, bottom }) - height / 2
}

describe('live sync: a workshop edits the emotion lane', () => {
  it('starts with the plugin and tells the panel, once, even with no map on the page', async () => {
    const plugin = startPlugin({ editorType: 'figjam' })
    await plugin.emulator.controls.flush()
    expect(plugin.received.filter((m) => m.type === 'sync-status')).toEqual([{ type: 'sync-status', maps: [] }])
    expect(plugin.emulator.controls.fonts.isLoaded({ family: 'Inter', style: 'Medium' })).toBe(true)
  })

  it('a new map is reported with its moments of truth by stage', async () => {
    const { plugin, section } = await workshop()
    expect(lastStatus(plugin, section.id)).toEqual({
      sectionId: section.id,
      title: 'Customer journey',
      moments: [
        { kind: 'highest', stageName: 'Loyalty', score: 2 },
        { kind: 'lowest', stageName: 'Purchase', score: -2 },
        { kind: 'steepest-drop', stageName: 'Consideration', score: -1 },
      ],
      outside: 0,
    })
  })

  it.each([false, true])('moving a sticky up and down within the lane redraws only what changed (remote: %s)', async (remote) => {
    const { section, user, plugin } = await workshop()
    const sticky = emotionSticky(section, 's4')
    const up = await batch(plugin.emulator, () => user.move(sticky, sticky.x, scoreY(section, 1.5), { remote }))
    expectInSync(section)
    expectOnlyChangedWritten(up)
    expect(up.written.length).toBeGreaterThan(0)
    const down = await batch(plugin.emulator, () => user.move(sticky, sticky.x, scoreY(section, -1), { remote }))
    expectInSync(section)
    expectOnlyChangedWritten(down)
    expect(lastStatus(plugin, section.id)?.moments.map((m) => m.kind)).toContain('lowest')
  })

  it('a sticky moved out of the lane no longer counts; moved back in, it counts again', async () => {
    const { section, user, plugin } = await workshop()
    const sticky = emotionSticky(section, 's5')
    const record = recordOf(section)
    const actions = record.grid.rows[0]!
    const out = await batch(plugin.emulator, () => user.move(sticky, sticky.x, actions.y + 10))
    const state = expectInSync(section)
    expectOnlyChangedWritten(out)
    expect(state.stats.map((s) => s.stageId)).toEqual(['s1', 's2', 's3', 's4'])
    const back = await batch(plugin.emulator, () => user.move(sticky, sticky.x, scoreY(section, 0)))
    expect(expectInSync(section).stats.map((s) => s.stageId)).toEqual(['s1', 's2', 's3', 's4', 's5'])
    expectOnlyChangedWritten(back)
  })

  it('a card dragged into the lane counts by its height', async () => {
    const { section, user, plugin } = await workshop()
    const card = section.children.find((n): n is StickyNode => n.type === 'STICKY' && tagOf(n)?.role === 'card')!
    const cost = await batch(plugin.emulator, () => user.move(card, card.x, scoreY(section, 1, card.height), { remote: true }))
    expectInSync(section)
    expectOnlyChangedWritten(cost)
    expect(freshState(section).stats.find((s) => s.stageId === 's1')?.scores.length).toBe(2)
  })

  it('a sticky moved to another stage moves its score there', async () => {
    const { section, user, plugin } = await workshop()
    const sticky = emotionSticky(section, 's1')
    const s2 = columnOf(recordOf(section), 's2')
    const cost = await batch(plugin.emulator, () => user.move(sticky, s2.x + 10, sticky.y))
    const state = expectInSync(section)
    expectOnlyChangedWritten(cost)
    expect(state.stats.find((s) => s.stageId === 's2')?.scores).toHaveLength(2)
    expect(state.bands.map((b) => b.stageId)).toEqual(['s2'])
  })

  it('added and duplicated stickies count; a deleted one stops counting', async () => {
    const { section, user, plugin } = await workshop()
    const s3 = columnOf(recordOf(section), 's3')
    const added = await batch(plugin.emulator, () => user.createSticky(section, { x: s3.x + 20, y: scoreY(section, 2), text: '' }, { remote: true }))
    expectInSync(section)
    expectOnlyChangedWritten(added)
    const original = emotionSticky(section, 's2')
    let copy: StickyNode | undefined
    const duplicated = await batch(plugin.emulator, () => {
      copy = user.createSticky(section, { x: original.x, y: original.y, text: original.text.characters })
    })
    expectInSync(section)
    expectOnlyChangedWritten(duplicated)
    expect(freshState(section).stats.find((s) => s.stageId === 's2')?.scores).toEqual([-1, -1])
    const deleted = await batch(plugin.emulator, () => user.remove(copy!))
    expectInSync(section)
    expectOnlyChangedWritten(deleted)
    expect(freshState(section).bands.map((b) => b.stageId)).toEqual(['s3'])
  })

  it.each([
    ['-2', -2],
    ['😀', 2],
    ['плохо', -1],
  ])('retyping a sticky to "%s" snaps it to that level', async (text, score) => {
    const { section, user, plugin } = await workshop()
    const sticky = emotionSticky(section, 's1')
    const cost = await batch(plugin.emulator, () => user.setText(sticky, text, { remote: text === '😀' }))
    expectInSync(section)
    expectOnlyChangedWritten(cost)
    expect(sticky.y).toBeCloseTo(scoreY(section, score, sticky.height), 5)
    expect(cost.written).toContain(sticky.id)
  })

  it('Ctrl+Z after a drag or a delete in the lane: what undo restores is read again, and the curve follows', async () => {
    const { section, user, plugin } = await workshop()
    const { controls } = plugin.emulator
    const sticky = emotionSticky(section, 's2')
    await batch(plugin.emulator, () => user.move(sticky, sticky.x, sticky.y - 200))
    expectInSync(section)
    // Undo restores nodes live sync had drawn or read: each restored node is reported, and read again.
    controls.undo()
    await controls.flush()
    expectInSync(section)
    const other = emotionSticky(section, 's3')
    await batch(plugin.emulator, () => user.remove(other))
    expectInSync(section)
    controls.undo()
    await controls.flush()
    expectInSync(section)
    expect(lastStatus(plugin, section.id)?.problem).toBeUndefined()
    expect(controls.callbackErrors).toEqual([])
  })

  it('undoing a Generate removes only the new board: an earlier edit and its redrawn curve stay', async () => {
    const { section, user, plugin } = await workshop()
    const sticky = emotionSticky(section, 's1')
    await batch(plugin.emulator, () => user.setText(sticky, '-2'))
    expectInSync(section)
    const redrawn = curveOf(section)!.vectorPaths[0]!.data
    const second = await boardWith(plugin, 'Second journey')

    plugin.emulator.controls.undo()
    // Before live sync could react (it would not, were the plugin closed): the redraw was not undone.
    expect(curveOf(section)!.vectorPaths[0]!.data).toBe(redrawn)
    expectInSync(section)
    await plugin.emulator.controls.flush()
    expect(second.removed).toBe(true)
    expect(sections(plugin.emulator.figma.currentPage).map((s) => s.id)).toEqual([section.id])
    expect(sticky.text.characters).toBe('-2')
    expect(sticky.y).toBeCloseTo(scoreY(section, -2, sticky.height), 5)
    expect(curveOf(section)!.vectorPaths[0]!.data).toBe(redrawn)
    expectInSync(section)
  })

  it('a deleted curve is drawn again; deleted markers too', async () => {
    const { section, user, plugin } = await workshop()
    const curve = curveOf(section)!
    const marker = section.children.find((n) => tagOf(n)?.role === 'moment')!
    const cost = await batch(plugin.emulator, () => {
      // The marks are locked: a person unlocks one first.
      user.setLocked(curve, false)
      user.remove(curve)
      user.setLocked(marker, false, { remote: true })
      user.remove(marker, { remote: true })
    })
    expectInSync(section)
    expectOnlyChangedWritten(cost)
    const again = curveOf(section)
    expect(again).toBeDefined()
    expect(again!.id).not.toBe(curve.id)
    // The curve it just drew is known too: deleted again, it comes back again.
    // The new curve is locked like the first.
    expect(again!.locked).toBe(true)
    await batch(plugin.emulator, () => {
      user.setLocked(again!, false, { remote: true })
      user.remove(again!, { remote: true })
    })
    expectInSync(section)
    expect(curveOf(section)?.id).not.toBe(again!.id)
  })

  it('a deleted section does not throw; the map leaves the status', async () => {
    const { section, user, plugin } = await workshop()
    const sticky = emotionSticky(section, 's1')
    await batch(plugin.emulator, () => {
      user.move(sticky, sticky.x, sticky.y + 30)
      user.remove(section, { remote: true })
    })
    expect(plugin.emulator.controls.callbackErrors).toEqual([])
    expect(lastStatus(plugin, section.id)).toBeUndefined()
    expect(plugin.received.filter((m) => m.type === 'error')).toEqual([])
  })

  it('a sticky deleted in the same batch it was moved does not throw', async () => {
    const { section, user, plugin } = await workshop()
    const sticky = emotionSticky(section, 's3')
    const cost = await batch(plugin.emulator, () => {
      user.move(sticky, sticky.x, sticky.y - 50)
      user.setText(sticky, '2')
      user.remove(sticky, { remote: true })
    })
    expect(plugin.emulator.controls.callbackErrors).toEqual([])
    expectInSync(section)
    expectOnlyChangedWritten(cost)
  })

  it('a map whose stored data is corrupt, or from a newer version, is reported, not crashed on; fixed, it syncs again', async () => {
    const { section, user, plugin } = await workshop()
    const good = section.getPluginData('map.0')
    await batch(plugin.emulator, () => section.setPluginData('map.0', '{ broken'))
    expect(render('en', lastStatus(plugin, section.id)!.problem!)).toContain('not JSON')
    const sticky = emotionSticky(section, 's2')
    const ignored = await batch(plugin.emulator, () => user.move(sticky, sticky.x, sticky.y - 80))
    expect(ignored.writes).toBe(0)
    await batch(plugin.emulator, () => section.setPluginData('map.0', JSON.stringify({ ...JSON.parse(good), schema: 'journey-lanes/map/9' })))
    expect(render('en', lastStatus(plugin, section.id)!.problem!)).toMatch(/^This journey map was made by a newer version of Journey Lanes\. Update the plugin/)
    await batch(plugin.emulator, () => section.setPluginData('map.0', good))
    expect(lastStatus(plugin, section.id)?.problem).toBeUndefined()
    expectInSync(section)
    expect(plugin.emulator.controls.callbackErrors).toEqual([])
  })

  it('stickies outside every stage column do not count, and the panel is told how many', async () => {
    const { section, user, plugin } = await workshop()
    const sticky = emotionSticky(section, 's2')
    const cost = await batch(plugin.emulator, () => user.move(sticky, -400, sticky.y))
    const state = expectInSync(section)
    expectOnlyChangedWritten(cost)
    expect(state.outside).toEqual([sticky.id])
    expect(lastStatus(plugin, section.id)?.outside).toBe(1)
  })

  it('a sticky in the lane’s notes strip, above the scores, does not count, and the panel says so', async () => {
    const plugin = startPlugin({ editorType: 'figjam' })
    await plugin.emulator.controls.flush()
    const base = workshopJourney()
    const emotionLane = base.lanes.find((l) => l.kind === 'emotion')!.id
    // A note in the emotion lane opens its notes strip, above the scores.
    const journey = { ...base, cards: [...base.cards, { id: 's2/emotion/1', stageId: 's2', laneId: emotionLane, text: 'Felt rushed' }] }
    expect((await plugin.request({ type: 'generate', journey })).error).toBeUndefined()
    await plugin.emulator.controls.flush()
    const section = sections(plugin.emulator.figma.currentPage)[0]!
    expect(lastStatus(plugin, section.id)?.notes).toBe(1) // the note itself
    const row = laneRow(recordOf(section))
    const areaTop = row.top - (row.y + row.height - row.bottom)
    expect(areaTop).toBeGreaterThan(row.y)
    const sticky = emotionSticky(section, 's4')
    const cost = await batch(plugin.emulator, () => plugin.emulator.controls.user.move(sticky, sticky.x, row.y + (areaTop - row.y) / 2 - sticky.height / 2))
    const state = expectInSync(section)
    expectOnlyChangedWritten(cost)
    expect(state.stats.find((s) => s.stageId === 's4')).toBeUndefined()
    expect(lastStatus(plugin, section.id)?.notes).toBe(2)
  })

  it('the write check fails a batch that writes one property of a node twice', () => {
    expect(() => expectEachNodeWrittenOnce({ writesByNode: new Map([['1:2', new Map([['x=', 2]])]]) })).toThrow(/more than once/)
    expect(() => expectEachNodeWrittenOnce({ writesByNode: new Map([['1:2', new Map([['x=', 1], ['y=', 1]])]]) })).not.toThrow()
  })

  it('two maps on one board sync independently', async () => {
    const { section: a, user, plugin } = await workshop()
    const b = await boardWith(plugin, 'Second map')
    const bLayer = drawnLayer(b)
    const sticky = emotionSticky(a, 's4')
    const cost = await batch(plugin.emulator, () => user.move(sticky, sticky.x, scoreY(a, 2)))
    expectInSync(a)
    expectInSync(b)
    expectOnlyChangedWritten(cost)
    expect(drawnLayer(b)).toEqual(bLayer)
    expect(cost.written.filter((id) => bLayer.has(id))).toEqual([])
    const other = emotionSticky(b, 's1')
    const both = await batch(plugin.emulator, () => {
      user.setText(other, '-2', { remote: true })
      user.move(emotionSticky(a, 's1'), emotionSticky(a, 's1').x, scoreY(a, -1))
    })
    expectInSync(a)
    expectInSync(b)
    expectOnlyChangedWritten(both)
    expect(plugin.received.filter((m) => m.type === 'sync-status').at(-1)).toMatchObject({ maps: [{ sectionId: a.id }, { sectionId: b.id, title: 'Second map' }] })
  })

  it('a batch touching nothing of any map writes nothing and costs almost nothing', async () => {
    const { section, user, plugin } = await workshop()
    const loose = user.createSticky(null, { x: 5000, y: 5000, text: 'elsewhere' })
    await plugin.emulator.controls.flush()
    const elsewhere = await batch(plugin.emulator, () => user.move(loose, 5100, 5100, { remote: true }))
    expect(elsewhere).toMatchObject({ writes: 0, apiCalls: 0 })
    const card = section.children.find((n): n is StickyNode => n.type === 'STICKY' && tagOf(n)?.role === 'card')!
    const inActions = await batch(plugin.emulator, () => user.move(card, card.x + 20, card.y + 10))
    expect(inActions.writes).toBe(0)
    expect(inActions.apiCalls).toBeLessThanOrEqual(3)
    const renamedCard = await batch(plugin.emulator, () => user.setText(card, 'Sees two ads'))
    expect(renamedCard.writes).toBe(0)
  })

  it('a curve or marker a person moves or resizes is put back in the same batch, writing only it', async () => {
    const { section, user, plugin } = await workshop()
    const curve = curveOf(section)!
    const at = { x: curve.x, y: curve.y }
    const nudged = await batch(plugin.emulator, () => {
      user.setLocked(curve, false)
      user.move(curve, at.x + 40, at.y - 25)
    })
    expect({ x: curve.x, y: curve.y }).toEqual(at)
    expect(nudged.written).toEqual([curve.id])
    expectOnlyChangedWritten(nudged)
    expectInSync(section)
    const marker = section.children.find((n) => tagOf(n)?.role === 'moment')!
    const size = { width: marker.width, height: marker.height }
    const stretched = await batch(plugin.emulator, () => {
      user.setLocked(marker, false)
      user.resize(marker, size.width * 2, size.height)
    })
    expect({ width: marker.width, height: marker.height }).toEqual(size)
    expect(stretched.written).toEqual([marker.id])
    expectInSync(section)
    expect(plugin.emulator.controls.callbackErrors).toEqual([])
  })

  it('a marker a person retyped says its moment again at the lane\'s next recompute', async () => {
    const { section, user, plugin } = await workshop()
    const marker = section.children.find((n): n is ShapeWithTextNode => tagOf(n)?.role === 'moment')!
    const said = marker.text.characters
    await batch(plugin.emulator, () => {
      user.setLocked(marker, false)
      user.setText(marker, 'Our favourite moment')
    })
    // Retyping is no reason to redraw at once; a later change in the lane is.
    const sticky = emotionSticky(section, 's1')
    await batch(plugin.emulator, () => user.move(sticky, sticky.x + 5, sticky.y))
    expect(marker.text.characters).toBe(said)
    expectInSync(section)
  })

  it('a duplicated curve or marker is removed in the same batch; the original stays', async () => {
    const { section, plugin } = await workshop()
    const curve = curveOf(section)!
    const marker = section.children.find((n) => tagOf(n)?.role === 'moment')!
    let copies: SceneNode[] = []
    const cost = await batch(plugin.emulator, () => {
      const { user } = plugin.emulator.controls
      user.setLocked(curve, false)
      user.setLocked(marker, false)
      copies = [user.duplicate(curve), user.duplicate(marker)]
    })
    expect(copies.every((c) => c.removed)).toBe(true)
    expect(curve.removed || marker.removed).toBe(false)
    expect(new Set(cost.written)).toEqual(new Set(copies.map((c) => c.id)))
    expectInSync(section)
    expect(plugin.emulator.controls.callbackErrors).toEqual([])
  })

  it("re-entrancy: the sync's own writes do not come back as another pass", async () => {
    const { section, user, plugin } = await workshop()
    const statuses = () => plugin.received.filter((m) => m.type === 'sync-status').length
    const sticky = emotionSticky(section, 's2')
    const first = await batch(plugin.emulator, () => user.setText(sticky, '2'))
    expect(first.writes).toBeGreaterThan(0)
    const seen = statuses()
    const after = await batch(plugin.emulator, () => undefined)
    expect(after).toMatchObject({ writes: 0, apiCalls: 0 })
    expect(statuses()).toBe(seen)
  })

  it('renaming the map updates its title in the panel without redrawing', async () => {
    const { section, plugin } = await workshop()
    const cost = await batch(plugin.emulator, () => {
      section.name = 'Renamed on the board'
    })
    expect(cost.writes).toBe(0)
    expect(lastStatus(plugin, section.id)?.title).toBe('Renamed on the board')
  })
})
