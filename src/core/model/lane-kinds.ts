import * as z from 'zod/mini'
import { translate } from '../i18n/board'
import type { Locale } from './journey'

/** Every lane kind the board knows; `custom` carries the person's own title. */
export const LANE_KINDS = [
  'actions',
  'goals',
  'questions',
  'barriers',
  'emotion',
  'touchpoints',
  'thoughts',
  'drivers',
  'importance',
  'delights',
  'opportunities',
  'backstage',
  'metrics',
  'custom',
] as const

export const LaneKindSchema = z.enum(LANE_KINDS)
export type LaneKind = z.infer<typeof LaneKindSchema>

/** What a lane of this kind asks of a workshop; custom lanes have no default. Drawn on the board, so a board string. */
export function laneHint(kind: LaneKind, locale: Locale): string | undefined {
  return kind === 'custom' ? undefined : translate(locale, `hint.${kind}`)
}

/** The six lanes a journey map cannot do without (the "Do, Think, Feel" core plus touchpoints). */
export const CORE_LANE_KINDS: readonly LaneKind[] = [
  'actions',
  'goals',
  'questions',
  'barriers',
  'emotion',
  'touchpoints',
]

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
