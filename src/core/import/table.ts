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

/**
 * Receives the records of a table one by one: `cells[0 .. length - 1]` are record `index`'s
 * cells (the array is reused, so copy what you keep). An object rather than a callback, so the
 * optimised scanner does not depend on one import's closure and is not compiled again for the next.
 */
export interface RecordSink {
  record(cells: readonly string[], length: number, index: number): void
}

const QUOTE = 34

/**
 * True when every quote in the text is where papaparse reads it without a complaint: a
 * quoted cell that closes right before a delimiter, the line ending or the end, with its
 * inner quotes doubled; or a quote inside a cell that did not start with one (taken as
 * written). Only quotes are visited, so a file with few of them costs next to nothing.
 */
function quotesAreClean(text: string, delimiter: string, newline: string): boolean {
  const n = text.length
  const d = delimiter.charCodeAt(0)
  const nl = newline.length
  for (let p = text.indexOf('"'); p !== -1; p = text.indexOf('"', p + 1)) {
    const opensCell = p === 0 || text.charCodeAt(p - 1) === d || (p >= nl && text.startsWith(newline, p - nl))
    if (!opensCell) continue
    let q = text.indexOf('"', p + 1)
    while (q !== -1 && text.charCodeAt(q + 1) === QUOTE) q = text.indexOf('"', q + 2)
    if (q === -1) return false
    if (q + 1 < n && text.charCodeAt(q + 1) !== d && !text.startsWith(newline, q + 1)) return false
    p = q
  }
  return true
}

/**
 * Papaparse's reading of a text whose quotes are clean (see `quotesAreClean`), record by
 * record, without an array per record or per chunk: most of the time of a big import went
 * into making those and collecting them again.
 */
function scanRecords(text: string, delimiter: string, newline: string, sink: RecordSink): void {
  const n = text.length
  if (n === 0) return
  const d = delimiter.charCodeAt(0)
  const nl = newline.length
  let cells: string[] = []
  let index = 0
  let cursor = 0
  let nextQuote = -1
  let nextBreak = -1
  for (;;) {
    if (nextBreak < cursor) {
      nextBreak = text.indexOf(newline, cursor)
      if (nextBreak === -1) nextBreak = n
    }
    if (nextQuote < cursor) {
      nextQuote = text.indexOf('"', cursor)
      if (nextQuote === -1) nextQuote = n
    }
    let length = 0
    let end: number
    if (nextQuote >= nextBreak) {
      // No quote in the record: cells end at delimiters.
      end = nextBreak
      let start = cursor
      for (let at = text.indexOf(delimiter, start); at !== -1 && at < end; at = text.indexOf(delimiter, start)) {
        cells[length++] = text.slice(start, at)
        start = at + 1
      }
      cells[length++] = text.slice(start, end)
    } else {
      let i = cursor
      for (;;) {
        if (text.charCodeAt(i) === QUOTE) {
          let value = ''
          let from = i + 1
          let q = text.indexOf('"', from)
          while (q !== -1 && text.charCodeAt(q + 1) === QUOTE) {
            value += text.slice(from, q + 1)
            from = q + 2
            q = text.indexOf('"', from)
          }
          if (q === -1) q = n
          cells[length++] = value + text.slice(from, q)
          i = q + 1
          if (i >= n) {
            end = n
            break
          }
          if (text.charCodeAt(i) === d) {
            i++
            continue
          }
          // The line ending (quotes are clean, so nothing else can follow a closing quote).
          end = i
          break
        }
        if (nextBreak < i) {
          nextBreak = text.indexOf(newline, i)
          if (nextBreak === -1) nextBreak = n
        }
        const at = text.indexOf(delimiter, i)
        if (at !== -1 && at < nextBreak) {
          cells[length++] = text.slice(i, at)
          i = at + 1
          continue
        }
        cells[length++] = text.slice(i, nextBreak)
        end = nextBreak
        break
      }
    }
    sink.record(cells, length, index++)
    // A new array now and then stays in the young generation, where storing fresh strings in it is cheap.
    if ((index & 1023) === 0) cells = []
    if (end >= n) return
    cursor = end + nl
  }
}

/**
 * A big table record by record, `sink.record(cells, length, index)` with `index` the record's
 * index in the file. Clean quoting is read by our own scanner; anything papaparse would
 * complain about goes through papaparse in chunks (`streamTable`), so its problems are
 * reported the same way. Returns false when the file is refused.
 */
export function streamRecords(text: string, delimiter: Delimiter, problems: Problems, sink: RecordSink): boolean {
  const newline = lineEnding(text)
  if (quotesAreClean(text, delimiter, newline)) {
    scanRecords(text, delimiter, newline, sink)
    return true
  }
  return streamTable(text, delimiter, problems, (rows, first) => {
    for (let i = 0; i < rows.length; i++) sink.record(rows[i]!, rows[i]!.length, first + i)
  })
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
