import { withoutMarks } from '../layout/bidi'
import { parseCardText } from '../layout/card-text'
import { message } from '../i18n/keys'
import type { WireMessage } from '../protocol/messages'
import { SCHEMA_VERSION, type Card, type Emotion, type Journey, type Lane, type Stage } from '../model/journey'
import { GEOMETRY } from '../layout/layout'
import { scoreAtY } from '../layout/layout-math'
import { type MapRecord } from './map-record'
import { DRAWN_ROLES, type Tag } from './tags'
import { parseScoreText } from '../model/scores'

/**
 * Reading a map back from the canvas, as plain data in and a Journey out. The
 * sandbox collects a BoardSnapshot (record, geometry, texts, tags) from the map's
 * section; everything the board means is decided here, where it can be tested
 * without Figma.
 *
 * The canvas contract: a sticky belongs to the cell that contains its centre.
 * Tags are hints (a tagged card keeps its id), but where it sits now decides its
 * stage and lane; stickies people added by hand are adopted by position.
 */

/** Node types the reader tells apart; everything else is 'OTHER'. */
export type SnapshotNodeType = 'STICKY' | 'FRAME' | 'SHAPE_WITH_TEXT' | 'TEXT' | 'OTHER'

export interface SnapshotNode {
  id: string
  type: SnapshotNodeType
  /** Section-local geometry, as the node is now. */
  x: number
  y: number
  width: number
  height: number
  /** The node's text (a card frame's: its text child's); null when it holds no text. */
  text: string | null
  /** The first solid fill as #RRGGBB, if any. */
  fillHex: string | null
  /** The node's tag as parsed from pluginData; null when untagged or unreadable. */
  tag: Tag | null
}

export interface BoardSnapshot {
  /** The section's stored structure. */
  record: MapRecord
  /** The section's name now: a person may have renamed the map on the canvas. */
  sectionName: string
  /** Every child of the section (groups flattened), tagged or not. */
  nodes: SnapshotNode[]
}

/** A card whose centre is in no stage column (or in a column but no lane): kept aside, not placed. */
export interface OutsideCard {
  nodeId: string
  text: string
  /** 'stage': outside every stage column; 'lane': in a column but outside every lane. */
  outside: 'stage' | 'lane'
}

/** A blank sticky in a cell: a workshop placeholder (ours), or one a person dropped and has not written on yet. */
export interface BlankSticky {
  nodeId: string
  stageId: string
  laneId: string
  placeholder: boolean
}

export interface BoardReading {
  journey: Journey
  /** What the person should be told (stickies outside the map). */
  notes: WireMessage[]
  outside: OutsideCard[]
  /** Which node each card and score of `journey` was read from, by the card's or score's id. */
  nodeOf: Map<string, string>
  blanks: BlankSticky[]
  /** The text of each score sticky whose text is the score (a number, face or word), by the score's id. */
  typed: Map<string, string>
  /** The map's persona card, if it has one. */
  personaCard: string | null
}


/** A centre this close outside a column or row (half the gutter) still counts as in it. */
const SNAP = GEOMETRY.gap / 2

/** Positions give scores to a tenth, as the board labels them. */
const round1 = (n: number): number => Math.round(n * 10) / 10 || 0

const TEXT_LIMIT = 5000

interface Span<T> {
  start: number
  size: number
  item: T
}

/** The span holding `v`; between spans, the nearest within SNAP; overlapping spans: the one whose middle is nearest. */
function pick<T>(spans: readonly Span<T>[], v: number): T | null {
  let best: { item: T; gap: number; off: number } | null = null
  for (const s of spans) {
    const end = s.start + s.size
    const gap = v < s.start ? s.start - v : v > end ? v - end : 0
    const off = Math.abs(v - (s.start + s.size / 2))
    if (gap > SNAP) continue
    if (!best || gap < best.gap || (gap === best.gap && off < best.off)) best = { item: s.item, gap, off }
  }
  return best ? best.item : null
}

function centre(n: SnapshotNode): { x: number; y: number } {
  return { x: n.x + n.width / 2, y: n.y + n.height / 2 }
}

interface Column {
  stage: Stage
  x: number
  width: number
}
interface Row {
  lane: Lane
  y: number
  height: number
}
interface ScaleArea {
  laneId: string
  /** Centres of the best and worst positions. */
  top: number
  bottom: number
  /** Where the scale area starts: above it, the emotion lane holds ordinary cards. */
  areaTop: number
}

function renamed(current: string | null | undefined, stored: string): string {
  const t = current === null || current === undefined ? undefined : withoutMarks(current.trim()).trim()
  return t && t !== stored.trim() ? t.slice(0, TEXT_LIMIT) : stored
}

