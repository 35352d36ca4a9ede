import { useEffect, useId, useRef, useState } from 'preact/hooks'
import type { Message, Params } from '../../../src/core/i18n'
import { copyText, downloadText, EXPORT_FORMATS, exportFileName, exportText, type ExportFormat } from '../../export/file'
import { useT, type UiKey } from '../../i18n/context'
import type { LoadJourneyOutcome } from '../../rpc/map-requests'
import { Section } from '../common/Section'
import './ExportPanel.css'

interface Props {
  /** Reads the map selected on the board (the sandbox replies `{journey, notes}`). */
  load: () => Promise<LoadJourneyOutcome>
}

type State =
  | { kind: 'idle' }
  | { kind: 'loading'; format: ExportFormat }
  | { kind: 'ready'; format: ExportFormat; title: string; text: string; file: string; notes: Message[] }
  | { kind: 'error'; error: { key: UiKey; params?: Params } }

const FORMAT_KEY: Record<ExportFormat, UiKey> = {
  csv: 'ui.export.csv',
  json: 'ui.export.json',
  mermaid: 'ui.export.mermaid',
}

/** Export: read the selected map, write it as CSV, JSON or Mermaid, then copy or download it. */
export function ExportPanel({ load }: Props) {
  const t = useT()
  const id = useId()
  const [state, setState] = useState<State>({ kind: 'idle' })
  const [done, setDone] = useState<{ key: UiKey; params?: Params; alert: boolean } | null>(null)
  const latest = useRef(0)
  const mounted = useRef(true)
  useEffect(
    () => () => {
      mounted.current = false
    },
    [],
  )

  const start = async (format: ExportFormat) => {
    const ticket = ++latest.current
    setState({ kind: 'loading', format })
    setDone(null)
    const outcome = await load()
    if (!mounted.current || ticket !== latest.current) return
    if (!outcome.ok) {
      setState({ kind: 'error', error: outcome.error })
      return
    }
    const name = t(FORMAT_KEY[format])
    try {
      const text = exportText(outcome.journey, format)
      const file = exportFileName(outcome.journey.title, format, t('ui.export.fileFallback'))
      setState({ kind: 'ready', format, title: outcome.journey.title, text, file, notes: outcome.notes })
    } catch (error) {
      const detail = error instanceof Error ? error.message : String(error)
      setState({ kind: 'error', error: { key: 'ui.export.failed', params: { format: name, detail } } })
    }
  }

  const copy = async (text: string) => {
    const ok = await copyText(text)
    if (mounted.current) setDone(ok ? { key: 'ui.export.copied', alert: false } : { key: 'ui.export.copyFailed', alert: true })
  }

  const download = (text: string, file: string, format: ExportFormat) => {
    downloadText(text, file, format)
    setDone({ key: 'ui.export.downloaded', params: { file }, alert: false })
  }

  const status =
    state.kind === 'loading'
      ? t('ui.export.loading')
      : state.kind === 'ready'
        ? done && !done.alert
          ? t(done.key, done.params)
          : t('ui.export.ready', { title: state.title, format: t(FORMAT_KEY[state.format]) })
        : ''

  return (
    <div class="form export">
      <Section title={t('ui.export.heading')}>
        <p class="hint">{t('ui.export.hint')}</p>
        <div class="row row--wrap">
          {EXPORT_FORMATS.map((format) => (
            <button
              key={format}
              type="button"
              class="button"
              aria-label={t('ui.export.as', { format: t(FORMAT_KEY[format]) })}
              aria-pressed={state.kind === 'ready' && state.format === format}
              // Not `disabled`: the pressed button keeps focus while the map is read.
              aria-disabled={state.kind === 'loading'}
              onClick={() => {
                if (state.kind !== 'loading') void start(format)
              }}
            >
              {t(FORMAT_KEY[format])}
            </button>
          ))}
        </div>
        <p class="status" role="status">
          {status}
        </p>
        {state.kind === 'error' && (
          <p class="error" role="alert">
            {t(state.error.key, state.error.params)}
          </p>
        )}
        {state.kind === 'ready' && (
          <>
            {state.notes.length > 0 && (
              <div class="notes">
                <p id={`${id}-notes`} class="subheading">
                  {t('ui.export.notes')}
                </p>
                <ul class="problem-list" aria-labelledby={`${id}-notes`}>
                  {state.notes.map((note, i) => (
                    <li key={`${note.key}-${i}`}>{t.message(note)}</li>
                  ))}
                </ul>
              </div>
            )}
            <div class="field">
              <label class="field__label" for={`${id}-output`}>
                {t('ui.export.output', { format: t(FORMAT_KEY[state.format]) })}
              </label>
              <textarea dir="auto"
                id={`${id}-output`}
                class="textarea textarea--mono"
                rows={8}
                readOnly
                spellcheck={false}
                value={state.text}
              />
            </div>
            <div class="row row--wrap">
              <button type="button" class="button button--primary" onClick={() => void copy(state.text)}>
                {t('ui.export.copy')}
              </button>
              <button type="button" class="button" onClick={() => download(state.text, state.file, state.format)}>
                {t('ui.export.download', { file: state.file })}
              </button>
            </div>
            {done?.alert && (
              <p class="error" role="alert">
                {t(done.key, done.params)}
              </p>
            )}
          </>
        )}
      </Section>
    </div>
  )
}
