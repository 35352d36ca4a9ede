import { useId } from 'preact/hooks'
import type { Scale } from '../../../src/core/model/journey'
import { useT } from '../../i18n/context'
import { formatNumber, type CurvePoint } from '../../import/view'
import './EmotionCurve.css'

const W = 320
const H = 96
const PAD_X = 14
const PAD_Y = 12

/**
 * A small picture of the imported emotion curve: the mean per stage, a bar from the lowest
 * to the highest score where several people scored a stage, and how many (n) above it.
 * The list under it says the same in words for screen readers and for exact values.
 */
export function EmotionCurve({ points, scale }: { points: readonly CurvePoint[]; scale: Scale }) {
  const t = useT()
  const id = useId()
  if (!points.some((p) => p.mean !== null)) return null

  const span = scale.max - scale.min || 1
  const x = (i: number) => (points.length === 1 ? W / 2 : PAD_X + (i * (W - 2 * PAD_X)) / (points.length - 1))
  const y = (v: number) => PAD_Y + ((scale.max - v) / span) * (H - 2 * PAD_Y)
  const zero = scale.min <= 0 && scale.max >= 0 ? 0 : (scale.min + scale.max) / 2

  // The line breaks where a stage has no score.
  let path = ''
  let drawing = false
  points.forEach((p, i) => {
    if (p.mean === null) {
      drawing = false
      return
    }
    path += `${drawing ? 'L' : 'M'}${x(i).toFixed(1)} ${y(p.mean).toFixed(1)}`
    drawing = true
  })

  const n = (v: number) => formatNumber(t.locale, v)
  return (
    <div class="curve">
      <h3 id={`${id}-title`} class="subheading">
        {t('ui.import.curve')}
      </h3>
      <svg class="curve__svg" viewBox={`0 0 ${W} ${H}`} aria-hidden="true" focusable="false">
        <line class="curve__axis" x1={0} x2={W} y1={y(zero)} y2={y(zero)} />
        {points.map((p, i) =>
          p.mean !== null && p.count > 1 ? (
            <g key={p.stageId}>
              <line class="curve__band" x1={x(i)} x2={x(i)} y1={y(p.max)} y2={y(p.min)} />
              <text class="curve__n" x={x(i)} y={Math.max(8, y(p.max) - 5)}>
                {p.count}
              </text>
            </g>
          ) : null,
        )}
        <path class="curve__line" d={path} />
        {points.map((p, i) =>
          p.mean !== null ? <circle key={p.stageId} class="curve__dot" cx={x(i)} cy={y(p.mean)} r={3} /> : null,
        )}
      </svg>
      <ul class="curve__list" aria-labelledby={`${id}-title`}>
        {points.map((p, index) => {
          if (p.mean === null) return null
          const stage = p.stageName.trim() || t('board.stageFallback', { n: index + 1 })
          return (
            <li key={p.stageId}>
              {p.count > 1
                ? t.plural('ui.import.curve.spread', { count: p.count, stage, mean: n(p.mean), min: n(p.min), max: n(p.max) })
                : t('ui.import.curve.point', { stage, mean: n(p.mean) })}
            </li>
          )
        })}
      </ul>
    </div>
  )
}
