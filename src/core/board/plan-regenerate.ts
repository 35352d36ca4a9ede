import type { Card, Emotion, Journey, Scale } from '../model/journey'
import { parseScoreText } from '../model/scores'
import type { BoardReading } from './read-board'
import { personaHasText, type Workshop } from '../model/workshop'

/**
 * Regenerating a map in place, decided as data. The board as it is now (read by
 * position) meets the structure the person asked for; every sticky a participant
 * wrote keeps its text and travels with its cell, and stickies whose stage or lane
 * is gone, or that sat outside every cell, go to the Parking lot. Nothing written
 * is deleted; only our own blank placeholders may be, when their cell is gone or
 * the workshop asks for fewer.
 */

/** Why a sticky leaves the map: its stage or lane is gone, it sat outside every cell, or the workshop dropped the persona card. */
export type ParkReason = 'stage' | 'lane' | 'outside' | 'persona'

export interface Parked {
  nodeId: string
  reason: ParkReason
}

export interface RegeneratePlan {
  /** The journey to lay out: the requested structure, the board's cards and scores, then the new ones. */
  journey: Journey
  /** Node of each card and score already on the board, by its id in `journey`. */
  existing: Map<string, string>
  /** How many blank stickies a cell holds after the regenerate (see `blankNode` for those already on the board). */
  blanksIn: (stageId: string, laneId: string) => number
  /** The node already holding a cell's blank slot, if any. */
  blankNode: (stageId: string, laneId: string, slot: number) => string | undefined
  parked: Parked[]
  /** Our own untouched placeholders no longer wanted: safe to remove, nobody wrote on them. */
  discarded: string[]
  /** The persona card that stays (its text becomes the workshop's); one switched off is parked instead. */
  personaCard: string | null
}

const key = (stageId: string, laneId: string): string => `${stageId}\u0000${laneId}`

/** A score on the old scale at the same relative height on the new one. */
export function rescale(score: number, from: Scale, to: Scale): number {
  if (from.min === to.min && from.max === to.max) return score
  const t = (score - from.min) / (from.max - from.min)
  return Math.round((to.min + t * (to.max - to.min)) * 1e6) / 1e6
}

function uniqueIds<T extends { id: string }>(items: readonly T[], used: Set<string>): T[] {
  return items.map((item) => {
    let id = item.id
    for (let n = 2; used.has(id); n++) id = `${item.id}#${n}`
    used.add(id)
    return id === item.id ? item : { ...item, id }
  })
}

/**
 * `board`: the map as it stands, read with its stored record; `fromScale`: the scale its
 * scores were read on. `next`: the structure the person asked for, holding only cards and
 * scores that are new (typed in the panel since the map was loaded).
 */
export function planRegenerate(board: BoardReading, fromScale: Scale, next: Journey, workshop: Workshop): RegeneratePlan {
  const stages = new Set(next.stages.map((s) => s.id))
  const lanes = new Map(next.lanes.map((l) => [l.id, l]))
  const emotionLane = next.lanes.find((l) => l.kind === 'emotion')
  const parked: Parked[] = board.outside.map((o) => ({ nodeId: o.nodeId, reason: 'outside' as const }))
  const existing = new Map<string, string>()
  const reasonFor = (stageId: string, laneId: string): ParkReason | null =>
    !stages.has(stageId) ? 'stage' : !lanes.has(laneId) ? 'lane' : null

  const cards: Card[] = []
  for (const card of board.journey.cards) {
    const node = board.nodeOf.get(card.id)
    if (node === undefined) continue
    const reason = reasonFor(card.stageId, card.laneId)
    if (reason) parked.push({ nodeId: node, reason })
    else {
      cards.push(card)
      existing.set(card.id, node)
    }
  }
  const emotions: Emotion[] = []
  for (const e of board.journey.emotions) {
    const node = board.nodeOf.get(e.id)
    if (node === undefined) continue
    if (!stages.has(e.stageId)) parked.push({ nodeId: node, reason: 'stage' })
    else if (!emotionLane) parked.push({ nodeId: node, reason: 'lane' })
    else {
      // A sticky whose text is its score says it again on the new scale, as live sync will read it;
      // one placed by height keeps its height.
      const text = board.typed.get(e.id)
      const typed = text === undefined ? null : parseScoreText(text, next.scale)
      emotions.push({ ...e, score: typed ?? rescale(e.score, fromScale, next.scale) })
      existing.set(e.id, node)
    }
  }

  // Blank stickies: a person's stay (parked when their cell is gone); ours fill the workshop's count.
  const wanted = (laneId: string): number => (lanes.get(laneId)?.kind === 'emotion' ? 0 : workshop.placeholders)
  const people = new Map<string, string[]>()
  const ours = new Map<string, string[]>()
  const discarded: string[] = []
  for (const blank of board.blanks) {
    const reason = reasonFor(blank.stageId, blank.laneId)
    if (reason) {
      if (blank.placeholder) discarded.push(blank.nodeId)
      else parked.push({ nodeId: blank.nodeId, reason })
      continue
    }
    const into = blank.placeholder ? ours : people
    const k = key(blank.stageId, blank.laneId)
    const list = into.get(k)
    if (list) list.push(blank.nodeId)
    else into.set(k, [blank.nodeId])
  }
  const slots = new Map<string, string[]>()
  const counts = new Map<string, number>()
  for (const stage of next.stages) {
    for (const lane of next.lanes) {
      const k = key(stage.id, lane.id)
      const mine = people.get(k) ?? []
      const drawn = ours.get(k) ?? []
      // A cell holds the workshop's number of blanks, or more when people dropped more.
      const count = Math.max(mine.length, wanted(lane.id))
      const keep = drawn.slice(0, Math.max(0, count - mine.length))
      discarded.push(...drawn.slice(keep.length))
      slots.set(k, [...mine, ...keep])
      counts.set(k, count)
    }
  }

  // The persona card's text is the workshop's now: it stays, or is parked when the card was switched off.
  const keepPersona = board.personaCard !== null && personaHasText(workshop.persona)
  if (board.personaCard !== null && !keepPersona) parked.push({ nodeId: board.personaCard, reason: 'persona' })

  const used = new Set([...cards.map((c) => c.id), ...emotions.map((e) => e.id)])
  const personas = [...next.personas, ...board.journey.personas.filter((p) => !next.personas.some((q) => q.id === p.id))]
  return {
    journey: {
      ...next,
      personas,
      cards: [...cards, ...uniqueIds(next.cards, used)],
      emotions: emotionLane ? [...emotions, ...uniqueIds(next.emotions, used)] : [],
    },
    existing,
    blanksIn: (stageId, laneId) => counts.get(key(stageId, laneId)) ?? 0,
    blankNode: (stageId, laneId, slot) => slots.get(key(stageId, laneId))?.[slot],
    parked,
    discarded,
    personaCard: keepPersona ? board.personaCard : null,
  }
}
