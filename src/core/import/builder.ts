import { importI18n } from '../i18n/import-catalog'
import { DEFAULT_SCALE, SCHEMA_VERSION, type Card, type Emotion, type Journey, type Lane, type Persona, type Scale } from '../model/journey'
import { directionOf, type Locale } from '../i18n/locale'
import { LANE_KINDS, type LaneKind } from '../model/lane-kinds'
import { laneTitle } from '../templates/built-in'
import { matchLane } from './aliases'
import { allocateCards } from './card-cap'
import { guessLanguage, guessScript } from './script'
import { clip, foldSpace, noteKey, trimmedNoteKey, trimmedNoteKeyHash } from '../model/normalize'
import type { Problems } from './problems'
import { chooseFileScale, formatScale, levelToScale, numberToScale, type ScoreRead } from '../model/scores'
import { thinEvenly } from './thin-emotions'
import type { ImportSummary } from './types'
import { summaryCardText } from './summary-card'

const FORMULA_GUARDED = /^'+[=+\-@\t\r]/

/**
 * Spreadsheets (and our CSV export) guard text that would run as a formula with a leading
 * apostrophe; the person's text is what follows it. Our export guards text that already
 * starts so (`'=x`) with one apostrophe more, so exactly one comes off.
 */
function unguardText(text: string): string {
  return text.charCodeAt(0) === 39 && FORMULA_GUARDED.test(text) ? text.slice(1) : text
}

/**
 * Collects stages, lanes, personas, notes and scores as a reader walks a file, then makes
 * the Journey: identical notes merged, the sticky cap applied, scores put on the journey's
 * scale. Every reader (long, wide, Mermaid) feeds it, so they behave alike.
 */

/** Limits of the journey schema. */
export const MAX_STAGES = 200
export const MAX_LANES = 50
export const MAX_PERSONAS = 50
export const MAX_CARDS = 20000
export const MAX_EMOTIONS = 20000
export const MAX_TEXT = 5000
export const DEFAULT_CARD_CAP = 400

/**
 * Persona colours: FigJam's own sticky colours (not the emotion lane's yellow), so a
 * person can put a sticky in a persona's curve by giving it that colour. Past six,
 * personas share colours and their stickies count for the first of them.
 */
export const PERSONA_COLORS = ['#BDE3FF', '#FFC7C2', '#AFF4C6', '#FCD19C', '#E4CCFF', '#E6E6E6'] as const

/** A distinct note of a cell. What a repeated note touches comes first, so it reads one stretch of memory. */
interface Entry {
  count: number
  /** the persona's index, -1 for none, MIXED once notes of different personas merged */
  persona: number
  /** `participants.length`, -1 while there is no list */
  listed: number
  participant: string | undefined
  /** every participant (up to a limit), once notes of different participants merged */
  participants: string[] | null
  text: string
  order: number
}

interface Cell {
  stage: number
  lane: number
  entries: Entry[]
  /** `trimmedNoteKeyHash` of each entry's text, taken while the text is fresh in memory */
  keyHashes: number[]
  /**
   * Entries by `textHash` of their exact text (texts that differ only in case or spacing are
   * folded together in `finish`); a text whose hash an earlier one took is in `sharedHash`.
   * A number key keeps the table small: a big file looks a note up here for every row.
   */
  byHash: Map<number, Entry>
  sharedHash: Map<string, Entry> | null
  notes: number
}

interface LaneInfo {
  kind: LaneKind
  name: string
  /** keep the file's own name as the title */
  ownTitle: boolean
  unsorted: boolean
}

