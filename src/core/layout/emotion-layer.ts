import { translate } from '../i18n/board'
import { strongColorOf } from '../model/palette'
import { emotionState, type EmotionInput, type EmotionState } from './emotion-model'
import type { LayerNode } from './plan'

/**
 * The emotion lane's marks as Plan nodes: bands, curves, mean points, moment markers
 * and the persona legend, with their text and colours. Laying a board out and live
 * sync both call this on the lane's stickies, so the canvas shows one computation,
 * whichever of them drew it. Nodes come in drawing order: bands behind curves, curves
 * behind points, markers and legend on top.
 */
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
  for (const m of state.moments) {
    nodes.push({
      kind: 'moment',
      stageId: m.stageId,
      personaId: m.personaId,
      moment: m.kind,
      box: m.box,
      score: m.score,
      text: translate(input.locale ?? 'en', `moment.${m.kind}`),
      // With several curves, every curve has its own "Lowest point": the outline says whose.
      outlined: m.personaId !== null,
      stroke: strokeOf(m.personaId),
    })
  }
  for (const l of state.legend) nodes.push({ kind: 'legend', personaId: l.personaId, box: l.box, text: l.name, fill: colorOf.get(l.personaId) ?? '#E6E6E6' })
  return { state, nodes }
}
