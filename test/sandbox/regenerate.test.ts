import { describe, expect, it } from 'vitest'
import { render } from '../../src/core/i18n'
import type { Journey } from '../../src/core/model/journey'
import { LoadedMapSchema, RegenerateResultSchema } from '../../src/core/protocol/messages'
import { NO_WORKSHOP, type Workshop } from '../../src/core/model/workshop'
import { sections } from './board'
import { workshopJourney } from './journeys'
import { startPlugin, type PluginHarness } from './plugin-harness'
import { cellOf, parkingLot, stickiesIn, textOf } from './regen-helpers'

const structure = (j: Journey): Journey => ({ ...j, cards: [], emotions: [] })

async function drawn(workshop: Workshop = NO_WORKSHOP, editorType: 'figjam' | 'figma' = 'figjam') {
  const plugin = startPlugin({ editorType })
  const { error } = await plugin.request({ type: 'generate', journey: workshopJourney(), workshop })
  expect(error).toBeUndefined()
  const section = sections(plugin.emulator.figma.currentPage)[0]!
  return { plugin, section }
}

async function load(plugin: PluginHarness, section: SectionNode) {
  plugin.emulator.figma.currentPage.selection = [section]
  const { reply, error } = await plugin.request({ type: 'load-selected-map' })
  expect(error).toBeUndefined()
  return LoadedMapSchema.parse(reply)
}

async function regenerate(plugin: PluginHarness, sectionId: string, journey: Journey, workshop: Workshop = NO_WORKSHOP) {
  const outcome = await plugin.request({ type: 'regenerate', sectionId, journey, workshop })
  expect(outcome.error).toBeUndefined()
  return RegenerateResultSchema.parse(outcome.reply)
}

