import { translate, type MessageKey } from '../../src/core/i18n'
import { type Card, type Emotion, type Scale } from '../../src/core/model/journey'
import { directionOf, type Locale } from '../../src/core/i18n/locale'
import { templateKeys } from '../../src/core/templates/built-in'
import type { Workshop } from '../../src/core/model/workshop'
import { CATALOG_KINDS, clampScore, freshId, type Draft, type DraftLane } from './draft'

/** Pure edits of a Draft: each returns a new draft and leaves the old one as it was. */

function withoutKey<T>(record: Readonly<Record<string, T>>, key: string): Record<string, T> {
  const copy = { ...record }
  delete copy[key]
  return copy
}

export function setTitle(draft: Draft, title: string): Draft {
  return { ...draft, title }
}

/** Appends a stage with a fresh `s-<n>` id; its name defaults to "Stage <n>". */
export function addStage(draft: Draft, name?: string): Draft {
  const { id, seq } = freshId(draft, 's-')
  const stageName = name ?? translate(draft.locale, 'template.blank.stage', { n: draft.stages.length + 1 })
  return { ...draft, seq, stages: [...draft.stages, { id, name: stageName }] }
}

export function renameStage(draft: Draft, stageId: string, name: string): Draft {
  return { ...draft, stages: draft.stages.map((s) => (s.id === stageId ? { ...s, name } : s)) }
}

/** Moves a stage by `delta` places, stopping at either end; ids do not change. */
export function moveStage(draft: Draft, stageId: string, delta: number): Draft {
  const from = draft.stages.findIndex((s) => s.id === stageId)
  if (from < 0) return draft
  const to = Math.min(draft.stages.length - 1, Math.max(0, from + delta))
  if (to === from) return draft
  const stages = [...draft.stages]
  const [stage] = stages.splice(from, 1)
  if (!stage) return draft
  stages.splice(to, 0, stage)
  return { ...draft, stages }
}

/** Removes a stage with its typed cards and its score (and what was kept of them from an import). */
export function removeStage(draft: Draft, stageId: string): Draft {
  const cells = withoutKey(draft.cells, stageId)
  const scores = withoutKey(draft.scores, stageId)
  const keptCards = withoutKey(draft.keptCards, stageId)
  const keptEmotions = withoutKey(draft.keptEmotions, stageId)
  return { ...draft, stages: draft.stages.filter((s) => s.id !== stageId), cells, scores, keptCards, keptEmotions }
}

/** Switches a lane on or off; its typed text is kept so switching back restores it. */
export function toggleLane(draft: Draft, laneId: string, enabled: boolean): Draft {
  return { ...draft, lanes: draft.lanes.map((l) => (l.id === laneId ? { ...l, enabled } : l)) }
}

export function retitleLane(draft: Draft, laneId: string, title: string): Draft {
  return { ...draft, lanes: draft.lanes.map((l) => (l.id === laneId ? { ...l, title } : l)) }
}

/** Adds a switched-on custom lane after the others; a blank title becomes "Custom lane". */
export function addCustomLane(draft: Draft, title: string): Draft {
  const { id, seq } = freshId(draft, 'custom-')
  const text = title.trim() || translate(draft.locale, 'lane.custom')
  const lane: DraftLane = { id, kind: 'custom', title: text, enabled: true }
  return { ...draft, seq, lanes: [...draft.lanes, lane] }
}

/** Whether a lane is one of the catalog's (those are switched off, never removed). */
export function isCatalogLane(draft: Draft, laneId: string): boolean {
  const index = draft.lanes.findIndex((l) => l.id === laneId)
  return index >= 0 && index < CATALOG_KINDS.length
}

/** Removes an extra (custom) lane and the text typed in it; catalog lanes stay. */
export function removeLane(draft: Draft, laneId: string): Draft {
  if (isCatalogLane(draft, laneId) || !draft.lanes.some((l) => l.id === laneId)) return draft
  const cells: Record<string, Record<string, string>> = {}
  for (const [stageId, row] of Object.entries(draft.cells)) cells[stageId] = withoutKey(row, laneId)
  const keptCards: Record<string, Record<string, readonly Card[]>> = {}
  for (const [stageId, row] of Object.entries(draft.keptCards)) keptCards[stageId] = withoutKey(row, laneId)
  return { ...draft, lanes: draft.lanes.filter((l) => l.id !== laneId), cells, keptCards }
}

export function setCell(draft: Draft, stageId: string, laneId: string, text: string): Draft {
  const row = { ...(draft.cells[stageId] ?? {}), [laneId]: text }
  return { ...draft, cells: { ...draft.cells, [stageId]: row } }
}

/**
 * Sets a stage's score, rounded onto the scale; null means "no score". The person's score
 * replaces the stage's kept emotion points (the scores several participants gave).
 */
export function setScore(draft: Draft, stageId: string, score: number | null): Draft {
  const value = score === null || !Number.isFinite(score) ? null : clampScore(score, draft.scale)
  const keptEmotions = stageId in draft.keptEmotions ? withoutKey(draft.keptEmotions, stageId) : draft.keptEmotions
  return { ...draft, scores: { ...draft.scores, [stageId]: value }, keptEmotions }
}

export function isValidScale(scale: Scale): boolean {
  return Number.isInteger(scale.min) && Number.isInteger(scale.max) && scale.min < scale.max
}

