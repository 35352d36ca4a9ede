import * as z from 'zod/mini'
import { LaneKindSchema } from './lane-kinds'
import { LocaleSchema } from '../i18n/locale'

// zod/mini rather than classic zod: the same schemas and types, but tree-shakable,
// which keeps the sandbox bundle small (classic zod pulls in every locale it has).

export const SCHEMA_VERSION = 'journey-lanes/1' as const
const Id = z.string().check(z.minLength(1), z.maxLength(200))
const Text = z.string().check(z.maxLength(5000))

export const ScaleSchema = z
  .object({ min: z.int(), max: z.int() })
  .check(z.refine((s) => s.min < s.max, { message: 'scale.order' }))
export type Scale = z.infer<typeof ScaleSchema>
export const DEFAULT_SCALE: Scale = { min: -2, max: 2 }

export const StageSchema = z.object({ id: Id, name: Text })
export const LaneSchema = z.object({
  id: Id,
  kind: LaneKindSchema,
  title: Text,
  /** what the lane asks of a workshop ("What does the customer do here?"); shown when the board's hints are on */
  hint: z.optional(Text),
})
export const PersonaSchema = z.object({
  id: Id,
  name: Text,
  color: z.string().check(z.regex(/^#[0-9a-fA-F]{6}$/)),
})
export const CardSchema = z.object({
  id: Id,
  stageId: Id,
  laneId: Id,
  text: Text,
  personaId: z.optional(Id),
  participant: z.optional(Text),
  evidence: z.optional(Text),
  count: z.optional(z.int().check(z.positive())),
})
export const EmotionSchema = z.object({
  id: Id,
  stageId: Id,
  score: z.number(),
  personaId: z.optional(Id),
  participant: z.optional(Text),
  note: z.optional(Text),
})

/** A journey's structure without its cards: what a template also holds, with the same limits. */
export const JourneyStructureShape = {
  title: Text,
  locale: LocaleSchema,
  direction: z.enum(['ltr', 'rtl']),
  scale: ScaleSchema,
  stages: z.array(StageSchema).check(z.maxLength(200)),
  lanes: z.array(LaneSchema).check(z.maxLength(50)),
  personas: z.array(PersonaSchema).check(z.maxLength(50)),
}

/** The shape of a journey, before the cross-field rules in `checkJourney`. */
export const JourneyShapeSchema = z.object({
  schema: z.literal(SCHEMA_VERSION),
  ...JourneyStructureShape,
  cards: z.array(CardSchema).check(z.maxLength(20000)),
  emotions: z.array(EmotionSchema).check(z.maxLength(20000)),
})

export type Journey = z.infer<typeof JourneyShapeSchema>
export type Stage = z.infer<typeof StageSchema>
export type Lane = z.infer<typeof LaneSchema>
export type Card = z.infer<typeof CardSchema>
export type Emotion = z.infer<typeof EmotionSchema>
export type Persona = z.infer<typeof PersonaSchema>