describe('Regenerate: a map relaid out in place', () => {
  it('renames, reorders and adds stages; every card keeps its text and moves with its cell', async () => {
    const { plugin, section } = await drawn()
    const { user } = plugin.emulator.controls
    // A participant retypes a card and adds one by hand in Purchase × Barriers.
    const before = stickiesIn(section)
    const asks = before.find((s) => textOf(s) === 'Asks a friend')!
    user.setText(asks, 'Asks two friends')
    const barrier = before.find((s) => textOf(s) === 'Payment form resets')!
    user.createSticky(section, { x: barrier.x + 10, y: barrier.y + 10, text: 'Card declined twice' })
    await plugin.emulator.controls.flush()

    const loaded = await load(plugin, section)
    const next = structure(loaded.journey)
    next.stages = [loaded.journey.stages[2]!, loaded.journey.stages[0]!, { id: 'new', name: 'Compare' }, ...loaded.journey.stages.slice(3)]
    next.stages[0] = { ...next.stages[0]!, name: 'Checkout' }
    next.stages.splice(3, 0, loaded.journey.stages[1]!)
    const result = await regenerate(plugin, section.id, next)

    expect(result.parked).toBe(0)
    const after = stickiesIn(section)
    const at = (text: string) => cellOf(section, after.find((s) => textOf(s) === text)!)
    expect(at('Asks two friends')).toEqual({ stageId: 's1', laneId: 'actions' })
    expect(at('Payment form resets')).toEqual({ stageId: 's3', laneId: 'barriers' })
    expect(at('Card declined twice')).toEqual({ stageId: 's3', laneId: 'barriers' })
    // The first column is now Checkout (s3): the board's order is the new one.
    const again = await load(plugin, section)
    expect(again.journey.stages.map((s) => s.name)).toEqual(['Checkout', 'Awareness', 'Compare', 'Consideration', 'Use', 'Loyalty'])
    expect(again.journey.cards.map((c) => c.text).sort()).toEqual([...loaded.journey.cards.map((c) => c.text)].sort())
    // Same section, same place: in place, not a new board.
    expect(sections(plugin.emulator.figma.currentPage).filter((s) => s.getPluginData('map') !== '')).toHaveLength(1)
  })

  it('moves the cards of a removed stage and a removed lane to a labelled Parking lot, deleting nothing', async () => {
    const { plugin, section } = await drawn()
    const loaded = await load(plugin, section)
    const texts = stickiesIn(section).map(textOf).sort()
    const next = structure(loaded.journey)
    next.stages = next.stages.filter((s) => s.id !== 's1')
    next.lanes = next.lanes.filter((l) => l.id !== 'barriers')
    const result = await regenerate(plugin, section.id, next)

    // s1 had two actions and a score; barriers had one card (in s3).
    expect(result.parked).toBe(4)
    const lot = parkingLot(plugin.emulator.figma.currentPage)!
    expect(lot.name).toBe('Parking lot · Customer journey')
    expect(stickiesIn(lot).map(textOf).sort()).toEqual(['', 'Asks a friend', 'Payment form resets', 'Sees an ad on the metro'].sort())
    // Nothing deleted: every sticky is on the map or in the lot.
    expect([...stickiesIn(section), ...stickiesIn(lot)].map(textOf).sort()).toEqual(texts)
    // The lot sits beside the map, not on it.
    expect(lot.x).toBeGreaterThanOrEqual(section.x + section.width)
  })

  it('is one undo step that brings the whole map back', async () => {
    const { plugin, section } = await drawn()
    const loaded = await load(plugin, section)
    const positions = stickiesIn(section).map((s) => [s.id, s.x, s.y])
    const size = [section.width, section.height]
    const next = structure(loaded.journey)
    next.stages = next.stages.slice(1)
    await regenerate(plugin, section.id, next)
    expect(parkingLot(plugin.emulator.figma.currentPage)).not.toBeNull()

    expect(plugin.emulator.controls.undo()).toBe(true)
    expect(parkingLot(plugin.emulator.figma.currentPage)).toBeNull()
    const restored = sections(plugin.emulator.figma.currentPage)[0]!
    expect([restored.width, restored.height]).toEqual(size)
    expect(stickiesIn(restored).map((s) => [s.id, s.x, s.y])).toEqual(positions)
  })

  it('keeps each score at the same height when the scale changes', async () => {
    const { plugin, section } = await drawn()
    const loaded = await load(plugin, section)
    const next = { ...structure(loaded.journey), scale: { min: 1, max: 5 } }
    await regenerate(plugin, section.id, next)
    const again = await load(plugin, section)
    // −2..2 → 1..5: 1 → 4, −1 → 2, −2 → 1, 0 → 3, 2 → 5.
    expect(again.journey.emotions.map((e) => Math.round(e.score * 100) / 100)).toEqual([4, 2, 1, 3, 5])
  })

  it('reads a score typed on a sticky on the new scale, as live sync will, so undo finds nothing else to take back', async () => {
    const { plugin, section } = await drawn()
    const s2 = stickiesIn(section).filter((n) => n.getPluginData('tag').includes('"role":"emotion"'))[1]!
    plugin.emulator.controls.user.setText(s2, '2')
    await plugin.emulator.controls.flush()
    const loaded = await load(plugin, section)
    await regenerate(plugin, section.id, { ...structure(loaded.journey), scale: { min: 1, max: 5 } })
    const before = [s2.x, s2.y]
    await plugin.emulator.controls.flush()
    expect([s2.x, s2.y]).toEqual(before)
    const again = await load(plugin, section)
    expect(again.journey.emotions.map((e) => Math.round(e.score * 100) / 100)).toEqual([4, 2, 1, 3, 5])
  })

  it('adds the cards and scores typed in the panel, and never rewrites a sticky’s text', async () => {
    const { plugin, section } = await drawn()
    const loaded = await load(plugin, section)
    const next = structure(loaded.journey)
    next.stages = [...next.stages, { id: 's6', name: 'Renew' }]
    // The panel sends what is new; an old card's id is taken already and gets a new one.
    next.cards = [
      { id: 's6/actions/1', stageId: 's6', laneId: 'actions', text: 'Gets a renewal letter' },
      { id: 's1/actions/1', stageId: 's2', laneId: 'actions', text: 'Reads reviews' },
    ]
    next.emotions = [{ id: 'e-s6', stageId: 's6', score: -1 }]
    const sticky = stickiesIn(section).find((s) => textOf(s) === 'Asks a friend')!
    const result = await regenerate(plugin, section.id, next)
    expect(result.added).toBe(3)
    expect(textOf(sticky)).toBe('Asks a friend')
    const again = await load(plugin, section)
    expect(again.journey.cards.filter((c) => c.stageId === 's2' && c.laneId === 'actions').map((c) => c.text)).toEqual(['Reads reviews'])
    expect(again.journey.emotions.find((e) => e.stageId === 's6')?.score).toBeCloseTo(-1, 1)
  })

  it('parks stickies that sat in the section but outside every cell, and leaves the page’s own stickies alone', async () => {
    const { plugin, section } = await drawn()
    const { user } = plugin.emulator.controls
    const stray = user.createSticky(section, { x: section.width + 400, y: 0, text: 'Idea for later' })
    const loose = user.createSticky(null, { x: -2000, y: -2000, text: 'Not on any map' })
    await plugin.emulator.controls.flush()
    const loaded = await load(plugin, section)
    await regenerate(plugin, section.id, structure(loaded.journey))
    expect(stray.parent?.id).toBe(parkingLot(plugin.emulator.figma.currentPage)!.id)
    expect([loose.x, loose.y, loose.parent?.type]).toEqual([-2000, -2000, 'PAGE'])
  })

  it('says so when the map is gone, and touches nothing', async () => {
    const { plugin, section } = await drawn()
    const loaded = await load(plugin, section)
    const id = section.id
    plugin.emulator.controls.user.remove(section)
    const { error } = await plugin.request({ type: 'regenerate', sectionId: id, journey: structure(loaded.journey), workshop: NO_WORKSHOP })
    expect(render('en', error!)).toBe('The map to regenerate is no longer on this page. Select it on the board and load it again.')
  })

  it('works the same in a Figma design file, where cards are frames', async () => {
    const { plugin, section } = await drawn(NO_WORKSHOP, 'figma')
    const loaded = await load(plugin, section)
    const next = structure(loaded.journey)
    next.stages = next.stages.filter((s) => s.id !== 's5')
    const result = await regenerate(plugin, section.id, next)
    expect(result.parked).toBe(2)
    expect(stickiesIn(parkingLot(plugin.emulator.figma.currentPage)!).map(textOf).sort()).toEqual(['', 'Recommends to a colleague'])
  })
})

