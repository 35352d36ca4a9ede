import { translate } from '../src/core/i18n'
import { SCHEMA_VERSION, type Journey, type Locale, type Persona, type Scale } from '../src/core/journey'
import { LANE_KINDS, type LaneKind } from '../src/core/lanes'
import { laneTitle } from '../src/core/templates'

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
}

/** Text typed per cell: stageId → laneId → lines. */
export type Cells = Readonly<Record<string, Readonly<Record<string, string>>>>

export interface Draft {
  readonly title: string
  readonly locale: Locale
  readonly direction: 'ltr' | 'rtl'
  readonly scale: Scale
  readonly stages: readonly DraftStage[]
  /** Every catalog lane once, in catalog order (on or off), then the extra lanes (custom ones). */
  readonly lanes: readonly DraftLane[]
  readonly cells: Cells
  /** A stage's emotion score, or null for "no score". Missing means null. */
  readonly scores: Readonly<Record<string, number | null>>
  /** Carried through unchanged so a loaded map keeps its personas. */
  readonly personas: readonly Persona[]
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
 * stored (a loaded map's titles count as the person's own). Several scores at one
 * stage (participants) become their rounded mean; a card's line breaks become spaces.
 */
export function draftFromJourney(journey: Journey, locale: Locale = journey.locale): Draft {
  const remaining = [...journey.lanes]
  const catalog: DraftLane[] = []
  const taken = new Set(journey.lanes.map((l) => l.id))
  for (const kind of CATALOG_KINDS) {
    const index = remaining.findIndex((l) => l.kind === kind)
    const found = index >= 0 ? remaining.splice(index, 1)[0] : undefined
    if (found) {
      catalog.push({ id: found.id, kind, title: found.title, enabled: true })
    } else {
      let id: string = kind
      for (let n = 2; taken.has(id); n++) id = `${kind}-${n}`
      taken.add(id)
      catalog.push({ id, kind, title: defaultLaneTitle(kind, locale), enabled: false })
    }
  }
  const extras: DraftLane[] = remaining.map((l) => ({ id: l.id, kind: l.kind, title: l.title, enabled: true }))

  const stageIds = new Set(journey.stages.map((s) => s.id))
  const laneIds = new Set(journey.lanes.map((l) => l.id))
  const cells: Record<string, Record<string, string>> = {}
  for (const card of journey.cards) {
    if (!stageIds.has(card.stageId) || !laneIds.has(card.laneId)) continue
    const line = card.text.replace(/\s*[\r\n]+\s*/g, ' ').trim()
    if (line === '') continue
    const row = (cells[card.stageId] ??= {})
    row[card.laneId] = row[card.laneId] ? `${row[card.laneId]}\n${line}` : line
  }

  const scores: Record<string, number | null> = {}
  for (const stage of journey.stages) {
    const values = journey.emotions.filter((e) => e.stageId === stage.id).map((e) => e.score)
    scores[stage.id] =
      values.length === 0 ? null : clampScore(values.reduce((a, b) => a + b, 0) / values.length, journey.scale)
  }

  return {
    title: journey.title,
    locale,
    direction: journey.direction,
    scale: { ...journey.scale },
    stages: journey.stages.map((s) => ({ id: s.id, name: s.name })),
    lanes: [...catalog, ...extras],
    cells,
    scores,
    personas: journey.personas.map((p) => ({ ...p })),
    seq: 1,
  }
}

function laneTitleForJourney(lane: DraftLane, locale: Locale): string {
  const title = lane.title.trim()
  if (title !== '') return title
  return lane.kind === 'custom' ? translate(locale, 'lane.custom') : defaultLaneTitle(lane.kind, locale)
}

/**
 * The Journey to draw. Only switched-on lanes take part; each non-empty line of a
 * cell is one card with id `${stageId}/${laneId}/${n}`; each scored stage gives one
 * emotion with id `e-${stageId}`. Not validated here: run `checkJourney` on it.
 */
export function journeyFromDraft(draft: Draft): Journey {
  const lanes = draft.lanes.filter((l) => l.enabled)
  const cards: Journey['cards'] = []
  for (const stage of draft.stages) {
    for (const lane of lanes) {
      cellLines(cellText(draft, stage.id, lane.id)).forEach((text, i) => {
        cards.push({ id: `${stage.id}/${lane.id}/${i + 1}`, stageId: stage.id, laneId: lane.id, text })
      })
    }
  }
  const emotionOn = lanes.some((l) => l.kind === 'emotion')
  const emotions: Journey['emotions'] = []
  if (emotionOn) {
    for (const stage of draft.stages) {
      const score = scoreOf(draft, stage.id)
      if (score !== null) emotions.push({ id: `e-${stage.id}`, stageId: stage.id, score })
    }
  }
  return {
    schema: SCHEMA_VERSION,
    title: draft.title.trim(),
    locale: draft.locale,
    direction: draft.direction,
    scale: { ...draft.scale },
    stages: draft.stages.map((s) => ({ id: s.id, name: s.name.trim() })),
    lanes: lanes.map((l) => ({ id: l.id, kind: l.kind, title: laneTitleForJourney(l, draft.locale) })),
    personas: draft.personas.map((p) => ({ ...p })),
    cards,
    emotions,
  }
}
