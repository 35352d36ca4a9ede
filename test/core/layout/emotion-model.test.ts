import { describe, expect, it } from 'vitest'
import { emotionState, LANE_MARKS, type LaneSticky } from '../../../src/core/layout/emotion-model'
import { layout } from '../../../src/core/layout/layout'
import { yOfScore } from '../../../src/core/layout/layout-math'
import type { Grid } from '../../../src/core/layout/plan'
import { createTemplate } from '../../../src/core/templates/built-in'

const journey = createTemplate('customer', 'en')
const { grid } = layout(journey)
const span = grid.scale!
const scale = journey.scale
const YELLOW = '#FFE8A3'
const COMMUTER = { id: 'commuter', name: 'Commuter', color: '#BDE3FF' }

/** A sticky centred in a stage's column at a score's height. */
function sticky(id: string, stage: number, score: number, text = '', fillHex: string = YELLOW, nudge = 0): LaneSticky {
  const col = grid.columns[stage]!
  return { id, x: col.x + 24 + nudge, y: yOfScore(score, scale, span) - 120, width: 240, height: 240, text, fillHex }
}

const state = (stickies: LaneSticky[], g: Grid = grid, personas = [COMMUTER]) => emotionState({ grid: g, scale, personas, stickies })

describe('the emotion lane, computed from its stickies', () => {
  it('draws one point per stage at the mean of its stickies, and the curve through them', () => {
    const s = state([sticky('a', 0, 2), sticky('b', 0, 0), sticky('c', 2, -2)])
    expect(s.stats.map((x) => [x.stageId, x.mean, x.min, x.max])).toEqual([
      ['s1', 1, 0, 2],
      ['s3', -2, -2, -2],
    ])
    const [curve] = s.curves
    expect(curve!.points.map((p) => p.y)).toEqual([yOfScore(1, scale, span), yOfScore(-2, scale, span)])
    expect(curve!.path).toMatch(/^M 0 0 C /)
    expect(s.points.map((p) => p.label)).toEqual(['+1\nn=2', '\u22122'])
    // Only the stage whose scores spread gets a band, from the highest to the lowest.
    expect(s.bands.map((b) => [b.stageId, b.box.y, b.box.y + b.box.height])).toEqual([['s1', yOfScore(2, scale, span), yOfScore(0, scale, span)]])
  })

  it('lets typed text win over height, and says where that sticky must move', () => {
    const s = state([sticky('typed', 1, 0, '-2'), sticky('face', 3, 0, '😀'), sticky('word', 4, 1, 'note to self')])
    expect(s.stats.map((x) => x.mean)).toEqual([-2, 2, 1])
    expect(s.snaps).toEqual([
      { id: 'typed', y: yOfScore(-2, scale, span) - 120 },
      { id: 'face', y: yOfScore(2, scale, span) - 120 },
    ])
  })

  it('does not count stickies outside every stage column, and names them', () => {
    const stray = { ...sticky('stray', 0, 1), x: 10 }
    const s = state([stray, sticky('a', 1, 1)])
    expect(s.outside).toEqual(['stray'])
    expect(s.stats).toHaveLength(1)
  })

  it('draws one curve per persona, by sticky colour, with a legend', () => {
    const s = state([sticky('a', 0, 1), sticky('b', 1, -1), sticky('c', 0, -2, '', COMMUTER.color), sticky('d', 1, 2, '', COMMUTER.color)])
    expect(s.curves.map((c) => [c.personaId, c.points.length])).toEqual([
      [null, 2],
      ['commuter', 2],
    ])
    expect(s.legend.map((l) => l.name)).toEqual(['Commuter'])
  })

  it('marks the highest and lowest stage means and the steepest drop between neighbours', () => {
    const s = state([sticky('a', 0, 1), sticky('b', 1, 2), sticky('c', 2, -2), sticky('d', 3, -1), sticky('e', 4, 0)])
    expect(s.moments.map((m) => [m.kind, m.stageId, m.score])).toEqual([
      ['highest', 's2', 2],
      ['lowest', 's3', -2],
      ['steepest-drop', 's3', -2],
    ])
    // Markers stay inside the emotion lane.
    const row = grid.rows.find((r) => r.laneId === 'emotion')!
    for (const m of s.moments) expect(m.box.y >= row.y && m.box.y + m.box.height <= row.y + row.height).toBe(true)
  })

  it('with personas, marks the moments of each drawn curve, each marker by a point of its own curve', () => {
    const s = state([sticky('a', 0, 1), sticky('b', 1, -1), sticky('c', 0, -2, '', COMMUTER.color), sticky('d', 1, 2, '', COMMUTER.color)])
    expect(s.moments.map((m) => [m.personaId, m.kind, m.stageId, m.score])).toEqual([
      [null, 'highest', 's1', 1],
      [null, 'lowest', 's2', -1],
      [null, 'steepest-drop', 's2', -1],
      ['commuter', 'highest', 's2', 2],
      ['commuter', 'lowest', 's1', -2],
    ])
    const { groupPointSize } = LANE_MARKS
    const { height, gap } = LANE_MARKS.moment
    for (const m of s.moments.filter((x) => x.kind !== 'steepest-drop')) {
      const curve = s.curves.find((c) => c.personaId === m.personaId)!
      const point = curve.points.find((p) => Math.abs(p.x - (m.box.x + m.box.width / 2)) < 1e-9)
      expect(point, `${m.personaId} ${m.kind} sits by a point of its curve`).toBeDefined()
      expect(point!.y).toBe(yOfScore(m.score, scale, span))
      const y = m.kind === 'highest' ? point!.y - groupPointSize / 2 - gap - height : point!.y + groupPointSize / 2 + gap
      expect(m.box.y).toBe(y)
    }
  })

  it('has nothing to mark when every stage scores the same, or only one stage is scored', () => {
    expect(state([sticky('a', 0, 1), sticky('b', 1, 1)]).moments).toEqual([])
    expect(state([sticky('a', 0, 1)]).curves[0]!.path).toBeNull()
  })

  it('draws a right-to-left board’s curve left to right on the canvas', () => {
    const rtl = layout({ ...journey, direction: 'rtl' })
    const col = (i: number) => rtl.grid.columns[i]!
    const at = (id: string, i: number, score: number): LaneSticky => ({ id, x: col(i).x + 24, y: yOfScore(score, scale, rtl.grid.scale!) - 120, width: 240, height: 240, text: '', fillHex: YELLOW })
    const s = state([at('a', 0, 2), at('b', 1, -2)], rtl.grid)
    const xs = s.curves[0]!.points.map((p) => p.x)
    expect(xs[0]).toBeLessThan(xs[1]!)
    // First stage at the right: its point is the curve's right end.
    expect(s.curves[0]!.points[1]!.y).toBe(yOfScore(2, scale, rtl.grid.scale!))
  })
})
