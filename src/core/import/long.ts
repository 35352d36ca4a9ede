import { MAX_TEXT } from './builder/limits'
import type { JourneyBuilder } from './journey-builder'
import { columnName, isBlankCells } from './columns'
import { clip } from '../model/normalize'
import type { Problems } from './problems'
import { readScore, type ScoreRead } from '../model/scores'
import type { Columns } from './shape'
import type { ImportHooks } from './types'

/**
 * A long table, one row per observation, into the builder, a chunk of rows at a time.
 * The hot loop of big files: one Map lookup each for stage, lane and persona, and nothing
 * allocated that can be skipped.
 */

export const PROGRESS_EVERY = 5000

/** `s.trim()`, without the call when both ends are plainly not white space (nearly every cell). */
function trimmed(s: string): string {
  const n = s.length
  if (n === 0) return s
  const first = s.charCodeAt(0)
  const last = s.charCodeAt(n - 1)
  return first > 32 && first < 127 && last > 32 && last < 127 ? s : s.trim()
}
const SCORE_CACHE_LIMIT = 1000

export class LongReader {
  private readonly headerEnd: number
  private readonly stageCol: number
  private readonly laneCol: number
  private readonly textCol: number
  private readonly scoreCol: number
  private readonly personaCol: number
  private readonly participantCol: number
  private readonly stageName: string
  private readonly textName: string
  private readonly scoreName: string
  private noLane = 0
  private unsorted = -1
  private done = 0
  private lastWithContent: number
  // Neighbouring rows mostly repeat their stage, lane and persona: comparing with the row
  // before is cheaper than hashing the cell again.
  private prevStageRaw = '\u0000'
  private prevStage = -1
  private prevLaneRaw = '\u0000'
  private prevLane = -1
  private prevPersonaRaw = '\u0000'
  private prevPersona = -1
  private prevLaneIsEmotion = false
  private readonly scores = new Map<string, ScoreRead | null>()

  constructor(
    private readonly headers: readonly string[],
    private readonly header: number,
    columns: Columns,
    private readonly builder: JourneyBuilder,
    private readonly problems: Problems,
    private readonly hooks: ImportHooks,
    /** rows expected (an estimate for progress; unused without an onProgress hook) */
    private readonly total: number,
  ) {
    let end = headers.length
    while (end > 0 && headers[end - 1]!.trim() === '') end--
    this.headerEnd = end
    this.stageCol = columns.stage!
    this.laneCol = columns.lane ?? -1
    this.textCol = columns.text ?? -1
    this.scoreCol = columns.score ?? -1
    this.personaCol = columns.persona ?? -1
    this.participantCol = columns.participant ?? -1
    this.stageName = columnName(headers, this.stageCol)
    this.textName = this.textCol >= 0 ? columnName(headers, this.textCol) : ''
    this.scoreName = this.scoreCol >= 0 ? columnName(headers, this.scoreCol) : ''
    this.lastWithContent = header
  }

  /** Notes a column nobody reads; a column with neither header nor data (in `sample`) is only a gap. */
  reportUnusedColumns(columns: Columns, sample: readonly (readonly string[])[], scaleColumn = -1): void {
    const used = new Set(Object.values(columns))
    used.add(scaleColumn)
    for (let c = 0; c < this.headerEnd; c++) {
      if (used.has(c)) continue
      if (this.headers[c]!.trim() === '' && !sample.some((r, i) => i > this.header && (r[c] ?? '').trim() !== '')) continue
      const name = columnName(this.headers, c)
      this.problems.add('note', 'import.unusedColumn', { column: name }, null, name)
    }
  }

  /** Rows `first`, `first + 1`, … of the file (the header and rows above it are skipped). */
  rows(rows: readonly (readonly string[])[], first: number): void {
    for (let i = first > this.header ? 0 : this.header + 1 - first; i < rows.length; i++) this.record(rows[i]!, rows[i]!.length, first + i)
  }

