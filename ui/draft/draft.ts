import { translate } from '../../src/core/i18n'
import { SCHEMA_VERSION, type Card, type Emotion, type Journey, type Persona, type Scale } from '../../src/core/model/journey'
import { type Locale } from '../../src/core/i18n/locale'
import { LANE_KINDS, type LaneKind } from '../../src/core/model/lane-kinds'
import { laneHint, laneTitle } from '../../src/core/templates/built-in'
import { NO_WORKSHOP, type Workshop } from '../../src/core/model/workshop'

/**
 * The panel's form state: what a person edits before a Journey is built from it.
 * Plain data, no DOM; the operations live in draft-ops.ts.
 */

export interface DraftStage {
  readonly id: string
  readonly name: string
}

export interface DraftLane {
  readonly id: string
  readonly kind: LaneKind
  readonly title: string
  readonly enabled: boolean
  /** shown under the lane's title on a workshop board */
  readonly hint?: string
}

/** Text typed per cell: stageId → laneId → lines. */
export type Cells = Readonly<Record<string, Readonly<Record<string, string>>>>

/**
 * Cards of an imported or loaded journey with every field (count, persona, participant,
 * evidence, line breaks), per cell: stageId → laneId → cards in line order. A line of the
 * cell that still reads as one of these cards is drawn as that card; lines the person
 * typed or changed become plain cards.
 */
export type KeptCards = Readonly<Record<string, Readonly<Record<string, readonly Card[]>>>>

/** Emotion points of a journey per stage (several participants, personas, notes), kept until that stage's score is edited. */
export type KeptEmotions = Readonly<Record<string, readonly Emotion[]>>

export interface Draft {
  readonly title: string
  readonly locale: Locale
  readonly direction: 'ltr' | 'rtl'
  readonly scale: Scale
  readonly stages: readonly DraftStage[]
  /** Every catalog lane once, in catalog order (on or off), then the extra lanes (custom ones). */
  readonly lanes: readonly DraftLane[]
  /**
   * Lane ids in board order, top to bottom. The list above is the catalog's order, for the
   * panel; the board keeps the order the journey came with (a blueprint's, an import's),
   * and a lane switched on joins at the bottom.
   */
  readonly laneOrder: readonly string[]
  /** How the board is prepared for a workshop (placeholders, hints, persona card, Parking lot). */
  readonly workshop: Workshop
  readonly cells: Cells
  /** A stage's emotion score, or null for "no score". Missing means null. */
  readonly scores: Readonly<Record<string, number | null>>
  /** Carried through unchanged so a loaded map keeps its personas. */
  readonly personas: readonly Persona[]
  /** The journey's own cards behind the cell lines; see KeptCards. */
  readonly keptCards: KeptCards
  /** The journey's own emotion points, for stages whose score has not been edited. */
  readonly keptEmotions: KeptEmotions
  /** Counter for new ids; bumped past any id already in use. */
  readonly seq: number
}

/** Lanes a person can switch on and off, in catalog order. */
export const CATALOG_KINDS: readonly LaneKind[] = LANE_KINDS.filter((k) => k !== 'custom')

export function defaultLaneTitle(kind: LaneKind, locale: Locale): string {
  return laneTitle(kind, locale)
}

/** The non-empty, trimmed lines of a cell: one card each. */
export function cellLines(text: string): string[] {
  return text
    .split(/\r\n|\r|\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '')
}

export function cellText(draft: Draft, stageId: string, laneId: string): string {
  return draft.cells[stageId]?.[laneId] ?? ''
}

export function scoreOf(draft: Draft, stageId: string): number | null {
  return draft.scores[stageId] ?? null
}

export function clampScore(score: number, scale: Scale): number {
  return Math.min(scale.max, Math.max(scale.min, Math.round(score)))
}

/** The one line a card reads as in a cell: its line breaks become spaces. */
export function cardLine(text: string): string {
  return text.replace(/\s*[\r\n]+\s*/g, ' ').trim()
}

/** Emotion points kept for a stage (several when participants or personas scored it). */
export function keptEmotionsOf(draft: Draft, stageId: string): readonly Emotion[] {
  return draft.keptEmotions[stageId] ?? []
}

/** Lines of a cell that are drawn as a kept card, with all of its imported fields. */
export function keptLineCount(draft: Draft, stageId: string, laneId: string): number {
  return matchKept(cellLines(cellText(draft, stageId, laneId)), draft.keptCards[stageId]?.[laneId] ?? []).filter(
    (card) => card !== undefined,
  ).length
}

