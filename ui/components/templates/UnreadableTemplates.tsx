import type { ComponentChildren } from 'preact'
import type { StoredProblem } from '../../../src/core/templates/saved'
import { useT } from '../../i18n/context'

interface Props {
  problems: readonly StoredProblem[]
  onDelete: (problem: StoredProblem) => void
  /** the delete question under an entry, when it is asked about that one */
  question: (problem: StoredProblem) => ComponentChildren
}

/** Stored entries that cannot be read, each said in a sentence with a way to delete it. */
export function UnreadableTemplates({ problems, onDelete, question }: Props) {
  const t = useT()
  if (problems.length === 0) return null
  return (
    <ul class="problem-list" aria-label={t('ui.myTemplates.problems')}>
      {problems.map((p) => (
        <li key={p.id} class="my-templates__problem">
          <span>{t.message(p.message)}</span>{' '}
          <button
            type="button"
            class="button button--small"
            data-delete={p.id}
            aria-label={p.name === null ? t('ui.myTemplates.deleteUnreadable') : t('ui.myTemplates.deleteNamed', { name: p.name })}
            onClick={() => onDelete(p)}
          >
            {t('ui.myTemplates.delete')}
          </button>
          {question(p)}
        </li>
      ))}
    </ul>
  )
}
