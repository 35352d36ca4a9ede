import type { Box, Point } from '../../core/plan'
import { INK, RULE, solid } from './palette'

/** Lines and the curve are plain vector geometry, the same in FigJam and Figma Design. */
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

export function drawCurve(box: Box, path: string): VectorNode {
  const vector = figma.createVector()
  vector.x = box.x
  vector.y = box.y
  vector.vectorPaths = [{ windingRule: 'NONE', data: path }]
  vector.fills = []
  vector.strokes = solid(INK)
  vector.strokeWeight = 4
  vector.strokeCap = 'ROUND'
  vector.strokeJoin = 'ROUND'
  return vector
}
