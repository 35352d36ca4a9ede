/**
 * The one place that reads what a node says and what colour it is. Stickies and shapes
 * keep their text in a sublayer, Figma Design cards in a text child of their frame;
 * every reader of the canvas (the board reader, the emotion lane, its redraw) goes
 * through here so they agree on what a node's text and colour are.
 */

export function textOf(node: SceneNode): string | null {
  switch (node.type) {
    case 'STICKY':
    case 'SHAPE_WITH_TEXT':
      return node.text.characters
    case 'TEXT':
      return node.characters
    case 'FRAME': {
      // A card frame holds its text in a text child (Figma Design has no stickies).
      const text = node.children.find((c): c is TextNode => c.type === 'TEXT')
      return text ? text.characters : null
    }
    default:
      return null
  }
}

const hex2 = (v: number): string =>
  Math.round(Math.min(1, Math.max(0, v)) * 255)
    .toString(16)
    .padStart(2, '0')

export function rgbHex(c: RGB): string {
  return `#${hex2(c.r)}${hex2(c.g)}${hex2(c.b)}`.toUpperCase()
}

/** The first solid fill of a sticky, shape or frame as `#RRGGBB`; null for other nodes and for none. */
export function fillHexOf(node: SceneNode): string | null {
  if (node.type !== 'STICKY' && node.type !== 'SHAPE_WITH_TEXT' && node.type !== 'FRAME') return null
  const fills = node.fills
  if (fills === figma.mixed) return null
  const paint = fills.find((p): p is SolidPaint => p.type === 'SOLID')
  return paint ? rgbHex(paint.color) : null
}
