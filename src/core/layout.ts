import { monotonePath } from './curve'
import type { Card, Journey, Lane, Scale } from './journey'
import { LANE_COLOR } from './lanes'
import type { Box, Grid, Plan, PlanCell, PlanNode, Point } from './plan'
import { STICKY_SIZE, estimateStickyHeight } from './text-metrics'

/** Board geometry in canvas pixels; sized around FigJam's 240 px sticky. */
export const GEOMETRY = {
  padding: 48,
  labelWidth: 240,
  headerHeight: 112,
  gap: 24,
  cellPadding: 24,
  maxColumnsPerCell: 3,
  scaleHeight: 400,
  pointSize: 40,
  groupPointSize: 56,
  bandWidth: 16,
} as const

export interface LayoutOptions {
  /** Measured height of a card's node; estimated from its text when absent. */
  cardHeight?: (card: Card) => number | undefined
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

function mean(values: readonly number[]): number {
  return values.reduce((a, b) => a + b, 0) / values.length
}

function formatScore(n: number): string {
  const r = Math.round(n * 10) / 10
  return r > 0 ? `+${r}` : String(r)
}

/**
 * Journey → Plan. Stages are columns, lanes are rows; a column is as wide as its
 * busiest cell needs (up to three stickies across), a row as tall as its tallest
 * cell, so nothing overlaps however long the texts are. The emotion lane gets a
 * scale area where each stage's mean score becomes a point on a monotone curve.
 */
export function layout(journey: Journey, options: LayoutOptions = {}): Plan {
  const g = GEOMETRY
  const heightOf = (card: Card): number => options.cardHeight?.(card) ?? estimateStickyHeight(card.text)

  const byCell = new Map<string, Card[]>()
  for (const card of journey.cards) {
    const key = cellKey(card.stageId, card.laneId)
    const list = byCell.get(key)
    if (list) list.push(card)
    else byCell.set(key, [card])
  }
  const cardsIn = (stageId: string, laneId: string): Card[] => byCell.get(cellKey(stageId, laneId)) ?? []

  // Columns.
  const columns: StageColumn[] = []
  let x = g.padding + g.labelWidth + g.gap
  for (const stage of journey.stages) {
    let most = 0
    for (const lane of journey.lanes) most = Math.max(most, cardsIn(stage.id, lane.id).length)
    const across = Math.min(g.maxColumnsPerCell, Math.max(1, Math.ceil(Math.sqrt(most))))
    const width = across * STICKY_SIZE + (across - 1) * g.gap + 2 * g.cellPadding
    columns.push({ stageId: stage.id, x, width, columns: across })
    x += width + g.gap
  }
  const contentRight = x - g.gap
  const width = contentRight + g.padding

  // Rows.
  const rows: LaneRow[] = []
  let y = g.padding + g.headerHeight + g.gap
  for (const lane of journey.lanes) {
    let tallest = 0
    for (const col of columns) {
      const heights = cardsIn(col.stageId, lane.id).map(heightOf)
      tallest = Math.max(tallest, stackHeight(rowHeights(heights, col.columns)))
    }
    const isEmotion = lane.kind === 'emotion'
    const cardsHeight = isEmotion && tallest === 0 ? 0 : Math.max(tallest, STICKY_SIZE) + 2 * g.cellPadding
    const height = cardsHeight + (isEmotion ? g.scaleHeight : 0)
    rows.push({ lane, y, cardsHeight, height })
    y += height + g.gap
  }
  const height = y - g.gap + g.padding

  const nodes: PlanNode[] = []
  const cells: PlanCell[] = []
  const stageName = new Map(journey.stages.map((s) => [s.id, s.name]))

  for (const row of rows) {
    nodes.push({
      kind: 'lane-label',
      laneId: row.lane.id,
      box: { x: g.padding, y: row.y, width: g.labelWidth, height: row.height },
      text: row.lane.title,
      fill: LANE_COLOR[row.lane.kind],
    })
  }
  for (const col of columns) {
    nodes.push({
      kind: 'stage-header',
      stageId: col.stageId,
      box: { x: col.x, y: g.padding, width: col.width, height: g.headerHeight },
      text: stageName.get(col.stageId) ?? '',
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
      const heights = cards.map(heightOf)
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
    }
    if (row.lane.kind === 'emotion') nodes.push(...emotionNodes(journey, row, columns, contentRight))
  }

  const emotionRow = rows.find((r) => r.lane.kind === 'emotion')
  const grid: Grid = {
    columns: columns.map((c) => ({ stageId: c.stageId, x: c.x, width: c.width })),
    rows: rows.map((r) => ({ laneId: r.lane.id, y: r.y, height: r.height })),
    scale: emotionRow ? { laneId: emotionRow.lane.id, ...scaleSpan(emotionRow) } : null,
  }
  const plan: Plan = { title: journey.title, width, height, grid, cells, nodes }
  return journey.direction === 'rtl' ? mirror(plan) : plan
}

/** Where the best (top) and worst (bottom) scores sit in the emotion lane: point centres. */
function scaleSpan(row: LaneRow): { top: number; bottom: number } {
  const g = GEOMETRY
  const top = row.y + row.cardsHeight + g.pointSize / 2 + g.cellPadding
  return { top, bottom: top + g.scaleHeight - g.pointSize - 2 * g.cellPadding }
}

/** Vertical position of a score on the scale area, top = best. */
export function yOfScore(score: number, scale: Scale, span: { top: number; bottom: number }): number {
  return span.top + ((scale.max - score) / (scale.max - scale.min)) * (span.bottom - span.top)
}

/** The inverse: the score a position on the scale area stands for, clamped to the scale. */
export function scoreAtY(y: number, scale: Scale, span: { top: number; bottom: number }): number {
  const t = (y - span.top) / (span.bottom - span.top)
  const score = scale.max - t * (scale.max - scale.min)
  return Math.min(scale.max, Math.max(scale.min, score))
}

function emotionNodes(journey: Journey, row: LaneRow, columns: StageColumn[], right: number): PlanNode[] {
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
    label: formatScore(neutral),
  })

