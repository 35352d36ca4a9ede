import { describe, expect, it } from 'vitest'
import { render } from '../../src/core/i18n'
import { layout } from '../../src/core/layout/layout'
import { LANE_COLOR, PALETTE_HEX } from '../../src/core/model/palette'
import { GenerateResultSchema } from '../../src/core/protocol/messages'
import { fillHex, overlap, pathPoints, readBoard, rectOf, sections, strokeHex, within, type Rect } from './board'
import { largeJourney, workshopJourney } from './journeys'
import { startPlugin } from './plugin-harness'
import { textMetrics } from '../emulator'

const journey = workshopJourney()

/** The cell of a stage and lane, as the board shows it: the header's column by the label's row. */
function cellRect(board: ReturnType<typeof readBoard>, stageId: string, laneId: string): Rect {
  const header = board.byRole('stage-header').find((n) => n.tag.stageId === stageId)!.node
  const label = board.byRole('lane-label').find((n) => n.tag.laneId === laneId)!.node
  return { x: header.x, y: label.y, width: header.width, height: label.height }
}

describe('generating a board in FigJam (dist/code.js in a sandbox-like realm)', () => {
  it('opens the panel with Figma theme colours and tells it which editor it is in', async () => {
    const plugin = startPlugin({ editorType: 'figjam' })
    expect(plugin.emulator.controls.ui.options).toMatchObject({ themeColors: true })
    plugin.sendRaw({ type: 'ui-ready', locale: 'en' })
    await expect(plugin.waitFor((m) => m.type === 'context')).resolves.toEqual({ type: 'context', editorType: 'figjam' })
  })

  it('draws one section with headers, labels, a sticky per card and the emotion curve', async () => {
    const plugin = startPlugin({ editorType: 'figjam' })
    const { reply, error } = await plugin.request({ type: 'generate', journey })
    expect(error).toBeUndefined()
    const result = GenerateResultSchema.parse(reply)

    const page = plugin.emulator.figma.currentPage
    const [section] = sections(page)
    expect(page.children).toHaveLength(1)
    expect(section!.id).toBe(result.sectionId)
    expect(section!.name).toBe(journey.title)

    const board = readBoard(section!)
    expect(board.byRole('stage-header').map((n) => (n.node as ShapeWithTextNode).text.characters)).toEqual(journey.stages.map((s) => s.name))
    expect(board.byRole('lane-label').map((n) => (n.node as ShapeWithTextNode).text.characters)).toEqual(journey.lanes.map((l) => l.title))
    const cards = board.byRole('card')
    expect(cards.map((c) => c.node.type)).toEqual(journey.cards.map(() => 'STICKY'))
    expect(cards.map((c) => (c.node as StickyNode).text.characters).sort()).toEqual(journey.cards.map((c) => c.text).sort())
    expect(board.byRole('emotion-point')).toHaveLength(journey.stages.length)
    expect(board.byRole('curve')).toHaveLength(1)
    expect(board.byRole('zero-line')).toHaveLength(1)
  })

  it('puts every sticky inside its own cell, coloured by its lane from the FigJam palette, with no overlaps', async () => {
    const plugin = startPlugin({ editorType: 'figjam' })
    await plugin.request({ type: 'generate', journey: largeJourney(4) })
    const board = readBoard(sections(plugin.emulator.figma.currentPage)[0]!)
    const kindOf = new Map(board.record.lanes.map((l) => [l.id, l.kind]))
    const cards = board.byRole('card')
    expect(cards).toHaveLength(12 * 5 * 4)
    for (const { node, tag } of cards) {
      expect(within(rectOf(node), cellRect(board, tag.stageId!, tag.laneId!))).toBe(true)
      expect(fillHex(node)).toBe(PALETTE_HEX[LANE_COLOR[kindOf.get(tag.laneId!)!]])
    }
    const solid = board.nodes.filter((n) => !['curve', 'divider', 'zero-line', 'emotion', 'emotion-band', 'emotion-point', 'moment', 'legend'].includes(n.tag.role)).map((n) => rectOf(n.node))
    for (let i = 0; i < solid.length; i++) for (let j = i + 1; j < solid.length; j++) expect(overlap(solid[i]!, solid[j]!)).toBe(false)
  })

  it('grows a cell for a sticky whose text made it taller', async () => {
    const long = { ...journey, cards: [{ id: 'long', stageId: 's2', laneId: 'goals', text: 'word '.repeat(220) }] }
    const plugin = startPlugin({ editorType: 'figjam' })
    await plugin.request({ type: 'generate', journey: long })
    const board = readBoard(sections(plugin.emulator.figma.currentPage)[0]!)
    const sticky = board.byRole('card')[0]!.node
    expect(sticky.height).toBeGreaterThan(240)
    expect(within(rectOf(sticky), cellRect(board, 's2', 'goals'))).toBe(true)
  })

  it('draws a sticky per score at its height, and the curve through one point per stage', async () => {
    const plugin = startPlugin({ editorType: 'figjam' })
    await plugin.request({ type: 'generate', journey })
    const board = readBoard(sections(plugin.emulator.figma.currentPage)[0]!)
    const centreY = (n: SceneNode) => n.y + n.height / 2
    const stickies = board.byRole('emotion').map((s) => ({ id: s.tag.emotionId!, y: centreY(s.node), node: s.node }))
    expect(stickies.map((s) => s.node.type)).toEqual(journey.emotions.map(() => 'STICKY'))
    // Higher score, higher on the board; equal spacing per score step.
    const scoreOf = new Map(journey.emotions.map((e) => [e.id, e.score]))
    const byScore = [...stickies].sort((a, b) => scoreOf.get(b.id)! - scoreOf.get(a.id)!)
    expect(byScore.map((s) => s.y)).toEqual([...byScore.map((s) => s.y)].sort((a, b) => a - b))
    const step = (stickies.find((s) => scoreOf.get(s.id) === -2)!.y - stickies.find((s) => scoreOf.get(s.id) === 2)!.y) / 4
    expect(stickies.find((s) => scoreOf.get(s.id) === 0)!.y - stickies.find((s) => scoreOf.get(s.id) === 1)!.y).toBeCloseTo(step)

    // One point per scored stage, at its sticky's height, and the curve through them in stage order.
    const points = board.byRole('emotion-point').map((p) => ({ x: p.node.x + p.node.width / 2, y: centreY(p.node) }))
    expect(points.map((p) => p.y)).toEqual(journey.emotions.map((e) => stickies.find((s) => s.id === e.id)!.y))
    const curve = board.byRole('curve')[0]!.node as VectorNode
    pathPoints(curve).forEach((p, i) => {
      expect(p.x).toBeCloseTo(points[i]!.x, 1)
      expect(p.y).toBeCloseTo(points[i]!.y, 1)
    })
    // The curve stays inside the emotion lane.
    const lane = board.byRole('lane-label').find((n) => n.tag.laneId === 'emotion')!.node
    expect(curve.y).toBeGreaterThanOrEqual(lane.y)
    expect(curve.y + curve.height).toBeLessThanOrEqual(lane.y + lane.height)
  })

  it('marks the moments of truth: highest point, lowest point, steepest drop', async () => {
    const plugin = startPlugin({ editorType: 'figjam' })
    await plugin.request({ type: 'generate', journey })
    const board = readBoard(sections(plugin.emulator.figma.currentPage)[0]!)
    const moments = board.byRole('moment').map((m) => [m.tag.moment, m.tag.stageId, (m.node as ShapeWithTextNode).text.characters])
    // Scores 1, -1, -2, 0, 2: highest at s5, lowest at s3, the steepest drop is s1 → s2.
    expect(moments).toEqual([
      ['highest', 's5', 'Highest point'],
      ['lowest', 's3', 'Lowest point'],
      ['steepest-drop', 's2', 'Steepest drop'],
    ])
  })

  it('with two personas, outlines each curve’s moments in that curve’s colour', async () => {
    const plugin = startPlugin({ editorType: 'figjam' })
    const personas = [{ id: 'a', name: 'Commuter', color: PALETTE_HEX.lightBlue }, { id: 'b', name: 'Tourist', color: PALETTE_HEX.lightGreen }]
    const emotions = journey.stages.flatMap((s, i) => [
      { id: `a${i}`, stageId: s.id, score: [2, 1, -2, 0, 1][i]!, personaId: 'a' },
      { id: `b${i}`, stageId: s.id, score: [-1, 2, 1, -2, 0][i]!, personaId: 'b' },
    ])
    await plugin.request({ type: 'generate', journey: { ...journey, personas, emotions } })
    const board = readBoard(sections(plugin.emulator.figma.currentPage)[0]!)
    const curveColour = new Map(board.byRole('curve').map((c) => [c.tag.personaId, strokeHex(c.node)]))
    expect(new Set(curveColour.values()).size).toBe(2)
    const moments = board.byRole('moment')
    expect(new Set(moments.map((m) => m.tag.personaId))).toEqual(new Set(['a', 'b']))
    for (const m of moments) expect(strokeHex(m.node)).toBe(curveColour.get(m.tag.personaId))
  })

  it('shows several participants’ scores as their mean, their spread and how many', async () => {
    const scored = {
      ...journey,
      emotions: [
        { id: 'p1', stageId: 's3', score: -2, participant: 'P1' },
        { id: 'p2', stageId: 's3', score: 1, participant: 'P2' },
        { id: 'p3', stageId: 's3', score: 0, participant: 'P3' },
        { id: 'p4', stageId: 's4', score: 1, participant: 'P1' },
      ],
    }
    const plugin = startPlugin({ editorType: 'figjam' })
    await plugin.request({ type: 'generate', journey: scored })
    const board = readBoard(sections(plugin.emulator.figma.currentPage)[0]!)
    const point = board.byRole('emotion-point').find((p) => p.tag.stageId === 's3')!.node as ShapeWithTextNode
    expect(point.text.characters).toBe('\u22120.3\nn=3')
    const band = board.byRole('emotion-band')
    expect(band.map((b) => b.tag.stageId)).toEqual(['s3'])
    // The band runs from the top of the best score to the worst, through the point.
    const centre = point.y + point.height / 2
    expect(band[0]!.node.y).toBeLessThan(centre)
    expect(band[0]!.node.y + band[0]!.node.height).toBeGreaterThan(centre)
  })

  it.each(['figjam', 'figma'] as const)('%s: locks the emotion lane’s marks and neutral line, so a drag takes a sticky; people’s stickies stay free', async (editorType) => {
    const personas = [{ id: 'a', name: 'Commuter', color: PALETTE_HEX.lightBlue }]
    const plugin = startPlugin({ editorType })
    const mine = [{ id: 'x', stageId: 's2', score: 2, personaId: 'a' }, { id: 'y', stageId: 's2', score: -1, personaId: 'a' }, { id: 'z', stageId: 's4', score: 1, personaId: 'a' }]
    await plugin.request({ type: 'generate', journey: { ...journey, personas, emotions: [...journey.emotions, ...mine] } })
    const board = readBoard(sections(plugin.emulator.figma.currentPage)[0]!)
    const decoration = ['curve', 'emotion-point', 'emotion-band', 'moment', 'legend', 'zero-line'] as const
    for (const role of decoration) {
      expect(board.byRole(role).length, role).toBeGreaterThan(0)
      expect(board.byRole(role).every((n) => n.node.locked), role).toBe(true)
    }
    for (const role of ['card', 'emotion', 'stage-header', 'lane-label'] as const) expect(board.byRole(role).some((n) => n.node.locked), role).toBe(false)
    // A person cannot grab a locked mark, as on Figma's canvas.
    const curve = board.byRole('curve')[0]!.node
    expect(() => plugin.emulator.controls.user.move(curve, curve.x + 10, curve.y)).toThrow(/is locked/)
  })

  it('Figma Design: each mean point is round and shows its value in the middle, as in FigJam', async () => {
    const plugin = startPlugin({ editorType: 'figma' })
    const emotions = [...journey.emotions, { id: 'x', stageId: 's1', score: -1 }]
    await plugin.request({ type: 'generate', journey: { ...journey, emotions } })
    const marks = readBoard(sections(plugin.emulator.figma.currentPage)[0]!).byRole('emotion-point')
    const points = marks.map((p) => p.node as FrameNode)
    expect(points).toHaveLength(journey.stages.length)
    for (const point of points) {
      const text = point.children[0] as TextNode
      expect(point.cornerRadius).toBe(point.width / 2)
      expect(text.x + text.width / 2).toBeCloseTo(point.width / 2, 5)
      expect(text.y + text.height / 2).toBeCloseTo(point.height / 2, 5)
      expect(text.y).toBeGreaterThanOrEqual(0)
    }
    // s1 has two scores, +1 and −1: their mean and how many.
    const s1 = marks.find((m) => m.tag.stageId === 's1')!.node as FrameNode
    expect((s1.children[0] as TextNode).characters).toBe('0\nn=2')
    expect((points.find((p) => p !== s1)!.children[0] as TextNode).characters).toMatch(/^[+\u2212]?\d/)
  })

  it('places the board exactly where the pure layout says, given the stickies’ real heights', async () => {
    const plugin = startPlugin({ editorType: 'figjam' })
    await plugin.request({ type: 'generate', journey })
    const section = sections(plugin.emulator.figma.currentPage)[0]!
    const board = readBoard(section)
    const height = new Map([...board.byRole('card'), ...board.byRole('emotion')].map((c) => [c.tag.cardId ?? c.tag.emotionId!, c.node.height]))
    const plan = layout(journey, { cardHeight: (id) => height.get(id) })
    expect({ width: section.width, height: section.height }).toEqual({ width: plan.width, height: plan.height })
    for (const planned of plan.nodes) {
      if (planned.kind !== 'card') continue
      const node = board.byRole('card').find((c) => c.tag.cardId === planned.cardId)!.node
      expect({ x: node.x, y: node.y }).toEqual({ x: planned.box.x, y: planned.box.y })
    }
  })

  it('tags every node with its role and map, and stores the structure on the section', async () => {
    const plugin = startPlugin({ editorType: 'figjam' })
    await plugin.request({ type: 'generate', journey })
    const section = sections(plugin.emulator.figma.currentPage)[0]!
    const board = readBoard(section)
    expect(board.record).toMatchObject({ schema: 'journey-lanes/map/2', title: journey.title, stages: journey.stages, lanes: journey.lanes, scale: journey.scale })
    expect(new Set(board.nodes.map((n) => n.tag.mapId))).toEqual(new Set([board.record.mapId]))
    expect(board.byRole('card').map((c) => c.tag.cardId).sort()).toEqual(journey.cards.map((c) => c.id).sort())
    expect(Object.keys(section.getRelaunchData())).toEqual(['edit', 'redraw'])
    expect(board.nodes.map((n) => n.node.id).sort()).toEqual(section.findAll(() => true).map((n) => n.id).sort())
  })

  it('centres the board in the viewport, selects it, scrolls to it and says so', async () => {
    const plugin = startPlugin({ editorType: 'figjam' })
    const { controls, figma } = plugin.emulator
    await plugin.request({ type: 'generate', journey })
    const section = sections(figma.currentPage)[0]!
    const center = figma.viewport.center
    expect(Math.abs(section.x + section.width / 2 - center.x)).toBeLessThanOrEqual(1)
    expect(Math.abs(section.y + section.height / 2 - center.y)).toBeLessThanOrEqual(1)
    expect(figma.currentPage.selection.map((n) => n.id)).toEqual([section.id])
    expect(controls.scrolledTo.at(-1)).toEqual([section.id])
    expect(controls.notifications.at(-1)?.message).toBe('Journey map drawn: 5 stages, 7 cards.')
  })

  it('puts a second board beside the first instead of on top of it', async () => {
    const plugin = startPlugin({ editorType: 'figjam' })
    await plugin.request({ type: 'generate', journey })
    await plugin.request({ type: 'generate', journey: { ...journey, title: 'Second' } })
    const [first, second] = sections(plugin.emulator.figma.currentPage)
    expect(second!.x).toBeGreaterThanOrEqual(first!.x + first!.width)
  })

  it('is one undo step: undo removes the whole board', async () => {
    const plugin = startPlugin({ editorType: 'figjam' })
    const { controls, figma } = plugin.emulator
    const before = controls.undoSteps
    await plugin.request({ type: 'generate', journey })
    // One commit closes what came before (live sync's redraws), one closes the board.
    expect(controls.undoSteps).toBe(before + 2)
    expect(figma.currentPage.children).toHaveLength(1)
    controls.undo()
    expect(figma.currentPage.children).toHaveLength(0)
  })

  it('reports progress while a large board is drawn, ending at the total', async () => {
    const plugin = startPlugin({ editorType: 'figjam' })
    const { progress, error } = await plugin.request({ type: 'generate', journey: largeJourney(5) })
    expect(error).toBeUndefined()
    expect(progress.length).toBeGreaterThan(3)
    const done = progress.map((p) => p.done)
    expect(done).toEqual([...done].sort((a, b) => a - b))
    expect(progress.at(-1)!.done).toBe(progress.at(-1)!.total)
  })
})

