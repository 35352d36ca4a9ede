/** Limits of the journey schema. */
export const MAX_STAGES = 200
export const MAX_LANES = 50
export const MAX_PERSONAS = 50
export const MAX_CARDS = 20000
export const MAX_EMOTIONS = 20000
export const MAX_TEXT = 5000
export const DEFAULT_CARD_CAP = 400
