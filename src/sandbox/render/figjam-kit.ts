import type { PaletteName } from '../../core/model/palette'
import type { Box } from '../../core/layout/plan'
import type { FontLoader } from './fonts'
import { nodeName, type NodeKit } from './node-kit'
import { colorOf, paletteColor, solid } from './palette'
import { drawRule } from './shared-nodes'

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
      sticky.fills = solid(colorOf(fill))
      // The board is the team's: the plugin is not an author people need to see.
      sticky.authorVisible = false
      await fonts.ensure(sticky.text.fontName)
      sticky.text.characters = text
      sticky.name = nodeName(text)
      return sticky
    },
    label: (box, text, fill, role) => shape(box, text, 'ROUNDED_RECTANGLE', fill, role === 'stage-header' ? 24 : 20),
    rule: drawRule,
  }
}
