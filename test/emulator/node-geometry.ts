import type { EmulatorContext } from './context'
import type { NodeImpl, NodeState } from './node-impl'
import { parentOf } from './node-tree'

/** Positions and transforms, relative to the parent and to the page. */

export const clean = (v: number): number => {
  const r = Math.round(v * 1e9) / 1e9
  return r === 0 ? 0 : r
}

export type Matrix = [[number, number, number], [number, number, number]]
export function relative(s: NodeState): Matrix {
  const r = (s.rotation * Math.PI) / 180
  const c = clean(Math.cos(r))
  const si = clean(Math.sin(r))
  return [
    [c, si, s.x],
    [clean(-si), c, s.y],
  ]
}
function multiply(a: Matrix, b: Matrix): Matrix {
  return [
    [a[0][0] * b[0][0] + a[0][1] * b[1][0], a[0][0] * b[0][1] + a[0][1] * b[1][1], a[0][0] * b[0][2] + a[0][1] * b[1][2] + a[0][2]],
    [a[1][0] * b[0][0] + a[1][1] * b[1][0], a[1][0] * b[0][1] + a[1][1] * b[1][1], a[1][0] * b[0][2] + a[1][1] * b[1][2] + a[1][2]],
  ]
}
export function absoluteTransform(ctx: EmulatorContext, n: NodeImpl): Matrix {
  let m = relative(n.s)
  for (let p = parentOf(ctx, n); p && p.type !== 'PAGE' && p.type !== 'DOCUMENT'; p = parentOf(ctx, p)) m = multiply(relative(p.s), m)
  return m.map((row) => row.map(clean)) as Matrix
}
export function absoluteBox(ctx: EmulatorContext, n: NodeImpl): Rect {
  const m = absoluteTransform(ctx, n)
  const pts = [
    [0, 0],
    [n.s.width, 0],
    [0, n.s.height],
    [n.s.width, n.s.height],
  ].map(([x, y]) => [m[0][0] * (x as number) + m[0][1] * (y as number) + m[0][2], m[1][0] * (x as number) + m[1][1] * (y as number) + m[1][2]])
  const xs = pts.map((p) => p[0] as number)
  const ys = pts.map((p) => p[1] as number)
  const x = Math.min(...xs)
  const y = Math.min(...ys)
  return { x: clean(x), y: clean(y), width: clean(Math.max(...xs) - x), height: clean(Math.max(...ys) - y) }
}