/** For each line, the first kept card not yet taken that reads as that line (or undefined). */
function matchKept(lines: readonly string[], kept: readonly Card[]): (Card | undefined)[] {
  if (kept.length === 0) return lines.map(() => undefined)
  const byLine = new Map<string, Card[]>()
  for (const card of kept) {
    const line = cardLine(card.text)
    const queue = byLine.get(line)
    if (queue) queue.push(card)
    else byLine.set(line, [card])
  }
  return lines.map((line) => byLine.get(line)?.shift())
}

function usedIds(draft: Pick<Draft, 'stages' | 'lanes'>): Set<string> {
  return new Set([...draft.stages.map((s) => s.id), ...draft.lanes.map((l) => l.id)])
}

/** A fresh `${prefix}${n}` id that no stage or lane uses, and the counter to store next. */
export function freshId(draft: Pick<Draft, 'stages' | 'lanes' | 'seq'>, prefix: string): { id: string; seq: number } {
  const used = usedIds(draft)
  let n = Math.max(1, draft.seq)
  while (used.has(`${prefix}${n}`)) n++
  return { id: `${prefix}${n}`, seq: n + 1 }
}

/** Nothing typed that a template would throw away: no card text and no score. */
export function isDraftEmpty(draft: Draft): boolean {
  const anyText = Object.values(draft.cells).some((lanes) => Object.values(lanes).some((t) => cellLines(t).length > 0))
  const anyScore = Object.values(draft.scores).some((s) => s !== null)
  return !anyText && !anyScore
}

/**
 * A draft to edit the journey. `locale` is the panel's language; titles are kept as
 * stored (a loaded map's titles count as the person's own). A card's line breaks become
 * spaces in its cell line, and the score shown for a stage with several scores
 * (participants) is their rounded mean — but the cards and emotion points themselves are
 * kept whole, so a journey generated without edits is the journey that came in.
 */
export function draftFromJourney(journey: Journey, locale: Locale = journey.locale, workshop: Workshop = NO_WORKSHOP): Draft {
  const remaining = [...journey.lanes]
  const catalog: DraftLane[] = []
  const taken = new Set(journey.lanes.map((l) => l.id))
  for (const kind of CATALOG_KINDS) {
    const index = remaining.findIndex((l) => l.kind === kind)
    const found = index >= 0 ? remaining.splice(index, 1)[0] : undefined
    if (found) {
      catalog.push(withHint({ id: found.id, kind, title: found.title, enabled: true }, found.hint))
    } else {
      let id: string = kind
      for (let n = 2; taken.has(id); n++) id = `${kind}-${n}`
      taken.add(id)
      catalog.push(withHint({ id, kind, title: defaultLaneTitle(kind, locale), enabled: false }, laneHint(kind, locale)))
    }
  }
  const extras: DraftLane[] = remaining.map((l) => withHint({ id: l.id, kind: l.kind, title: l.title, enabled: true }, l.hint))

  const stageIds = new Set(journey.stages.map((s) => s.id))
  const laneIds = new Set(journey.lanes.map((l) => l.id))
  const cells: Record<string, Record<string, string>> = {}
  const keptCards: Record<string, Record<string, Card[]>> = {}
  for (const card of journey.cards) {
    if (!stageIds.has(card.stageId) || !laneIds.has(card.laneId)) continue
    const line = cardLine(card.text)
    if (line === '') continue
    const row = (cells[card.stageId] ??= {})
    row[card.laneId] = row[card.laneId] ? `${row[card.laneId]}\n${line}` : line
    ;((keptCards[card.stageId] ??= {})[card.laneId] ??= []).push({ ...card })
  }

  const scores: Record<string, number | null> = {}
  const keptEmotions: Record<string, Emotion[]> = {}
  for (const stage of journey.stages) {
    const points = journey.emotions.filter((e) => e.stageId === stage.id)
    const values = points.map((e) => e.score)
    scores[stage.id] =
      values.length === 0 ? null : clampScore(values.reduce((a, b) => a + b, 0) / values.length, journey.scale)
    if (points.length > 0) keptEmotions[stage.id] = points.map((e) => ({ ...e }))
  }

  return {
    title: journey.title,
    locale,
    direction: journey.direction,
    scale: { ...journey.scale },
    stages: journey.stages.map((s) => ({ id: s.id, name: s.name })),
    lanes: [...catalog, ...extras],
    laneOrder: journey.lanes.map((l) => l.id),
    workshop,
    cells,
    scores,
    personas: journey.personas.map((p) => ({ ...p })),
    keptCards,
    keptEmotions,
    seq: 1,
  }
}

function withHint(lane: DraftLane, hint: string | undefined): DraftLane {
  return hint === undefined ? lane : { ...lane, hint }
}

/** Switched-on lanes in board order: the journey's own order, then lanes switched on since. */
export function boardLanes(draft: Pick<Draft, 'lanes' | 'laneOrder'>): DraftLane[] {
  const rank = new Map(draft.laneOrder.map((id, i) => [id, i]))
  const on = draft.lanes.filter((l) => l.enabled)
  const index = new Map(on.map((l, i) => [l.id, i]))
  const place = (l: DraftLane): number => rank.get(l.id) ?? draft.laneOrder.length + index.get(l.id)!
  return on.sort((a, b) => place(a) - place(b))
}

