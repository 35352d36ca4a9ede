import type { Box, Point } from '../../core/layout/plan'
import { BOARD_FONT } from './fonts'
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

const HINT_INK: RGB = { r: 0.4, g: 0.4, b: 0.4 }

/** A lane's hint: small grey text under its title, the same in FigJam and Figma Design. */
export function drawHint(box: Box, characters: string): TextNode {
  // BOARD_FONT is loaded before any board is drawn.
  const text = figma.createText()
  text.fontName = BOARD_FONT
  text.fontSize = 14
  text.fills = solid(HINT_INK)
  text.characters = characters
  text.resize(box.width, Math.max(1, box.height))
  text.textAutoResize = 'HEIGHT'
  text.x = box.x
  text.y = box.y
  text.name = characters
  return text
}
