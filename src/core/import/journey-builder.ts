import { importI18n } from '../i18n/import-catalog'
import { DEFAULT_SCALE, SCHEMA_VERSION, type Journey, type Lane, type Persona, type Scale } from '../model/journey'
import { directionOf, type Locale } from '../i18n/locale'
import { LANE_KINDS, type LaneKind } from '../model/lane-kinds'
import { PERSONA_COLORS } from '../model/palette'
import { laneTitle } from '../templates/built-in'
import { matchLane } from './aliases'
import { guessLanguage, guessScript } from './script'
import { clip, foldSpace, noteKey } from '../model/normalize'
import type { Problems } from './problems'
import { chooseFileScale, formatScale, levelToScale, numberToScale, type ScoreRead } from '../model/scores'
import type { ImportSummary } from './types'
import { cardCap, foldCells, makeCards } from './builder/cards'
import { makeEmotions, type PendingScore, type ScoredPoints } from './builder/emotions'
import { MAX_EMOTIONS, MAX_LANES, MAX_PERSONAS, MAX_STAGES, MAX_TEXT } from './builder/limits'
import { addNote, newCell, type Cell } from './builder/notes'
import { RawCache } from './builder/raw-cache'
import { unguardText } from './builder/unguard'

/**
 * Collects stages, lanes, personas, notes and scores as a reader walks a file, then makes
 * the Journey: identical notes merged, the sticky cap applied, scores put on the journey's
 * scale. Every reader (long, wide, Mermaid) feeds it, so they behave alike. Its parts
 * (note merging, cards, emotion points, limits) are in builder/.
 */

interface LaneInfo {
  kind: LaneKind
  name: string
  /** keep the file's own name as the title */
  ownTitle: boolean
  unsorted: boolean
}

export interface BuildOptions {
  locale?: Locale
  scale?: Scale
  fileScale?: Scale
  cardCap?: number
  /** Text comes from a spreadsheet, where a leading apostrophe guards a formula (see `unguard`). */
  spreadsheet?: boolean
}

export type LaneMode = 'by-kind' | 'by-name'

export class JourneyBuilder {
  private readonly stages: string[] = []
  private readonly stageByRaw = new RawCache()
  private readonly stageByKey = new Map<string, number>()
  private readonly lanes: LaneInfo[] = []
  private readonly laneByRaw = new RawCache()
  private readonly laneByKey = new Map<string, number>()
  private readonly personas: string[] = []
  private readonly personaByRaw = new RawCache()
  private personasOver = 0
  /** cells[stage][lane] */
  private readonly grid: (Cell | undefined)[][] = []
  private readonly cells: Cell[] = []
  private readonly pending: PendingScore[] = []
  private readonly numbers: number[] = []
  private readonly unreadable: PendingScore[] = []
  private notes = 0
  private order = 0
  /** lane names recognised in a language the catalog has no titles for */
  private foreignLanes = false
  /** rows whose lane cell was empty (their notes went to the unsorted lane) */
  rowsWithoutLane = 0

  constructor(
    private readonly problems: Problems,
    private readonly options: BuildOptions,
    private readonly laneMode: LaneMode,
  ) {}

  private unguard(text: string): string {
    return this.options.spreadsheet ? unguardText(text) : text
  }

  get stageCount(): number {
    return this.stages.length
  }

  /** The stage of this name, made on first sight; -1 for an empty name. */
  stage(raw: string): number {
    const known = this.stageByRaw.get(raw)
    if (known !== undefined) return known
    const name = this.unguard(raw)
    const key = noteKey(name)
    if (key === '') return -1
    let index = this.stageByKey.get(key)
    if (index === undefined) {
      index = this.addStage(name)
      this.stageByKey.set(key, index)
    }
    this.stageByRaw.set(raw, index)
    return index
  }

  /** A new stage even if the name repeats (a column of a wide map is a stage of its own). */
  addStage(name: string): number {
    this.stages.push(clip(foldSpace(name), MAX_TEXT))
    return this.stages.length - 1
  }

  /** The lane of this name; unknown names become lanes of their own, empty ones the "unsorted" lane. */
  lane(name: string): number {
    const known = this.laneByRaw.get(name)
    if (known !== undefined) return known
    const title = foldSpace(this.unguard(name))
    let index: number
    if (title === '') index = this.unsortedLane()
    else {
      const hit = matchLane(title)
      if (hit && (hit.lang === 'bg' || hit.lang === 'he')) this.foreignLanes = true
      const kind: LaneKind = hit?.key ?? 'custom'
      const byName = `name:${noteKey(title)}`
      const key = kind === 'custom' || this.laneMode === 'by-name' ? byName : `kind:${kind}`
      const found = this.laneByKey.get(key)
      if (found !== undefined) index = found
      else {
        // A second lane of a kind already taken (two action rows in a wide map) keeps its own name.
        const ownTitle = this.laneMode === 'by-name' || this.lanes.some((l) => l.kind === kind && kind !== 'custom')
        index = this.pushLane({ kind, name: clip(title, MAX_TEXT), ownTitle, unsorted: false }, key)
      }
    }
    this.laneByRaw.set(name, index)
    return index
  }

