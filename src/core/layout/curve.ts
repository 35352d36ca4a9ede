import type { Point } from './plan'

/**
 * Tangents for a monotone cubic Hermite spline (Fritsch–Carlson). Where the data
 * turns, the tangent is zero; elsewhere it is limited so the curve between two
 * points never leaves the band between their values — the emotion curve must not
 * promise a mood higher or lower than anyone scored.
 */
export function monotoneTangents(points: readonly Point[]): number[] {
  const n = points.length
  if (n < 2) return points.map(() => 0)
  const h: number[] = []
  const delta: number[] = []
  for (let i = 0; i < n - 1; i++) {
    const a = points[i]!
    const b = points[i + 1]!
    const dx = b.x - a.x
    if (!(dx > 0)) throw new RangeError('curve points must have strictly increasing x')
    h.push(dx)
    delta.push((b.y - a.y) / dx)
  }
  const m: number[] = new Array<number>(n).fill(0)
  m[0] = delta[0]!
  m[n - 1] = delta[n - 2]!
  for (let i = 1; i < n - 1; i++) {
    const d0 = delta[i - 1]!
    const d1 = delta[i]!
    m[i] = d0 * d1 <= 0 ? 0 : (d0 + d1) / 2
  }
  for (let i = 0; i < n - 1; i++) {
    const d = delta[i]!
    if (d === 0) {
      m[i] = 0
      m[i + 1] = 0
      continue
    }
    const alpha = m[i]! / d
    const beta = m[i + 1]! / d
    const s = alpha * alpha + beta * beta
    if (s > 9) {
      const tau = 3 / Math.sqrt(s)
      m[i] = tau * alpha * d
      m[i + 1] = tau * beta * d
    }
  }
  return m
}

export interface CubicSegment {
  from: Point
  c1: Point
  c2: Point
  to: Point
}

/** The spline as Bézier segments; each segment's control points lie within its endpoints' y range. */
export function monotoneSegments(points: readonly Point[]): CubicSegment[] {
  const m = monotoneTangents(points)
  const segments: CubicSegment[] = []
  for (let i = 0; i < points.length - 1; i++) {
    const a = points[i]!
    const b = points[i + 1]!
    const third = (b.x - a.x) / 3
    segments.push({
      from: a,
      c1: { x: a.x + third, y: a.y + m[i]! * third },
      c2: { x: b.x - third, y: b.y - m[i + 1]! * third },
      to: b,
    })
  }
  return segments
}

function num(n: number): string {
  // Two decimals keep paths short and stable across platforms; -0 would print as "0" anyway.
  const r = Math.round(n * 100) / 100
  return Object.is(r, -0) ? '0' : String(r)
}

/**
 * SVG-style path data (absolute M and C only, which Figma's vectorPaths accept)
 * through the points, offset by `origin` so it can sit in a vector node placed there.
 * Returns null for fewer than two points: a single score is a point, not a curve.
 */
export function monotonePath(points: readonly Point[], origin: Point = { x: 0, y: 0 }): string | null {
  if (points.length < 2) return null
  const p = (q: Point): string => `${num(q.x - origin.x)} ${num(q.y - origin.y)}`
  const parts = [`M ${p(points[0]!)}`]
  for (const s of monotoneSegments(points)) parts.push(`C ${p(s.c1)} ${p(s.c2)} ${p(s.to)}`)
  return parts.join(' ')
}

/** Evaluates a segment at t in [0, 1]; used by tests and previews to sample the curve. */
export function pointOnSegment(s: CubicSegment, t: number): Point {
  const u = 1 - t
  const a = u * u * u
  const b = 3 * u * u * t
  const c = 3 * u * t * t
  const d = t * t * t
  return {
    x: a * s.from.x + b * s.c1.x + c * s.c2.x + d * s.to.x,
    y: a * s.from.y + b * s.c1.y + c * s.c2.y + d * s.to.y,
  }
}
