import { useEffect, useId, useRef } from 'preact/hooks'
import type { Message } from '../../../src/core/i18n'
import { useT, type Translator } from '../../i18n/context'
import { isBusy, type Status } from '../../rpc/status'
import './GenerateBar.css'

interface Props {
  status: Status
  problems: readonly Message[]
  onGenerate: () => void
  /** Set while the form edits a map on the board: Regenerate relays that map out in place. */
  editing?: { onRegenerate: () => void; onNewBoard: () => void } | null
}

function statusText(t: Translator, status: Status): string {
  switch (status.kind) {
    case 'loading':
      return t('ui.load.loading')
    case 'loaded':
      return t('ui.load.loaded', { title: status.title })
    case 'imported':
      return t('ui.import.used', { title: status.title })
    case 'generating':
      return status.total > 0
        ? t('progress.drawing', { done: status.done, total: status.total })
        : t('ui.generate.starting')
    case 'regenerated':
      return t.plural('ui.regenerate.done', { count: status.result.cardCount, parked: status.result.parked, added: status.result.added })
    case 'generated':
      return t.plural('notify.generated', { count: status.result.cardCount, stages: status.stages })
    default:
      return ''
  }
}

/** The Generate button with what stands in its way, its progress and its outcome. */
export function GenerateBar({ status, problems, onGenerate, editing = null }: Props) {
  const t = useT()
  const id = useId()
  const errorRef = useRef<HTMLParagraphElement>(null)
  const busy = isBusy(status)
  const error = status.kind === 'error' ? status.error : null

  useEffect(() => {
    if (error) errorRef.current?.focus()
  }, [error])

  return (
    <footer class="footer">
      {problems.length > 0 && (
        <div class="problems" role="alert" aria-labelledby={`${id}-problems`}>
          <p id={`${id}-problems`} class="problems__title">
            {t('ui.generate.problems')}
          </p>
          <ul class="problems__list">
            {problems.map((p, i) => (
              <li key={`${p.key}-${i}`}>{t.message(p)}</li>
            ))}
          </ul>
        </div>
      )}
      {error && (
        <p ref={errorRef} class="error" role="alert" tabIndex={-1}>
          {t.message(error)}
        </p>
      )}
      <div id={`${id}-status`} class="status" role="status">
        {statusText(t, status)}
      </div>
      {status.kind === 'generating' &&
        (status.total > 0 ? (
          <progress class="progress" aria-labelledby={`${id}-status`} value={status.done} max={status.total} />
        ) : (
          <progress class="progress" aria-labelledby={`${id}-status`} />
        ))}
      {editing ? (
        <div class="row">
          <button type="button" class="button button--primary row__grow" disabled={busy} onClick={editing.onRegenerate}>
            {t('ui.regenerate.button')}
          </button>
          <button type="button" class="button" disabled={busy} onClick={editing.onNewBoard}>
            {t('ui.regenerate.newBoard')}
          </button>
        </div>
      ) : (
        <button type="button" class="button button--primary button--wide" disabled={busy} onClick={onGenerate}>
          {t('ui.generate.button')}
        </button>
      )}
    </footer>
  )
}
