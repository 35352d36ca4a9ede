import * as z from 'zod/mini'
import type { PaletteName } from '../model/palette'

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
  | { kind: 'emotion-point'; stageId: string; personaId: string | null; box: Box; score: number; label: string; stroke: string | null }
  /** min–max of several people's scores at one stage, behind the mean point */
  | { kind: 'emotion-band'; stageId: string; personaId: string | null; box: Box; fill: PaletteName }
  | { kind: 'divider'; laneId: string; from: Point; to: Point }
  | { kind: 'zero-line'; laneId: string; from: Point; to: Point; label: string }
  | { kind: 'curve'; laneId: string; personaId: string | null; box: Box; path: string; points: Point[]; stroke: string | null }
  /** a labelled marker on a moment of truth; outlined in its persona's colour when the lane has several curves */
  | { kind: 'moment'; stageId: string; personaId: string | null; moment: 'lowest' | 'highest' | 'steepest-drop'; box: Box; score: number; text: string; outlined: boolean; stroke: string | null }
  /** a persona's colour and name, when the lane has curves per persona */
  | { kind: 'legend'; personaId: string; box: Box; text: string; fill: string }
  /** a blank sticky waiting in a cell for a workshop's participants; `slot` counts from 0 */
  | { kind: 'placeholder'; stageId: string; laneId: string; slot: number; box: Box; fill: PaletteName }
  /** what a lane asks of a workshop, under its title */
  | { kind: 'lane-hint'; laneId: string; box: Box; text: string }
  /** the persona the map is about, at the top left */
  | { kind: 'persona-card'; box: Box; text: string }

export type PlanNodeKind = PlanNode['kind']

/**
 * What the emotion lane draws from its stickies (layout/emotion-layer.ts); live sync
 * redraws these and nothing else. A `stroke` is a persona's strong colour, or null for
 * the board's ink.
 */
export const LAYER_KINDS = ['emotion-band', 'curve', 'emotion-point', 'moment', 'legend'] as const
export type LayerNode = Extract<PlanNode, { kind: (typeof LAYER_KINDS)[number] }>

export function isLayerNode(node: PlanNode): node is LayerNode {
  return (LAYER_KINDS as readonly string[]).includes(node.kind)
}

/**
 * Drawn locked, so a drag in the emotion lane takes a sticky, not the curve over it: the
 * lane's marks and its neutral line. Live sync still redraws them (locking binds people only).
 */
export function isLocked(node: PlanNode): boolean {
  return isLayerNode(node) || node.kind === 'zero-line'
}

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
/** The grid as drawn and as stored in the map record: its schema is the type. */
const Num = z.number()
export const GridSchema = z.object({
  columns: z.array(z.object({ stageId: z.string(), x: Num, width: Num })),
  rows: z.array(z.object({ laneId: z.string(), y: Num, height: Num })),
  scale: z.nullable(z.object({ laneId: z.string(), top: Num, bottom: Num })),
})
export type Grid = z.infer<typeof GridSchema>

export interface Plan {
  title: string
  width: number
  height: number
  grid: Grid
  cells: PlanCell[]
  nodes: PlanNode[]
}

/** Sticky-like nodes the layout sizes by their measured height: cards, scores, placeholders, the persona card. */
export type StickyPlanNode = Extract<PlanNode, { kind: 'card' | 'emotion-sticky' | 'placeholder' | 'persona-card' }>

export const PERSONA_CARD_KEY = 'persona-card'

export function placeholderKey(stageId: string, laneId: string, slot: number): string {
  return `placeholder\u0000${stageId}\u0000${laneId}\u0000${slot}`
}

/** The key a sticky-like node's measured height is looked up by (see LayoutOptions.cardHeight). */
export function stickyKey(node: StickyPlanNode): string {
  switch (node.kind) {
    case 'card':
      return node.cardId
    case 'emotion-sticky':
      return node.emotionId
    case 'placeholder':
      return placeholderKey(node.stageId, node.laneId, node.slot)
    case 'persona-card':
      return PERSONA_CARD_KEY
  }
}

export function isStickyNode(node: PlanNode): node is StickyPlanNode {
  return node.kind === 'card' || node.kind === 'emotion-sticky' || node.kind === 'placeholder' || node.kind === 'persona-card'
}
