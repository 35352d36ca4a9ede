/** Limits of the journey schema. */
export const MAX_STAGES = 200
export const MAX_LANES = 50
export const MAX_PERSONAS = 50
export const MAX_CARDS = 20000
export const MAX_EMOTIONS = 20000
export const MAX_TEXT = 5000
export const DEFAULT_CARD_CAP = 400

/**
 * Persona colours: FigJam's own sticky colours (not the emotion lane's yellow), so a
 * person can put a sticky in a persona's curve by giving it that colour. Past six,
 * personas share colours and their stickies count for the first of them.
 */
export const PERSONA_COLORS = ['#BDE3FF', '#FFC7C2', '#AFF4C6', '#FCD19C', '#E4CCFF', '#E6E6E6'] as const
