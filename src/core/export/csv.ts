import type { Journey } from '../model/journey'
import { translate } from '../i18n'
import { formatScale } from '../model/scores'

/**
 * The long CSV shape: one row per observation, with the header names our importer
 * recognises. Written for spreadsheets: a UTF-8 BOM (so Excel reads Cyrillic as
 * such), CRLF line ends, RFC 4180 quoting, and no cell a spreadsheet would run as
 * a formula. A Russian journey is written as Russian Excel reads CSV: semicolons
 * between cells and a decimal comma (our importer reads both forms).
 *
 * So that importing the file gives the same board back, every row also names the
 * board's scale ("−2..+2", "1..5"), and rows with no text keep what has no note: a lane
 * or stage with no cards, a persona nobody is tagged with. The first stage names every
 * lane in the board's order, which the importer keeps for a file with a scale column.
 */

export const CSV_HEADER = ['stage', 'lane', 'text', 'score', 'persona', 'participant', 'scale'] as const

const BOM = '\uFEFF'
const EOL = '\r\n'

/** A plain number is data, never a formula, even with a leading minus. */
const PLAIN_NUMBER = /^[+-]?(\d+([.,]\d*)?|[.,]\d+)([eE][+-]?\d+)?$/
const FORMULA_START = /^[=+\-@\t\r]/
/** Text that already reads as a guarded formula (`'=x`): it gets one apostrophe more, so the importer's taking one off gives it back. */
const GUARDED = /^'+[=+\-@\t\r]/

/** Cells a spreadsheet would evaluate (`=SUM(A1)`, `@cmd`, `-1+2`) get a leading apostrophe. */
export function neutraliseCell(cell: string): string {
  return (FORMULA_START.test(cell) && !PLAIN_NUMBER.test(cell)) || GUARDED.test(cell) ? `'${cell}` : cell
}

/**
 * RFC 4180: quote a cell holding a delimiter (either: a reader may guess), quote or
 * line break, doubling its quotes. A number with a decimal comma stays bare, so a
 * spreadsheet reads it as a number.
 */
export function quoteCell(cell: string, delimiter: ',' | ';' = ','): string {
  const quote = /["\t\r\n]/.test(cell) || cell.includes(delimiter) || (/[,;]/.test(cell) && !PLAIN_NUMBER.test(cell))
  return quote ? `"${cell.replace(/"/g, '""')}"` : cell
}

function formatScore(score: number, decimalComma: boolean): string {
  const text = String(Number.isFinite(score) ? score : 0)
  return decimalComma ? text.replace('.', ',') : text
}

export function toCsv(journey: Journey): string {
  const russianExcel = journey.locale === 'ru'
  const delimiter = russianExcel ? ';' : ','
  const scale = formatScale(journey.scale)
  const stageName = new Map(journey.stages.map((s) => [s.id, s.name]))
  const stageOrder = new Map(journey.stages.map((s, i) => [s.id, i]))
  const laneTitle = new Map(journey.lanes.map((l) => [l.id, l.title]))
  const laneOrder = new Map(journey.lanes.map((l, i) => [l.id, i]))
  const personaName = new Map(journey.personas.map((p) => [p.id, p.name]))
  const emotionIndex = journey.lanes.findIndex((l) => l.kind === 'emotion')
  const emotionLane = emotionIndex === -1 ? translate(journey.locale, 'lane.emotion') : journey.lanes[emotionIndex]!.title
  const emotionOrder = emotionIndex === -1 ? journey.lanes.length : emotionIndex
  const persona = (id: string | undefined): string => (id === undefined ? '' : (personaName.get(id) ?? ''))
  const stageIndex = (id: string): number => stageOrder.get(id) ?? journey.stages.length

  // Stage by stage (cards lane by lane, the scores in the emotion lane's place), so a
  // re-import meets stages and lanes in board order.
  const rows: { stage: number; lane: number; seq: number; cells: string[] }[] = []
  const filled = new Set<string>()
  const stagesUsed = new Set<number>()
  const personasUsed = new Set<string>()
  const add = (stage: number, lane: number, seq: number, cells: string[]): void => {
    rows.push({ stage, lane, seq, cells: [...cells, scale] })
    filled.add(`${stage}:${lane}`)
    stagesUsed.add(stage)
  }
  journey.cards.forEach((card, seq) => {
    const cells = [stageName.get(card.stageId) ?? card.stageId, laneTitle.get(card.laneId) ?? card.laneId, card.text, '', persona(card.personaId), card.participant ?? '']
    if (card.personaId !== undefined) personasUsed.add(card.personaId)
    // A merged card is written once per note it stands for, so importing merges it back to the same count.
    for (let i = 0; i < (card.count ?? 1); i++) add(stageIndex(card.stageId), laneOrder.get(card.laneId) ?? 0, seq, cells)
  })
  journey.emotions.forEach((e, seq) => {
    if (e.personaId !== undefined) personasUsed.add(e.personaId)
    add(stageIndex(e.stageId), emotionOrder, seq, [stageName.get(e.stageId) ?? e.stageId, emotionLane, e.note ?? '', formatScore(e.score, russianExcel), persona(e.personaId), e.participant ?? ''])
  })
  const first = journey.stages[0]
  if (first) {
    // The first stage names every lane, empty ones too, in the board's order.
    journey.lanes.forEach((lane, i) => {
      if (!filled.has(`0:${i}`)) add(0, i, -1, [first.name, lane.title, '', '', '', ''])
    })
    // A persona nobody is tagged with, so it is not lost.
    for (const p of journey.personas) if (!personasUsed.has(p.id)) add(0, journey.lanes.length + 1, -1, [first.name, '', '', '', p.name, ''])
  }
  // A stage with nothing in it.
  journey.stages.forEach((stage, i) => {
    if (!stagesUsed.has(i)) add(i, -1, -1, [stage.name, '', '', '', '', ''])
  })
  rows.sort((a, b) => a.stage - b.stage || a.lane - b.lane || a.seq - b.seq)

  const line = (cells: readonly string[]): string => cells.map((c) => quoteCell(neutraliseCell(c), delimiter)).join(delimiter)
  return BOM + [line(CSV_HEADER), ...rows.map((r) => line(r.cells))].join(EOL) + EOL
}
