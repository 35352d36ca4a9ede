import { useEffect, useId, useRef, useState } from 'preact/hooks'
import type { ImportChoices, ImportResult } from '../../../src/core/import/types'
import type { Params } from '../../../src/core/i18n'
import type { Journey } from '../../../src/core/model/journey'
import { useT, type UiKey } from '../../i18n/context'
import type { ImportJob, ImportRunner } from '../../import/runner'
import type { ImportSource as Source } from '../../../src/core/import/request'
import { formatNumber, groupProblems, isUsable, pastedName } from '../../import/view'
import { ConfirmBox } from '../common/ConfirmBox'
import { ImportOptions } from './ImportOptions'
import { ImportPreview } from './ImportPreview'
import { ImportSource } from './ImportSource'
import { ProblemList } from '../common/ProblemList'
import { Section } from '../common/Section'
import './ImportPanel.css'

interface Props {
  runner: ImportRunner
  /** Replacing the builder's draft would throw away the person's work: ask first. */
  needsConfirm: boolean
  /** The person takes the journey into the builder, and maybe straight on to the board. */
  onUse: (journey: Journey, generate: boolean) => void
}

interface Running {
  name: string
  done: number
  total: number
}

type Notice = { key: UiKey; params?: Params; alert: boolean }

async function readBytes(file: File): Promise<Uint8Array> {
  if (typeof file.arrayBuffer === 'function') return new Uint8Array(await file.arrayBuffer())
  return new Promise((resolve, reject) => {
    const reader = new FileReader()
    reader.onload = () => resolve(new Uint8Array(reader.result as ArrayBuffer))
    reader.onerror = () => reject(reader.error ?? new Error('FileReader'))
    reader.readAsArrayBuffer(file)
  })
}

const detail = (error: unknown) => (error instanceof Error ? error.message : String(error))

/**
 * Import: a file or pasted text in, a preview out — what was read and how (with overrides
 * that read it again), every problem by row and column, cards per cell, the curve — then
 * "Use this journey" or "Generate now". Nothing reaches the builder before the person says so.
 */
