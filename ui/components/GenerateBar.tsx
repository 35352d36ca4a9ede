import { useEffect, useId, useRef } from 'preact/hooks'
import type { Message } from '../../src/core/i18n'
import { useT, type Translator } from '../i18n'
import { isBusy, type Status } from '../status'

interface Props {
  status: Status
  problems: readonly Message[]
  onGenerate: () => void
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
    case 'generated':
      return status.result
        ? t.plural('notify.generated', { count: status.result.cardCount, stages: status.stages })
        : t('ui.generate.done')
    default:
      return ''
  }
}

/** The Generate button with what stands in its way, its progress and its outcome. */
export function GenerateBar({ status, problems, onGenerate }: Props) {
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
      <button type="button" class="button button--primary button--wide" disabled={busy} onClick={onGenerate}>
        {t('ui.generate.button')}
      </button>
    </footer>
  )
}
