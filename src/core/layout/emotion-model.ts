import { monotonePath } from './curve'
import { parseScoreText } from '../model/scores'
import type { Persona, Scale } from '../model/journey'
import type { Locale } from '../i18n/locale'
import { formatNumber, formatSigned } from '../i18n/numbers'
import { scoreAtY, yOfScore } from './layout-math'
import type { Box, Grid, Point } from './plan'

/**
 * The emotion lane as data: which stickies are in it, what score each stands for, and
 * what the lane should show for them — per persona, a curve through each stage's mean,
 * a band where scores spread, and markers on the moments of truth. Generating a board
 * and live sync both draw from this one computation, so the curve a person sees is
 * always a fresh recompute from the stickies.
 */

/** A sticky as the lane sees it (section coordinates). */
export interface LaneSticky {
  id: string
  x: number
  y: number
  width: number
  height: number
  text: string
  fillHex: string | null
}

export type MomentKind = 'lowest' | 'highest' | 'steepest-drop'

export interface StageScores {
  stageId: string
  /** null: stickies of no persona's colour */
  personaId: string | null
  scores: number[]
  mean: number
  min: number
  max: number
}

export interface CurveShape {
  personaId: string | null
  /** absolute path data relative to `box` (x, y): null with fewer than two scored stages */
  path: string | null
  box: Box
  points: Point[]
}

export interface MeanPoint {
  stageId: string
  personaId: string | null
  box: Box
  label: string
}

export interface Band {
  stageId: string
  personaId: string | null
  box: Box
}

export interface Moment {
  kind: MomentKind
  stageId: string
  personaId: string | null
  score: number
  /** where the marker sits (its box), beside the point it names */
  box: Box
}

export interface EmotionState {
  stats: StageScores[]
  curves: CurveShape[]
  points: MeanPoint[]
  bands: Band[]
  moments: Moment[]
  /** one entry per persona that has stickies in the lane */
  legend: { personaId: string; name: string; box: Box }[]
  /** stickies in the emotion lane's rows but outside every stage column: not counted */
  outside: string[]
  /** stickies in the lane's notes strip, above its scored area: not counted */
  notes: string[]
  /** stickies whose text is a score but that sit at another height: where they go (y of top) */
  snaps: { id: string; y: number }[]
}

export interface EmotionInput {
  grid: Grid
  scale: Scale
  personas: readonly Persona[]
  stickies: readonly LaneSticky[]
  /** the map's language, for the numbers on its labels (English when absent) */
  locale?: Locale
}



/** Sizes of what the lane draws, in canvas pixels. */
export const LANE_MARKS = {
  pointSize: 40,
  groupPointSize: 56,
  bandWidth: 16,
  moment: { width: 148, height: 32, gap: 16 },
  legend: { width: 208, height: 32, gap: 8, inset: 16 },
} as const

function centre(s: LaneSticky): Point {
  return { x: s.x + s.width / 2, y: s.y + s.height / 2 }
}

function mean(values: readonly number[]): number {
  let sum = 0
  for (const v of values) sum += v
  return sum / values.length
}

export function formatScore(n: number, locale: Locale = 'en'): string {
  return formatSigned(locale, n)
}

/** The vertical span (point centres) of the emotion lane's scale area; null when the map has none. */
export function scaleSpan(grid: Grid): { top: number; bottom: number } | null {
  return grid.scale ? { top: grid.scale.top, bottom: grid.scale.bottom } : null
}

function boundsOf(points: readonly Point[]): Box {
  let minX = Infinity
  let minY = Infinity
  let maxX = -Infinity
  let maxY = -Infinity
  for (const p of points) {
    minX = Math.min(minX, p.x)
    minY = Math.min(minY, p.y)
    maxX = Math.max(maxX, p.x)
    maxY = Math.max(maxY, p.y)
  }
  return { x: minX, y: minY, width: maxX - minX, height: maxY - minY }
}

