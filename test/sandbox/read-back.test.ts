import { describe, expect, it } from 'vitest'
import { checkJourney } from '../../src/core/model/check-journey'
import { render } from '../../src/core/i18n'
import { yOfScore } from '../../src/core/layout/layout'
import { LoadedMapSchema, type LoadedMap } from '../../src/core/protocol/messages'
import { readBoard as boardOf, sections } from './board'
import { workshopJourney } from './journeys'
import { startPlugin, type PluginHarness } from './plugin-harness'

const journey = workshopJourney()

async function generated(editorType: 'figjam' | 'figma') {
  const plugin = startPlugin({ editorType })
  const { error } = await plugin.request({ type: 'generate', journey })
  expect(error).toBeUndefined()
  const section = sections(plugin.emulator.figma.currentPage)[0]!
  const board = boardOf(section)
  const { grid } = board.record
  const column = (stageId: string) => grid.columns.find((c) => c.stageId === stageId)!
  const row = (laneId: string) => grid.rows.find((r) => r.laneId === laneId)!
  const card = (cardId: string) => board.byRole('card').find((c) => c.tag.cardId === cardId)!.node
  /** Where a node's top left goes so its centre is in the middle of a cell's first card slot. */
  const slot = (stageId: string, laneId: string) => ({ x: column(stageId).x + 24, y: row(laneId).y + 24 })
  return { plugin, section, board, grid, column, row, card, slot }
}

async function load(plugin: PluginHarness, select: SceneNode): Promise<LoadedMap> {
  plugin.emulator.controls.user.select([select])
  const { reply, error } = await plugin.request({ type: 'load-selected-map' })
  expect(error).toBeUndefined()
  return LoadedMapSchema.parse(reply)
}

