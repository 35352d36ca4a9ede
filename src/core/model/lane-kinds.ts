import * as z from 'zod/mini'
import { translate } from '../i18n/board'
import type { Locale } from '../i18n/locale'

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
