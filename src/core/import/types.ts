import type { Message } from '../i18n'
import type { Journey, Scale } from '../model/journey'
import type { Locale } from '../i18n/locale'

/**
 * The contract of file import, shared by the panel, the preview command and the
 * tests: bytes (or pasted text) in, a Journey and every problem out. Import never
 * throws; a file that cannot be a journey comes back refused, with the reason.
 */

export const ENCODINGS = ['utf-8', 'utf-16le', 'utf-16be', 'windows-1251', 'windows-1255'] as const
export type Encoding = (typeof ENCODINGS)[number]

export const DELIMITERS = [',', ';', '\t', '|'] as const
export type Delimiter = (typeof DELIMITERS)[number]

/** long: one row per observation; wide: lanes down, stages across; transposed: stages down. */
export const TABLE_SHAPES = ['long', 'wide', 'transposed'] as const
export type TableShape = (typeof TABLE_SHAPES)[number]

export const FIELDS = ['stage', 'lane', 'text', 'score', 'persona', 'participant'] as const
export type Field = (typeof FIELDS)[number]

export type SourceFormat = 'csv' | 'mermaid' | 'json'

/** What the person may override in the preview; anything left out is detected. */
export interface ImportChoices {
  encoding?: Encoding
  delimiter?: Delimiter
  shape?: TableShape
  /** Long shape: the column index of each field, when headers could not be matched. */
  columns?: Partial<Record<Field, number>>
  /** The scale the file's numeric scores are written on. */
  fileScale?: Scale
  /** The journey's scale; scores are normalised onto it. Default −2..+2. */
  scale?: Scale
  /** Language of the journey (lane titles, notes). Default 'en'. */
  locale?: Locale
  /** Most stickies a map gets before notes are summarised. Default 400. */
  cardCap?: number
  /** Title when the file has none; default from the file name. */
  title?: string
}

export interface ImportHooks {
  /** Called as rows are processed (row counts), so big files can show progress. */
  onProgress?: (done: number, total: number) => void
}

export type ProblemLevel =
  /** the file is refused: not a table, no stage column, binary data */
  | 'fatal'
  /** a row is left out of the journey until fixed (the panel shows it before generating) */
  | 'row'
  /** information: an ignored column, merged notes, summarised cells */
  | 'note'

export interface ImportProblem {
  level: ProblemLevel
  /** 1-based row number as a spreadsheet shows it (header is row 1), or null for the whole file */
  row: number | null
  /** the column's header text (or its letter when headerless), or null */
  column: string | null
  message: Message
}

/** What was detected, so the preview can show it and offer overrides. */
export interface Detected {
  format: SourceFormat
  encoding: Encoding | null
  delimiter: Delimiter | null
  shape: TableShape | null
  /** Long shape: the column index matched to each field. */
  columns: Partial<Record<Field, number>>
  /** The header row as read (for the column mapping UI). */
  headers: string[]
  fileScale: Scale | null
  rows: number
}

export interface ImportSummary {
  /** notes read from the file (before merging) */
  notes: number
  /** cards in the journey (after merging and the cap) */
  cards: number
  /** notes folded into an identical card (count > 1) */
  merged: number
  /** notes not drawn as their own sticky because of the cap (each cell says how many) */
  summarised: number
  emotions: number
  /** rows left out because of a row-level problem */
  skippedRows: number
}

export interface ImportResult {
  /** null when refused (a 'fatal' problem is in `problems`) */
  journey: Journey | null
  problems: ImportProblem[]
  detected: Detected
  summary: ImportSummary
}
