import { useId, useRef, useState } from 'preact/hooks'
import type { MessageKey } from '../../../src/core/i18n'
import { TEMPLATE_IDS } from '../../../src/core/templates/built-in'
import type { UserTemplate } from '../../../src/core/templates/saved'
import { useT } from '../../i18n/context'
import { choiceOf, choiceValue, type TemplateChoice } from '../../templates/saved'
import { ConfirmBox } from '../common/ConfirmBox'

interface Props {
  /** Ask before replacing: the draft holds the person's work. */
  needsConfirm: boolean
  /** the person's own templates, listed after the built-in ones */
  saved: readonly UserTemplate[]
  onStart: (template: TemplateChoice) => void
}

/** A template select (built-in, then the person's own) and "Start over"; replacing work asks inside the panel first. */
export function TemplatePicker({ needsConfirm, saved, onStart }: Props) {
  const t = useT()
  const id = useId()
  const [value, setValue] = useState('customer')
  // A saved template deleted meanwhile falls back to the first built-in one.
  const template: TemplateChoice = choiceOf(value, saved) ?? { kind: 'builtin', id: 'customer' }
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

  const builtins = TEMPLATE_IDS.map((tid) => (
    <option key={tid} value={tid}>
      {t(`template.${tid}.name` as MessageKey)}
    </option>
  ))

  return (
    <div class="field">
      <label class="field__label" for={`${id}-template`}>
        {t('ui.template.label')}
      </label>
      <div class="row">
        <select
          id={`${id}-template`}
          class="select row__grow"
          value={choiceValue(template)}
          onChange={(e) => setValue(e.currentTarget.value)}
        >
          {saved.length === 0 ? (
            builtins
          ) : (
            <>
              <optgroup label={t('ui.template.builtIn')}>{builtins}</optgroup>
              <optgroup label={t('ui.myTemplates.heading')}>
                {saved.map((s) => (
                  <option key={s.id} value={choiceValue({ kind: 'saved', template: s })}>
                    {s.name}
                  </option>
                ))}
              </optgroup>
            </>
          )}
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
