import * as z from 'zod/mini'
import { message, type CoreKey } from '../i18n/keys'
import type { Params } from '../i18n/translator'
import { LocaleSchema, type Locale } from '../i18n/locale'
import { GridSchema, type Grid } from '../layout/plan'
import { MAP_RECORD, MAP_RECORD_SCHEMA } from '../migrations/map-record'
import { migrate } from '../migrations/run'
import { WorkshopSchema, type Workshop } from '../model/workshop'
import { PersonaSchema, ScaleSchema, StageSchema, LaneSchema, type Journey } from '../model/journey'

/**
 * What a map's section remembers about its structure. Cards are not stored here:
 * they are the stickies on the board, read back by position. Its versions and their
 * migrations are in core/migrations/map-record.ts; this is the current version's shape.
 */
export const MapRecordSchema = z.object({
  schema: z.literal(MAP_RECORD_SCHEMA),
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
  /** How the board was prepared for a workshop. */
  workshop: WorkshopSchema,
})
export type MapRecord = z.infer<typeof MapRecordSchema>

export function mapRecordOf(journey: Journey, mapId: string, grid: Grid, workshop: Workshop): MapRecord {
  const { title, locale, direction, scale, stages, lanes, personas } = journey
  return { schema: MAP_RECORD_SCHEMA, mapId, title, locale, direction, scale, stages, lanes, personas, grid, workshop }
}

export type ReadRecord =
  | { ok: true; record: MapRecord }
  | {
      ok: false
      /** written by a newer plugin: the map is left exactly as it is */
      newer: boolean
      detail: string
      /** the map's language where the record still says it, for a sentence about it */
      locale: Locale | null
    }

function localeIn(data: unknown): Locale | null {
  const parsed = LocaleSchema.safeParse(typeof data === 'object' && data !== null ? (data as { locale?: unknown }).locale : undefined)
  return parsed.success ? parsed.data : null
}

/** Reads stored text without trusting it: older versions are migrated; bad JSON, a newer version or a wrong shape are reported. */
export function parseMapRecord(text: string): ReadRecord {
  let data: unknown
  try {
    data = JSON.parse(text)
  } catch {
    return { ok: false, newer: false, detail: 'not JSON', locale: null }
  }
  const locale = localeIn(data)
  const migrated = migrate(MAP_RECORD, data)
  if (!migrated.ok && migrated.schema !== null) return { ok: false, newer: migrated.problem === 'newer', detail: `schema ${migrated.schema}`, locale }
  // Without a schema id the shape check says what is missing.
  const parsed = MapRecordSchema.safeParse(migrated.ok ? migrated.fields : data)
  if (!parsed.success) return { ok: false, newer: false, detail: parsed.error.issues[0]?.path.map(String).join('.') || 'shape', locale }
  return { ok: true, record: parsed.data }
}

/** Why a map cannot be worked on, as the panel says it. */
export function recordProblem(read: { newer: boolean; detail: string }): { key: CoreKey; params?: Params } {
  return read.newer ? message('error.mapNewer') : message('error.mapData', { detail: read.detail })
}
