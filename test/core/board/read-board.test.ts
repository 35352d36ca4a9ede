import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { formatCardText, parseCardText } from '../../../src/core/layout/card-text'
import { checkJourney } from '../../../src/core/model/check-journey'
import { render } from '../../../src/core/i18n'
import type { Journey } from '../../../src/core/model/journey'
import { GEOMETRY, yOfScore } from '../../../src/core/layout/layout'
import type { Plan } from '../../../src/core/layout/plan'
import { readBoard, type BoardSnapshot } from '../../../src/core/board/read-board'
import { parseScoreText } from '../../../src/core/model/scores'
import { workshopJourney } from '../../sandbox/journeys'
import { cardNode, emotionNode, handSticky, moveCentre, nodeOf, snapshotOf } from '../board-snapshot'
import { sampleJourney } from '../fixtures'

function column(plan: Plan, stageId: string) {
  return plan.grid.columns.find((c) => c.stageId === stageId)!
}
function row(plan: Plan, laneId: string) {
  return plan.grid.rows.find((r) => r.laneId === laneId)!
}
/** The middle of a cell's first card slot. */
function slot(plan: Plan, stageId: string, laneId: string): { x: number; y: number } {
  const c = column(plan, stageId)
  const r = row(plan, laneId)
  return { x: c.x + GEOMETRY.cellPadding + 120, y: r.y + GEOMETRY.cellPadding + 120 }
}
function scaleY(plan: Plan, journey: Journey, score: number): number {
  return yOfScore(score, journey.scale, plan.grid.scale!)
}
const cardsById = (j: Journey) => new Map(j.cards.map((c) => [c.id, c]))

