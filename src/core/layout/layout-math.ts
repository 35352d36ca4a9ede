import type { Scale } from '../model/journey'

/** Vertical position of a score on the emotion lane's scale area (centres), top = best. */
export function yOfScore(score: number, scale: Scale, span: { top: number; bottom: number }): number {
  return span.top + ((scale.max - score) / (scale.max - scale.min)) * (span.bottom - span.top)
}

/** The inverse: the score a height on the scale area stands for, clamped to the scale. */
export function scoreAtY(y: number, scale: Scale, span: { top: number; bottom: number }): number {
  const t = (y - span.top) / (span.bottom - span.top)
  const score = scale.max - t * (scale.max - scale.min)
  return Math.min(scale.max, Math.max(scale.min, score))
}
