import type { LaneKind } from './lane-kinds'

/**
 * Names of FigJam's light palette (`figma.constants.colors.figJamBaseLight`).
 * Stickies use these so the board looks like one a person made by hand.
 */
export const PALETTE_NAMES = [
  'lightGray',
  'lightRed',
  'lightOrange',
  'lightYellow',
  'lightGreen',
  'lightBlue',
  'lightViolet',
  'darkGray',
] as const
export type PaletteName = (typeof PALETTE_NAMES)[number]

/**
 * Hex values of that palette, from Figma's ColorPalettes documentation. The FigJam
 * renderer reads the live constants; this table serves Figma Design (which has no
 * sticky palette) and the pure layout and previews.
 */
export const PALETTE_HEX: Readonly<Record<PaletteName, string>> = {
  lightGray: '#E6E6E6',
  lightRed: '#FFC7C2',
  lightOrange: '#FCD19C',
  lightYellow: '#FFE8A3',
  lightGreen: '#AFF4C6',
  lightBlue: '#BDE3FF',
  lightViolet: '#E4CCFF',
  darkGray: '#757575',
}

export const LANE_COLOR: Readonly<Record<LaneKind, PaletteName>> = {
  actions: 'lightBlue',
  goals: 'lightGreen',
  questions: 'lightViolet',
  barriers: 'lightRed',
  emotion: 'lightYellow',
  touchpoints: 'lightOrange',
  thoughts: 'lightViolet',
  drivers: 'lightBlue',
  importance: 'lightGray',
  delights: 'lightGreen',
  opportunities: 'lightYellow',
  backstage: 'lightGray',
  metrics: 'lightGray',
  custom: 'lightGray',
}

/**
 * The strong colour behind each sticky colour: a persona's curve, points and moment
 * outlines are drawn in it, so they read on the pale sticky they belong to.
 */
const STRONG: Readonly<Record<string, string>> = {
  '#BDE3FF': '#0D99FF',
  '#AFF4C6': '#14AE5C',
  '#E4CCFF': '#9747FF',
  '#FCD19C': '#FFA629',
  '#FFC7C2': '#F24822',
  '#E6E6E6': '#757575',
  '#FFE8A3': '#FFCD29',
}

/** The line colour for a persona's sticky colour; null (the board's ink) for a colour without one. */
export function strongColorOf(stickyHex: string | undefined): string | null {
  return stickyHex === undefined ? null : (STRONG[stickyHex.toUpperCase()] ?? null)
}

/**
 * Persona colours: FigJam's own sticky colours (not the emotion lane's yellow), so a
 * person can put a sticky in a persona's curve by giving it that colour. Past six,
 * personas share colours and their stickies count for the first of them.
 */
export const PERSONA_COLORS = ['#BDE3FF', '#FFC7C2', '#AFF4C6', '#FCD19C', '#E4CCFF', '#E6E6E6'] as const
