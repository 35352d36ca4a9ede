import { describe, expect, it } from 'vitest'
import { monotoneSegments, pointOnSegment } from '../../../src/core/layout/curve'
import { LANE_MARKS } from '../../../src/core/layout/emotion-model'
import { GEOMETRY, LABEL_TEXT, layout, scoreAtY, yOfScore } from '../../../src/core/layout/layout'
import { STICKY_FONT_SIZE, STICKY_SIZE } from '../../../src/core/layout/text-metrics'
import { textMetrics } from '../../emulator'
import type { Box, Plan, PlanNode } from '../../../src/core/layout/plan'
import { createTemplate } from '../../../src/core/templates/built-in'
import { sampleJourney } from '../fixtures'

type Boxed = Extract<PlanNode, { box: Box }>

function overlaps(a: Box, b: Box): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height
}
function inside(inner: Box, outer: Box): boolean {
  return (
    inner.x >= outer.x &&
    inner.y >= outer.y &&
    inner.x + inner.width <= outer.x + outer.width &&
    inner.y + inner.height <= outer.y + outer.height
  )
}
function solid(plan: Plan): Boxed[] {
  // The emotion lane's stickies stack by score, and its marks (curve, points, bands,
  // moments, legend) are drawn over them on purpose; the rest must never overlap.
  const layered = new Set(['curve', 'emotion-band', 'emotion-sticky', 'emotion-point', 'moment', 'legend'])
  return plan.nodes.filter((n): n is Boxed => 'box' in n && !layered.has(n.kind))
}
function cellOf(plan: Plan, stageId: string, laneId: string): Box {
  const cell = plan.cells.find((c) => c.stageId === stageId && c.laneId === laneId)
  if (!cell) throw new Error(`no cell ${stageId}/${laneId}`)
  return cell.box
}