/** Changes the scale (whole numbers, min below max; anything else is ignored) and pulls scores onto it. */
export function setScale(draft: Draft, scale: Scale): Draft {
  if (!isValidScale(scale)) return draft
  const scores: Record<string, number | null> = {}
  for (const [stageId, score] of Object.entries(draft.scores)) {
    scores[stageId] = score === null ? null : clampScore(score, scale)
  }
  // Kept points stay as many and as fine as they were, pulled inside the new scale.
  const keptEmotions: Record<string, readonly Emotion[]> = {}
  for (const [stageId, points] of Object.entries(draft.keptEmotions)) {
    keptEmotions[stageId] = points.map((e) => ({ ...e, score: Math.min(scale.max, Math.max(scale.min, e.score)) }))
  }
  return { ...draft, scale: { min: scale.min, max: scale.max }, scores, keptEmotions }
}

const TEMPLATE_KEYS = templateKeys()
const LANE_TITLE_KEYS: readonly MessageKey[] = [...CATALOG_KINDS.map((k) => `lane.${k}` as MessageKey), ...TEMPLATE_KEYS.lanes]
const HINT_KEYS: readonly MessageKey[] = [
  ...CATALOG_KINDS.flatMap((k) => (k === 'custom' ? [] : [`hint.${k}` as MessageKey])),
  ...TEMPLATE_KEYS.hints,
]

/** `text` in `to` if it is exactly one of the given catalog strings in `from`; otherwise unchanged. */
function followDefault(text: string, keys: readonly MessageKey[], from: Locale, to: Locale): string {
  const key = keys.find((k) => translate(from, k) === text)
  return key ? translate(to, key) : text
}

/** "Stage 3" in `from` becomes "Этап 3" in `to`; other names stay. */
function followNumberedStage(name: string, from: Locale, to: Locale): string {
  const [before = '', after = ''] = translate(from, 'template.blank.stage', { n: '\u0000' }).split('\u0000')
  if (!name.startsWith(before) || !name.endsWith(after)) return name
  const middle = name.slice(before.length, name.length - after.length)
  return /^\d+$/.test(middle) ? translate(to, 'template.blank.stage', { n: Number(middle) }) : name
}

/**
 * The panel's language changes: titles and names still equal to a default of the old
 * language (lane titles, template title and stage names) follow; edited ones stay.
 */
export function setLocale(draft: Draft, locale: Locale): Draft {
  const from = draft.locale
  if (from === locale) return draft
  const lanes = draft.lanes.map((lane) => {
    const title = followDefault(lane.title, LANE_TITLE_KEYS, from, locale)
    const hint = lane.hint === undefined ? undefined : followDefault(lane.hint, HINT_KEYS, from, locale)
    return title === lane.title && hint === lane.hint ? lane : { ...lane, title, ...(hint === undefined ? {} : { hint }) }
  })
  const stages = draft.stages.map((s) => {
    const name = followNumberedStage(followDefault(s.name, TEMPLATE_KEYS.stages, from, locale), from, locale)
    return name === s.name ? s : { ...s, name }
  })
  const title = followDefault(draft.title, TEMPLATE_KEYS.titles, from, locale)
  // A template nobody has retitled is still the template: it runs the way its new language reads.
  const direction = title !== draft.title && draft.direction === directionOf(from) ? directionOf(locale) : draft.direction
  return { ...draft, locale, lanes, stages, title, direction }
}

/** Every edit as data, for `useReducer` in the panel. */
export type DraftAction =
  | { type: 'setTitle'; title: string }
  | { type: 'addStage'; name?: string }
  | { type: 'renameStage'; stageId: string; name: string }
  | { type: 'moveStage'; stageId: string; delta: number }
  | { type: 'removeStage'; stageId: string }
  | { type: 'toggleLane'; laneId: string; enabled: boolean }
  | { type: 'retitleLane'; laneId: string; title: string }
  | { type: 'addCustomLane'; title: string }
  | { type: 'removeLane'; laneId: string }
  | { type: 'setCell'; stageId: string; laneId: string; text: string }
  | { type: 'setScore'; stageId: string; score: number | null }
  | { type: 'setScale'; scale: Scale }
  | { type: 'setLocale'; locale: Locale }
  | { type: 'setWorkshop'; workshop: Workshop }
  | { type: 'setDirection'; direction: 'ltr' | 'rtl' }

export function reduceDraft(draft: Draft, action: DraftAction): Draft {
  switch (action.type) {
    case 'setTitle':
      return setTitle(draft, action.title)
    case 'addStage':
      return addStage(draft, action.name)
    case 'renameStage':
      return renameStage(draft, action.stageId, action.name)
    case 'moveStage':
      return moveStage(draft, action.stageId, action.delta)
    case 'removeStage':
      return removeStage(draft, action.stageId)
    case 'toggleLane':
      return toggleLane(draft, action.laneId, action.enabled)
    case 'retitleLane':
      return retitleLane(draft, action.laneId, action.title)
    case 'addCustomLane':
      return addCustomLane(draft, action.title)
    case 'removeLane':
      return removeLane(draft, action.laneId)
    case 'setCell':
      return setCell(draft, action.stageId, action.laneId, action.text)
    case 'setScore':
      return setScore(draft, action.stageId, action.score)
    case 'setScale':
      return setScale(draft, action.scale)
    case 'setLocale':
      return setLocale(draft, action.locale)
    case 'setWorkshop':
      return { ...draft, workshop: action.workshop }
    case 'setDirection':
      return { ...draft, direction: action.direction }
  }
}
