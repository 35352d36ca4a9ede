import { checkJourney } from '../model/check-journey'
import { render } from '../i18n'
import type { Journey, Scale } from '../model/journey'
import { JourneyBuilder } from './journey-builder'
import { columnName, isBlankRow } from './columns'
import { scaleColumn } from './aliases'
import { clip } from '../model/normalize'
import { parseScale } from '../model/scores'
import { decodeBytes } from './decode'
import { detectDelimiter } from './delimiter'
import { readJson } from './json'
import { LongReader } from './long'
import { MERMAID_SCALE, mermaidKeyword, readMermaid, unfenceMermaid } from './mermaid'
import { Problems } from './problems'
import { detectShape } from './shape'
import { estimateRows, readTable, streamRecords } from './table'
import type { Detected, Encoding, ImportChoices, ImportHooks, ImportResult, ImportSummary, SourceFormat } from './types'
import { readWide } from './wide'

/**
 * The importer's front door: bytes or pasted text in, a Journey and every problem out.
 * Never throws: a failure of our own comes back as a 'fatal' problem with its reason.
 */

const emptySummary = (): ImportSummary => ({ notes: 0, cards: 0, merged: 0, summarised: 0, emotions: 0, skippedRows: 0 })

function emptyDetected(format: SourceFormat, encoding: Encoding | null): Detected {
  return { format, encoding, delimiter: null, shape: null, columns: {}, headers: [], fileScale: null, rows: 0 }
}

function fail(error: unknown, detected: Detected): ImportResult {
  const detail = error instanceof Error ? error.message : String(error)
  return {
    journey: null,
    problems: [{ level: 'fatal', row: null, column: null, message: { key: 'import.internal', params: { detail: detail.slice(0, 300) } } }],
    detected,
    summary: emptySummary(),
  }
}

/** Reads a file's bytes: decodes them, then imports the text. */
export function importFile(bytes: Uint8Array, name: string, choices: ImportChoices = {}, hooks: ImportHooks = {}): ImportResult {
  try {
    const problems = new Problems()
    const decoded = decodeBytes(bytes, choices.encoding)
    if (!decoded.ok) {
      problems.fatal(decoded.key, decoded.params)
      return { journey: null, problems: problems.finish(), detected: emptyDetected('csv', null), summary: emptySummary() }
    }
    if (decoded.guessed) problems.add('note', 'import.encodingGuessed', { encoding: decoded.encoding })
    if (decoded.invalidAt !== null) {
      const row = lineOf(decoded.text, decoded.invalidAt)
      problems.add('note', 'import.invalidUtf8', { row }, row)
    }
    return importDecoded(decoded.text, name, choices, hooks, problems, decoded.encoding)
  } catch (error) {
    return fail(error, emptyDetected('csv', null))
  }
}

/** Reads pasted text: a range copied from a spreadsheet (tab-separated), a CSV, Mermaid or JSON. */
export function importText(text: string, name: string, choices: ImportChoices = {}, hooks: ImportHooks = {}): ImportResult {
  try {
    const clean = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text
    const problems = new Problems()
    if (clean.trim() === '') {
      problems.fatal('import.empty')
      return { journey: null, problems: problems.finish(), detected: emptyDetected('csv', null), summary: emptySummary() }
    }
    return importDecoded(clean, name, choices, hooks, problems, null)
  } catch (error) {
    return fail(error, emptyDetected('csv', null))
  }
}

function lineOf(text: string, offset: number): number {
  let line = 1
  for (let i = 0; i < offset && i < text.length; i++) if (text.charCodeAt(i) === 10) line++
  return line
}

function extension(name: string): string {
  const base = name.replace(/^.*[\\/]/, '')
  const dot = base.lastIndexOf('.')
  return dot > 0 ? base.slice(dot + 1).toLowerCase() : ''
}

function fileTitle(name: string): string {
  const base = name.replace(/^.*[\\/]/, '')
  const dot = base.lastIndexOf('.')
  return (dot > 0 ? base.slice(0, dot) : base).trim()
}

function sniffFormat(text: string, name: string): SourceFormat {
  const ext = extension(name)
  if (ext === 'json') return 'json'
  const start = text.trimStart()
  if (start.startsWith('{')) return 'json'
  if (ext === 'mmd' || ext === 'mermaid') return 'mermaid'
  if (mermaidKeyword(text) === 'journey') return 'mermaid'
  // Markdown, or text pasted from it: a journey in a ```mermaid fence.
  const fenced = ext === 'md' || ext === 'markdown' || start.startsWith('```') || start.startsWith('~~~')
  return fenced && unfenceMermaid(text) !== null ? 'mermaid' : 'csv'
}

