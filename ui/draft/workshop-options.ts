import { MAX_PLACEHOLDERS, type PersonaCard, type Workshop } from '../../src/core/model/workshop'

/** Pure edits of a draft's workshop options, for the Workshop section of the Build tab. */

export const PLACEHOLDER_CHOICES: readonly number[] = Array.from({ length: MAX_PLACEHOLDERS + 1 }, (_, n) => n)

export const EMPTY_PERSONA: PersonaCard = { name: '', description: '', goals: '' }

/** Blank stickies per cell from a control's value: a whole number from 0 to MAX_PLACEHOLDERS (anything else keeps the old value). */
export function withPlaceholders(workshop: Workshop, value: string): Workshop {
  const n = Number(value)
  if (value.trim() === '' || !Number.isFinite(n)) return workshop
  const placeholders = Math.min(MAX_PLACEHOLDERS, Math.max(0, Math.round(n)))
  return placeholders === workshop.placeholders ? workshop : { ...workshop, placeholders }
}

/**
 * The persona card on or off. Switched back on, it brings back what was typed before
 * (`remembered`), so unticking the box by mistake loses nothing.
 */
export function withPersona(workshop: Workshop, on: boolean, remembered: PersonaCard | null): Workshop {
  if (on === (workshop.persona !== null)) return workshop
  return { ...workshop, persona: on ? { ...(remembered ?? EMPTY_PERSONA) } : null }
}

export function withPersonaField(workshop: Workshop, field: keyof PersonaCard, text: string): Workshop {
  const persona = workshop.persona ?? EMPTY_PERSONA
  return { ...workshop, persona: { ...persona, [field]: text } }
}