  const scores = new Map<string, number[]>()
  for (const e of journey.emotions) {
    const list = scores.get(e.stageId)
    if (list) list.push(e.score)
    else scores.set(e.stageId, [e.score])
  }
  const points: Point[] = []
  const bands: PlanNode[] = []
  const pointNodes: PlanNode[] = []
  for (const col of columns) {
    const list = scores.get(col.stageId)
    if (!list || list.length === 0) continue
    const score = mean(list)
    const p = { x: col.x + col.width / 2, y: yOf(score) }
    points.push(p)
    const n = list.length
    // Several people's scores: a bigger point that also says how many, over a band of their spread.
    const size = n > 1 ? g.groupPointSize : g.pointSize
    const lo = Math.min(...list)
    const hi = Math.max(...list)
    if (hi > lo) {
      const top = yOf(hi)
      bands.push({
        kind: 'emotion-band',
        stageId: col.stageId,
        box: { x: p.x - g.bandWidth / 2, y: top, width: g.bandWidth, height: yOf(lo) - top },
        min: lo,
        max: hi,
        n,
      })
    }
    pointNodes.push({
      kind: 'emotion-point',
      stageId: col.stageId,
      box: { x: p.x - size / 2, y: p.y - size / 2, width: size, height: size },
      score,
      label: n > 1 ? `${formatScore(score)}\nn=${n}` : formatScore(score),
    })
  }
  out.push(...bands)
  const curve = curveNode(row.lane.id, points)
  if (curve) out.push(curve)
  out.push(...pointNodes)
  return out
}

function curveNode(laneId: string, points: Point[]): PlanNode | null {
  if (points.length < 2) return null
  const xs = points.map((p) => p.x)
  const ys = points.map((p) => p.y)
  // Monotone segments keep control points inside their endpoints' range, so the
  // points' bounds are the curve's bounds.
  const box: Box = {
    x: Math.min(...xs),
    y: Math.min(...ys),
    width: Math.max(...xs) - Math.min(...xs),
    height: Math.max(...ys) - Math.min(...ys),
  }
  const path = monotonePath(points, box)
  return path ? { kind: 'curve', laneId, box, path, points } : null
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
      case 'curve': {
        const points = n.points.map(flipPoint).reverse()
        const box = flipBox(n.box)
        return { ...n, box, points, path: monotonePath(points, box) ?? n.path }
      }
      default:
        return { ...n, box: flipBox(n.box) }
    }
  })
  const columns = plan.grid.columns.map((c) => ({ ...c, x: plan.width - c.x - c.width }))
  return { ...plan, nodes, grid: { ...plan.grid, columns }, cells: plan.cells.map((c) => ({ ...c, box: flipBox(c.box) })) }
}
