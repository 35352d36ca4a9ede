import { labelText } from './bidi'
import { emotionLayer } from './emotion-layer'
import { formatScore, type LaneSticky } from './emotion-model'
import { parseScoreText } from '../model/scores'
import type { Card, Emotion, Journey, Lane, Scale } from '../model/journey'
import { laneHint } from '../model/lane-kinds'
import { LANE_COLOR, PALETTE_HEX } from '../model/palette'
import { yOfScore } from './layout-math'

export { scoreAtY, yOfScore } from './layout-math'
import { PERSONA_CARD_KEY, placeholderKey, type Box, type Grid, type Plan, type PlanCell, type PlanNode, type Point } from './plan'
import { STICKY_SIZE, estimateStickyHeight, textHeight } from './text-metrics'
import { personaCardText, personaHasText, type Workshop } from '../model/workshop'

/** Board geometry in canvas pixels; sized around FigJam's 240 px sticky. */
export const GEOMETRY = {
  padding: 48,
  labelWidth: 240,
  headerHeight: 112,
  gap: 24,
  cellPadding: 24,
  maxColumnsPerCell: 3,
  /** Distance between the centres of the best and the worst score in the emotion lane. */
  scaleSpan: 400,
} as const

export interface LayoutOptions {
  /**
   * Measured height of a sticky-like node by its key (a card's or score's id, see
   * `stickyKey` for placeholders and the persona card); estimated from its text when absent.
   */
  cardHeight?: (id: string) => number | undefined
  /** How the board is prepared for a workshop; none when absent. */
  workshop?: Workshop
  /**
   * Blank stickies per cell. By default every cell but the emotion lane's gets the
   * workshop's number; a regenerate passes the blanks each cell holds now.
   */
  placeholders?: (stageId: string, laneId: string) => number
}

const HINT_FONT_SIZE = 14
const HINT_INSET = 16

/**
 * Text in stage headers and lane labels: the larger of the sizes FigJam's shapes
 * and Figma Design's frames draw it at, and the inset kept clear around it. A
 * header row or a lane grows until its name fits, so long names neither spill
 * out of a FigJam shape nor get clipped by a Design frame.
 */
export const LABEL_TEXT = { headerFontSize: 24, laneFontSize: 20, inset: 16 } as const

/** Height a header or label needs for its text at a width, insets included. */
export function labelTextHeight(text: string, width: number, fontSize: number): number {
  return textHeight(text, width - 2 * LABEL_TEXT.inset, fontSize) + 2 * LABEL_TEXT.inset
}

interface StageColumn {
  stageId: string
  x: number
  width: number
  columns: number
}

interface LaneRow {
  lane: Lane
  y: number
  /** Height of the card area; the emotion lane adds the scale area below it. */
  cardsHeight: number
  height: number
}

function cellKey(stageId: string, laneId: string): string {
  return `${stageId}\u0000${laneId}`
}

/** Rows of cards in a cell: `columns` wide, each row as tall as its tallest card. */
function rowHeights(heights: readonly number[], columns: number): number[] {
  const rows: number[] = []
  heights.forEach((h, i) => {
    const r = Math.floor(i / columns)
    rows[r] = Math.max(rows[r] ?? 0, h)
  })
  return rows
}

function stackHeight(rows: readonly number[]): number {
  if (rows.length === 0) return 0
  return rows.reduce((a, b) => a + b, 0) + GEOMETRY.gap * (rows.length - 1)
}

/**
 * The board without the emotion lane's marks: enough to know which stickies to make
 * and how many nodes there will be. Stages are columns, lanes are rows; a column is as
 * wide as its busiest cell needs (up to three stickies across), a row as tall as its
 * tallest cell, so nothing overlaps however long the texts are. The emotion lane gets
 * a scale area where a score's height is its value.
 */