describe('readBoard: the board as it is now, by position', () => {
  it.each([1, 2, 3, 7, 12])('reads an untouched board of %i stages back as the journey it was drawn from', (stages) => {
    const journey = sampleJourney(stages, stages)
    const { journey: read, notes } = readBoard(snapshotOf(journey).snapshot)
    expect(notes).toEqual([])
    expect(read.stages).toEqual(journey.stages)
    expect(read.lanes).toEqual(journey.lanes)
    expect(read.cards).toEqual(journey.cards)
    expect(read.emotions.map(({ stageId, score }) => ({ stageId, score }))).toEqual(journey.emotions.map(({ stageId, score }) => ({ stageId, score })))
    expect(checkJourney(read).ok).toBe(true)
  })

  it('puts a moved sticky in the cell it now sits in, keeping its id', () => {
    const journey = workshopJourney()
    const { snapshot, plan } = snapshotOf(journey)
    const to = slot(plan, 's3', 'barriers')
    moveCentre(cardNode(snapshot, 's1/actions/1'), to.x, to.y)
    const card = cardsById(readBoard(snapshot).journey).get('s1/actions/1')
    expect(card).toMatchObject({ stageId: 's3', laneId: 'barriers', text: 'Sees an ad on the metro' })
  })

  it('adopts a sticky added by hand, with an id from its node', () => {
    const journey = workshopJourney()
    const { snapshot, plan } = snapshotOf(journey)
    snapshot.nodes.push(handSticky('9:1', slot(plan, 's2', 'questions'), 'Which plan fits me?'))
    const { journey: read } = readBoard(snapshot)
    expect(read.cards.find((c) => c.text === 'Which plan fits me?')).toEqual({ id: 'card:9:1', stageId: 's2', laneId: 'questions', text: 'Which plan fits me?' })
    expect(read.cards).toHaveLength(journey.cards.length + 1)
    expect(checkJourney(read).ok).toBe(true)
  })

  it('takes a card’s text as retyped on the board', () => {
    const { snapshot } = snapshotOf(workshopJourney())
    cardNode(snapshot, 's1/actions/2').text = 'Asks two friends'
    expect(cardsById(readBoard(snapshot).journey).get('s1/actions/2')?.text).toBe('Asks two friends')
  })

  it('keeps stickies outside every stage column out of the journey and says how many', () => {
    const journey = workshopJourney()
    const { snapshot, plan } = snapshotOf(journey)
    moveCentre(cardNode(snapshot, 's5/actions/1'), plan.width + 300, slot(plan, 's5', 'actions').y)
    snapshot.nodes.push(handSticky('9:2', { x: GEOMETRY.padding + 100, y: slot(plan, 's1', 'goals').y }, 'On the lane label'))
    const { journey: read, notes, outside } = readBoard(snapshot)
    expect(read.cards.map((c) => c.id)).not.toContain('s5/actions/1')
    expect(read.cards).toHaveLength(journey.cards.length - 1)
    expect(outside.map((o) => [o.nodeId, o.outside])).toEqual([
      [cardNode(snapshot, 's5/actions/1').id, 'stage'],
      ['9:2', 'stage'],
    ])
    expect(notes).toEqual([{ key: 'read.outsideStages.other', params: { count: 2 } }])
    expect(render('en', notes[0]!)).toBe('2 stickies are outside every stage column, so they are not in the journey. Move them into a column to include them.')
    expect(render('ru', notes[0]!)).toMatch(/^2 стикера лежат вне колонок этапов/)
    expect(render('ru', { key: 'read.outsideStages.other', params: { count: 5 } })).toMatch(/^5 стикеров/)
    expect(render('en', { key: 'read.outsideStages.other', params: { count: 1 } })).toMatch(/^1 sticky is outside/)
  })

  it('reports a sticky in a column but above or below every lane separately', () => {
    const { snapshot, plan } = snapshotOf(workshopJourney())
    snapshot.nodes.push(handSticky('9:3', { x: slot(plan, 's2', 'actions').x, y: plan.height + 400 }, 'Below the map'))
    const { notes, outside } = readBoard(snapshot)
    expect(outside).toEqual([{ nodeId: '9:3', text: 'Below the map', outside: 'lane' }])
    expect(notes).toEqual([{ key: 'read.outsideLanes.other', params: { count: 1 } }])
  })

  it('counts a sticky in the gutter between two columns as in the nearer one', () => {
    const { snapshot, plan } = snapshotOf(workshopJourney())
    const s1 = column(plan, 's1')
    snapshot.nodes.push(handSticky('9:4', { x: s1.x + s1.width + 5, y: slot(plan, 's1', 'goals').y }, 'Just past the edge'))
    expect(readBoard(snapshot).journey.cards.find((c) => c.id === 'card:9:4')?.stageId).toBe('s1')
  })

  it('reads a moved score sticky’s new score from its height', () => {
    const journey = workshopJourney()
    const { snapshot, plan } = snapshotOf(journey)
    const sticky = emotionNode(snapshot, 'e-s2')
    moveCentre(sticky, sticky.x + sticky.width / 2, scaleY(plan, journey, 1.5))
    const read = readBoard(snapshot).journey
    expect(read.emotions.map((e) => [e.stageId, e.score])).toEqual([
      ['s1', 1],
      ['s2', 1.5],
      ['s3', -2],
      ['s4', 0],
      ['s5', 2],
    ])
    expect(new Set(read.emotions.map((e) => e.id)).size).toBe(5)
  })

  it('gives back every score sticky of a stage, with who gave it', () => {
    const emotions = [1, 2, 2].map((score, i) => ({ id: `p${i}`, stageId: 's1', score, participant: `P${i + 1}` }))
    const journey: Journey = { ...workshopJourney(), emotions }
    const read = readBoard(snapshotOf(journey).snapshot).journey.emotions
    expect([...read].sort((a, b) => a.id.localeCompare(b.id))).toEqual(emotions)
  })

  it('ignores the drawn points, bands and markers: they are computed from the stickies', () => {
    const journey = workshopJourney()
    const { snapshot } = snapshotOf(journey)
    for (const n of snapshot.nodes) if (n.tag?.role === 'emotion-point' || n.tag?.role === 'moment') n.y += 300
    expect(readBoard(snapshot).journey.emotions.map((e) => e.score)).toEqual([1, -1, -2, 0, 2])
  })

  it('keeps the participant and persona of cards it reads back', () => {
    const journey: Journey = {
      ...workshopJourney(),
      personas: [{ id: 'commuter', name: 'Commuter', color: '#0D99FF' }],
      cards: [{ id: 'c1', stageId: 's2', laneId: 'actions', text: 'Downloads the app', participant: 'P7', personaId: 'commuter', evidence: 'interview 7' }],
    }
    expect(readBoard(snapshotOf(journey).snapshot).journey.cards).toEqual(journey.cards)
  })

  it.each([
    ['-2', -2],
    ['−1', -1],
    ['+1.5', 1.5],
    ['😀', 2],
    ['🙂', 1],
    ['😡', -2],
    ['плохо', -1],
    ['Great!', 2],
    ['нейтрально', 0],
  ])('takes a sticky typed "%s" in the emotion lane as score %d, wherever it sits', (text, score) => {
    const journey = workshopJourney()
    const { snapshot, plan } = snapshotOf(journey)
    snapshot.nodes.push(handSticky('9:5', { x: slot(plan, 's4', 'emotion').x, y: scaleY(plan, journey, 0.5) }, text))
    const added = readBoard(snapshot).journey.emotions.find((e) => e.id === 'emotion:9:5')
    expect(added).toEqual({ id: 'emotion:9:5', stageId: 's4', score })
  })

  it('scores a sticky with ordinary text in the emotion lane by its height, keeping its text as the note', () => {
    const journey = workshopJourney()
    const { snapshot, plan } = snapshotOf(journey)
    snapshot.nodes.push(handSticky('9:6', { x: slot(plan, 's3', 'emotion').x, y: scaleY(plan, journey, -1.23) }, 'Feels cheated'))
    snapshot.nodes.push(handSticky('9:7', { x: slot(plan, 's3', 'emotion').x, y: scaleY(plan, journey, 0.5) }, '7'))
    const emotions = readBoard(snapshot).journey.emotions
    expect(emotions.find((e) => e.id === 'emotion:9:6')).toEqual({ id: 'emotion:9:6', stageId: 's3', score: -1.2, note: 'Feels cheated' })
    // 7 is off the −2..2 scale, so it is a note and the position decides.
    expect(emotions.find((e) => e.id === 'emotion:9:7')).toMatchObject({ score: 0.5, note: '7' })
  })

  it('lets headers a person moved redefine the columns, and the stage order', () => {
    const journey = workshopJourney()
    const { snapshot } = snapshotOf(journey)
    const h1 = nodeOf(snapshot, (n) => n.tag?.role === 'stage-header' && n.tag.stageId === 's1')
    const h2 = nodeOf(snapshot, (n) => n.tag?.role === 'stage-header' && n.tag.stageId === 's2')
    ;[h1.x, h2.x] = [h2.x, h1.x]
    h2.text = 'Thinking it over'
    const read = readBoard(snapshot).journey
    expect(read.stages.map((s) => s.id)).toEqual(['s2', 's1', 's3', 's4', 's5'])
    expect(read.stages[0]!.name).toBe('Thinking it over')
    // The cards stayed put: what was under stage 1 is now under stage 2's header, and the other way round.
    const cards = cardsById(read)
    expect(cards.get('s1/actions/1')?.stageId).toBe('s2')
    expect(cards.get('s2/goals/1')?.stageId).toBe('s1')
    expect(read.emotions.find((e) => e.score === 1)?.stageId).toBe('s2')
  })

  it('follows a lane label a person moved and resized, scale area included', () => {
    const journey = workshopJourney()
    const { snapshot, plan } = snapshotOf(journey)
    const label = nodeOf(snapshot, (n) => n.tag?.role === 'lane-label' && n.tag.laneId === 'emotion')
    const shift = 1000
    label.y += shift
    for (const n of snapshot.nodes) if (n.tag?.role === 'emotion') n.y += shift
    expect(readBoard(snapshot).journey.emotions.map((e) => e.score)).toEqual([1, -1, -2, 0, 2])
    // Stretched to twice its height, the same positions mean scores nearer the top.
    label.height *= 2
    const sticky = emotionNode(snapshot, 'e-s3')
    moveCentre(sticky, sticky.x + sticky.width / 2, label.y + 2 * (scaleY(plan, journey, 0) - row(plan, 'emotion').y))
    expect(readBoard(snapshot).journey.emotions.find((e) => e.stageId === 's3')?.score).toBe(0)
  })

  it('reads a merged card’s count back from its ×N line, and a retyped count', () => {
    const base = workshopJourney()
    const journey: Journey = { ...base, cards: base.cards.map((c) => (c.id === 's3/barriers/1' ? { ...c, count: 12 } : c)) }
    const { snapshot } = snapshotOf(journey)
    expect(cardNode(snapshot, 's3/barriers/1').text).toBe('Payment form resets\n×12')
    expect(cardsById(readBoard(snapshot).journey).get('s3/barriers/1')).toMatchObject({ text: 'Payment form resets', count: 12 })
    cardNode(snapshot, 's3/barriers/1').text = 'Payment form resets\n×3'
    expect(cardsById(readBoard(snapshot).journey).get('s3/barriers/1')?.count).toBe(3)
    cardNode(snapshot, 's3/barriers/1').text = 'Payment form resets'
    expect(cardsById(readBoard(snapshot).journey).get('s3/barriers/1')).not.toHaveProperty('count')
  })

  it('gives a copy of a tagged sticky (same tag) an id of its own', () => {
    const { snapshot } = snapshotOf(workshopJourney())
    const original = cardNode(snapshot, 's1/actions/1')
    snapshot.nodes.push({ ...original, id: '9:8', x: original.x + 10 })
    const ids = readBoard(snapshot).journey.cards.map((c) => c.id)
    expect(ids.filter((id) => id === 's1/actions/1')).toHaveLength(1)
    expect(ids).toContain('card:9:8')
  })

  it('adopts a card pasted from another map by position, and ignores that map’s furniture', () => {
    const { snapshot, plan } = snapshotOf(workshopJourney())
    const at = slot(plan, 's4', 'goals')
    snapshot.nodes.push({ ...handSticky('9:9', at, 'From the other board'), tag: { role: 'card', mapId: 'other', cardId: 's1/actions/1', stageId: 's1', laneId: 'actions' } })
    snapshot.nodes.push({ ...handSticky('9:10', at, 'Other header'), type: 'SHAPE_WITH_TEXT', tag: { role: 'stage-header', mapId: 'other', stageId: 's9' } })
    const read = readBoard(snapshot).journey
    expect(read.cards.find((c) => c.id === 'card:9:9')).toMatchObject({ stageId: 's4', laneId: 'goals' })
    expect(read.cards.some((c) => c.text === 'Other header')).toBe(false)
    expect(read.cards.filter((c) => c.id === 's1/actions/1')).toHaveLength(1)
  })

  it('does not take the board’s furniture, shapes people drew, or blank stickies for cards', () => {
    const { snapshot, plan } = snapshotOf(workshopJourney())
    const at = slot(plan, 's2', 'actions')
    snapshot.nodes.push({ ...handSticky('9:11', at, 'An arrow label'), type: 'SHAPE_WITH_TEXT' })
    snapshot.nodes.push({ ...handSticky('9:12', at, 'Loose text'), type: 'TEXT' })
    snapshot.nodes.push(handSticky('9:13', at, '  '))
    const read = readBoard(snapshot)
    expect(read.journey.cards).toHaveLength(workshopJourney().cards.length)
    expect(read.outside).toEqual([])
  })

  it('reads Figma Design boards: card frames with a text child, adopted too', () => {
    const journey = workshopJourney()
    const { snapshot, plan } = snapshotOf(journey, { editor: 'figma' })
    snapshot.nodes.push({ ...handSticky('9:14', slot(plan, 's5', 'touchpoints'), 'Call centre'), type: 'FRAME' })
    snapshot.nodes.push({ ...handSticky('9:15', slot(plan, 's5', 'touchpoints'), ''), type: 'FRAME', text: null })
    const read = readBoard(snapshot).journey
    expect(read.cards.filter((c) => c.stageId === 's5' && c.laneId === 'touchpoints').map((c) => c.text)).toEqual(['Call centre'])
    expect(read.emotions.map((e) => e.score)).toEqual([1, -1, -2, 0, 2])
  })

  it('reads right-to-left boards by the same rule', () => {
    const journey: Journey = { ...workshopJourney(), direction: 'rtl' }
    const { snapshot, plan } = snapshotOf(journey)
    const byId = (a: { id: string }, b: { id: string }) => a.id.localeCompare(b.id)
    expect(readBoard(snapshot).journey.cards.sort(byId)).toEqual([...journey.cards].sort(byId))
    moveCentre(cardNode(snapshot, 's1/actions/1'), slot(plan, 's4', 'actions').x, slot(plan, 's4', 'actions').y)
    expect(cardsById(readBoard(snapshot).journey).get('s1/actions/1')?.stageId).toBe('s4')
  })

  it('takes the map’s title from the section as it is named now', () => {
    const { snapshot } = snapshotOf(workshopJourney())
    snapshot.sectionName = 'Workshop, group B'
    expect(readBoard(snapshot).journey.title).toBe('Workshop, group B')
    snapshot.sectionName = ' '
    expect(readBoard(snapshot).journey.title).toBe(workshopJourney().title)
  })

  it('never throws and always gives a valid journey, whatever people do to the board', () => {
    const base = snapshotOf(sampleJourney(4, 3)).snapshot
    const move = fc.record({ index: fc.nat(), x: fc.double({ min: -2000, max: 6000, noNaN: true }), y: fc.double({ min: -2000, max: 6000, noNaN: true }), text: fc.option(fc.string(), { nil: undefined }) })
    fc.assert(
      fc.property(fc.array(move, { maxLength: 20 }), (moves) => {
        const snapshot: BoardSnapshot = structuredClone(base)
        for (const m of moves) {
          const node = snapshot.nodes[m.index % snapshot.nodes.length]!
          node.x = m.x
          node.y = m.y
          if (m.index % 7 === 0) node.height = m.index % 3
          if (m.text !== undefined && node.text !== null) node.text = m.text
        }
        const { journey } = readBoard(snapshot)
        const checked = checkJourney(journey)
        if (!checked.ok) throw new Error(JSON.stringify(checked.problems))
        expect(journey.cards.every((c) => c.text.length <= 5000)).toBe(true)
      }),
      { numRuns: 200 },
    )
  })
})

