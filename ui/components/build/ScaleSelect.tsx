import { useId } from 'preact/hooks'
import type { Scale } from '../../../src/core/model/journey'
import { useT } from '../../i18n/context'

/** The scales a board can use; a loaded map's other scale is offered too. */
export const SCALE_PRESETS: readonly Scale[] = [
  { min: -2, max: 2 },
  { min: 1, max: 5 },
  { min: 1, max: 7 },
  { min: 0, max: 10 },
]

const keyOf = (s: Scale) => `${s.min}..${s.max}`

export function ScaleSelect({ scale, onChange }: { scale: Scale; onChange: (scale: Scale) => void }) {
  const t = useT()
  const id = useId()
  const options = SCALE_PRESETS.some((p) => keyOf(p) === keyOf(scale)) ? SCALE_PRESETS : [...SCALE_PRESETS, scale]
  return (
    <div class="field field--inline">
      <label class="field__label" for={id}>
        {t('ui.emotion.scale')}
      </label>
      <select
        id={id}
        class="select"
        value={keyOf(scale)}
        onChange={(e) => {
          const picked = options.find((o) => keyOf(o) === e.currentTarget.value)
          if (picked) onChange(picked)
        }}
      >
        {options.map((o) => (
          <option key={keyOf(o)} value={keyOf(o)}>
            {t('ui.emotion.scaleOption', { min: o.min, max: o.max })}
          </option>
        ))}
      </select>
    </div>
  )
}