export function layoutStickies(journey: Journey, options: LayoutOptions = {}): Plan {
  const g = GEOMETRY
  // Each card's height is asked for by its row and by its cell: measured or estimated once.
  const heights = new Map<string, number>()
  const heightOf = (card: Card): number => {
    let h = heights.get(card.id)
    if (h === undefined) {
      h = options.cardHeight?.(card.id) ?? estimateStickyHeight(card.text)
      heights.set(card.id, h)
    }
    return h
  }

  const byCell = new Map<string, Card[]>()
  for (const card of journey.cards) {
    const key = cellKey(card.stageId, card.laneId)
    const list = byCell.get(key)
    if (list) list.push(card)
    else byCell.set(key, [card])
  }
  const cardsIn = (stageId: string, laneId: string): Card[] => byCell.get(cellKey(stageId, laneId)) ?? []
  const workshop = options.workshop
  const kindOf = new Map(journey.lanes.map((l) => [l.id, l.kind]))
  const blanksIn =
    options.placeholders ?? ((_stageId: string, laneId: string): number => (kindOf.get(laneId) === 'emotion' ? 0 : (workshop?.placeholders ?? 0)))
  /** Heights of what a cell holds: its cards, then its blank stickies. */
  const cellHeights = (stageId: string, laneId: string): number[] => [
    ...cardsIn(stageId, laneId).map(heightOf),
    ...Array.from({ length: blanksIn(stageId, laneId) }, (_, slot) => options.cardHeight?.(placeholderKey(stageId, laneId, slot)) ?? STICKY_SIZE),
  ]
  const persona = workshop && personaHasText(workshop.persona) ? personaCardText(workshop.persona, journey.locale) : null
  const personaHeight = persona === null ? 0 : (options.cardHeight?.(PERSONA_CARD_KEY) ?? estimateStickyHeight(persona))
  // The persona card sits above the stage headers, at the top left.
  const top = g.padding + (persona === null ? 0 : personaHeight + g.gap)

  const scoresIn = new Map<string, number>()
  for (const e of journey.emotions) scoresIn.set(e.stageId, (scoresIn.get(e.stageId) ?? 0) + 1)

  // Columns.
  const columns: StageColumn[] = []
  let x = g.padding + g.labelWidth + g.gap
  for (const stage of journey.stages) {
    let most = 0
    for (const lane of journey.lanes) most = Math.max(most, cardsIn(stage.id, lane.id).length + blanksIn(stage.id, lane.id))
    // Score stickies fan out across their column: several people's scores widen it as cards do.
    most = Math.max(most, scoresIn.get(stage.id) ?? 0)
    const across = Math.min(g.maxColumnsPerCell, Math.max(1, Math.ceil(Math.sqrt(most))))
    const width = across * STICKY_SIZE + (across - 1) * g.gap + 2 * g.cellPadding
    columns.push({ stageId: stage.id, x, width, columns: across })
    x += width + g.gap
  }
  const contentRight = x - g.gap
  const width = contentRight + g.padding
  const stageName = new Map(journey.stages.map((s) => [s.id, s.name]))
  const headerHeight = columns.reduce<number>(
    (h, col) => Math.max(h, labelTextHeight(stageName.get(col.stageId) ?? '', col.width, LABEL_TEXT.headerFontSize)),
    g.headerHeight,
  )
  const hintOf = (lane: Lane): string | undefined => {
    const hint = workshop?.hints ? (lane.hint ?? laneHint(lane.kind, journey.locale)) : undefined
    return hint !== undefined && hint.trim() !== '' ? hint : undefined
  }
  const hintWidth = g.labelWidth - 2 * HINT_INSET
  /** A lane label's text is centred: a hint at its foot needs as much room above the text as below it. */
  const labelNeeds = (lane: Lane): number => {
    const hint = hintOf(lane)
    const hintRoom = hint === undefined ? 0 : 2 * (textHeight(hint, hintWidth, HINT_FONT_SIZE) + HINT_INSET)
    return labelTextHeight(lane.title, g.labelWidth, LABEL_TEXT.laneFontSize) + hintRoom
  }

  // Rows.
  const rows: LaneRow[] = []
  let y = top + headerHeight + g.gap
  for (const lane of journey.lanes) {
    let tallest = 0
    for (const col of columns) {
      const heights = cellHeights(col.stageId, lane.id)
      tallest = Math.max(tallest, stackHeight(rowHeights(heights, col.columns)))
    }
    const isEmotion = lane.kind === 'emotion'
    const scaleArea = isEmotion ? g.scaleSpan + STICKY_SIZE + 2 * g.cellPadding : 0
    let cardsHeight = isEmotion && tallest === 0 ? 0 : Math.max(tallest, STICKY_SIZE) + 2 * g.cellPadding
    // A long lane title makes the card area taller (the scale area keeps its size).
    cardsHeight = Math.max(cardsHeight, labelNeeds(lane) - scaleArea)
    // The scale area holds stickies centred anywhere from the best to the worst score.
    const height = cardsHeight + scaleArea
    rows.push({ lane, y, cardsHeight, height })
    y += height + g.gap
  }
  const height = y - g.gap + g.padding

  const nodes: PlanNode[] = []
  const cells: PlanCell[] = []
  if (persona !== null) {
    nodes.push({ kind: 'persona-card', box: { x: g.padding, y: g.padding, width: STICKY_SIZE, height: personaHeight }, text: persona })
  }

  for (const row of rows) {
    nodes.push({
      kind: 'lane-label',
      laneId: row.lane.id,
      box: { x: g.padding, y: row.y, width: g.labelWidth, height: row.height },
      text: labelText(row.lane.title, journey.direction),
      fill: LANE_COLOR[row.lane.kind],
    })
    const hint = hintOf(row.lane)
    if (hint !== undefined) {
      const height = textHeight(hint, hintWidth, HINT_FONT_SIZE)
      nodes.push({ kind: 'lane-hint', laneId: row.lane.id, box: { x: g.padding + HINT_INSET, y: row.y + row.height - HINT_INSET - height, width: hintWidth, height }, text: labelText(hint, journey.direction) })
    }
  }
  for (const col of columns) {
    nodes.push({
      kind: 'stage-header',
      stageId: col.stageId,
      box: { x: col.x, y: top, width: col.width, height: headerHeight },
      text: labelText(stageName.get(col.stageId) ?? '', journey.direction),
      fill: 'lightGray',
    })
  }
  // A divider above every lane but the first separates rows without boxing stickies in.
  rows.slice(1).forEach((row) => {
    const lineY = row.y - g.gap / 2
    nodes.push({
      kind: 'divider',
      laneId: row.lane.id,
      from: { x: g.padding, y: lineY },
      to: { x: contentRight, y: lineY },
    })
  })

  for (const row of rows) {
    for (const col of columns) {
      cells.push({
        stageId: col.stageId,
        laneId: row.lane.id,
        box: { x: col.x, y: row.y, width: col.width, height: row.height },
      })
      const cards = cardsIn(col.stageId, row.lane.id)
      const heights = cellHeights(col.stageId, row.lane.id)
      const rowTops: number[] = []
      let top = row.y + g.cellPadding
      for (const h of rowHeights(heights, col.columns)) {
        rowTops.push(top)
        top += h + g.gap
      }
      cards.forEach((card, i) => {
        const r = Math.floor(i / col.columns)
        const c = i % col.columns
        nodes.push({
          kind: 'card',
          cardId: card.id,
          stageId: card.stageId,
          laneId: card.laneId,
          box: {
            x: col.x + g.cellPadding + c * (STICKY_SIZE + g.gap),
            y: rowTops[r]!,
            width: STICKY_SIZE,
            height: heights[i]!,
          },
          text: card.text,
          fill: LANE_COLOR[row.lane.kind],
        })
      })
      for (let slot = 0, i = cards.length; i < heights.length; slot++, i++) {
        const r = Math.floor(i / col.columns)
        const c = i % col.columns
        nodes.push({
          kind: 'placeholder',
          stageId: col.stageId,
          laneId: row.lane.id,
          slot,
          box: { x: col.x + g.cellPadding + c * (STICKY_SIZE + g.gap), y: rowTops[r]!, width: STICKY_SIZE, height: heights[i]! },
          fill: LANE_COLOR[row.lane.kind],
        })
      }
    }
    if (row.lane.kind === 'emotion') nodes.push(...emotionNodes(journey, row, columns, contentRight, options))
  }

  const emotionRow = rows.find((r) => r.lane.kind === 'emotion')
  const grid: Grid = {
    columns: columns.map((c) => ({ stageId: c.stageId, x: c.x, width: c.width })),
    rows: rows.map((r) => ({ laneId: r.lane.id, y: r.y, height: r.height })),
    scale: emotionRow ? { laneId: emotionRow.lane.id, ...scaleSpan(emotionRow) } : null,
  }
  const drawn: Plan = { title: journey.title, width, height, grid, cells, nodes }
  return journey.direction === 'rtl' ? mirror(drawn) : drawn
}

