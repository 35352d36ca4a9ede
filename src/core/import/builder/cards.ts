import type { Card, Lane, Persona } from '../../model/journey'
import type { Locale } from '../../i18n/locale'
import { clip } from '../../model/normalize'
import { allocateCards } from './card-cap'
import { DEFAULT_CARD_CAP, MAX_CARDS, MAX_TEXT } from './limits'
import { foldEntries, listNotes, MAX_EVIDENCE_PARTICIPANTS, mostFrequentFirst, type Cell, type Entry } from './notes'
import { summaryCardText } from './summary-card'

/** The sticky cap asked for, within the schema's limit; the default when it is not a usable number. */
export function cardCap(requested: number | undefined): number {
  return requested !== undefined && Number.isFinite(requested) && requested >= 1 ? Math.min(Math.floor(requested), MAX_CARDS) : DEFAULT_CARD_CAP
}

/** Sorts the cells in board order and folds each one's entries; returns the distinct notes left. */
export function foldCells(cells: Cell[], lanePosition: readonly number[]): number {
  cells.sort((a, b) => a.stage - b.stage || lanePosition[a.lane]! - lanePosition[b.lane]!)
  for (const cell of cells) cell.entries = foldEntries(cell)
  return cells.reduce((n, c) => n + c.entries.length, 0)
}

/**
 * The cards of folded cells (see `foldCells`), at most `cap` of them: a cell that loses
 * notes keeps its most frequent ones and a summary card for the rest. `summarised` counts
 * the notes summary cards stand for.
 */
export function makeCards(
  cells: readonly Cell[],
  cap: number,
  stages: readonly { id: string }[],
  lanes: readonly Lane[],
  lanePosition: readonly number[],
  personas: readonly Persona[],
  locale: Locale,
): { cards: Card[]; summarised: number } {
  const kept = allocateCards(
    cells.map((c) => c.entries.length),
    cap,
  )

  const cards: Card[] = []
  let summarised = 0
  cells.forEach((cell, i) => {
    const stageId = stages[cell.stage]!.id
    const position = lanePosition[cell.lane]!
    const laneId = lanes[position]!.id
    const keep = kept[i]!
    let shown = cell.entries
    let hidden: Entry[] = []
    if (keep < cell.entries.length) {
      const frequent = mostFrequentFirst(cell.entries)
      shown = frequent.slice(0, keep).sort((a, b) => a.order - b.order)
      hidden = frequent.slice(keep)
    }
    shown.forEach((e, n) => cards.push(card(e, `c-${cell.stage}-${position}-${n + 1}`, stageId, laneId, personas)))
    if (hidden.length > 0) {
      const count = hidden.reduce((sum, e) => sum + e.count, 0)
      summarised += count
      cards.push({ id: `c-${cell.stage}-${position}-more`, stageId, laneId, text: summaryCardText(locale, count), evidence: listNotes(hidden) })
    }
  })
  return { cards, summarised }
}

function card(e: Entry, id: string, stageId: string, laneId: string, personas: readonly Persona[]): Card {
  const card: Card = { id, stageId, laneId, text: e.text }
  const persona = e.persona >= 0 ? personas[e.persona] : undefined
  if (persona) card.personaId = persona.id
  if (e.participants) {
    const all = e.participants
    if (all.length === 1) card.participant = all[0]!
    else if (all.length > 1) card.evidence = clip(all.join(', ') + (all.length >= MAX_EVIDENCE_PARTICIPANTS ? ', …' : ''), MAX_TEXT)
  } else if (e.participant !== undefined) card.participant = e.participant
  if (e.count > 1) card.count = e.count
  return card
}