/** Stage columns and lane rows as the board shows them: headers and labels a person moved win over the stored grid. */
function gridOf(snapshot: BoardSnapshot, own: (n: SnapshotNode) => Tag | null) {
  const { record } = snapshot
  const headers = new Map<string, SnapshotNode>()
  const labels = new Map<string, SnapshotNode>()
  for (const n of snapshot.nodes) {
    const tag = own(n)
    if (tag?.role === 'stage-header' && tag.stageId && !headers.has(tag.stageId)) headers.set(tag.stageId, n)
    if (tag?.role === 'lane-label' && tag.laneId && !labels.has(tag.laneId)) labels.set(tag.laneId, n)
  }

  const columns: Column[] = []
  const stages: Stage[] = []
  const unplacedStages: Stage[] = []
  for (const stored of record.stages) {
    const header = headers.get(stored.id)
    const stage = { ...stored, name: renamed(header?.text, stored.name) }
    const drawn = record.grid.columns.find((c) => c.stageId === stored.id)
    const geometry = header ? { x: header.x, width: header.width } : drawn ? { x: drawn.x, width: drawn.width } : null
    if (geometry) columns.push({ stage, ...geometry })
    else unplacedStages.push(stage)
  }
  // Stage order is the order of the columns as they stand (reading direction first).
  const rtl = record.direction === 'rtl'
  columns.sort((a, b) => (rtl ? b.x + b.width / 2 - (a.x + a.width / 2) : a.x + a.width / 2 - (b.x + b.width / 2)))
  stages.push(...columns.map((c) => c.stage), ...unplacedStages)

  const rows: Row[] = []
  const lanes: Lane[] = []
  const unplacedLanes: Lane[] = []
  let scale: ScaleArea | null = null
  for (const stored of record.lanes) {
    const label = labels.get(stored.id)
    const lane = { ...stored, title: renamed(label?.text, stored.title) }
    const drawn = record.grid.rows.find((r) => r.laneId === stored.id)
    const geometry = label ? { y: label.y, height: label.height } : drawn ? { y: drawn.y, height: drawn.height } : null
    if (!geometry) {
      unplacedLanes.push(lane)
      continue
    }
    rows.push({ lane, ...geometry })
    const s = record.grid.scale
    if (s && s.laneId === stored.id && drawn && drawn.height > 0) {
      // The scale area keeps its place within the lane when the lane is moved or resized.
      const at = (y: number): number => geometry.y + ((y - drawn.y) * geometry.height) / drawn.height
      const areaTop = s.top - (drawn.y + drawn.height - s.bottom)
      const [top, bottom] = [at(s.top), at(s.bottom)]
      // A lane squashed flat has no scale left to read a score from.
      if (bottom - top >= 1) scale = { laneId: s.laneId, top, bottom, areaTop: at(areaTop) }
    }
  }
  rows.sort((a, b) => a.y + a.height / 2 - (b.y + b.height / 2))
  lanes.push(...rows.map((r) => r.lane), ...unplacedLanes)
  return { columns, rows, stages, lanes, scale }
}

