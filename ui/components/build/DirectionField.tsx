import { useId } from 'preact/hooks'
import { useT } from '../../i18n/context'

type Direction = 'ltr' | 'rtl'

/** Which way the stages run on the board; Hebrew journeys start right to left, any can switch. */
export function DirectionField({ value, onChange }: { value: Direction; onChange: (direction: Direction) => void }) {
  const t = useT()
  const id = useId()
  return (
    <div class="field">
      <label class="field__label" for={id}>
        {t('ui.direction.label')}
      </label>
      <select id={id} class="select" value={value} onChange={(e) => onChange(e.currentTarget.value === 'rtl' ? 'rtl' : 'ltr')}>
        <option value="ltr">{t('ui.direction.ltr')}</option>
        <option value="rtl">{t('ui.direction.rtl')}</option>
      </select>
    </div>
  )
}
