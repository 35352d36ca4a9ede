import { PALETTE_HEX, type PaletteName } from '../../core/model/palette'

export function hexToRgb(hex: string): RGB {
  const n = parseInt(hex.slice(1), 16)
  return { r: ((n >> 16) & 255) / 255, g: ((n >> 8) & 255) / 255, b: (n & 255) / 255 }
}

/**
 * FigJam's own palette for stickies, read from the live constants so our cards use
 * exactly the colours a person picks from the sticky toolbar. Figma Design has no
 * sticky palette, so it uses the same hex values from our table.
 */
export function paletteColor(name: PaletteName): RGB {
  const hex = figma.editorType === 'figjam' ? figma.constants.colors.figJamBaseLight[name] : undefined
  return hexToRgb(hex ?? PALETTE_HEX[name])
}

/** A FigJam palette colour by name, or a hex colour (`#RRGGBB`, a persona's) as is. */
export type Fill = PaletteName | `#${string}`

export function colorOf(fill: Fill): RGB {
  return fill.startsWith('#') ? hexToRgb(fill) : paletteColor(fill as PaletteName)
}

export function solid(color: RGB): SolidPaint[] {
  return [{ type: 'SOLID', color }]
}

export const INK: RGB = { r: 0.12, g: 0.12, b: 0.12 }
export const RULE: RGB = { r: 0.7, g: 0.7, b: 0.7 }