describe('card text with a count line', () => {
  it.each([
    ['Payment form resets', 12, 'Payment form resets\n×12'],
    ['One', 1, 'One'],
    ['Two lines\nof text', 2, 'Two lines\nof text\n×2'],
    ['Ends like a count\n×5', 1, 'Ends like a count\n×5\n×1'],
  ])('formats %j ×%i as %j and reads it back', (text, count, shown) => {
    expect(formatCardText(text, count)).toBe(shown)
    expect(parseCardText(shown)).toEqual({ text, count })
  })

  it('accepts a count a person typed with a space, and leaves lone numbers alone', () => {
    expect(parseCardText('Queue too long\n× 4 ')).toEqual({ text: 'Queue too long', count: 4 })
    expect(parseCardText('×4')).toEqual({ text: '×4', count: 1 })
    expect(parseCardText('Costs\n×0')).toEqual({ text: 'Costs\n×0', count: 1 })
  })

  it('round-trips any text and count', () => {
    fc.assert(
      fc.property(fc.string(), fc.integer({ min: 1, max: 999_999 }), (text, count) => {
        expect(parseCardText(formatCardText(text, count))).toEqual({ text, count })
      }),
    )
  })
})

describe('score words', () => {
  const scale = { min: -2, max: 2 }
  it.each([
    ['2', 2],
    [' -2 ', -2],
    ['−2', -2],
    ['0,5', 0.5],
    ['😀', 2],
    ['🙁', -1],
    ['☹️', -1],
    ['ужасно', -2],
    ['Плохо!', -1],
    ['так себе', 0],
    ['хорошо', 1],
    ['great', 2],
    ['Very good.', 2],
  ])('reads %j as %d on −2..2', (text, score) => {
    expect(parseScoreText(text, scale)).toBe(score)
  })

  it.each(['3', '-2.5', 'not great', 'great service', '', 'two'])('does not read %j as a score', (text) => {
    expect(parseScoreText(text, scale)).toBeNull()
  })

  it('places faces and words evenly on other scales', () => {
    expect(['😡', '🙁', '😐', '🙂', '😀'].map((t) => parseScoreText(t, { min: 1, max: 5 }))).toEqual([1, 2, 3, 4, 5])
    expect(['😡', '😐', '😀'].map((t) => parseScoreText(t, { min: 0, max: 10 }))).toEqual([0, 5, 10])
    expect(parseScoreText('7', { min: 1, max: 7 })).toBe(7)
  })
})