describe('A workshop board', () => {
  const workshop: Workshop = {
    placeholders: 2,
    hints: true,
    persona: { name: 'Anna, 34', description: 'Rides to work in summer', goals: 'Get there on time' },
    parkingLot: true,
  }

  it('has blank stickies in every cell but the emotion lane’s, hints, a persona card and a Parking lot', async () => {
    const { plugin, section } = await drawn(workshop)
    const nodes = section.children
    const tags = nodes.map((n) => JSON.parse(n.getPluginData('tag') || '{}') as { role?: string })
    const count = (role: string) => tags.filter((t) => t.role === role).length
    // 5 stages × 5 lanes (not emotions) × 2.
    expect(count('placeholder')).toBe(50)
    expect(count('lane-hint')).toBe(6)
    expect(nodes.some((n) => n.type === 'TEXT' && n.characters === 'What does the customer do here?')).toBe(true)
    const persona = nodes[tags.findIndex((t) => t.role === 'persona-card')] as StickyNode
    expect(persona.text.characters).toBe('Anna, 34\n\nRides to work in summer\n\nGoals: Get there on time')
    expect([persona.x, persona.y]).toEqual([48, 48])
    expect(parkingLot(plugin.emulator.figma.currentPage)?.children).toHaveLength(0)
  })

  it('turns a placeholder a participant wrote on into a card, and keeps the others blank on regenerate', async () => {
    const { plugin, section } = await drawn(workshop)
    const blank = section.children.find((n) => n.getPluginData('tag').includes('"placeholder"')) as StickyNode
    plugin.emulator.controls.user.setText(blank, 'Lost the ticket')
    await plugin.emulator.controls.flush()
    const loaded = await load(plugin, section)
    expect(loaded.workshop).toEqual(workshop)
    expect(loaded.journey.cards.some((c) => c.text === 'Lost the ticket')).toBe(true)
    await regenerate(plugin, section.id, structure(loaded.journey), workshop)
    expect(textOf(blank)).toBe('Lost the ticket')
    // The cell with the written one still offers two blanks.
    const cell = cellOf(section, blank)!
    const blanksThere = stickiesIn(section).filter((s) => textOf(s) === '' && JSON.stringify(cellOf(section, s)) === JSON.stringify(cell))
    expect(blanksThere).toHaveLength(2)
  })
})