interface PendingScore {
  stage: number
  read: ScoreRead
  raw: string
  persona: number
  participant: string | undefined
  note: string | undefined
  row: number | null
  column: string | null
  /** text kept as an emotion-lane note when the score cannot be used (undefined: the row's note is kept elsewhere) */
  keep: string | undefined
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

const MIXED = -2
/** Participants named on a merged card's evidence; more are shown as "…". */
const MAX_EVIDENCE_PARTICIPANTS = 12

function mixParticipants(entry: Entry, participant: string | undefined): void {
  const list = entry.participant === undefined ? [] : [entry.participant]
  if (participant !== undefined) list.push(participant)
  entry.participants = list
  entry.listed = list.length
  entry.participant = undefined
}

/** Adds `from`'s notes to `into` (same words, other case or spacing). */
function mergeEntry(into: Entry, from: Entry): void {
  into.count += from.count
  if (into.persona !== from.persona) into.persona = MIXED
  if (!into.participants && !from.participants && into.participant === from.participant) return
  if (!into.participants) mixParticipants(into, undefined)
  const list = into.participants!
  const more = from.participants ?? (from.participant === undefined ? [] : [from.participant])
  for (const p of more) if (list.length < MAX_EVIDENCE_PARTICIPANTS && !list.includes(p)) list.push(p)
  into.listed = list.length
}

/** The notes a summary card stands for, most frequent first, as far as a card's text allows. */
function listNotes(entries: readonly Entry[]): string {
  const lines: string[] = []
  let length = 0
  for (const e of entries) {
    const line = e.count > 1 ? `${e.text} (×${e.count})` : e.text
    length += line.length + 1
    lines.push(line)
    if (length > MAX_TEXT) break
  }
  return clip(lines.join('\n'), MAX_TEXT)
}

/** A cell's distinct notes: entries whose texts differ only in case or spacing become one. */
function foldEntries(cell: Cell): Entry[] {
  if (cell.entries.length < 2) return cell.entries
  // Hashing first costs no string per note; only a cell where two hashes meet is folded by key.
  const n = cell.entries.length
  const hashes = new Int32Array(n)
  for (let i = 0; i < n; i++) hashes[i] = cell.keyHashes[i]!
  hashes.sort()
  let meet = false
  for (let i = 1; i < n && !meet; i++) meet = hashes[i] === hashes[i - 1]
  if (!meet) return cell.entries
  const byKey = new Map<string, Entry>()
  const out: Entry[] = []
  for (const e of cell.entries) {
    const key = trimmedNoteKey(e.text)
    const first = byKey.get(key)
    if (first) mergeEntry(first, e)
    else {
      byKey.set(key, e)
      out.push(e)
    }
  }
  return out
}

/**
 * Entries by count, highest first, earlier first among equals. A cell's entries come in
 * order, so grouping them by count keeps that order within a count without a sort of them
 * all; most notes are said once, and those are simply taken last, in order.
 */
function mostFrequentFirst(entries: readonly Entry[]): Entry[] {
  const byCount = new Map<number, Entry[]>()
  let previous = -Infinity
  for (const e of entries) {
    if (e.order < previous) return [...entries].sort((a, b) => b.count - a.count || a.order - b.order)
    previous = e.order
    if (e.count === 1) continue
    const same = byCount.get(e.count)
    if (same) same.push(e)
    else byCount.set(e.count, [e])
  }
  const out: Entry[] = []
  for (const count of [...byCount.keys()].sort((a, b) => b - a)) for (const e of byCount.get(count)!) out.push(e)
  for (const e of entries) if (e.count === 1) out.push(e)
  return out
}

/** Distinct cell texts remembered per kind of name. */
const RAW_CACHE_LIMIT = 100000
/** Names compared directly before the Map is asked. */
const RECENT_NAMES = 8

/**
 * What a stage, lane or persona cell's exact text resolved to. The last few texts asked are
 * compared directly: a long file cycles through a handful of them, and comparing a fresh
 * string costs less than hashing it. Holds at most RAW_CACHE_LIMIT texts.
 */
class RawCache {
  private readonly map = new Map<string, number>()
  private readonly recentNames: string[] = []
  private readonly recentValues: number[] = []
  private next = 0

  get(name: string): number | undefined {
    const names = this.recentNames
    for (let i = 0; i < names.length; i++) if (names[i] === name) return this.recentValues[i]
    const value = this.map.get(name)
    if (value !== undefined) this.remember(name, value)
    return value
  }

  set(name: string, value: number): void {
    if (this.map.size >= RAW_CACHE_LIMIT) return
    this.map.set(name, value)
    this.remember(name, value)
  }

