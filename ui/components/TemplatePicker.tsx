import { useId, useRef, useState } from 'preact/hooks'
import type { MessageKey } from '../../src/core/i18n'
import { TEMPLATE_IDS, type TemplateId } from '../../src/core/templates'
import { useT } from '../i18n'
import { ConfirmBox } from './ConfirmBox'

interface Props {
  /** Ask before replacing: the draft holds the person's work. */
  needsConfirm: boolean
  onStart: (template: TemplateId) => void
}

/** A template select and "Start over"; replacing work asks inside the panel first. */
export function TemplatePicker({ needsConfirm, onStart }: Props) {
  const t = useT()
  const id = useId()
  const [template, setTemplate] = useState<TemplateId>('customer')
  const [confirming, setConfirming] = useState(false)
  const startRef = useRef<HTMLButtonElement>(null)

  const start = () => {
    if (needsConfirm) setConfirming(true)
    else onStart(template)
  }
  const cancel = () => {
    setConfirming(false)
    startRef.current?.focus()
  }
  const replace = () => {
    setConfirming(false)
    onStart(template)
    startRef.current?.focus()
  }

  return (
    <div class="field">
      <label class="field__label" for={`${id}-template`}>
        {t('ui.template.label')}
      </label>
      <div class="row">
        <select
          id={`${id}-template`}
          class="select row__grow"
          value={template}
          onChange={(e) => setTemplate(e.currentTarget.value as TemplateId)}
        >
          {TEMPLATE_IDS.map((tid) => (
            <option key={tid} value={tid}>
              {t(`template.${tid}.name` as MessageKey)}
            </option>
          ))}
        </select>
        <button ref={startRef} type="button" class="button" aria-expanded={confirming} onClick={start}>
          {t('ui.template.startOver')}
        </button>
      </div>
      {confirming && (
        <ConfirmBox
          question={t('ui.template.confirm')}
          yes={t('ui.template.confirmYes')}
          no={t('ui.template.confirmNo')}
          onYes={replace}
          onNo={cancel}
        />
      )}
    </div>
  )
}
