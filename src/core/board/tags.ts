import * as z from 'zod/mini'
import { LAYER_KINDS, type PlanNode } from '../layout/plan'
import type { Journey } from '../model/journey'

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
export const LAYER_ROLES: ReadonlySet<Tag['role']> = new Set(LAYER_KINDS)
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

/** The map's frame — headers, labels, hints, rules: drawn anew from the structure on every regenerate. */
export const FRAME_ROLES: ReadonlySet<Tag['role']> = new Set(['stage-header', 'lane-label', 'lane-hint', 'divider', 'zero-line'])

/** Nodes the board draws for itself, never a person's card: the frame, the lane's marks, the persona card, the lot, frame texts. */
export const DRAWN_ROLES: ReadonlySet<Tag['role']> = new Set([...FRAME_ROLES, ...LAYER_ROLES, 'persona-card', 'parking', 'frame-text'])

export function parseTag(text: string): Tag | null {
  if (text === '') return null
  try {
    const parsed = TagSchema.safeParse(JSON.parse(text))
    return parsed.success ? parsed.data : null
  } catch {
    return null
  }
}

const withPersona = (tag: Tag, personaId: string | null | undefined): Tag => {
  if (personaId !== null && personaId !== undefined) tag.personaId = personaId
  return tag
}

/** Nodes whose tag the Plan node alone says: everything but the stickies people write on. */
export type StructureNode = Exclude<PlanNode, { kind: 'card' | 'emotion-sticky' }>

/** The tag of a node the board draws for itself (headers, rules, the emotion lane's marks, …). */
export function structureTag(node: StructureNode, mapId: string): Tag {
  switch (node.kind) {
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

/**
 * Tags for a board's nodes: role and ids, and for cards and emotion stickies what the
 * board does not show (participant, persona, note), so reading it back loses nothing.
 */
export function tagger(journey: Journey, mapId: string): (node: PlanNode) => Tag {
  const cards = new Map(journey.cards.map((c) => [c.id, c]))
  const emotions = new Map(journey.emotions.map((e) => [e.id, e]))
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
      default:
        return structureTag(node, mapId)
    }
  }
}

/** One emotion-lane mark per key: a second node with the same key is a copy (a person duplicated it). */
export function layerKey(tag: Tag): string {
  return [tag.role, tag.stageId ?? '', tag.personaId ?? '', tag.moment ?? ''].join('|')
}
