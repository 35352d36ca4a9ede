import * as z from 'zod/mini'
import { GridSchema, type Grid } from '../layout/plan'
import { NO_WORKSHOP, WorkshopSchema, type Workshop } from '../model/workshop'
import { PersonaSchema, SCHEMA_VERSION, ScaleSchema, StageSchema, LaneSchema, type Journey } from '../model/journey'
import { LocaleSchema } from '../i18n/locale'

/**
 * What a map's section remembers about its structure. Cards are not stored here:
 * they are the stickies on the board, read back by position.
 */
export const MapRecordSchema = z.object({
  schema: z.literal(SCHEMA_VERSION),
  mapId: z.string().check(z.minLength(1)),
  title: z.string(),
  locale: LocaleSchema,
  direction: z.enum(['ltr', 'rtl']),
  scale: ScaleSchema,
  stages: z.array(StageSchema),
  lanes: z.array(LaneSchema),
  personas: z.array(PersonaSchema),
  /** The grid as drawn; the stage headers and lane labels on the board, where present, win. */
  grid: GridSchema,
  /** How the board was prepared for a workshop (absent on maps drawn before workshop options existed). */
  workshop: z.optional(WorkshopSchema),
})
export type MapRecord = z.infer<typeof MapRecordSchema>

export function mapRecordOf(journey: Journey, mapId: string, grid: Grid, workshop: Workshop = NO_WORKSHOP): MapRecord {
  const { title, locale, direction, scale, stages, lanes, personas } = journey
  return { schema: SCHEMA_VERSION, mapId, title, locale, direction, scale, stages, lanes, personas, grid, workshop }
}

export type ReadRecord = { ok: true; record: MapRecord } | { ok: false; detail: string }

/** Reads stored text without trusting it: bad JSON, another version or a wrong shape are reported. */
export function parseMapRecord(text: string): ReadRecord {
  let data: unknown
  try {
    data = JSON.parse(text)
  } catch {
    return { ok: false, detail: 'not JSON' }
  }
  const schema = (data as { schema?: unknown } | null)?.schema
  if (typeof schema === 'string' && schema !== SCHEMA_VERSION) return { ok: false, detail: `schema ${schema}` }
  const parsed = MapRecordSchema.safeParse(data)
  if (!parsed.success) return { ok: false, detail: parsed.error.issues[0]?.path.map(String).join('.') || 'shape' }
  return { ok: true, record: parsed.data }
}