/**
 * Journey → Plan: the board with every node the canvas shows. The lane's curve, points,
 * bands and moments come from its stickies, exactly as live sync computes them.
 */
export function layout(journey: Journey, options: LayoutOptions = {}): Plan {
  return withEmotionLayer(layoutStickies(journey, options), journey)
}

/** Where the best (top) and worst (bottom) scores sit in the emotion lane: sticky centres. */
function scaleSpan(row: LaneRow): { top: number; bottom: number } {
  const g = GEOMETRY
  const top = row.y + row.cardsHeight + g.cellPadding + STICKY_SIZE / 2
  return { top, bottom: top + g.scaleSpan }
}

/** What a score's sticky says: who gave it, or its note — never a score, which would move it. */
function emotionText(e: Emotion, scale: Scale, personaName: Map<string, string>): string {
  const candidates = [e.participant, e.note, e.personaId === undefined ? undefined : personaName.get(e.personaId)]
  return candidates.find((t): t is string => t !== undefined && t.trim() !== '' && parseScoreText(t, scale) === null) ?? ''
}

function emotionNodes(journey: Journey, row: LaneRow, columns: StageColumn[], right: number, options: LayoutOptions): PlanNode[] {
  const g = GEOMETRY
  const { min, max } = journey.scale
  const span = scaleSpan(row)
  const yOf = (score: number): number => yOfScore(score, journey.scale, span)
  const out: PlanNode[] = []

  const neutral = min < 0 && max > 0 ? 0 : (min + max) / 2
  out.push({
    kind: 'zero-line',
    laneId: row.lane.id,
    from: { x: columns[0]?.x ?? right, y: yOf(neutral) },
    to: { x: right, y: yOf(neutral) },
    label: formatScore(neutral, journey.locale),
  })

  // One sticky per score at its height, fanned across the stage's column so each stays graspable.
  const personaColor = new Map(journey.personas.map((p) => [p.id, p.color]))
  const personaName = new Map(journey.personas.map((p) => [p.id, p.name]))
  const byStage = new Map<string, Emotion[]>()
  for (const e of journey.emotions) {
    const list = byStage.get(e.stageId)
    if (list) list.push(e)
    else byStage.set(e.stageId, [e])
  }
  for (const col of columns) {
    const list = byStage.get(col.stageId) ?? []
    const room = col.width - 2 * g.cellPadding - STICKY_SIZE
    list.forEach((e, i) => {
      const text = emotionText(e, journey.scale, personaName)
      const h = options.cardHeight?.(e.id) ?? estimateStickyHeight(text)
      const x = col.x + g.cellPadding + (list.length > 1 ? (i * room) / (list.length - 1) : room / 2)
      out.push({
        kind: 'emotion-sticky',
        emotionId: e.id,
        stageId: col.stageId,
        laneId: row.lane.id,
        box: { x, y: yOf(e.score) - h / 2, width: STICKY_SIZE, height: h },
        text,
        fillHex: (e.personaId !== undefined ? personaColor.get(e.personaId) : undefined) ?? PALETTE_HEX[LANE_COLOR.emotion],
      })
    })
  }
  return out
}

