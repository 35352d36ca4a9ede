import type { RefObject } from 'preact'
import type { UserTemplate } from '../../../src/core/templates/saved'
import { useT } from '../../i18n/context'
import { ConfirmBox } from '../common/ConfirmBox'

interface Props {
  /** the name field's id */
  id: string
  name: string
  busy: boolean
  /** a saved template of the same name, which saving would replace (asked first) */
  replacing: UserTemplate | null
  nameRef: RefObject<HTMLInputElement>
  onInput: (value: string) => void
  onSubmit: () => void
  /** Escape in the name field */
  onEscape: () => void
  onCancel: () => void
  onReplace: (template: UserTemplate) => void
  onKeep: () => void
}

/** Naming the draft's structure to save it as a template, and asking before it replaces one of that name. */
export function SaveTemplateForm({ id, name, busy, replacing, nameRef, onInput, onSubmit, onEscape, onCancel, onReplace, onKeep }: Props) {
  const t = useT()
  return (
    <form
      class="field"
      onSubmit={(e) => {
        e.preventDefault()
        onSubmit()
      }}
    >
      <label class="field__label" for={id}>
        {t('ui.myTemplates.name')}
      </label>
      <div class="row">
        <input
          ref={nameRef}
          id={id}
          class="input row__grow"
          type="text" dir="auto"
          maxLength={100}
          value={name}
          onInput={(e) => onInput(e.currentTarget.value)}
          onKeyDown={(e) => {
            if (e.key === 'Escape') {
              e.preventDefault()
              onEscape()
            }
          }}
        />
        <button type="submit" class="button button--primary" aria-disabled={busy}>
          {t('ui.myTemplates.saveConfirm')}
        </button>
        <button type="button" class="button" onClick={onCancel}>
          {t('ui.template.confirmNo')}
        </button>
      </div>
      {replacing && (
        <ConfirmBox
          question={t('ui.myTemplates.replaceQuestion', { name: replacing.name })}
          yes={t('ui.template.confirmYes')}
          no={t('ui.template.confirmNo')}
          onYes={() => onReplace(replacing)}
          onNo={onKeep}
        />
      )}
    </form>
  )
}
