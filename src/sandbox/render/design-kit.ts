import type { PaletteName } from '../../core/model/palette'
import type { Box } from '../../core/layout/plan'
import { STICKY_SIZE } from '../../core/layout/text-metrics'
import { BOARD_FONT, type FontLoader } from './fonts'
import { nodeName, type NodeKit } from './node-kit'
import { INK, colorOf, paletteColor, solid } from './palette'
import { drawRule } from './shared-nodes'

const CARD_PADDING = 16
const CARD_MIN_HEIGHT = 96

/** Figma Design has no stickies: cards are coloured frames holding wrapped text. */
export function designKit(fonts: FontLoader): NodeKit {
  async function text(characters: string, width: number, fontSize: number, align: TextNode['textAlignHorizontal']): Promise<TextNode> {
    await fonts.load(BOARD_FONT)
    const node = figma.createText()
    node.fontName = BOARD_FONT
    node.fontSize = fontSize
    node.textAlignHorizontal = align
    node.fills = solid(INK)
    node.characters = characters
    node.resize(width, node.height)
    node.textAutoResize = 'HEIGHT'
    return node
  }

  async function box(area: Box, characters: string, fill: PaletteName, fontSize: number): Promise<FrameNode> {
    const frame = figma.createFrame()
    frame.resize(area.width, area.height)
    frame.x = area.x
    frame.y = area.y
    frame.cornerRadius = 8
    frame.fills = solid(paletteColor(fill))
    const label = await text(characters, area.width - 2 * CARD_PADDING, fontSize, 'CENTER')
    frame.appendChild(label)
    label.x = CARD_PADDING
    label.y = Math.max(CARD_PADDING, (area.height - label.height) / 2)
    frame.name = nodeName(characters)
    return frame
  }

  return {
    async card(characters, fill) {
      const frame = figma.createFrame()
      frame.cornerRadius = 4
      frame.fills = solid(colorOf(fill))
      const body = await text(characters, STICKY_SIZE - 2 * CARD_PADDING, 14, 'LEFT')
      frame.appendChild(body)
      body.x = CARD_PADDING
      body.y = CARD_PADDING
      frame.resize(STICKY_SIZE, Math.max(CARD_MIN_HEIGHT, Math.ceil(body.height) + 2 * CARD_PADDING))
      frame.name = nodeName(characters)
      return frame
    },
    label: (area, characters, fill, role) => box(area, characters, fill, role === 'stage-header' ? 20 : 16),
    rule: drawRule,
  }
}