function laneTitleForJourney(lane: DraftLane, locale: Locale): string {
  const title = lane.title.trim()
  if (title !== '') return title
  return lane.kind === 'custom' ? translate(locale, 'lane.custom') : defaultLaneTitle(lane.kind, locale)
}

/** `base`, or `base-2`, `base-3`… whichever is not in `used`; the result is added to `used`. */
function unusedId(base: string, used: Set<string>): string {
  let id = base
  for (let n = 2; used.has(id); n++) id = `${base}-${n}`
  used.add(id)
  return id
}

/**
 * The Journey to draw. Only switched-on lanes take part. Each non-empty line of a cell is
 * one card: a line that still reads as a kept card (imported or loaded) is that card with
 * all its fields and id; any other line gets id `${stageId}/${laneId}/${n}`. A stage with
 * kept emotion points gives those points; a stage whose score was set here gives one
 * emotion with id `e-${stageId}`. Not validated here: run `checkJourney` on it.
 */
export function journeyFromDraft(draft: Draft): Journey {
  const lanes = boardLanes(draft)
  const emotionOn = lanes.some((l) => l.kind === 'emotion')
  const used = new Set<string>([...draft.stages.map((s) => s.id), ...lanes.map((l) => l.id), ...draft.personas.map((p) => p.id)])

  // Kept cards and points claim their ids first, so a new line never takes one of them.
  const cells: { stageId: string; laneId: string; lines: string[]; matched: (Card | undefined)[] }[] = []
  for (const stage of draft.stages) {
    for (const lane of lanes) {
      const lines = cellLines(cellText(draft, stage.id, lane.id))
      const matched = matchKept(lines, draft.keptCards[stage.id]?.[lane.id] ?? [])
      for (const card of matched) if (card) used.add(card.id)
      cells.push({ stageId: stage.id, laneId: lane.id, lines, matched })
    }
  }
  const keptPoints = (stageId: string) => (emotionOn ? keptEmotionsOf(draft, stageId) : [])
  for (const stage of draft.stages) for (const e of keptPoints(stage.id)) used.add(e.id)

  const cards: Journey['cards'] = []
  for (const { stageId, laneId, lines, matched } of cells) {
    lines.forEach((text, i) => {
      const kept = matched[i]
      cards.push(kept ? { ...kept } : { id: unusedId(`${stageId}/${laneId}/${i + 1}`, used), stageId, laneId, text })
    })
  }
  const emotions: Journey['emotions'] = []
  if (emotionOn) {
    for (const stage of draft.stages) {
      const points = keptPoints(stage.id)
      if (points.length > 0) {
        emotions.push(...points.map((e) => ({ ...e })))
        continue
      }
      const score = scoreOf(draft, stage.id)
      if (score !== null) emotions.push({ id: unusedId(`e-${stage.id}`, used), stageId: stage.id, score })
    }
  }
  return {
    schema: SCHEMA_VERSION,
    title: draft.title.trim(),
    locale: draft.locale,
    direction: draft.direction,
    scale: { ...draft.scale },
    stages: draft.stages.map((s) => ({ id: s.id, name: s.name.trim() })),
    lanes: lanes.map((l) => {
      const lane: Journey['lanes'][number] = { id: l.id, kind: l.kind, title: laneTitleForJourney(l, draft.locale) }
      if (l.hint !== undefined && l.hint.trim() !== '') lane.hint = l.hint.trim()
      return lane
    }),
    personas: draft.personas.map((p) => ({ ...p })),
    cards,
    emotions,
  }
}

/**
 * What a regenerate sends: the journey with only the cards and scores that are not on the
 * board yet. Those the draft kept from the loaded map are stickies already, and the board
 * is where their text lives: a regenerate moves them, never rewrites or resends them.
 */
export function newOnBoard(journey: Journey, draft: Pick<Draft, 'keptCards' | 'keptEmotions'>): Journey {
  const cards = new Set(Object.values(draft.keptCards).flatMap((row) => Object.values(row).flatMap((list) => list.map((c) => c.id))))
  const emotions = new Set(Object.values(draft.keptEmotions).flatMap((list) => list.map((e) => e.id)))
  return { ...journey, cards: journey.cards.filter((c) => !cards.has(c.id)), emotions: journey.emotions.filter((e) => !emotions.has(e.id)) }
}

/** The same map for the next group: stages, lanes, scale and titles, no cards or scores. */
export function withoutCards(journey: Journey): Journey {
  return { ...journey, cards: [], emotions: [] }
}