export function emotionState(input: EmotionInput): EmotionState {
  const { grid, scale, personas } = input
  const span = scaleSpan(grid)
  const empty: EmotionState = { stats: [], curves: [], points: [], bands: [], moments: [], legend: [], outside: [], notes: [], snaps: [] }
  if (!span || !grid.scale) return empty
  const row = grid.rows.find((r) => r.laneId === grid.scale!.laneId)
  if (!row) return empty
  const personaOf = new Map(personas.map((p) => [p.color.toUpperCase(), p.id]))
  const columnIndex = (x: number): number => grid.columns.findIndex((c) => x >= c.x && x <= c.x + c.width)

  // persona key → stage index → scores
  const groups = new Map<string | null, Map<number, number[]>>()
  const outside: string[] = []
  const notes: string[] = []
  // The scored area: below the lane's notes, as far above the best score as the worst is above the lane's bottom.
  const areaTop = span.top - (row.y + row.height - span.bottom)
  const snaps: { id: string; y: number }[] = []
  for (const s of input.stickies) {
    const c = centre(s)
    if (c.y < areaTop) {
      notes.push(s.id)
      continue
    }
    const col = columnIndex(c.x)
    if (col < 0) {
      outside.push(s.id)
      continue
    }
    // Typed text wins over height: the sticky then moves to where its text says.
    const typed = parseScoreText(s.text, scale)
    let score: number
    if (typed !== null) {
      score = typed
      const y = yOfScore(typed, scale, span) - s.height / 2
      if (Math.abs(y - s.y) > 0.5) snaps.push({ id: s.id, y })
    } else score = scoreAtY(c.y, scale, span)
    const personaId = (s.fillHex && personaOf.get(s.fillHex.toUpperCase())) ?? null
    let byStage = groups.get(personaId)
    if (!byStage) groups.set(personaId, (byStage = new Map<number, number[]>()))
    const list = byStage.get(col)
    if (list) list.push(score)
    else byStage.set(col, [score])
  }

  const stats: StageScores[] = []
  const curves: CurveShape[] = []
  const points: MeanPoint[] = []
  const bands: Band[] = []
  const moments: Moment[] = []
  // Persona order: no persona first, then as the journey lists them.
  const order = [null, ...personas.map((p) => p.id)].filter((k) => groups.has(k))
  for (const personaId of order) {
    const byStage = groups.get(personaId)!
    const curvePoints: Point[] = []
    for (let col = 0; col < grid.columns.length; col++) {
      const scores = byStage.get(col)
      if (!scores) continue
      const column = grid.columns[col]!
      const m = mean(scores)
      const min = Math.min(...scores)
      const max = Math.max(...scores)
      stats.push({ stageId: column.stageId, personaId, scores, mean: m, min, max })
      const p = { x: column.x + column.width / 2, y: yOfScore(m, scale, span) }
      curvePoints.push(p)
      const size = scores.length > 1 ? LANE_MARKS.groupPointSize : LANE_MARKS.pointSize
      points.push({
        stageId: column.stageId,
        personaId,
        box: { x: p.x - size / 2, y: p.y - size / 2, width: size, height: size },
        label: scores.length > 1 ? `${formatScore(m, input.locale)}\nn=${formatNumber(input.locale ?? 'en', scores.length)}` : formatScore(m, input.locale),
      })
      if (max > min) {
        const top = yOfScore(max, scale, span)
        bands.push({
          stageId: column.stageId,
          personaId,
          box: { x: p.x - LANE_MARKS.bandWidth / 2, y: top, width: LANE_MARKS.bandWidth, height: yOfScore(min, scale, span) - top },
        })
      }
    }
    // Left to right on the board, whichever way the journey runs.
    curvePoints.sort((a, b) => a.x - b.x)
    const box = boundsOf(curvePoints)
    curves.push({ personaId, path: curvePoints.length > 1 ? monotonePath(curvePoints, box) : null, box, points: curvePoints })
    // Each drawn curve has its own moments: a marker names a point on the curve it sits by.
    moments.push(...momentsOf(byStage, personaId, grid, scale, span, row))
  }

  const legend = personas
    .filter((p) => groups.has(p.id))
    .map((p, i) => ({
      personaId: p.id,
      name: p.name,
      box: {
        x: LANE_MARKS.legend.inset + 48,
        y: row.y + row.height - LANE_MARKS.legend.inset - (i + 1) * (LANE_MARKS.legend.height + LANE_MARKS.legend.gap),
        width: LANE_MARKS.legend.width,
        height: LANE_MARKS.legend.height,
      },
    }))
  return { stats, curves, points, bands, moments, legend, outside, notes, snaps }
}

/**
 * Moments of truth on one curve (one persona's per-stage means, or those of stickies of
 * no persona's colour): the lowest point, the highest point, and the steepest drop
 * between neighbouring scored stages. None when fewer than two stages are scored or
 * all are level.
 */
function momentsOf(
  all: Map<number, number[]>,
  personaId: string | null,
  grid: Grid,
  scale: Scale,
  span: { top: number; bottom: number },
  row: { y: number; height: number },
): Moment[] {
  const scored = [...all.keys()].sort((a, b) => a - b).map((col) => ({ col, mean: mean(all.get(col)!) }))
  if (scored.length < 2) return []
  let lo = scored[0]!
  let hi = scored[0]!
  for (const s of scored) {
    if (s.mean < lo.mean) lo = s
    if (s.mean > hi.mean) hi = s
  }
  if (lo.mean === hi.mean) return []
  const { width, height, gap } = LANE_MARKS.moment
  const laneTop = row.y
  const laneBottom = row.y + row.height - height
  const at = (col: number, score: number, above: boolean): Box => {
    const column = grid.columns[col]!
    const y = yOfScore(score, scale, span) + (above ? -(LANE_MARKS.groupPointSize / 2 + gap + height) : LANE_MARKS.groupPointSize / 2 + gap)
    return { x: column.x + column.width / 2 - width / 2, y: Math.min(laneBottom, Math.max(laneTop, y)), width, height }
  }
  const stageId = (col: number): string => grid.columns[col]!.stageId
  const moments: Moment[] = [
    { kind: 'highest', stageId: stageId(hi.col), personaId, score: hi.mean, box: at(hi.col, hi.mean, true) },
    { kind: 'lowest', stageId: stageId(lo.col), personaId, score: lo.mean, box: at(lo.col, lo.mean, false) },
  ]
  let drop: { from: (typeof scored)[number]; to: (typeof scored)[number] } | null = null
  for (let i = 1; i < scored.length; i++) {
    const d = scored[i - 1]!.mean - scored[i]!.mean
    if (d > 0 && (!drop || d > drop.from.mean - drop.to.mean)) drop = { from: scored[i - 1]!, to: scored[i]! }
  }
  if (drop) {
    const a = at(drop.from.col, drop.from.mean, false)
    const b = at(drop.to.col, drop.to.mean, true)
    // Halfway along the drop, clear of both points.
    const box = { x: (a.x + b.x) / 2, y: (a.y + b.y) / 2, width, height }
    moments.push({ kind: 'steepest-drop', stageId: stageId(drop.to.col), personaId, score: drop.to.mean, box })
  }
  return moments
}
