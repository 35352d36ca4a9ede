import type { ComponentChildren } from 'preact'
import type { UserTemplate } from '../../../src/core/templates/saved'
import { useT } from '../../i18n/context'

interface Props {
  template: UserTemplate
  /** the new name being typed, or null while this template is not being renamed */
  renaming: string | null
  busy: boolean
  onRename: () => void
  onRenameInput: (value: string) => void
  onRenameSubmit: () => void
  onRenameCancel: () => void
  onDelete: () => void
  /** the delete question, when it is asked about this template */
  children?: ComponentChildren
}

/**
 * One saved template in the list: its name with Rename and Delete, or the rename form.
 * Focus is moved by the list (it finds the buttons by their data attributes).
 */
export function TemplateRow({ template, renaming, busy, onRename, onRenameInput, onRenameSubmit, onRenameCancel, onDelete, children }: Props) {
  const t = useT()
  return (
    <li class="my-templates__item">
      {renaming !== null ? (
        <form
          class="row"
          onSubmit={(e) => {
            e.preventDefault()
            onRenameSubmit()
          }}
        >
          <input
            class="input row__grow"
            type="text" dir="auto"
            maxLength={100}
            aria-label={t('ui.myTemplates.newName', { name: template.name })}
            value={renaming}
            data-rename-input=""
            onInput={(e) => onRenameInput(e.currentTarget.value)}
            onKeyDown={(e) => {
              if (e.key === 'Escape') {
                e.preventDefault()
                onRenameCancel()
              }
            }}
          />
          <button type="submit" class="button button--small" aria-disabled={busy}>
            {t('ui.myTemplates.saveConfirm')}
          </button>
        </form>
      ) : (
        <div class="row">
          <span class="row__grow my-templates__name">{template.name}</span>
          <button
            type="button"
            class="button button--small"
            data-rename={template.id}
            aria-label={t('ui.myTemplates.renameNamed', { name: template.name })}
            onClick={onRename}
          >
            {t('ui.myTemplates.rename')}
          </button>
          <button
            type="button"
            class="button button--small"
            data-delete={template.id}
            aria-label={t('ui.myTemplates.deleteNamed', { name: template.name })}
            onClick={onDelete}
          >
            {t('ui.myTemplates.delete')}
          </button>
        </div>
      )}
      {children}
    </li>
  )
}
