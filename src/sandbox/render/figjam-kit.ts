import type { PaletteName } from '../../core/lanes'
import type { Box } from '../../core/plan'
import type { FontLoader } from './fonts'
import { nodeName, type NodeKit } from './node-kit'
import { paletteColor, solid } from './palette'
import { drawCurve, drawRule } from './shared-nodes'

/** FigJam: cards are native stickies, headers and labels are shapes with text. */
export function figjamKit(fonts: FontLoader): NodeKit {
  async function shape(box: Box, text: string, shapeType: ShapeWithTextNode['shapeType'], fill: PaletteName, fontSize: number): Promise<ShapeWithTextNode> {
    const node = figma.createShapeWithText()
    node.shapeType = shapeType
    node.resize(box.width, box.height)
    node.x = box.x
    node.y = box.y
    node.fills = solid(paletteColor(fill))
    await fonts.ensure(node.text.fontName)
    node.text.fontSize = fontSize
    node.text.characters = text
    node.name = nodeName(text)
    return node
  }

  return {
    async card(text, fill) {
      const sticky = figma.createSticky()
      sticky.fills = solid(paletteColor(fill))
      // The board is the team's: the plugin is not an author people need to see.
      sticky.authorVisible = false
      await fonts.ensure(sticky.text.fontName)
      sticky.text.characters = text
      sticky.name = nodeName(text)
      return sticky
    },
    label: (box, text, fill, role) => shape(box, text, 'ROUNDED_RECTANGLE', fill, role === 'stage-header' ? 24 : 20),
    point: (box, label) => shape(box, label, 'ELLIPSE', 'lightYellow', 12),
    band(box) {
      const bar = figma.createShapeWithText()
      bar.shapeType = 'ROUNDED_RECTANGLE'
      bar.resize(box.width, box.height)
      bar.x = box.x
      bar.y = box.y
      bar.fills = solid(paletteColor('lightOrange'))
      bar.name = 'min–max'
      return bar
    },
    rule: drawRule,
    curve: drawCurve,
  }
}
