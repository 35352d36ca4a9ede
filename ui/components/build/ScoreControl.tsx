import { useEffect, useState } from 'preact/hooks'
import type { Scale } from '../../../src/core/model/journey'
import { clampScore } from '../../draft/draft'
import { useT } from '../../i18n/context'
import './ScoreControl.css'

interface Props {
  stageName: string
  /** Said under the control when the stage holds several kept scores (null: nothing to say). */
  kept?: string | null
  score: number | null
  scale: Scale
  onChange: (score: number | null) => void
}

/** One stage's score: a slider and a number kept in step, or an explicit "no score". */
export function ScoreControl({ stageName, kept = null, score, scale, onChange }: Props) {
  const t = useT()
  const middle = clampScore((scale.min + scale.max) / 2, scale)
  const unscored = score === null
  // The number field keeps what is being typed ("-" on the way to "-2") until it is a number.
  const [typed, setTyped] = useState(unscored ? '' : String(score))
  useEffect(() => setTyped(score === null ? '' : String(score)), [score])

  return (
    <li class="score">
      <span class="score__name">{stageName}</span>
      <div class="score__controls">
        <input
          class="score__slider"
          type="range"
          min={scale.min}
          max={scale.max}
          step={1}
          value={score ?? middle}
          disabled={unscored}
          aria-label={t('ui.emotion.slider', { stage: stageName })}
          onInput={(e) => onChange(Number(e.currentTarget.value))}
        />
        <input
          class="input score__number"
          type="number"
          min={scale.min}
          max={scale.max}
          step={1}
          value={typed}
          disabled={unscored}
          aria-label={t('ui.emotion.number', { stage: stageName })}
          onInput={(e) => {
            const text = e.currentTarget.value
            setTyped(text)
            const n = Number(text)
            if (text.trim() !== '' && Number.isFinite(n)) onChange(n)
          }}
          onBlur={() => setTyped(score === null ? '' : String(score))}
        />
        <label class="check score__none">
          <input
            type="checkbox"
            checked={unscored}
            aria-label={t('ui.emotion.noScoreAt', { stage: stageName })}
            onChange={(e) => onChange(e.currentTarget.checked ? null : middle)}
          />
          <span>{t('ui.emotion.noScore')}</span>
        </label>
      </div>
      {kept && <p class="hint">{kept}</p>}
    </li>
  )
}