describe('load-selected-map reads the board as people left it', () => {
  it('FigJam: moved, hand-added, retyped and stray stickies, a dragged score sticky and a typed score', async () => {
    const { plugin, section, board, grid, column, row, card, slot } = await generated('figjam')
    const user = plugin.emulator.controls.user

    const moved = slot('s3', 'actions')
    user.move(card('s1/actions/1'), moved.x, moved.y)
    const added = slot('s2', 'barriers')
    const hand = user.createSticky(section, { ...added, text: 'No price on the site' })
    user.setText(card('s1/actions/2') as StickyNode, 'Asks two friends')
    user.move(card('s5/actions/1'), section.width + 200, row('actions').y)

    const scale = grid.scale!
    const dragged = board.byRole('emotion').find((p) => p.tag.stageId === 's3')!.node
    user.move(dragged, dragged.x, yOfScore(1, journey.scale, scale) - dragged.height / 2)
    const typed = user.createSticky(section, { x: column('s4').x + 24, y: 0, text: '😀' })
    // In the middle of the scale (where position alone would say 0); the face says 2.
    user.move(typed, typed.x, (scale.top + scale.bottom) / 2 - typed.height / 2)

    const { journey: read, notes } = await load(plugin, hand)
    const cards = new Map(read.cards.map((c) => [c.id, c]))
    expect(cards.get('s1/actions/1')).toMatchObject({ stageId: 's3', laneId: 'actions', text: 'Sees an ad on the metro' })
    expect(cards.get('s1/actions/2')?.text).toBe('Asks two friends')
    expect(cards.get(`card:${hand.id}`)).toEqual({ id: `card:${hand.id}`, stageId: 's2', laneId: 'barriers', text: 'No price on the site' })
    expect(cards.has('s5/actions/1')).toBe(false)
    expect(read.cards).toHaveLength(journey.cards.length)

    const scores = (stageId: string) => read.emotions.filter((e) => e.stageId === stageId).map((e) => e.score)
    expect(scores('s3')).toEqual([1])
    expect(scores('s4').sort()).toEqual([0, 2])
    expect(scores('s1')).toEqual([1])

    expect(notes).toEqual([{ key: 'read.outsideStages.other', params: { count: 1 } }])
    expect(render('en', notes[0]!)).toBe('1 sticky is outside every stage column, so it is not in the journey. Move it into a column to include it.')
    expect(render('ru', notes[0]!)).toMatch(/^1 стикер лежит вне колонок этапов/)
    expect(checkJourney(read).ok).toBe(true)

    // Reading again gives the same ids: adopted stickies and scores are named by their nodes.
    const again = await load(plugin, section)
    expect(again.journey.cards.map((c) => c.id)).toEqual(read.cards.map((c) => c.id))
    expect(again.journey.emotions.map((e) => e.id)).toEqual(read.emotions.map((e) => e.id))
  })

  it('FigJam: a header a person dragged and renamed moves its stage', async () => {
    const { plugin, section, board, card } = await generated('figjam')
    const user = plugin.emulator.controls.user
    const headers = board.byRole('stage-header')
    const h1 = headers.find((h) => h.tag.stageId === 's1')!.node as ShapeWithTextNode
    const h5 = headers.find((h) => h.tag.stageId === 's5')!.node as ShapeWithTextNode
    const [x1, x5] = [h1.x, h5.x]
    user.move(h1, x5, h1.y)
    user.move(h5, x1, h5.y)
    user.setText(h5, 'Coming back')
    const { journey: read } = await load(plugin, section)
    expect(read.stages.map((s) => s.id)).toEqual(['s5', 's2', 's3', 's4', 's1'])
    expect(read.stages[0]!.name).toBe('Coming back')
    // The sticky under the first column now belongs to the stage whose header stands there.
    expect(read.cards.find((c) => c.id === 's1/actions/1')?.stageId).toBe('s5')
    expect(card('s1/actions/1').removed).toBe(false)
  })

  it('draws a merged card with its ×N line and reads the count back', async () => {
    const plugin = startPlugin({ editorType: 'figjam' })
    const merged = { ...journey, cards: journey.cards.map((c) => (c.id === 's3/barriers/1' ? { ...c, count: 12 } : c)) }
    await plugin.request({ type: 'generate', journey: merged })
    const section = sections(plugin.emulator.figma.currentPage)[0]!
    const sticky = boardOf(section).byRole('card').find((c) => c.tag.cardId === 's3/barriers/1')!.node as StickyNode
    expect(sticky.text.characters).toBe('Payment form resets\n×12')
    const { journey: read } = await load(plugin, sticky)
    expect(read.cards.find((c) => c.id === 's3/barriers/1')).toMatchObject({ text: 'Payment form resets', count: 12 })
  })

  it('Figma Design: card frames moved, retyped, added and strayed', async () => {
    const { plugin, section, row, card, slot } = await generated('figma')
    const { figma, controls } = plugin.emulator
    const user = controls.user

    const frame = card('s1/actions/1') as FrameNode
    expect(frame.type).toBe('FRAME')
    const moved = slot('s4', 'goals')
    user.move(frame, moved.x, moved.y)
    const body = (card('s1/actions/2') as FrameNode).children.find((c): c is TextNode => c.type === 'TEXT')!
    user.setText(body, 'Asks two friends')
    user.move(card('s5/actions/1'), -600, row('actions').y)

    // A person draws a frame with a line of text in it (Figma Design has no stickies).
    await figma.loadFontAsync({ family: 'Inter', style: 'Regular' })
    const own = figma.createFrame()
    own.resize(240, 120)
    const text = figma.createText()
    text.characters = 'Compares prices'
    own.appendChild(text)
    section.appendChild(own)
    const added = slot('s2', 'actions')
    own.x = added.x
    own.y = added.y

    const { journey: read, notes } = await load(plugin, frame)
    const cards = new Map(read.cards.map((c) => [c.id, c]))
    expect(cards.get('s1/actions/1')).toMatchObject({ stageId: 's4', laneId: 'goals' })
    expect(cards.get('s1/actions/2')?.text).toBe('Asks two friends')
    expect(cards.get(`card:${own.id}`)).toMatchObject({ stageId: 's2', laneId: 'actions', text: 'Compares prices' })
    expect(cards.has('s5/actions/1')).toBe(false)
    expect(read.emotions.map((e) => e.score)).toEqual(journey.emotions.map((e) => e.score))
    expect(notes).toEqual([{ key: 'read.outsideStages.other', params: { count: 1 } }])
    expect(checkJourney(read).ok).toBe(true)
  })
})