/** Reads the board as it is now into a Journey, with notes for the person. Never throws on odd boards. */
export function readBoard(snapshot: BoardSnapshot): BoardReading {
  const { record } = snapshot
  const own = (n: SnapshotNode): Tag | null => (n.tag && n.tag.mapId === record.mapId ? n.tag : null)
  const { columns, rows, stages, lanes, scale } = gridOf(snapshot, own)
  const columnSpans = columns.map((c) => ({ start: c.x, size: c.width, item: c }))
  const rowSpans = rows.map((r) => ({ start: r.y, size: r.height, item: r }))
  const span = scale ? { top: scale.top, bottom: scale.bottom } : null

  const placed: { card: Card; at: { x: number; y: number } }[] = [] // `at`: top left, for reading order
  const felt: { emotion: Emotion; y: number }[] = []
  const outside: OutsideCard[] = []
  const nodeOf = new Map<string, string>()
  const blanks: BlankSticky[] = []
  const typedText = new Map<string, string>()
  const usedIds = new Set<string>()
  const freshId = (base: string): string => {
    let id = base
    for (let i = 2; usedIds.has(id); i++) id = `${base}#${i}`
    usedIds.add(id)
    return id
  }
  // Tagged cards claim their ids first, so an adopted sticky can never take one.
  const claimed = new Set<string>()
  const cardIdOf = new Map<string, string>()
  for (const n of snapshot.nodes) {
    const tag = own(n)
    if (tag?.role === 'card' && tag.cardId && !claimed.has(tag.cardId)) {
      claimed.add(tag.cardId)
      usedIds.add(tag.cardId)
      cardIdOf.set(n.id, tag.cardId)
    }
  }

  for (const n of snapshot.nodes) {
    const tag = n.tag
    const mine = own(n)
    const at = centre(n)

    if (tag && DRAWN_ROLES.has(tag.role)) continue
    if (tag && !mine && tag.role !== 'card' && tag.role !== 'emotion') continue
    const placeholder = mine?.role === 'placeholder'
    const holdsCard = mine?.role === 'card' || mine?.role === 'emotion' || placeholder || n.type === 'STICKY' || (n.type === 'FRAME' && n.text !== null)
    if (!holdsCard) continue
    const shown = n.text ?? ''

    const column = pick(columnSpans, at.x)
    if (!column) {
      outside.push({ nodeId: n.id, text: shown.slice(0, TEXT_LIMIT), outside: 'stage' })
      continue
    }
    const row = pick(rowSpans, at.y)
    if (!row) {
      outside.push({ nodeId: n.id, text: shown.slice(0, TEXT_LIMIT), outside: 'lane' })
      continue
    }

    if (scale && span && row.lane.id === scale.laneId && at.y >= scale.areaTop) {
      // A score: typed on the sticky, or else its height. A sticky the board drew for a
      // score keeps who gave it; on one added by hand, words that are not a score are its note.
      const typed = parseScoreText(shown, record.scale)
      const score = typed ?? scoreAtY(at.y, record.scale, span)
      const drawn = mine?.role === 'emotion' ? mine : null
      // A drawn sticky nobody moved gives its score back exactly (to a millionth); one placed by hand, to a tenth.
      const emotion: Emotion = { id: freshId(drawn?.emotionId ?? `emotion:${n.id}`), stageId: column.stage.id, score: drawn ? Math.round(score * 1e6) / 1e6 : round1(score) }
      if (drawn) {
        if (drawn.personaId !== undefined) emotion.personaId = drawn.personaId
        if (drawn.participant !== undefined) emotion.participant = drawn.participant
        if (drawn.note !== undefined) emotion.note = drawn.note
      } else if (typed === null && shown.trim() !== '') emotion.note = shown.trim().slice(0, TEXT_LIMIT)
      felt.push({ emotion, y: at.y })
      nodeOf.set(emotion.id, n.id)
      if (typed !== null) typedText.set(emotion.id, shown)
      continue
    }
    // A blank sticky someone just dropped (or a placeholder nobody wrote on) is not a note yet.
    if ((!mine || placeholder) && shown.trim() === '') {
      blanks.push({ nodeId: n.id, stageId: column.stage.id, laneId: row.lane.id, placeholder })
      continue
    }

    const { text, count } = parseCardText(shown)
    const card: Card = {
      id: cardIdOf.get(n.id) ?? freshId(`card:${n.id}`),
      stageId: column.stage.id,
      laneId: row.lane.id,
      text: text.slice(0, TEXT_LIMIT),
    }
    if (count > 1) card.count = count
    if (mine?.role === 'card') {
      if (mine.personaId !== undefined) card.personaId = mine.personaId
      if (mine.participant !== undefined) card.participant = mine.participant
      if (mine.evidence !== undefined) card.evidence = mine.evidence
    }
    placed.push({ card, at: { x: n.x, y: n.y } })
    nodeOf.set(card.id, n.id)
  }

  // Cards in reading order: stage, lane, then by top edge and along the row, so a redraw keeps them where they were.
  const stageIndex = new Map(stages.map((s, i) => [s.id, i]))
  const laneIndex = new Map(lanes.map((l, i) => [l.id, i]))
  const along = record.direction === 'rtl' ? -1 : 1
  placed.sort(
    (a, b) =>
      (stageIndex.get(a.card.stageId) ?? 0) - (stageIndex.get(b.card.stageId) ?? 0) ||
      (laneIndex.get(a.card.laneId) ?? 0) - (laneIndex.get(b.card.laneId) ?? 0) ||
      a.at.y - b.at.y ||
      along * (a.at.x - b.at.x),
  )
  felt.sort((a, b) => (stageIndex.get(a.emotion.stageId) ?? 0) - (stageIndex.get(b.emotion.stageId) ?? 0) || a.y - b.y)

  const notes: WireMessage[] = []
  const outsideStages = outside.filter((o) => o.outside === 'stage').length
  const outsideLanes = outside.length - outsideStages
  if (outsideStages > 0) notes.push(message('read.outsideStages.other', { count: outsideStages }))
  if (outsideLanes > 0) notes.push(message('read.outsideLanes.other', { count: outsideLanes }))

  const title = snapshot.sectionName.trim() ? snapshot.sectionName.trim().slice(0, TEXT_LIMIT) : record.title
  const { locale, direction, personas } = record
  const journey: Journey = {
    // The journey's own version, not the record's: the two change apart.
    schema: SCHEMA_VERSION,
    title,
    locale,
    direction,
    scale: record.scale,
    stages,
    lanes,
    personas,
    cards: placed.map((p) => p.card),
    emotions: felt.map((f) => f.emotion),
  }
  const personaCard = snapshot.nodes.find((n) => own(n)?.role === 'persona-card')?.id ?? null
  return { journey, notes, outside, nodeOf, blanks, typed: typedText, personaCard }
}
