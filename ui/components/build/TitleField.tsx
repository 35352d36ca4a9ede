import { useId } from 'preact/hooks'
import { useT } from '../../i18n/context'

export function TitleField({ value, onChange }: { value: string; onChange: (title: string) => void }) {
  const t = useT()
  const id = useId()
  return (
    <div class="field">
      <label class="field__label" for={id}>
        {t('ui.title.label')}
      </label>
      <input id={id} class="input" type="text" dir="auto" value={value} onInput={(e) => onChange(e.currentTarget.value)} />
    </div>
  )
}