describe('a board nobody touched reads back as the journey it was drawn from', () => {
  it.each(['figjam', 'figma'] as const)('in %s: cards with counts, participants and personas, and every score', async (editorType) => {
    const drawn = {
      ...journey,
      personas: [{ id: 'commuter', name: 'Commuter', color: '#0D99FF' }],
      cards: [
        ...journey.cards,
        { id: 'merged', stageId: 's2', laneId: 'barriers', text: 'SMS code never arrives', count: 4, participant: 'P1, P3', personaId: 'commuter' },
      ],
      emotions: [
        { id: 'a', stageId: 's1', score: 1, participant: 'P1', personaId: 'commuter' },
        { id: 'b', stageId: 's1', score: -2, participant: 'P2' },
        { id: 'c', stageId: 's3', score: 0, participant: 'P1' },
      ],
    }
    const plugin = startPlugin({ editorType })
    await plugin.request({ type: 'generate', journey: drawn })
    plugin.emulator.figma.currentPage.selection = [sections(plugin.emulator.figma.currentPage)[0]!]
    const { reply } = await plugin.request({ type: 'load-selected-map' })
    const back = LoadedMapSchema.parse(reply).journey
    const byId = <T extends { id: string }>(list: T[]) => [...list].sort((x, y) => x.id.localeCompare(y.id))
    expect(byId(back.cards)).toEqual(byId(drawn.cards))
    expect(byId(back.emotions)).toEqual(byId(drawn.emotions))
    expect({ ...back, cards: [], emotions: [] }).toEqual({ ...drawn, cards: [], emotions: [] })
  })
})

describe('a map whose structure is over 100 kB of Cyrillic and emoji', () => {
  // Figma counts pluginData in bytes: each letter here takes 2, each emoji 4, so the
  // record passes the 100 kB entry limit at well under 100 000 characters.
  const phrase = 'Клиентка ждёт звонка оператора 📞 и злится 😡; '
  const long = (n: number) => phrase.repeat(Math.ceil(n / phrase.length)).slice(0, n).replace(/[\uD800-\uDBFF]$/, '')
  const drawn = {
    ...workshopJourney('ru'),
    personas: Array.from({ length: 12 }, (_, i) => ({ id: `p${i}`, name: `${i + 1}. ${long(4900)}`, color: '#0D99FF' })),
  }
  drawn.lanes = drawn.lanes.map((lane) => ({ ...lane, hint: long(4900) }))

  it.each(['figjam', 'figma'] as const)('in %s: is stored in chunks and reads back intact', async (editorType) => {
    const bytes = Buffer.byteLength(JSON.stringify({ personas: drawn.personas, lanes: drawn.lanes }), 'utf8')
    expect(bytes).toBeGreaterThan(150_000)
    const plugin = startPlugin({ editorType })
    const { error } = await plugin.request({ type: 'generate', journey: drawn })
    expect(error).toBeUndefined()
    const section = sections(plugin.emulator.figma.currentPage)[0]!
    expect(Number(section.getPluginData('map'))).toBeGreaterThan(1)
    expect(boardOf(section).record.personas).toEqual(drawn.personas)

    plugin.emulator.figma.currentPage.selection = [section]
    const { reply } = await plugin.request({ type: 'load-selected-map' })
    const back = LoadedMapSchema.parse(reply).journey
    expect(back.personas).toEqual(drawn.personas)
    expect(back.lanes).toEqual(drawn.lanes)
    expect(back.stages).toEqual(drawn.stages)
  })
})
