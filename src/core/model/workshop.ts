import * as z from 'zod/mini'
import { translate } from '../i18n/board'
import type { Locale } from '../i18n/locale'

/**
 * How a board is prepared for a workshop, beyond the journey itself: blank stickies
 * waiting in each cell, a hint under each lane's title, a persona card, and a Parking
 * lot for cards that belong nowhere yet. Stored with the map, so a regenerate or a
 * "new board from this map" prepares the board the same way.
 */

const Text = z.string().check(z.maxLength(2000))

export const MAX_PLACEHOLDERS = 5

export const PersonaCardSchema = z.object({ name: Text, description: Text, goals: Text })
export type PersonaCard = z.infer<typeof PersonaCardSchema>

export const WorkshopSchema = z.object({
  /** blank stickies per cell (not in the emotion lane, where height is a score) */
  placeholders: z.int().check(z.gte(0), z.lte(MAX_PLACEHOLDERS)),
  /** a lane's hint under its title on the board */
  hints: z.boolean(),
  persona: z.nullable(PersonaCardSchema),
  parkingLot: z.boolean(),
})
export type Workshop = z.infer<typeof WorkshopSchema>

export const NO_WORKSHOP: Workshop = { placeholders: 0, hints: false, persona: null, parkingLot: false }

/** Whether a persona card says anything worth drawing. */
export function personaHasText(persona: PersonaCard | null): persona is PersonaCard {
  return persona !== null && [persona.name, persona.description, persona.goals].some((t) => t.trim() !== '')
}

/** What the persona card says: name, description, goals, each on its own lines when given. */
export function personaCardText(persona: PersonaCard, locale: Locale): string {
  const parts = [persona.name.trim(), persona.description.trim()]
  if (persona.goals.trim() !== '') parts.push(translate(locale, 'board.persona.goals', { goals: persona.goals.trim() }))
  return parts.filter((p) => p !== '').join('\n\n')
}