  /** The lane for notes that name none. */
  unsortedLane(): number {
    return this.laneByKey.get('unsorted') ?? this.pushLane({ kind: 'custom', name: '', ownTitle: false, unsorted: true }, 'unsorted')
  }

  /** The emotion lane, made if the file has scores but no lane for them. */
  emotionLane(): number {
    const existing = this.lanes.findIndex((l) => l.kind === 'emotion')
    return existing !== -1 ? existing : this.pushLane({ kind: 'emotion', name: '', ownTitle: false, unsorted: false }, 'kind:emotion')
  }

  laneKindOf(lane: number): LaneKind {
    return this.lanes[lane]?.kind ?? 'custom'
  }

  private pushLane(info: LaneInfo, key: string): number {
    this.lanes.push(info)
    this.laneByKey.set(key, this.lanes.length - 1)
    return this.lanes.length - 1
  }

  /** The persona of this name; -1 for none (or past the schema's limit). */
  persona(name: string): number {
    if (name === '') return -1
    const known = this.personaByRaw.get(name)
    if (known !== undefined) return known
    const clean = clip(foldSpace(this.unguard(name)), MAX_TEXT)
    let index = clean === '' ? -1 : this.personas.findIndex((p) => p.toLowerCase() === clean.toLowerCase())
    if (index === -1 && clean !== '') {
      if (this.personas.length < MAX_PERSONAS) {
        this.personas.push(clean)
        index = this.personas.length - 1
      } else this.personasOver++
    }
    this.personaByRaw.set(name, index)
    return index
  }

  /** One note in a cell. `text` is trimmed and clipped by the caller. */
  note(stage: number, lane: number, text: string, persona: number, participant: string | undefined): void {
    text = this.unguard(text)
    if (participant !== undefined) participant = clip(this.unguard(participant), MAX_TEXT)
    this.notes++
    const lanes = this.grid[stage] ?? (this.grid[stage] = [])
    let cell = lanes[lane]
    if (!cell) {
      cell = newCell(stage, lane)
      lanes[lane] = cell
      this.cells.push(cell)
    }
    if (addNote(cell, text, persona, participant, this.order)) this.order++
  }

  /**
   * One emotion score; numbers are put on a scale once the whole file is read. `keep` is the
   * text drawn as a note of the emotion lane if the score turns out to be off the scale
   * (undefined when the row's note is drawn anyway).
   */
  score(
    stage: number,
    read: ScoreRead | null,
    raw: string,
    persona: number,
    participant: string | undefined,
    note: string | undefined,
    row: number | null,
    column: string | null,
    keep?: string,
  ): void {
    if (participant !== undefined) participant = clip(this.unguard(participant), MAX_TEXT)
    if (note !== undefined) note = this.unguard(note)
    const pending: PendingScore = { stage, read: read ?? { kind: 'level', level: 0 }, raw, persona, participant, note, row, column, keep }
    if (!read) {
      this.unreadable.push(pending)
      return
    }
    this.pending.push(pending)
    if (read.kind === 'number') this.numbers.push(read.value)
  }

  /** The scale the file's numbers are on: the person's choice, else detected. */
  fileScale(): Scale | null {
    return this.options.fileScale ?? chooseFileScale(this.numbers)
  }