/** The emotion lane's marks for a plan, from the emotion stickies it places: what live sync computes from the canvas. */
function withEmotionLayer(plan: Plan, journey: Journey): Plan {
  const stickies: LaneSticky[] = plan.nodes.flatMap((n) =>
    n.kind === 'emotion-sticky' ? [{ id: n.emotionId, ...n.box, text: n.text, fillHex: n.fillHex }] : [],
  )
  const { nodes } = emotionLayer({ grid: plan.grid, scale: journey.scale, personas: journey.personas, stickies, locale: journey.locale })
  return { ...plan, nodes: [...plan.nodes, ...nodes] }
}

/** Right-to-left boards: the same plan seen in a mirror, first stage at the right. */
function mirror(plan: Plan): Plan {
  const flipBox = (b: Box): Box => ({ ...b, x: plan.width - b.x - b.width })
  const flipPoint = (p: Point): Point => ({ x: plan.width - p.x, y: p.y })
  const nodes = plan.nodes.map((n): PlanNode => {
    switch (n.kind) {
      case 'divider':
      case 'zero-line':
        return { ...n, from: flipPoint(n.to), to: flipPoint(n.from) }
      // The lane's curve and marks are computed after mirroring, from the mirrored stickies.
      case 'curve':
        return n
      default:
        return { ...n, box: flipBox(n.box) }
    }
  })
  const columns = plan.grid.columns.map((c) => ({ ...c, x: plan.width - c.x - c.width }))
  return { ...plan, nodes, grid: { ...plan.grid, columns }, cells: plan.cells.map((c) => ({ ...c, box: flipBox(c.box) })) }
}