function importDecoded(text: string, name: string, choices: ImportChoices, hooks: ImportHooks, problems: Problems, encoding: Encoding | null): ImportResult {
  const format = sniffFormat(text, name)
  const detected = emptyDetected(format, encoding)
  try {
    const chosenTitle = choices.title?.trim()
    let journey: Journey | null = null
    let summary = emptySummary()
    if (format === 'json') {
      journey = readJson(text, problems)
      if (journey && chosenTitle) journey = { ...journey, title: chosenTitle }
      if (journey) {
        const notes = journey.cards.reduce((n, c) => n + (c.count ?? 1), 0)
        summary = { ...summary, notes, cards: journey.cards.length, merged: notes - journey.cards.length, emotions: journey.emotions.length }
      }
    } else if (format === 'mermaid') {
      const fileScale = choices.fileScale ?? MERMAID_SCALE
      const builder = new JourneyBuilder(problems, { ...choices, fileScale }, 'by-kind')
      const read = readMermaid(unfenceMermaid(text) ?? text, builder, problems, fileScale)
      detected.rows = read.rows
      detected.fileScale = fileScale
      if (!problems.isFatal) ({ journey, summary } = builder.finish(chosenTitle || read.title || fileTitle(name)))
    } else {
      ;({ journey, summary } = importTable(text, name, choices, hooks, problems, detected))
    }
    return finishResult(journey, problems, detected, summary)
  } catch (error) {
    return fail(error, detected)
  }
}

/** Texts longer than this are read in chunks (long tables only; maps are small). */
const STREAM_ABOVE = 1 << 19
/** Rows read ahead to find the header and the shape. */
const PREVIEW_ROWS = 250

function importTable(text: string, name: string, choices: ImportChoices, hooks: ImportHooks, problems: Problems, detected: Detected): { journey: Journey | null; summary: ImportSummary } {
  const none = { journey: null, summary: emptySummary() }
  const delimiter = choices.delimiter ?? detectDelimiter(text)
  detected.delimiter = delimiter
  const stream = text.length > STREAM_ABOVE
  // A big file's preview reports nothing: the streamed read reports every problem once.
  const table = readTable(text, delimiter, stream ? new Problems() : problems, stream ? PREVIEW_ROWS : 0)
  if (!table) return none
  const { rows, width } = table
  const header = rows.findIndex((r) => !isBlankRow(r))
  if (header === -1) {
    problems.fatal('import.empty')
    return none
  }
  const headers = (rows[header] ?? []).slice(0, width)
  detected.headers = headers.map((h) => h.trim())
  detected.rows = rows.length - header - 1
  if (width <= 1) {
    problems.fatal('import.notTable')
    return none
  }
  if (detected.rows === 0) {
    problems.fatal('import.headerOnly')
    return none
  }
  const { shape, columns } = detectShape(rows, header, width, choices)
  detected.shape = shape
  detected.columns = shape === 'long' ? columns : {}
  if (shape === null || (shape === 'long' && columns.stage === undefined)) {
    problems.fatal('import.noStage')
    return none
  }
  // A long file that states its scale (our export writes one) is a board written out: its
  // scale is the file's and the journey's unless the person chose, and its lanes keep their
  // titles and order.
  const scaleAt = shape === 'long' ? scaleColumn(headers) : -1
  const stated = scaleAt === -1 || Object.values(columns).includes(scaleAt) ? null : statedScale(rows, header, scaleAt, headers, problems)
  const buildChoices = { ...choices, spreadsheet: true, ...(stated ? { fileScale: choices.fileScale ?? stated, scale: choices.scale ?? stated } : {}) }
  const laneMode = shape === 'long' && !stated ? 'by-kind' : 'by-name'
  const builder = new JourneyBuilder(problems, buildChoices, laneMode)
  if (shape === 'long') {
    const reader = new LongReader(headers, header, columns, builder, problems, hooks, stream && hooks.onProgress ? estimateRows(text) - header - 1 : detected.rows)
    reader.reportUnusedColumns(columns, rows, stated ? scaleAt : -1)
    if (stream) {
      if (!streamRecords(text, delimiter, problems, reader)) return none
    } else reader.rows(rows, 0)
    detected.rows = reader.finish()
  } else {
    const full = stream ? readTable(text, delimiter, problems) : table
    if (!full) return none
    detected.rows = full.rows.length - header - 1
    readWide(full.rows, header, full.width, shape === 'transposed', builder, problems, hooks)
  }
  const built = builder.finish(choices.title?.trim() || fileTitle(name))
  detected.fileScale = built.fileScale
  return built
}

/** The scale in a file's scale column (its first filled cell), or null with a note when it cannot be read. */
function statedScale(rows: readonly (readonly string[])[], header: number, column: number, headers: readonly string[], problems: Problems): Scale | null {
  for (let r = header + 1; r < rows.length; r++) {
    const cell = (rows[r]![column] ?? '').trim()
    if (cell === '') continue
    const scale = parseScale(cell)
    const name = columnName(headers, column)
    if (!scale) problems.add('note', 'import.scaleUnreadable', { row: r + 1, column: name, value: clip(cell, 40) }, r + 1, name)
    return scale
  }
  return null
}

/**
 * Past this many cards and points the journey is not checked again: building it keeps every
 * rule by construction, and the check would cost a big import a third of its time.
 */
const RECHECK_UP_TO = 3000

/** Sorts the problems for a person, and proves the journey is one the board can draw. */
function finishResult(journey: Journey | null, problems: Problems, detected: Detected, summary: ImportSummary): ImportResult {
  let out = journey
  if (out && out.cards.length + out.emotions.length <= RECHECK_UP_TO) {
    const checked = checkJourney(out)
    if (!checked.ok) {
      const detail = checked.problems.map((m) => render('en', m)).join(' ')
      problems.fatal('import.internal', { detail: detail.slice(0, 300) })
      out = null
    }
  }
  if (problems.isFatal) out = null
  return { journey: out, problems: problems.finish(), detected, summary: { ...summary, skippedRows: problems.skippedRows } }
}