  private remember(name: string, value: number): void {
    if (this.recentNames.length < RECENT_NAMES) {
      this.recentNames.push(name)
      this.recentValues.push(value)
      return
    }
    this.recentNames[this.next] = name
    this.recentValues[this.next] = value
    this.next = (this.next + 1) % RECENT_NAMES
  }
}

/** A 30-bit hash of a text's exact UTF-16 units. */
function textHash(t: string): number {
  let h = 0x811c9dc5
  for (let i = 0; i < t.length; i++) h = Math.imul(h ^ t.charCodeAt(i), 0x01000193)
  return h & 0x3fffffff
}

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
      cell = { stage, lane, entries: [], keyHashes: [], byHash: new Map(), sharedHash: null, notes: 0 }
      lanes[lane] = cell
      this.cells.push(cell)
    }
    cell.notes++
    const hash = textHash(text)
    const first = cell.byHash.get(hash)
    const entry = first === undefined || first.text === text ? first : cell.sharedHash?.get(text)
    if (!entry) {
      const fresh: Entry = { count: 1, persona, listed: -1, participant, participants: null, text, order: this.order++ }
      if (first === undefined) cell.byHash.set(hash, fresh)
      else (cell.sharedHash ??= new Map()).set(text, fresh)
      cell.entries.push(fresh)
      cell.keyHashes.push(trimmedNoteKeyHash(text))
      return
    }
    entry.count++
    if (entry.persona !== persona) entry.persona = MIXED
    const listed = entry.listed
    if (listed < 0) {
      if (participant !== entry.participant) mixParticipants(entry, participant)
    } else if (participant !== undefined && listed < MAX_EVIDENCE_PARTICIPANTS) {
      // A full list is not read again: most repeats of a common note end here.
      const list = entry.participants!
      if (!list.includes(participant)) {
        list.push(participant)
        entry.listed = list.length
      }
    }
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

    const cards = this.makeCards(stages, lanes, lanePosition, personas, locale, summary)
    const emotions = this.makeEmotions(stages, personas, scored)
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

  private makeCards(
    stages: readonly { id: string }[],
    lanes: readonly Lane[],
    lanePosition: readonly number[],
    personas: readonly Persona[],
    locale: Locale,
    summary: ImportSummary,
  ): Card[] {
    const cells = [...this.cells].sort((a, b) => a.stage - b.stage || lanePosition[a.lane]! - lanePosition[b.lane]!)
    for (const cell of cells) cell.entries = foldEntries(cell)
    const unique = cells.reduce((n, c) => n + c.entries.length, 0)
    summary.merged = this.notes - unique
    if (summary.merged > 0) this.problems.add('note', 'import.merged.other', { count: summary.merged })

    const requested = this.options.cardCap
    const cap = requested !== undefined && Number.isFinite(requested) && requested >= 1 ? Math.min(Math.floor(requested), MAX_CARDS) : DEFAULT_CARD_CAP
    const kept = allocateCards(
      cells.map((c) => c.entries.length),
      cap,
    )

    const cards: Card[] = []
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
      shown.forEach((e, n) => cards.push(this.card(e, `c-${cell.stage}-${position}-${n + 1}`, stageId, laneId, personas)))
      if (hidden.length > 0) {
        const count = hidden.reduce((sum, e) => sum + e.count, 0)
        summary.summarised += count
        cards.push({ id: `c-${cell.stage}-${position}-more`, stageId, laneId, text: summaryCardText(locale, count), evidence: listNotes(hidden) })
      }
    })
    if (summary.summarised > 0) this.problems.add('note', 'import.summarised.other', { count: summary.summarised, cap })
    return cards
  }

  private card(e: Entry, id: string, stageId: string, laneId: string, personas: readonly Persona[]): Card {
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

  /**
   * Scores on the journey's scale. A score that cannot be used is said, and only the score
   * is dropped: the row's note stays, or the cell's own text becomes a note of the emotion lane.
   */
  private resolveScores(scale: Scale, fileScale: Scale | null): { readable: PendingScore[]; scores: number[] } {
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

  private makeEmotions(stages: readonly { id: string }[], personas: readonly Persona[], { readable, scores }: { readable: PendingScore[]; scores: number[] }): Emotion[] {
    // Points are made only for the scores kept.
    let kept: readonly number[] | null = null
    if (readable.length > MAX_EMOTIONS) {
      this.problems.add('note', 'import.emotionsCombined.other', { count: readable.length, max: MAX_EMOTIONS })
      kept = thinEvenly(
        // One group per stage and persona (persona -1..49 fits in 6 bits).
        readable.map((p) => p.stage * 64 + p.persona + 1),
        scores,
        MAX_EMOTIONS,
      )
    }

    const perStage = new Array<number>(stages.length).fill(0)
    const emotions: Emotion[] = []
    const n = kept ? kept.length : readable.length
    for (let k = 0; k < n; k++) {
      const i = kept ? kept[k]! : k
      const p = readable[i]!
      const count = ++perStage[p.stage]!
      const emotion: Emotion = { id: `e-${p.stage}-${count}`, stageId: stages[p.stage]!.id, score: scores[i]! }
      const persona = p.persona >= 0 ? personas[p.persona] : undefined
      if (persona) emotion.personaId = persona.id
      if (p.participant !== undefined) emotion.participant = p.participant
      if (p.note !== undefined) emotion.note = clip(p.note, MAX_TEXT)
      emotions.push(emotion)
    }
    return emotions
  }
}
