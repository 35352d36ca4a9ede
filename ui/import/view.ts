import type { ImportProblem, ImportResult } from '../../src/core/import/types'
import type { Journey } from '../../src/core/model/journey'
import type { Locale } from '../../src/core/i18n/locale'
import type { Translator } from '../i18n/catalogs'

/** What the import preview shows, computed from an ImportResult; plain data, no DOM. */

/** Cards per cell: stageId → laneId → number of cards. */
export function cardCounts(journey: Journey): Map<string, Map<string, number>> {
  const counts = new Map<string, Map<string, number>>()
  for (const card of journey.cards) {
    let row = counts.get(card.stageId)
    if (!row) counts.set(card.stageId, (row = new Map<string, number>()))
    row.set(card.laneId, (row.get(card.laneId) ?? 0) + 1)
  }
  return counts
}

export interface CurvePoint {
  stageId: string
  stageName: string
  /** null when nobody scored the stage */
  mean: number | null
  min: number
  max: number
  count: number
}

/** The emotion curve per stage: the mean of every score there, with its spread and how many. */
export function curvePoints(journey: Journey): CurvePoint[] {
  const byStage = new Map<string, number[]>()
  for (const e of journey.emotions) {
    const list = byStage.get(e.stageId)
    if (list) list.push(e.score)
    else byStage.set(e.stageId, [e.score])
  }
  return journey.stages.map((stage) => {
    const values = byStage.get(stage.id) ?? []
    if (values.length === 0) return { stageId: stage.id, stageName: stage.name, mean: null, min: 0, max: 0, count: 0 }
    return {
      stageId: stage.id,
      stageName: stage.name,
      mean: values.reduce((a, b) => a + b, 0) / values.length,
      min: Math.min(...values),
      max: Math.max(...values),
      count: values.length,
    }
  })
}

export interface ProblemGroups {
  fatal: ImportProblem[]
  rows: ImportProblem[]
  notes: ImportProblem[]
  /** the rows left out (what "Skip these N rows" counts): the importer's own count, so the panel and the summary agree */
  rowCount: number
}

export function groupProblems(result: ImportResult): ProblemGroups {
  const fatal = result.problems.filter((p) => p.level === 'fatal')
  const rows = result.problems.filter((p) => p.level === 'row')
  const notes = result.problems.filter((p) => p.level === 'note')
  return { fatal, rows, notes, rowCount: result.summary.skippedRows }
}

/**
 * Where a problem is — "Row 12, column “Score”:", "Row 12:", "Column “Score”:" — for the
 * parts its sentence does not already say (a sentence with a `row` or `column` parameter
 * names them itself), or nothing.
 */
export function problemPlace(t: Translator, p: ImportProblem): string {
  const row = p.row !== null && p.message.params?.row === undefined ? p.row : null
  const column = p.column !== null && p.message.params?.column === undefined ? p.column : null
  if (row !== null && column !== null) return t('ui.import.where.rowColumn', { row, column })
  if (row !== null) return t('ui.import.where.row', { row })
  if (column !== null) return t('ui.import.where.column', { column })
  return ''
}

/** A problem as one line of the panel's list: its place, then its sentence. */
export function problemLine(t: Translator, p: ImportProblem): string {
  const place = problemPlace(t, p)
  const text = t.message(p.message)
  return place ? `${place} ${text}` : text
}

/**
 * The panel's problem lists as plain lines, each under the panel's own heading:
 * what refused the file, the rows left out, then the notes.
 */
export function problemReport(t: Translator, result: ImportResult): { refused: string[]; rows: string[]; notes: string[] } {
  const groups = groupProblems(result)
  const block = (title: string, list: readonly ImportProblem[]): string[] => (list.length > 0 ? [title, ...list.map((p) => `  ${problemLine(t, p)}`)] : [])
  return {
    refused: block(t('ui.import.refused'), groups.fatal),
    rows: block(t.plural('ui.import.rows', { count: groups.rowCount }), groups.rows),
    notes: block(t('ui.import.notes'), groups.notes),
  }
}

/** Whether the journey can be used: not refused, and any left-out rows were confirmed. */
export function isUsable(result: ImportResult, skipConfirmed: boolean): boolean {
  const groups = groupProblems(result)
  return result.journey !== null && groups.fatal.length === 0 && (groups.rows.length === 0 || skipConfirmed)
}

/** A number as the panel's language writes it, with at most `digits` decimals. */
export function formatNumber(locale: Locale, value: number, digits = 1): string {
  try {
    return new Intl.NumberFormat(locale, { maximumFractionDigits: digits }).format(value)
  } catch {
    return String(Math.round(value * 10 ** digits) / 10 ** digits)
  }
}

/**
 * The name pasted text is imported under: its extension tells the importer what the
 * text looks like (Mermaid, our JSON, or a table).
 */
export function pastedName(text: string): string {
  const start = text.trimStart()
  if (start.startsWith('{')) return 'pasted.json'
  if (/^(?:---[\s\S]*?---\s*)?journey\b/i.test(start) || start.startsWith('```mermaid')) return 'pasted.mmd'
  return 'pasted.txt'
}
