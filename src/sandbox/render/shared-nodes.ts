import type { Point } from '../../core/plan'
import { RULE, solid } from './palette'

/** Lines are plain vector geometry, the same in FigJam and Figma Design. */
export function drawRule(from: Point, to: Point, dashed: boolean): LineNode {
  const line = figma.createLine()
  line.x = Math.min(from.x, to.x)
  line.y = from.y
  line.resize(Math.max(0.01, Math.abs(to.x - from.x)), 0)
  line.strokes = solid(RULE)
  line.strokeWeight = dashed ? 2 : 1
  if (dashed) line.dashPattern = [8, 8]
  return line
}
