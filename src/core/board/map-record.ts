import * as z from 'zod/mini'
import type { Grid, PlanNode } from '../layout/plan'
import { NO_WORKSHOP, WorkshopSchema, type Workshop } from '../model/workshop'
import { LocaleSchema, PersonaSchema, SCHEMA_VERSION, ScaleSchema, StageSchema, LaneSchema, type Journey } from '../model/journey'

/**
 * What a map's section remembers about its structure. Cards are not stored here:
 * they are the stickies on the board, read back by position.
 */
const Num = z.number()
export const GridSchema = z.object({
  columns: z.array(z.object({ stageId: z.string(), x: Num, width: Num })),
  rows: z.array(z.object({ laneId: z.string(), y: Num, height: Num })),
  scale: z.nullable(z.object({ laneId: z.string(), top: Num, bottom: Num })),
})

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

/** Node tags: every node the plugin makes says what it is and which map, stage and lane it belongs to. */
export const ROLES = [
  'stage-header',
  'lane-label',
  'card',
  'emotion',
  'emotion-point',
  'emotion-band',
  'divider',
  'zero-line',
  'curve',
  'moment',
  'legend',
  'placeholder',
  'lane-hint',
  'persona-card',
  // the section beside a map that holds cards whose stage or lane was removed
  'parking',
  // the text inside a Figma Design frame (card, header, label, mark): the frame's ids, read through the frame
  'frame-text',
] as const
/** What the emotion lane draws from its stickies: live sync owns these nodes. */
export const LAYER_ROLES: ReadonlySet<Tag['role']> = new Set(['curve', 'emotion-point', 'emotion-band', 'moment', 'legend'])
export const TagSchema = z.object({
  role: z.enum(ROLES),
  mapId: z.string(),
  stageId: z.optional(z.string()),
  laneId: z.optional(z.string()),
  cardId: z.optional(z.string()),
  score: z.optional(z.number()),
  // What a card or a point stands for beyond what the board shows, so reading the board
  // back (export, edit) loses nothing the person did not change.
  emotionId: z.optional(z.string()),
  personaId: z.optional(z.string()),
  participant: z.optional(z.string()),
  evidence: z.optional(z.string()),
  note: z.optional(z.string()),
  moment: z.optional(z.enum(['lowest', 'highest', 'steepest-drop'])),
})
export type Tag = z.infer<typeof TagSchema>

export function parseTag(text: string): Tag | null {
  if (text === '') return null
  try {
    const parsed = TagSchema.safeParse(JSON.parse(text))
    return parsed.success ? parsed.data : null
  } catch {
    return null
  }
}

/**
 * Tags for a board's nodes: role and ids, and for cards and emotion stickies what the
 * board does not show (participant, persona, note), so reading it back loses nothing.
 */
export function tagger(journey: Journey, mapId: string): (node: PlanNode) => Tag {
  const cards = new Map(journey.cards.map((c) => [c.id, c]))
  const emotions = new Map(journey.emotions.map((e) => [e.id, e]))
  const withPersona = (tag: Tag, personaId: string | null | undefined): Tag => {
    if (personaId !== null && personaId !== undefined) tag.personaId = personaId
    return tag
  }
  return (node) => {
    switch (node.kind) {
      case 'card': {
        const card = cards.get(node.cardId)
        const tag: Tag = withPersona({ role: 'card', mapId, stageId: node.stageId, laneId: node.laneId, cardId: node.cardId }, card?.personaId)
        if (card?.participant !== undefined) tag.participant = card.participant
        if (card?.evidence !== undefined) tag.evidence = card.evidence
        return tag
      }
      case 'emotion-sticky': {
        const e = emotions.get(node.emotionId)
        const tag: Tag = withPersona({ role: 'emotion', mapId, stageId: node.stageId, laneId: node.laneId, emotionId: node.emotionId }, e?.personaId)
        if (e?.participant !== undefined) tag.participant = e.participant
        if (e?.note !== undefined) tag.note = e.note
        return tag
      }
      case 'stage-header':
        return { role: node.kind, mapId, stageId: node.stageId }
      case 'emotion-band':
      case 'emotion-point':
        return withPersona({ role: node.kind, mapId, stageId: node.stageId }, node.personaId)
      case 'curve':
        return withPersona({ role: 'curve', mapId, laneId: node.laneId }, node.personaId)
      case 'moment':
        return withPersona({ role: 'moment', mapId, stageId: node.stageId, moment: node.moment }, node.personaId)
      case 'legend':
        return { role: 'legend', mapId, personaId: node.personaId }
      case 'lane-label':
      case 'lane-hint':
      case 'divider':
      case 'zero-line':
        return { role: node.kind, mapId, laneId: node.laneId }
      case 'placeholder':
        return { role: 'placeholder', mapId, stageId: node.stageId, laneId: node.laneId }
      case 'persona-card':
        return { role: 'persona-card', mapId }
    }
  }
}
