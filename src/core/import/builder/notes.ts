import { clip, trimmedNoteKey, trimmedNoteKeyHash } from '../../model/normalize'
import { MAX_TEXT } from './limits'

/**
 * Note merging: identical notes of a cell become one entry that counts them, and (in
 * `foldEntries`) notes that differ only in case or spacing join it once the file is read.
 */

/** A distinct note of a cell. What a repeated note touches comes first, so it reads one stretch of memory. */
export interface Entry {
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

export interface Cell {
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

export const MIXED = -2
/** Participants named on a merged card's evidence; more are shown as "…". */
export const MAX_EVIDENCE_PARTICIPANTS = 12

export function newCell(stage: number, lane: number): Cell {
  return { stage, lane, entries: [], keyHashes: [], byHash: new Map(), sharedHash: null, notes: 0 }
}

/** A 30-bit hash of a text's exact UTF-16 units. */
function textHash(t: string): number {
  let h = 0x811c9dc5
  for (let i = 0; i < t.length; i++) h = Math.imul(h ^ t.charCodeAt(i), 0x01000193)
  return h & 0x3fffffff
}

function mixParticipants(entry: Entry, participant: string | undefined): void {
  const list = entry.participant === undefined ? [] : [entry.participant]
  if (participant !== undefined) list.push(participant)
  entry.participants = list
  entry.listed = list.length
  entry.participant = undefined
}

/**
 * One note into its cell: a text the cell has counts once more on its entry. Returns
 * whether a new entry took `order`, so the caller moves its counter on only then.
 */
export function addNote(cell: Cell, text: string, persona: number, participant: string | undefined, order: number): boolean {
  cell.notes++
  const hash = textHash(text)
  const first = cell.byHash.get(hash)
  const entry = first === undefined || first.text === text ? first : cell.sharedHash?.get(text)
  if (!entry) {
    const fresh: Entry = { count: 1, persona, listed: -1, participant, participants: null, text, order }
    if (first === undefined) cell.byHash.set(hash, fresh)
    else (cell.sharedHash ??= new Map()).set(text, fresh)
    cell.entries.push(fresh)
    cell.keyHashes.push(trimmedNoteKeyHash(text))
    return true
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
  return false
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
export function listNotes(entries: readonly Entry[]): string {
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
export function foldEntries(cell: Cell): Entry[] {
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
export function mostFrequentFirst(entries: readonly Entry[]): Entry[] {
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