describe('layout', () => {
  const loop = Array.from({ length: 30 }, (_, i) => i + 1).flatMap((stages) => [
    { stages, long: 0, what: 'short texts' },
    { stages, long: 40, what: 'long stage names, lane titles and cards' },
  ])
  it.each(loop)('$stages stages, $what: nothing overlaps, every text fits its box, the curve stays in its lane', ({ stages, long }) => {
    const journey = sampleJourney(stages, stages, 4, long)
    const plan = layout(journey)
    const boxes = solid(plan)
    for (let i = 0; i < boxes.length; i++) {
      for (let j = i + 1; j < boxes.length; j++) {
        if (overlaps(boxes[i]!.box, boxes[j]!.box)) throw new Error(`${boxes[i]!.kind} overlaps ${boxes[j]!.kind}`)
      }
    }
    const sheet = { x: 0, y: 0, width: plan.width, height: plan.height }
    for (const n of plan.nodes) {
      if (n.kind === 'card' || n.kind === 'emotion-sticky') expect(inside(n.box, cellOf(plan, n.stageId, n.laneId))).toBe(true)
      if ('box' in n) expect(inside(n.box, sheet)).toBe(true)
      // Measured with the emulator's text model, not the layout's own estimate.
      if (n.kind === 'stage-header' || n.kind === 'lane-label') {
        const size = n.kind === 'stage-header' ? LABEL_TEXT.headerFontSize : LABEL_TEXT.laneFontSize
        const needed = textMetrics.textHeight(n.text, n.box.width - 2 * LABEL_TEXT.inset, size) + 2 * LABEL_TEXT.inset
        if (needed > n.box.height) throw new Error(`${n.kind} "${n.text.slice(0, 30)}…" needs ${needed} px, has ${n.box.height}`)
      }
      if (n.kind === 'card') expect(n.box.height).toBeGreaterThanOrEqual(textMetrics.textHeight(n.text, STICKY_SIZE - 48, STICKY_FONT_SIZE) + 48)
    }
    expect(plan.nodes.filter((n) => n.kind === 'card')).toHaveLength(journey.cards.length)

    const scale = plan.grid.scale!
    const lane = plan.grid.rows.find((r) => r.laneId === scale.laneId)!
    const curve = plan.nodes.find((n) => n.kind === 'curve')
    if (curve && curve.kind === 'curve') {
      for (const segment of monotoneSegments(curve.points))
        for (let t = 0; t <= 1; t += 0.1) {
          const p = pointOnSegment(segment, t)
          expect(p.y).toBeGreaterThanOrEqual(lane.y)
          expect(p.y).toBeLessThanOrEqual(lane.y + lane.height)
        }
    }
  })

  it('puts stages left to right in journey order and lanes top to bottom', () => {
    const journey = createTemplate('customer', 'en')
    const plan = layout(journey)
    const headers = plan.nodes.filter((n) => n.kind === 'stage-header')
    expect(headers.map((h) => h.text)).toEqual(journey.stages.map((s) => s.name))
    const xs = headers.map((h) => h.box.x)
    expect([...xs].sort((a, b) => a - b)).toEqual(xs)
    const labels = plan.nodes.filter((n) => n.kind === 'lane-label')
    const ys = labels.map((l) => l.box.y)
    expect(labels.map((l) => l.text)).toEqual(journey.lanes.map((l) => l.title))
    expect([...ys].sort((a, b) => a - b)).toEqual(ys)
  })

  it('grows a cell to fit many stickies and a long text', () => {
    const base = createTemplate('customer', 'en')
    const few = layout(base)
    const busy = {
      ...base,
      cards: [
        ...Array.from({ length: 9 }, (_, i) => ({ id: `c${i}`, stageId: 's1', laneId: 'actions', text: `note ${i}` })),
        { id: 'long', stageId: 's2', laneId: 'goals', text: 'word '.repeat(300) },
      ],
    }
    const plan = layout(busy)
    const width = (p: Plan, id: string): number => cellOf(p, id, 'actions').width
    expect(width(plan, 's1')).toBeGreaterThan(width(few, 's1'))
    expect(cellOf(plan, 's2', 'goals').height).toBeGreaterThan(cellOf(few, 's2', 'goals').height)
    const long = plan.nodes.find((n) => n.kind === 'card' && n.cardId === 'long')
    expect(long && 'box' in long && long.box.height).toBeGreaterThan(240)
  })

  it('uses measured sticky heights when the canvas gives them', () => {
    const journey = { ...createTemplate('customer', 'en'), cards: [{ id: 'a', stageId: 's1', laneId: 'actions', text: 'hi' }] }
    const plan = layout(journey, { cardHeight: () => 700 })
    const card = plan.nodes.find((n) => n.kind === 'card')
    expect(card && 'box' in card && card.box.height).toBe(700)
    expect(cellOf(plan, 's1', 'actions').height).toBeGreaterThanOrEqual(700 + 2 * GEOMETRY.cellPadding)
  })

  it('places emotion points by score: higher score higher up, the curve inside the lane', () => {
    const journey = {
      ...createTemplate('customer', 'en'),
      emotions: [
        { id: 'a', stageId: 's1', score: 2 },
        { id: 'b', stageId: 's2', score: -2 },
        { id: 'c', stageId: 's3', score: 0 },
        { id: 'd', stageId: 's4', score: 1 },
        { id: 'e', stageId: 's5', score: -1 },
      ],
    }
    const plan = layout(journey)
    const points = plan.nodes.filter((n) => n.kind === 'emotion-point')
    const y = (id: string): number => points.find((p) => p.stageId === id)!.box.y
    expect(y('s1')).toBeLessThan(y('s4'))
    expect(y('s4')).toBeLessThan(y('s3'))
    expect(y('s3')).toBeLessThan(y('s5'))
    expect(y('s5')).toBeLessThan(y('s2'))
    const zero = plan.nodes.find((n) => n.kind === 'zero-line')
    expect(zero && 'from' in zero && zero.from.y).toBeCloseTo(y('s3') + LANE_MARKS.pointSize / 2)

    const lane = cellOf(plan, 's1', 'emotion')
    const curve = plan.nodes.find((n) => n.kind === 'curve')
    if (!curve || curve.kind !== 'curve') throw new Error('no curve')
    for (const s of monotoneSegments(curve.points))
      for (let t = 0; t <= 1; t += 0.1) {
        const p = pointOnSegment(s, t)
        expect(p.y).toBeGreaterThanOrEqual(lane.y)
        expect(p.y).toBeLessThanOrEqual(lane.y + lane.height)
      }
    // Each curve point sits at the centre of its emotion point.
    expect(curve.points).toEqual(points.map((p) => ({ x: p.box.x + p.box.width / 2, y: p.box.y + p.box.height / 2 })))
  })

  it('draws the mean when several people scored one stage, and skips unscored stages', () => {
    const journey = {
      ...createTemplate('customer', 'en'),
      emotions: [
        { id: 'a', stageId: 's1', score: 2 },
        { id: 'b', stageId: 's1', score: -1 },
        { id: 'c', stageId: 's3', score: 0 },
      ],
    }
    const points = layout(journey).nodes.filter((n) => n.kind === 'emotion-point')
    expect(points.map((p) => [p.stageId, p.score])).toEqual([
      ['s1', 0.5],
      ['s3', 0],
    ])
    expect(points[0]!.label).toBe('+0.5\nn=2')
    expect(points[1]!.label).toBe('0')
  })

  it('shows the spread of several scores as a band from the lowest to the highest', () => {
    const journey = {
      ...createTemplate('customer', 'en'),
      emotions: [
        { id: 'a', stageId: 's2', score: 2 },
        { id: 'b', stageId: 's2', score: -1 },
        { id: 'c', stageId: 's2', score: 0 },
        { id: 'd', stageId: 's4', score: 1 },
        { id: 'e', stageId: 's4', score: 1 },
      ],
    }
    const plan = layout(journey)
    const bands = plan.nodes.filter((n) => n.kind === 'emotion-band')
    // s4's two people agree: a point with n=2, but no spread to show.
    expect(bands.map((b) => b.stageId)).toEqual(['s2'])
    const span = plan.grid.scale!
    expect(bands[0]!.box.y).toBeCloseTo(yOfScore(2, journey.scale, span))
    expect(bands[0]!.box.y + bands[0]!.box.height).toBeCloseTo(yOfScore(-1, journey.scale, span))
    const point = plan.nodes.find((n) => n.kind === 'emotion-point' && n.stageId === 's2')!
    expect(point.kind === 'emotion-point' && point.label).toBe('+0.3\nn=3')
  })

  it('maps other scales onto the same lane height', () => {
    const base = createTemplate('customer', 'en')
    const five = layout({ ...base, scale: { min: 1, max: 5 }, emotions: [{ id: 'a', stageId: 's1', score: 5 }, { id: 'b', stageId: 's2', score: 1 }] })
    const two = layout({ ...base, emotions: [{ id: 'a', stageId: 's1', score: 2 }, { id: 'b', stageId: 's2', score: -2 }] })
    const ys = (p: Plan): number[] => p.nodes.filter((n) => n.kind === 'emotion-point').map((n) => n.box.y)
    expect(ys(five)).toEqual(ys(two))
    const zero = five.nodes.find((n) => n.kind === 'zero-line')
    expect(zero?.kind === 'zero-line' && zero.label).toBe('+3')
  })

  it('reads a position in the emotion lane back as the score it stands for', () => {
    const journey = { ...createTemplate('customer', 'en'), emotions: [{ id: 'a', stageId: 's1', score: 1 }, { id: 'b', stageId: 's2', score: -2 }] }
    const plan = layout(journey)
    const span = plan.grid.scale!
    for (const p of plan.nodes.filter((n) => n.kind === 'emotion-point'))
      expect(scoreAtY(p.box.y + p.box.height / 2, journey.scale, span)).toBeCloseTo(p.score)
    expect(scoreAtY(span.top - 500, journey.scale, span)).toBe(2)
    expect(scoreAtY(span.bottom + 500, journey.scale, span)).toBe(-2)
    expect(yOfScore(0, journey.scale, span)).toBeCloseTo((span.top + span.bottom) / 2)
  })

  it('runs right to left when the journey does: first stage at the right, labels on the right', () => {
    const journey = { ...createTemplate('customer', 'en'), direction: 'rtl' as const }
    const plan = layout(journey)
    const headers = plan.nodes.filter((n) => n.kind === 'stage-header')
    expect(headers[0]!.box.x).toBeGreaterThan(headers[1]!.box.x)
    const label = plan.nodes.find((n) => n.kind === 'lane-label')!
    expect('box' in label && label.box.x).toBeGreaterThan(headers[0]!.box.x)
  })
})
