import Papa from 'papaparse'
import { isBlankRow } from './columns'
import type { Problems } from './problems'
import type { Delimiter } from './types'

/**
 * Text to rows of cells with papaparse, and what its errors mean to a person: an
 * unclosed quote that swallows the rest of the file refuses it; one in the last row
 * leaves that row out; a stray quote inside a cell is worth a look but not fatal.
 * Big files are read in chunks, so rows die young and the garbage collector stays quiet.
 */

export interface Table {
  /** Every record; index i is spreadsheet row i + 1. Trailing empty rows removed. */
  rows: string[][]
  /** Columns up to the last one with anything in it. */
  width: number
}

const TRAILING_BREAKS = /[\r\n]+$/
const LINE_BREAK = /[\r\n]/
const CHUNK_CHARS = 1 << 20

/**
 * Reports a chunk's parse errors (row indexes relative to `first`). Returns false when the
 * file is refused. A row left out is emptied in place.
 */
function handleErrors(errors: readonly Papa.ParseError[], rows: string[][], first: number, isLastChunk: boolean, delimiter: Delimiter, problems: Problems): boolean {
  const dropped = new Set<number>()
  for (const error of errors) {
    const index = error.row
    if (index === undefined || index === null) continue
    const rowNumber = first + index + 1
    if (error.code === 'MissingQuotes') {
      const row = rows[index]
      const last = row?.[row.length - 1] ?? ''
      const swallowsRows = !isLastChunk || index < rows.length - 1 || LINE_BREAK.test(last.replace(TRAILING_BREAKS, ''))
      if (swallowsRows) {
        problems.add('fatal', 'import.unclosedQuote', { row: rowNumber }, rowNumber)
        return false
      }
      problems.add('row', 'import.unclosedQuoteRow', { row: rowNumber }, rowNumber)
      dropped.add(index)
    } else if (error.code === 'InvalidQuotes' && !dropped.has(index)) {
      // A quote that closed only at the next quote many lines on has swallowed whole rows.
      if (rows[index]?.some((cell) => LINE_BREAK.test(cell) && cell.includes(delimiter))) {
        problems.add('fatal', 'import.unclosedQuote', { row: rowNumber }, rowNumber)
        return false
      }
      problems.add('note', 'import.badQuotes', { row: rowNumber }, rowNumber)
    }
  }
  for (const index of dropped) rows[index] = []
  return true
}

function widthOf(rows: readonly (readonly string[])[]): number {
  let width = 0
  for (const row of rows) {
    for (let c = row.length - 1; c >= width; c--) {
      if (row[c]!.trim() !== '') {
        width = c + 1
        break
      }
    }
  }
  return width
}

/** The whole table at once (or its first `preview` rows); null when refused. */
export function readTable(text: string, delimiter: Delimiter, problems: Problems, preview = 0): Table | null {
  const parsed = Papa.parse<string[]>(text, { delimiter, header: false, skipEmptyLines: false, quoteChar: '"', preview })
  const rows = parsed.data
  const complete = preview === 0 || rows.length < preview
  if (!handleErrors(parsed.errors, rows, 0, complete, delimiter, problems)) return null
  while (rows.length > 0 && isBlankRow(rows[rows.length - 1]!)) rows.pop()
  return { rows, width: widthOf(rows) }
}

/**
 * The table in chunks of rows: `onRows(rows, first)` where `first` is the index of the
 * chunk's first row in the file. Returns false when the file is refused.
 */
export function streamTable(text: string, delimiter: Delimiter, problems: Problems, onRows: (rows: string[][], first: number) => void): boolean {
  let first = 0
  let ok = true
  Papa.parse<string[]>(text, {
    delimiter,
    // Left to papaparse, the line ending is guessed again for every chunk.
    newline: lineEnding(text),
    header: false,
    skipEmptyLines: false,
    quoteChar: '"',
    chunkSize: CHUNK_CHARS,
    // The typings list chunked reading for files only; papaparse streams strings the same way, synchronously.
    complete: () => undefined,
    chunk(results: Papa.ParseResult<string[]>, parser: Papa.Parser) {
      if (!ok) return
      const rows = results.data
      const isLast = results.meta.cursor >= text.length
      if (!handleErrors(results.errors, rows, first, isLast, delimiter, problems)) {
        ok = false
        parser.abort()
        return
      }
      onRows(rows, first)
      first += rows.length
    },
  })
  return ok
}

/** The file's line ending, from its first line break. */
export function lineEnding(text: string): '\r\n' | '\n' | '\r' {
  const n = text.indexOf('\n')
  const r = text.indexOf('\r')
  if (r === -1) return '\n'
  if (n === -1) return '\r'
  return r + 1 === n ? '\r\n' : r < n ? '\r' : '\n'
}

/** About how many records the text has (line breaks, counting quoted ones too): for progress. */
export function estimateRows(text: string): number {
  let n = 0
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) n++
  return text.length > 0 && !text.endsWith('\n') ? n + 1 : n
}