  /** The journey, or null when the file cannot be one (a fatal problem is added). */
  finish(title: string): { journey: Journey | null; summary: ImportSummary; fileScale: Scale | null } {
    const problems = this.problems
    const scale = this.options.scale ?? DEFAULT_SCALE
    const fileScale = this.fileScale()
    if (this.pending.length > 0 || this.unreadable.some((u) => u.keep !== undefined)) this.emotionLane()
    const scored = this.resolveScores(scale, fileScale)
    const summary: ImportSummary = { notes: this.notes, cards: 0, merged: 0, summarised: 0, emotions: 0, skippedRows: 0 }

    if (this.stages.length > MAX_STAGES) problems.fatal('import.tooManyStages.other', { count: this.stages.length, max: MAX_STAGES })
    if (this.lanes.length > MAX_LANES) problems.fatal('import.tooManyLanes.other', { count: this.lanes.length, max: MAX_LANES })
    if (this.stages.length === 0 && !problems.isFatal) problems.fatal('import.noStage')
    if (problems.isFatal) return { journey: null, summary, fileScale }

    const sample = [...this.stages, ...this.lanes.map((l) => l.name), ...this.sampleNotes(200)]
    const script = guessScript(sample)
    const locale: Locale = this.options.locale ?? guessLanguage(sample)
    const ownTitles = this.foreignLanes || script === 'hebrew'

    // Long files list lanes in catalog order (custom ones after, unsorted last); maps keep their rows' order.
    const laneOrder = this.lanes.map((_, i) => i)
    if (this.laneMode === 'by-kind') {
      const rank = (l: LaneInfo): number => (l.unsorted ? 1000 : l.kind === 'custom' ? 500 : LANE_KINDS.indexOf(l.kind))
      laneOrder.sort((a, b) => rank(this.lanes[a]!) - rank(this.lanes[b]!) || a - b)
    }
    const lanePosition = new Array<number>(this.lanes.length)
    laneOrder.forEach((lane, position) => (lanePosition[lane] = position))
    const usedIds = new Set<string>()
    const lanes: Lane[] = laneOrder.map((i, position) => {
      const info = this.lanes[i]!
      let id = info.unsorted ? 'unsorted' : info.kind === 'custom' ? `lane-${position + 1}` : info.kind
      if (usedIds.has(id)) id = `lane-${position + 1}`
      usedIds.add(id)
      const title = info.unsorted
        ? importI18n.translate(locale, 'import.unsortedLane')
        : info.kind === 'custom' || info.ownTitle || (ownTitles && info.name !== '')
          ? info.name
          : laneTitle(info.kind, locale)
      if (info.kind === 'custom' && !info.unsorted) problems.add('note', 'import.customLane', { lane: info.name })
      if (info.unsorted && this.rowsWithoutLane > 0) problems.add('note', 'import.noLane.other', { count: this.rowsWithoutLane, lane: title })
      return { id, kind: info.kind, title }
    })

    const stages = this.stages.map((name, i) => ({ id: `s${i + 1}`, name: name === '' ? importI18n.translate(locale, 'board.stageFallback', { n: i + 1 }) : name }))
    const personas: Persona[] = this.personas.map((name, i) => ({ id: `p${i + 1}`, name, color: PERSONA_COLORS[i % PERSONA_COLORS.length]! }))
    if (this.personasOver > 0)
      problems.add('note', 'import.personasCapped.other', { count: this.personas.length + this.personasOver, max: MAX_PERSONAS })

    const cells = [...this.cells]
    summary.merged = this.notes - foldCells(cells, lanePosition)
    if (summary.merged > 0) problems.add('note', 'import.merged.other', { count: summary.merged })
    const cap = cardCap(this.options.cardCap)
    const { cards, summarised } = makeCards(cells, cap, stages, lanes, lanePosition, personas, locale)
    summary.summarised = summarised
    if (summary.summarised > 0) problems.add('note', 'import.summarised.other', { count: summary.summarised, cap })
    if (scored.readable.length > MAX_EMOTIONS) problems.add('note', 'import.emotionsCombined.other', { count: scored.readable.length, max: MAX_EMOTIONS })
    const emotions = makeEmotions(stages, personas, scored)
    summary.cards = cards.length
    summary.emotions = emotions.length

    const journey: Journey = {
      schema: SCHEMA_VERSION,
      title: clip(foldSpace(title), MAX_TEXT) || importI18n.translate(locale, 'template.blank.title'),
      locale,
      direction: script === 'hebrew' ? 'rtl' : directionOf(locale),
      scale: { ...scale },
      stages,
      lanes,
      personas,
      cards,
      emotions,
    }
    return { journey, summary, fileScale }
  }

  private sampleNotes(n: number): string[] {
    const out: string[] = []
    for (const cell of this.cells) {
      for (const e of cell.entries) {
        out.push(e.text)
        if (out.length >= n) return out
      }
    }
    return out
  }

  /**
   * Scores on the journey's scale. A score that cannot be used is said, and only the score
   * is dropped: the row's note stays, or the cell's own text becomes a note of the emotion lane.
   */
  private resolveScores(scale: Scale, fileScale: Scale | null): ScoredPoints {
    const shownScale = formatScale(fileScale ?? scale)
    const keepNote = (p: PendingScore): void => {
      const text = clip(p.keep!.trim(), MAX_TEXT)
      if (text !== '') this.note(p.stage, this.emotionLane(), text, p.persona, p.participant)
    }
    for (const u of this.unreadable) {
      this.problems.add('note', 'import.scoreUnreadable', { row: u.row ?? 0, column: u.column ?? '', value: clip(u.raw.trim(), 80), scale: shownScale }, u.row, u.column)
      if (u.keep !== undefined) keepNote(u)
    }
    const readable: PendingScore[] = []
    const scores: number[] = []
    for (const p of this.pending) {
      const score = p.read.kind === 'level' ? levelToScale(p.read.level, scale) : fileScale ? numberToScale(p.read.value, fileScale, scale) : null
      if (score === null) {
        this.problems.add('note', 'import.scoreOutOfRange', { row: p.row ?? 0, column: p.column ?? '', value: p.raw.trim(), scale: shownScale }, p.row, p.column)
        if (p.keep !== undefined) keepNote(p)
        continue
      }
      readable.push(p)
      scores.push(score)
    }
    return { readable, scores }
  }
}