describe('generating in Figma Design, which has no stickies', () => {
  it('draws cards as frames with wrapped text, in the same cells', async () => {
    const plugin = startPlugin({ editorType: 'figma' })
    const { error } = await plugin.request({ type: 'generate', journey })
    expect(error).toBeUndefined()
    const board = readBoard(sections(plugin.emulator.figma.currentPage)[0]!)
    const cards = board.byRole('card')
    expect(new Set(cards.map((c) => c.node.type))).toEqual(new Set(['FRAME']))
    for (const { node, tag } of cards) {
      const text = (node as FrameNode).children[0] as TextNode
      expect(journey.cards.find((c) => c.id === tag.cardId)?.text).toBe(text.characters)
      expect(text.y + text.height).toBeLessThanOrEqual(node.height)
      expect(within(rectOf(node), cellRect(board, tag.stageId!, tag.laneId!))).toBe(true)
    }
    expect(board.byRole('curve')).toHaveLength(1)
    expect(plugin.received.filter((m) => m.type === 'error')).toEqual([])
  })

  it('tags every node it made, the text inside each frame too, with the frame’s ids', async () => {
    const plugin = startPlugin({ editorType: 'figma' })
    await plugin.request({ type: 'generate', journey: { ...journey, personas: [{ id: 'p', name: 'Commuter', color: '#0D99FF' }], emotions: [...journey.emotions, { id: 'x', stageId: 's1', score: 2, personaId: 'p' }] } })
    const section = sections(plugin.emulator.figma.currentPage)[0]!
    const all = section.findAll(() => true)
    // readBoard throws on any untagged node, at any depth.
    const board = readBoard(section)
    expect(board.nodes.map((n) => n.node.id).sort()).toEqual(all.map((n) => n.id).sort())
    const texts = board.byRole('frame-text')
    expect(texts.length).toBeGreaterThan(journey.cards.length + journey.stages.length + journey.lanes.length)
    for (const { node, tag } of texts) {
      expect(node.type).toBe('TEXT')
      const frame = board.nodes.find((n) => n.node.id === node.parent!.id)!
      expect(tag).toEqual({ ...frame.tag, role: 'frame-text' })
    }
    expect(new Set(board.nodes.map((n) => n.tag.mapId))).toEqual(new Set([board.record.mapId]))
  })
})

