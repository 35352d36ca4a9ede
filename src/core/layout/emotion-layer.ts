import { translate } from '../i18n/board'
import { strongColorOf } from '../model/palette'
import { emotionState, type EmotionInput, type EmotionState } from './emotion-model'
import type { Box, LayerNode } from './plan'
import { TEXT_GLYPH } from './text-metrics'

/**
 * The emotion lane's marks as Plan nodes: bands, curves, mean points, moment markers
 * and the persona legend, with their text and colours. Laying a board out and live
 * sync both call this on the lane's stickies, so the canvas shows one computation,
 * whichever of them drew it. Nodes come in drawing order: bands behind curves, curves
 * behind points, markers and legend on top.
 */
/** Marker text and its side padding, in canvas pixels (the markers' 12 px board text). */
const MARKER_FONT = 12
const MARKER_PADDING = 16

/** A marker's box, widened about its centre when its text needs more than the standard width. */
function fitted(box: Box, text: string): Box {
  const needed = Math.ceil(text.length * MARKER_FONT * TEXT_GLYPH) + 2 * MARKER_PADDING
  if (needed <= box.width) return box
  return { ...box, x: box.x - (needed - box.width) / 2, width: needed }
}

export function emotionLayer(input: EmotionInput): { state: EmotionState; nodes: LayerNode[] } {
  const state = emotionState(input)
  const laneId = input.grid.scale?.laneId
  if (laneId === undefined) return { state, nodes: [] }
  const colorOf = new Map(input.personas.map((p) => [p.id, p.color]))
  const strokeOf = (personaId: string | null): string | null => strongColorOf(personaId === null ? undefined : colorOf.get(personaId))
  const nodes: LayerNode[] = []
  for (const b of state.bands) nodes.push({ kind: 'emotion-band', stageId: b.stageId, personaId: b.personaId, box: b.box, fill: 'lightOrange' })
  for (const c of state.curves) {
    if (c.path) nodes.push({ kind: 'curve', laneId, personaId: c.personaId, box: c.box, path: c.path, points: c.points, stroke: strokeOf(c.personaId) })
  }
  for (const p of state.points) {
    const stat = state.stats.find((s) => s.stageId === p.stageId && s.personaId === p.personaId)
    nodes.push({ kind: 'emotion-point', stageId: p.stageId, personaId: p.personaId, box: p.box, score: stat?.mean ?? 0, label: p.label, stroke: strokeOf(p.personaId) })
  }
  const locale = input.locale ?? 'en'
  const nameOf = new Map(input.personas.map((p) => [p.id, p.name]))
  // One curve: its markers need no name. Several: each says whose curve it is on.
  const named = state.legend.length > 1
  for (const m of state.moments) {
    const moment = translate(locale, `moment.${m.kind}`)
    const persona = m.personaId === null ? undefined : nameOf.get(m.personaId)
    const text = named && persona !== undefined ? translate(locale, 'moment.ofPersona', { moment, persona }) : moment
    nodes.push({
      kind: 'moment',
      stageId: m.stageId,
      personaId: m.personaId,
      moment: m.kind,
      box: fitted(m.box, text),
      score: m.score,
      text,
      // With several curves, every curve has its own "Lowest point": the outline says whose.
      outlined: m.personaId !== null,
      stroke: strokeOf(m.personaId),
    })
  }
  for (const l of state.legend) nodes.push({ kind: 'legend', personaId: l.personaId, box: l.box, text: l.name, fill: colorOf.get(l.personaId) ?? '#E6E6E6' })
  return { state, nodes }
}
