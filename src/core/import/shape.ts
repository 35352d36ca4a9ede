import { fieldByWord, fieldExact, laneKind } from './aliases'
import { normalizeName } from '../model/normalize'
import { FIELDS, type Field, type ImportChoices, type TableShape } from './types'

/**
 * Which way round a table is. Long: the header names fields (stage, lane, note…). Wide: the
 * first column holds lane names and the header row stages. Transposed: the header row holds
 * lane names and the first column stages.
 */

export type Columns = Partial<Record<Field, number>>

/**
 * Header cells to fields: exact names first, then a field named by a word of a longer
 * header, unless several headers would name it so ("Stage 1", "Stage 2" are stages, not a column).
 */
export function matchColumns(headers: readonly string[]): Columns {
  const columns: Columns = {}
  const taken = new Set<number>()
  headers.forEach((h, i) => {
    const field = fieldExact(h)
    if (field !== undefined && columns[field] === undefined) {
      columns[field] = i
      taken.add(i)
    }
  })
  const byWord = new Map<Field, number[]>()
  headers.forEach((h, i) => {
    if (taken.has(i)) return
    const field = fieldByWord(h)
    if (field !== undefined && columns[field] === undefined) byWord.set(field, [...(byWord.get(field) ?? []), i])
  })
  for (const [field, at] of byWord) if (at.length === 1) columns[field] = at[0]!
  return columns
}

/** The person's mapping over the detected one; a column the person gave a field loses its detected one. */
export function mergeColumns(detected: Columns, chosen: Columns | undefined, width: number): Columns {
  if (!chosen) return detected
  const out: Columns = {}
  const chosenIndexes = new Set<number>()
  for (const f of FIELDS) {
    const i = chosen[f]
    if (i !== undefined && Number.isInteger(i) && i >= 0 && i < width) {
      out[f] = i
      chosenIndexes.add(i)
    }
  }
  for (const f of FIELDS) {
    const i = detected[f]
    if (out[f] === undefined && chosen[f] === undefined && i !== undefined && !chosenIndexes.has(i)) out[f] = i
  }
  return out
}

const SAMPLE = 200

/** Share of non-empty names that are known lanes, and how many. */
function laneShare(names: readonly string[]): { share: number; known: number } {
  let filled = 0
  let known = 0
  for (const n of names) {
    if (n.trim() === '') continue
    filled++
    if (laneKind(n) !== null) known++
  }
  return { share: filled === 0 ? 0 : known / filled, known }
}

/** A stage named on more than one row of the sample: observations, not a map's one row per stage. */
function stagesRepeat(rows: readonly (readonly string[])[], header: number, column: number): boolean {
  const seen = new Set<string>()
  for (const r of rows.slice(header + 1, header + 1 + SAMPLE)) {
    const name = normalizeName(r[column] ?? '')
    if (name === '') continue
    if (seen.has(name)) return true
    seen.add(name)
  }
  return false
}

export function detectShape(rows: readonly (readonly string[])[], header: number, width: number, choices: ImportChoices): { shape: TableShape | null; columns: Columns } {
  const headers = (rows[header] ?? []).slice(0, width)
  const columns = mergeColumns(matchColumns(headers), choices.columns, width)
  if (choices.shape) return { shape: choices.shape, columns }

  const hasStage = columns.stage !== undefined
  if (choices.columns?.stage !== undefined) return { shape: 'long', columns }
  // Stage with lane or note columns is a long table; stage with only a score may be a
  // transposed map whose "Emotions" lane looks like a score column.
  if (hasStage && (columns.lane !== undefined || columns.text !== undefined)) return { shape: 'long', columns }
  // Stage with who said it, or with a score while stages repeat down the column, is one row
  // per observation ("Stage, Participant, Emotion"), even though "Emotion" is also a lane name.
  if (hasStage && (columns.participant !== undefined || columns.persona !== undefined)) return { shape: 'long', columns }
  if (hasStage && columns.score !== undefined && stagesRepeat(rows, header, columns.stage!)) return { shape: 'long', columns }

  const firstColumn = rows.slice(header + 1, header + 1 + SAMPLE).map((r) => r[0] ?? '')
  const wide = laneShare(firstColumn)
  const transposed = laneShare(headers.slice(1))
  const best = wide.share >= transposed.share ? { shape: 'wide' as const, ...wide } : { shape: 'transposed' as const, ...transposed }
  if (best.known > 0 && best.share >= 0.5) return { shape: best.shape, columns }
  if (hasStage) return { shape: 'long', columns }
  if (best.known > 0) return { shape: best.shape, columns }
  return { shape: null, columns }
}
