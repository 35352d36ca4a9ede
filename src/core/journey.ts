import { z } from 'zod'
import { LaneKindSchema } from './lanes'

export const SCHEMA_VERSION = 'journey-lanes/1' as const
export const LOCALES = ['en', 'ru'] as const
export const LocaleSchema = z.enum(LOCALES)
export type Locale = z.infer<typeof LocaleSchema>

const Id = z.string().min(1).max(200)
const Text = z.string().max(5000)

export const ScaleSchema = z
  .object({ min: z.number().int(), max: z.number().int() })
  .refine((s) => s.min < s.max, { message: 'scale.order' })
export type Scale = z.infer<typeof ScaleSchema>
export const DEFAULT_SCALE: Scale = { min: -2, max: 2 }

export const StageSchema = z.object({ id: Id, name: Text })
export const LaneSchema = z.object({ id: Id, kind: LaneKindSchema, title: Text })
export const PersonaSchema = z.object({
  id: Id,
  name: Text,
  color: z.string().regex(/^#[0-9a-fA-F]{6}$/),
})
export const CardSchema = z.object({
  id: Id,
  stageId: Id,
  laneId: Id,
  text: Text,
  personaId: Id.optional(),
  participant: Text.optional(),
  evidence: Text.optional(),
  count: z.number().int().positive().optional(),
})
export const EmotionSchema = z.object({
  id: Id,
  stageId: Id,
  score: z.number().finite(),
  personaId: Id.optional(),
  participant: Text.optional(),
  note: Text.optional(),
})

/** The shape of a journey, before the cross-field rules in `checkJourney`. */
export const JourneyShapeSchema = z.object({
  schema: z.literal(SCHEMA_VERSION),
  title: Text,
  locale: LocaleSchema,
  direction: z.enum(['ltr', 'rtl']),
  scale: ScaleSchema,
  stages: z.array(StageSchema).max(200),
  lanes: z.array(LaneSchema).max(50),
  personas: z.array(PersonaSchema).max(50),
  cards: z.array(CardSchema).max(20000),
  emotions: z.array(EmotionSchema).max(20000),
})

export type Journey = z.infer<typeof JourneyShapeSchema>
export type Stage = z.infer<typeof StageSchema>
export type Lane = z.infer<typeof LaneSchema>
export type Card = z.infer<typeof CardSchema>
export type Emotion = z.infer<typeof EmotionSchema>
export type Persona = z.infer<typeof PersonaSchema>