export function ImportPanel({ runner, needsConfirm, onUse }: Props) {
  const t = useT()
  const id = useId()
  const [source, setSource] = useState<Source | null>(null)
  const [sourceSeq, setSourceSeq] = useState(0)
  const [choices, setChoices] = useState<ImportChoices>({})
  const [result, setResult] = useState<ImportResult | null>(null)
  const [running, setRunning] = useState<Running | null>(null)
  const [notice, setNotice] = useState<Notice | null>(null)
  const [skipConfirmed, setSkipConfirmed] = useState(false)
  const [confirming, setConfirming] = useState<null | { generate: boolean }>(null)
  const jobRef = useRef<ImportJob | null>(null)
  const dropRef = useRef<HTMLButtonElement>(null)
  const previewRef = useRef<HTMLHeadingElement>(null)
  const refusedRef = useRef<HTMLDivElement>(null)
  const useButtonRef = useRef<HTMLButtonElement>(null)
  const focusPreview = useRef(false)

  // A job still running when the panel goes away is stopped.
  useEffect(() => () => jobRef.current?.cancel(), [])

  useEffect(() => {
    if (!focusPreview.current || !result) return
    focusPreview.current = false
    ;(refusedRef.current ?? previewRef.current)?.focus()
  }, [result])

  const run = (next: Source, nextChoices: ImportChoices, fresh: boolean) => {
    jobRef.current?.cancel()
    setRunning({ name: next.name, done: 0, total: 0 })
    setNotice(null)
    setConfirming(null)
    if (fresh) setResult(null)
    const job = runner({ source: next, choices: { ...nextChoices, locale: t.locale } }, (done, total) => {
      if (jobRef.current === job) setRunning({ name: next.name, done, total })
    })
    jobRef.current = job
    job.result.then(
      (outcome) => {
        if (jobRef.current !== job) return
        jobRef.current = null
        setRunning(null)
        setSkipConfirmed(false)
        focusPreview.current = fresh
        if (!fresh) setNotice({ key: 'ui.import.updated', alert: false })
        setResult(outcome)
      },
      (error: unknown) => {
        if (jobRef.current !== job) return
        jobRef.current = null
        setRunning(null)
        setNotice({ key: 'ui.import.failed', params: { detail: detail(error) }, alert: true })
      },
    )
  }

  const start = (next: Source, title?: string) => {
    const fresh: ImportChoices = title ? { title } : {}
    setSource(next)
    setSourceSeq((n) => n + 1)
    setChoices(fresh)
    run(next, fresh, true)
  }

  const onFile = (file: File) => {
    readBytes(file).then(
      (bytes) => start({ kind: 'bytes', bytes, name: file.name }),
      (error: unknown) => {
        setNotice({ key: 'ui.import.openFailed', params: { name: file.name, detail: detail(error) }, alert: true })
      },
    )
  }

  const onText = (text: string) => start({ kind: 'text', text, name: pastedName(text) }, t('ui.import.pastedName'))

  const onChoices = (next: ImportChoices) => {
    if (!source) return
    setChoices(next)
    run(source, next, false)
  }

  const cancel = () => {
    jobRef.current?.cancel()
    jobRef.current = null
    setRunning(null)
    setResult(null)
    setSource(null)
    setChoices({})
    setNotice({ key: 'ui.import.cancelled', alert: false })
    dropRef.current?.focus()
  }

  const use = (generate: boolean) => {
    if (!result?.journey || !isUsable(result, skipConfirmed)) return
    if (needsConfirm) setConfirming({ generate })
    else onUse(result.journey, generate)
  }

  const displayName = source?.kind === 'text' ? t('ui.import.pastedName') : (source?.name ?? '')
  const groups = result ? groupProblems(result) : null
  const refused = result !== null && (result.journey === null || (groups?.fatal.length ?? 0) > 0)
  const usable = result !== null && isUsable(result, skipConfirmed)
  const progressText = running
    ? running.total > 0
      ? t('ui.import.progress', {
          name: source?.kind === 'text' ? t('ui.import.pastedName') : running.name,
          done: formatNumber(t.locale, running.done, 0),
          total: formatNumber(t.locale, running.total, 0),
        })
      : t('ui.import.reading', { name: source?.kind === 'text' ? t('ui.import.pastedName') : running.name })
    : notice && !notice.alert
      ? t(notice.key, notice.params)
      : ''

  return (
    <div class="form import">
      <Section title={t('ui.import.heading')}>
        <ImportSource onFile={onFile} onText={onText} dropRef={dropRef} />
      </Section>

      <div class="import-status">
        <p id={`${id}-status`} class="status" role="status">
          {progressText}
        </p>
        {running &&
          (running.total > 0 ? (
            <progress class="progress" aria-labelledby={`${id}-status`} value={running.done} max={running.total} />
          ) : (
            <progress class="progress" aria-labelledby={`${id}-status`} />
          ))}
        {running && (
          <div class="row">
            <button type="button" class="button" onClick={cancel}>
              {t('ui.import.cancel')}
            </button>
          </div>
        )}
        {notice?.alert && (
          <p class="error" role="alert">
            {t(notice.key, notice.params)}
          </p>
        )}
      </div>

      {result && groups && source && (
        <section class="section" aria-labelledby={`${id}-preview`}>
          <h2 ref={previewRef} id={`${id}-preview`} class="section__title" tabIndex={-1}>
            {t('ui.import.preview', { name: displayName })}
          </h2>

          <ImportOptions
            key={sourceSeq}
            detected={result.detected}
            choices={choices}
            fromText={source.kind === 'text'}
            needsMapping={refused || result.detected.columns.stage === undefined}
            onChoices={onChoices}
          />

          {groups.fatal.length > 0 && (
            <div ref={refusedRef} class="problems" role="alert" tabIndex={-1} aria-labelledby={`${id}-refused`}>
              <p id={`${id}-refused`} class="problems__title">
                {t('ui.import.refused')}
              </p>
              <ProblemList problems={groups.fatal} labelledBy={`${id}-refused`} />
            </div>
          )}

          <ImportPreview result={result} />

          {groups.rows.length > 0 && (
            <div class="row-problems">
              <p id={`${id}-rows`} class="problems__title">
                {t.plural('ui.import.rows', { count: groups.rowCount })}
              </p>
              <ProblemList key={`rows-${sourceSeq}`} problems={groups.rows} labelledBy={`${id}-rows`} />
              {!refused && (
                <label class="check skip">
                  <input
                    type="checkbox"
                    checked={skipConfirmed}
                    onChange={(e) => setSkipConfirmed(e.currentTarget.checked)}
                  />
                  <span>{t.plural('ui.import.skip', { count: groups.rowCount })}</span>
                </label>
              )}
            </div>
          )}

          {groups.notes.length > 0 && (
            <div class="notes">
              <h3 id={`${id}-notes`} class="subheading">
                {t('ui.import.notes')}
              </h3>
              <ProblemList key={`notes-${sourceSeq}`} problems={groups.notes} labelledBy={`${id}-notes`} />
            </div>
          )}

          {!refused && (
            <div class="import-actions">
              {!usable && (
                <p id={`${id}-blocked`} class="hint">
                  {t('ui.import.skipNeeded')}
                </p>
              )}
              <div class="row">
                <button
                  ref={useButtonRef}
                  type="button"
                  class="button button--primary"
                  disabled={!usable || running !== null}
                  aria-describedby={usable ? undefined : `${id}-blocked`}
                  onClick={() => use(false)}
                >
                  {t('ui.import.use')}
                </button>
                <button
                  type="button"
                  class="button"
                  disabled={!usable || running !== null}
                  aria-describedby={usable ? undefined : `${id}-blocked`}
                  onClick={() => use(true)}
                >
                  {t('ui.import.generate')}
                </button>
              </div>
              {confirming && (
                <ConfirmBox
                  question={t('ui.import.replace')}
                  yes={t('ui.import.replaceYes')}
                  no={t('ui.import.replaceNo')}
                  onYes={() => {
                    const generate = confirming.generate
                    setConfirming(null)
                    if (result.journey) onUse(result.journey, generate)
                  }}
                  onNo={() => {
                    setConfirming(null)
                    useButtonRef.current?.focus()
                  }}
                />
              )}
            </div>
          )}
        </section>
      )}
    </div>
  )
}