describe('long stage names and lane titles', () => {
  const name = 'Compares every plan on the operator site, then calls support because the prices differ between the app and the web page'
  const title = 'What the customer does, step by step, including the workarounds nobody designed for'
  const long = { ...journey, stages: journey.stages.map((s, i) => (i === 1 ? { ...s, name } : s)), lanes: journey.lanes.map((l, i) => (i === 0 ? { ...l, title } : l)) }

  it('FigJam: the header row and the lane grow so the names fit their shapes, and nothing overlaps', async () => {
    const plugin = startPlugin({ editorType: 'figjam' })
    const { error } = await plugin.request({ type: 'generate', journey: long })
    expect(error).toBeUndefined()
    const board = readBoard(sections(plugin.emulator.figma.currentPage)[0]!)
    const headers = board.byRole('stage-header').map((n) => n.node as ShapeWithTextNode)
    const labels = board.byRole('lane-label').map((n) => n.node as ShapeWithTextNode)
    for (const shape of [...headers, ...labels]) {
      // The emulator's shapes do not grow with their text: the layout has to make room.
      const needed = textMetrics.textHeight(shape.text.characters, shape.width - 32, shape.text.fontSize as number) + 32
      expect(needed, shape.text.characters).toBeLessThanOrEqual(shape.height)
    }
    expect(new Set(headers.map((h) => h.height)).size).toBe(1)
    const solid = board.nodes.filter((n) => ['stage-header', 'lane-label', 'card'].includes(n.tag.role)).map((n) => rectOf(n.node))
    for (let i = 0; i < solid.length; i++) for (let j = i + 1; j < solid.length; j++) expect(overlap(solid[i]!, solid[j]!)).toBe(false)
  })

  it('Figma Design: header and label frames are tall enough that their text is not clipped', async () => {
    const plugin = startPlugin({ editorType: 'figma' })
    const { error } = await plugin.request({ type: 'generate', journey: long })
    expect(error).toBeUndefined()
    const board = readBoard(sections(plugin.emulator.figma.currentPage)[0]!)
    for (const { node } of [...board.byRole('stage-header'), ...board.byRole('lane-label')]) {
      const frame = node as FrameNode
      const text = frame.children[0] as TextNode
      expect(text.y).toBeGreaterThanOrEqual(0)
      expect(text.y + text.height, text.characters).toBeLessThanOrEqual(frame.height)
    }
    expect(plugin.received.filter((m) => m.type === 'error')).toEqual([])
  })
})

