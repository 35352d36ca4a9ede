import { describe, expect, it } from 'vitest'
import { monotonePath, monotoneSegments, pointOnSegment } from '../../../src/core/layout/curve'
import { seededRandom } from '../random'

describe('monotone emotion curve', () => {
  it('passes through every score point in order', () => {
    const points = [
      { x: 0, y: 100 },
      { x: 100, y: 20 },
      { x: 250, y: 180 },
      { x: 300, y: 180 },
    ]
    const segments = monotoneSegments(points)
    expect(segments.map((s) => s.from)).toEqual(points.slice(0, -1))
    expect(segments.map((s) => s.to)).toEqual(points.slice(1))
  })

  it('never overshoots the scores it connects, for any data', () => {
    const rand = seededRandom(7)
    for (let run = 0; run < 200; run++) {
      let x = 0
      const points = Array.from({ length: 2 + Math.floor(rand() * 12) }, () => {
        x += 10 + rand() * 300
        return { x, y: Math.round(rand() * 4) * 50 }
      })
      for (const s of monotoneSegments(points)) {
        const lo = Math.min(s.from.y, s.to.y) - 1e-9
        const hi = Math.max(s.from.y, s.to.y) + 1e-9
        for (let t = 0; t <= 1; t += 0.05) {
          const p = pointOnSegment(s, t)
          expect(p.y).toBeGreaterThanOrEqual(lo)
          expect(p.y).toBeLessThanOrEqual(hi)
        }
      }
    }
  })

  it('stays flat between two equal scores', () => {
    const [flat] = monotoneSegments([
      { x: 0, y: 50 },
      { x: 100, y: 50 },
      { x: 200, y: 0 },
    ])
    expect(flat?.c1.y).toBe(50)
    expect(flat?.c2.y).toBe(50)
  })

  it('writes path data with absolute M and C commands relative to the origin', () => {
    const path = monotonePath(
      [
        { x: 110, y: 220 },
        { x: 210, y: 320 },
      ],
      { x: 100, y: 200 },
    )
    expect(path).toMatch(/^M 10 20 C [\d. -]+ 110 120$/)
  })

  it('has no curve for a single score', () => {
    expect(monotonePath([{ x: 0, y: 0 }])).toBeNull()
  })

  it('refuses points that do not run left to right', () => {
    expect(() =>
      monotoneSegments([
        { x: 10, y: 0 },
        { x: 10, y: 5 },
      ]),
    ).toThrow(RangeError)
  })
})
