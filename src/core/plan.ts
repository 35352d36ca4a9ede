import type { PaletteName } from './lanes'

/**
 * A Plan is the board as geometry: what to draw and where, relative to the map's
 * section. The FigJam renderer, the Figma Design renderer, previews and tests all
 * read the same Plan, so layout decisions are made (and tested) once.
 */

export interface Point {
  x: number
  y: number
}
export interface Box extends Point {
  width: number
  height: number
}

export type PlanNode =
  | { kind: 'stage-header'; stageId: string; box: Box; text: string; fill: PaletteName }
  | { kind: 'lane-label'; laneId: string; box: Box; text: string; fill: PaletteName }
  | { kind: 'card'; cardId: string; stageId: string; laneId: string; box: Box; text: string; fill: PaletteName }
  /** one person's score: a sticky in the emotion lane whose centre height is the score */
  | { kind: 'emotion-sticky'; emotionId: string; stageId: string; laneId: string; box: Box; text: string; fillHex: string }
  /** the mean of a stage's scores (per persona), on the curve */
  | { kind: 'emotion-point'; stageId: string; personaId: string | null; box: Box; score: number; label: string }
  /** min–max of several people's scores at one stage, behind the mean point */
  | { kind: 'emotion-band'; stageId: string; personaId: string | null; box: Box }
  | { kind: 'divider'; laneId: string; from: Point; to: Point }
  | { kind: 'zero-line'; laneId: string; from: Point; to: Point; label: string }
  | { kind: 'curve'; laneId: string; personaId: string | null; box: Box; path: string; points: Point[] }
  /** a labelled marker on a moment of truth */
  | { kind: 'moment'; stageId: string; moment: 'lowest' | 'highest' | 'steepest-drop'; box: Box; score: number }
  /** a persona's colour and name, when the lane has curves per persona */
  | { kind: 'legend'; personaId: string; box: Box; text: string }

export type PlanNodeKind = PlanNode['kind']

export interface PlanCell {
  stageId: string
  laneId: string
  box: Box
}

/**
 * The board's grid in section coordinates: what a cell is, so a sticky can be
 * placed in one by its centre when the board is read back. The emotion lane's
 * scale area maps a vertical position to a score.
 */
export interface Grid {
  columns: { stageId: string; x: number; width: number }[]
  rows: { laneId: string; y: number; height: number }[]
  scale: { laneId: string; top: number; bottom: number } | null
}

export interface Plan {
  title: string
  width: number
  height: number
  grid: Grid
  cells: PlanCell[]
  nodes: PlanNode[]
}