describe('bad input gets a sentence, not a crash', () => {
  it('refuses a journey with no stages and draws nothing', async () => {
    const plugin = startPlugin({ editorType: 'figjam' })
    const { error } = await plugin.request({ type: 'generate', journey: { ...journey, stages: [], cards: [], emotions: [] } })
    expect(render('en', error!)).toBe('Add at least one stage before generating the board.')
    expect(plugin.emulator.figma.currentPage.children).toHaveLength(0)
  })

  it('refuses an empty title', async () => {
    const plugin = startPlugin({ editorType: 'figjam' })
    const { error } = await plugin.request({ type: 'generate', journey: { ...journey, title: ' ' } })
    expect(render('ru', error!)).toBe('Дайте пути название.')
  })

  it('answers a message of unknown shape with a sentence, keeping its id when it has one', async () => {
    const plugin = startPlugin({ editorType: 'figjam' })
    plugin.sendRaw({ type: 'explode', id: 'x1' })
    const reply = await plugin.waitFor((m) => m.type === 'error')
    expect(reply).toMatchObject({ type: 'error', id: 'x1', error: { key: 'error.badMessage' } })
    plugin.sendRaw('not even an object')
    await plugin.waitFor((m) => m.type === 'error' && m.id === null)
  })

  it('reports a font that fails to load and leaves no half-drawn board', async () => {
    const plugin = startPlugin({ editorType: 'figjam' })
    await plugin.emulator.controls.flush() // live sync loads its font when the plugin starts
    plugin.emulator.controls.fonts.failNext({ family: 'Inter', style: 'Medium' })
    const { error } = await plugin.request({ type: 'generate', journey })
    expect(render('en', error!)).toContain('The font "Inter Medium" could not be loaded')
    expect(plugin.emulator.figma.currentPage.children).toHaveLength(0)
  })
})