  /** Record `r` of the file (0-based): its cells are `cells[0 .. length - 1]`. Rows up to the header are skipped. */
  record(cells: readonly string[], length: number, r: number): void {
    if (r <= this.header) return
    const { builder, stageCol, laneCol, textCol, scoreCol, personaCol, participantCol, headerEnd } = this
    const onProgress = this.hooks.onProgress
    if (onProgress && ++this.done % PROGRESS_EVERY === 0) onProgress(this.done, Math.max(this.total, this.done))
    const rowNumber = r + 1
    const stageRaw = stageCol < length ? cells[stageCol]! : ''
    if (stageRaw !== this.prevStageRaw) {
      this.prevStage = builder.stage(stageRaw)
      this.prevStageRaw = stageRaw
    }
    const stage = this.prevStage
    if (stage === -1) {
      if (!isBlankCells(cells, length)) {
        this.problems.add('row', 'import.stageMissing', { row: rowNumber, column: this.stageName }, rowNumber, this.stageName)
        this.lastWithContent = r
      }
      return
    }
    this.lastWithContent = r
    if (length > headerEnd && headerEnd > 0) this.checkExtraCells(cells, length, rowNumber)

    let persona = -1
    if (personaCol >= 0) {
      const personaRaw = personaCol < length ? cells[personaCol]! : ''
      if (personaRaw !== this.prevPersonaRaw) {
        this.prevPersona = builder.persona(personaRaw)
        this.prevPersonaRaw = personaRaw
      }
      persona = this.prevPersona
    }
    let participant: string | undefined
    if (participantCol >= 0 && participantCol < length) {
      const p = trimmed(cells[participantCol]!)
      if (p !== '') participant = p
    }
    let text = textCol >= 0 && textCol < length ? trimmed(cells[textCol]!) : ''
    if (text.length > MAX_TEXT) {
      this.problems.add('note', 'import.longText', { row: rowNumber, column: this.textName, length: text.length, max: MAX_TEXT }, rowNumber, this.textName)
      text = clip(text, MAX_TEXT)
    }
    const laneRaw = laneCol >= 0 && laneCol < length ? cells[laneCol]! : ''
    if (laneRaw !== this.prevLaneRaw) {
      this.prevLane = trimmed(laneRaw) === '' ? -1 : builder.lane(laneRaw)
      this.prevLaneRaw = laneRaw
      this.prevLaneIsEmotion = this.prevLane >= 0 && builder.laneKindOf(this.prevLane) === 'emotion'
    }
    const lane = this.prevLane
    const emotionRow = this.prevLaneIsEmotion

    const scoreRaw = scoreCol >= 0 && scoreCol < length ? cells[scoreCol]! : ''
    if (trimmed(scoreRaw) !== '') {
      // A score that cannot be used leaves the row's note: drawn in its lane, or (in the
      // emotion lane, or with no note at all) kept as a note of the emotion lane.
      const note = emotionRow && text !== '' ? text : undefined
      const keep = note ?? (text === '' ? scoreRaw : undefined)
      builder.score(stage, this.readScore(scoreRaw), scoreRaw, persona, participant, note, rowNumber, this.scoreName, keep)
    } else if (emotionRow && text !== '') {
      // The emotion lane's note is its score ("-1", "🙂", "плохо").
      builder.score(stage, this.readScore(text), text, persona, participant, undefined, rowNumber, this.textName, text)
    }
    if (emotionRow || text === '') return

    let target = lane
    if (target === -1) {
      if (laneCol >= 0) this.noLane++
      if (this.unsorted === -1) this.unsorted = builder.unsortedLane()
      target = this.unsorted
    }
    builder.note(stage, target, text, persona, participant)
  }

  /** `readScore`, remembered per distinct cell: a file writes the same few scores again and again. */
  private readScore(raw: string): ScoreRead | null {
    let read = this.scores.get(raw)
    if (read === undefined) {
      read = readScore(raw)
      if (this.scores.size >= SCORE_CACHE_LIMIT) this.scores.clear()
      this.scores.set(raw, read)
    }
    return read
  }

  /** Data rows read, up to the last with anything in it. */
  finish(): number {
    const rows = this.lastWithContent - this.header
    if (this.hooks.onProgress) this.hooks.onProgress(rows, rows)
    this.builder.rowsWithoutLane += this.noLane
    return rows
  }

  private checkExtraCells(cells: readonly string[], length: number, rowNumber: number): void {
    for (let c = this.headerEnd; c < length; c++) {
      if (cells[c]!.trim() !== '') {
        this.problems.add('note', 'import.extraCells', { row: rowNumber, column: columnName(this.headers, this.headerEnd - 1) }, rowNumber, null)
        return
      }
    }
  }
}
