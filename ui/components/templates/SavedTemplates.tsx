import { useEffect, useId, useRef, useState } from 'preact/hooks'
import type { Message, Params } from '../../../src/core/i18n'
import { cleanName, parseTemplatesFile, templatesFileText, type StoredProblem, type UserTemplate } from '../../../src/core/templates/saved'
import type { Draft } from '../../draft/draft'
import { downloadText } from '../../export/file'
import { useT, type UiKey } from '../../i18n/context'
import { setupFromDraft, templateNamed } from '../../templates/saved'
import type { MyTemplates as Library } from '../../templates/use-saved'
import { ConfirmBox } from '../common/ConfirmBox'
import './SavedTemplates.css'

interface Props {
  library: Library
  draft: Draft
}

type Notice = { key: UiKey; params?: Params; alert: boolean }

/** Something to delete, asked about first: a template, or an entry that could not be read. */
type Deleting = { id: string; name: string | null }

const alertOf = (error: Message): Notice => ({ key: error.key, ...(error.params ? { params: error.params } : {}), alert: true })

/**
 * "My templates", kept by Figma for this person in every file: save the draft's structure
 * and workshop options as one, rename and delete them (deleting asks first), and move them
 * between computers as a JSON file. Entries that cannot be read are listed as sentences,
 * each with a way to delete it.
 */
export function MyTemplates({ library, draft }: Props) {
  const t = useT()
  const id = useId()
  const [open, setOpen] = useState(false)
  const [naming, setNaming] = useState<string | null>(null)
  const [replacing, setReplacing] = useState<UserTemplate | null>(null)
  const [renaming, setRenaming] = useState<{ id: string; value: string } | null>(null)
  const [deleting, setDeleting] = useState<Deleting | null>(null)
  const [busy, setBusy] = useState(false)
  const [notice, setNotice] = useState<Notice | null>(null)
  const [importProblems, setImportProblems] = useState<readonly Message[]>([])
  const rootRef = useRef<HTMLDivElement>(null)
  const saveRef = useRef<HTMLButtonElement>(null)
  const nameRef = useRef<HTMLInputElement>(null)
  const fileRef = useRef<HTMLInputElement>(null)
  const templates = library.listing?.templates ?? []
  const problems = library.listing?.problems ?? []

  const isNaming = naming !== null
  useEffect(() => {
    if (isNaming) nameRef.current?.focus()
  }, [isNaming])

  /** Focus to a control in this area, found by a data attribute (the list re-renders under it). */
  const focusOn = (attr: string, value?: string) => {
    const all = rootRef.current?.querySelectorAll<HTMLElement>(`[${attr}]`) ?? []
    const found = Array.from(all).find((el) => value === undefined || el.getAttribute(attr) === value)
    found?.focus()
    return found !== undefined
  }
  // Focus moves once a render shows its target (a step says whether it found it).
  const afterRender = useRef<(() => boolean) | null>(null)
  const later = (step: () => boolean) => {
    afterRender.current = step
  }
  const focusSave = () => {
    saveRef.current?.focus()
    return saveRef.current !== null
  }
  useEffect(() => {
    const step = afterRender.current
    if (step?.()) afterRender.current = null
  })
  const renamingId = renaming?.id
  useEffect(() => {
    if (renamingId !== undefined) focusOn('data-rename-input')
  }, [renamingId])

  const run = async <T,>(work: () => Promise<{ ok: true; value: T } | { ok: false; error: Message }>, done: (value: T) => void) => {
    setBusy(true)
    setNotice(null)
    const outcome = await work()
    setBusy(false)
    if (outcome.ok) done(outcome.value)
    else setNotice(alertOf(outcome.error))
  }

  const save = (name: string, replaceId?: string) =>
    run(
      () => library.save(name, setupFromDraft(draft), replaceId),
      (template) => {
        setNaming(null)
        setReplacing(null)
        setNotice({ key: 'ui.myTemplates.saved', params: { name: template.name }, alert: false })
        later(focusSave)
      },
    )

  const submitName = () => {
    if (naming === null || busy) return
    const name = cleanName(naming)
    if (name === '') {
      setNotice({ key: 'templates.emptyName', alert: true })
      return
    }
    const existing = templateNamed(name, templates)
    if (existing) setReplacing(existing)
    else void save(name)
  }

  const rename = () => {
    if (!renaming || busy) return
    const { id: templateId, value } = renaming
    void run(
      () => library.rename(templateId, value),
      (template) => {
        setRenaming(null)
        setNotice({ key: 'ui.myTemplates.renamed', params: { name: template.name }, alert: false })
        later(() => focusOn('data-rename', templateId))
      },
    )
  }

  const remove = (target: Deleting) =>
    run(
      () => library.remove(target.id),
      () => {
        setDeleting(null)
        setNotice(
          target.name === null
            ? { key: 'ui.myTemplates.deletedUnreadable', alert: false }
            : { key: 'ui.myTemplates.deleted', params: { name: target.name }, alert: false },
        )
        later(() => focusOn('data-disclosure'))
      },
    )

  const exportAll = () => {
    if (templates.length === 0) return
    const file = `${t('ui.myTemplates.fileName')}.json`
    downloadText(templatesFileText(templates), file, 'json')
    setNotice({ key: 'ui.export.downloaded', params: { file }, alert: false })
  }

  const importFile = async (file: File) => {
    setImportProblems([])
    setNotice(null)
    let text: string
    try {
      text = await file.text()
    } catch (error) {
      setNotice({ key: 'ui.import.openFailed', params: { name: file.name, detail: error instanceof Error ? error.message : String(error) }, alert: true })
      return
    }
    const parsed = parseTemplatesFile(text)
    setImportProblems(parsed.problems)
    if (parsed.templates.length === 0) return
    await run(
      () => library.importMany(parsed.templates),
      (imported) => setNotice({ key: 'ui.myTemplates.imported.other', params: { count: imported.length }, alert: false }),
    )
  }

  const deleteQuestion = (target: Deleting) =>
    target.name === null ? t('ui.myTemplates.deleteUnreadableQuestion') : t('ui.myTemplates.deleteQuestion', { name: target.name })
  const confirmDelete = (target: Deleting, focusBack: () => void) => (
    <ConfirmBox
      question={deleteQuestion(target)}
      yes={t('ui.myTemplates.delete')}
      no={t('ui.template.confirmNo')}
      onYes={() => void remove(target)}
      onNo={() => {
        setDeleting(null)
        focusBack()
      }}
    />
  )

  // A plural key's form is picked for its count by t().
  const noticeText = notice ? t(notice.key, notice.params) : ''

  return (
    <div ref={rootRef} class="my-templates">
      <button
        type="button"
        class="disclosure"
        data-disclosure=""
        aria-expanded={open}
        aria-controls={`${id}-body`}
        onClick={() => setOpen(!open)}
      >
        <span class="disclosure__arrow" aria-hidden="true" />
        {t('ui.myTemplates.heading')}
      </button>

      {library.error && (
        <p class="error" role="alert">
          {t.message(library.error)}
        </p>
      )}
      {problems.length > 0 && (
        <ul class="problem-list" aria-label={t('ui.myTemplates.problems')}>
          {problems.map((p: StoredProblem) => (
            <li key={p.id} class="my-templates__problem">
              <span>{t.message(p.message)}</span>{' '}
              <button
                type="button"
                class="button button--small"
                data-delete={p.id}
                aria-label={p.name === null ? t('ui.myTemplates.deleteUnreadable') : t('ui.myTemplates.deleteNamed', { name: p.name })}
                onClick={() => setDeleting({ id: p.id, name: p.name })}
              >
                {t('ui.myTemplates.delete')}
              </button>
              {deleting?.id === p.id && confirmDelete(deleting, () => focusOn('data-delete', p.id))}
            </li>
          ))}
        </ul>
      )}

      {open && (
        <div id={`${id}-body`} class="my-templates__body">
          <p class="hint">{t('ui.myTemplates.hint')}</p>
          {naming === null ? (
            <div class="row">
              <button
                ref={saveRef}
                type="button"
                class="button"
                onClick={() => {
                  setNotice(null)
                  setNaming(draft.title.trim())
                }}
              >
                {t('ui.myTemplates.save')}
              </button>
            </div>
          ) : (
            <form
              class="field"
              onSubmit={(e) => {
                e.preventDefault()
                submitName()
              }}
            >
              <label class="field__label" for={`${id}-name`}>
                {t('ui.myTemplates.name')}
              </label>
              <div class="row">
                <input
                  ref={nameRef}
                  id={`${id}-name`}
                  class="input row__grow"
                  type="text" dir="auto"
                  maxLength={100}
                  value={naming}
                  onInput={(e) => setNaming(e.currentTarget.value)}
                  onKeyDown={(e) => {
                    if (e.key === 'Escape') {
                      e.preventDefault()
                      setNaming(null)
                      later(focusSave)
                    }
                  }}
                />
                <button type="submit" class="button button--primary" aria-disabled={busy}>
                  {t('ui.myTemplates.saveConfirm')}
                </button>
                <button
                  type="button"
                  class="button"
                  onClick={() => {
                    setNaming(null)
                    setReplacing(null)
                    later(focusSave)
                  }}
                >
                  {t('ui.template.confirmNo')}
                </button>
              </div>
              {replacing && (
                <ConfirmBox
                  question={t('ui.myTemplates.replaceQuestion', { name: replacing.name })}
                  yes={t('ui.template.confirmYes')}
                  no={t('ui.template.confirmNo')}
                  onYes={() => void save(replacing.name, replacing.id)}
                  onNo={() => {
                    setReplacing(null)
                    nameRef.current?.focus()
                  }}
                />
              )}
            </form>
          )}

          {library.listing === null ? (
            !library.error && <p class="hint">{t('ui.myTemplates.loading')}</p>
          ) : templates.length === 0 ? (
            <p class="hint">{t('ui.myTemplates.empty')}</p>
          ) : (
            <ul class="my-templates__list" aria-label={t('ui.myTemplates.heading')}>
              {templates.map((template) => (
                <li key={template.id} class="my-templates__item">
                  {renaming?.id === template.id ? (
                    <form
                      class="row"
                      onSubmit={(e) => {
                        e.preventDefault()
                        rename()
                      }}
                    >
                      <input
                        class="input row__grow"
                        type="text" dir="auto"
                        maxLength={100}
                        aria-label={t('ui.myTemplates.newName', { name: template.name })}
                        value={renaming.value}
                        data-rename-input=""
                        onInput={(e) => setRenaming({ id: template.id, value: e.currentTarget.value })}
                        onKeyDown={(e) => {
                          if (e.key === 'Escape') {
                            e.preventDefault()
                            setRenaming(null)
                            later(() => focusOn('data-rename', template.id))
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
                        onClick={() => setRenaming({ id: template.id, value: template.name })}
                      >
                        {t('ui.myTemplates.rename')}
                      </button>
                      <button
                        type="button"
                        class="button button--small"
                        data-delete={template.id}
                        aria-label={t('ui.myTemplates.deleteNamed', { name: template.name })}
                        onClick={() => setDeleting({ id: template.id, name: template.name })}
                      >
                        {t('ui.myTemplates.delete')}
                      </button>
                    </div>
                  )}
                  {deleting?.id === template.id && confirmDelete(deleting, () => focusOn('data-delete', template.id))}
                </li>
              ))}
            </ul>
          )}

          <div class="row row--wrap">
            <button type="button" class="button" aria-disabled={templates.length === 0} onClick={exportAll}>
              {t('ui.myTemplates.export')}
            </button>
            <button type="button" class="button" onClick={() => fileRef.current?.click()}>
              {t('ui.myTemplates.import')}
            </button>
            <input
              ref={fileRef}
              class="visually-hidden"
              type="file"
              accept=".json,application/json"
              tabIndex={-1}
              aria-label={t('ui.myTemplates.importFile')}
              onChange={(e) => {
                const input = e.currentTarget
                const file = input.files?.[0]
                input.value = ''
                if (file) void importFile(file)
              }}
            />
          </div>
          {importProblems.length > 0 && (
            <div class="notes">
              <p id={`${id}-import-problems`} class="subheading">
                {t('ui.myTemplates.importProblems')}
              </p>
              <ul class="problem-list" aria-labelledby={`${id}-import-problems`}>
                {importProblems.map((p, i) => (
                  <li key={i}>{t.message(p)}</li>
                ))}
              </ul>
            </div>
          )}
        </div>
      )}

      <p class="status" role="status">
        {notice && !notice.alert ? noticeText : ''}
      </p>
      {notice?.alert && (
        <p class="error" role="alert">
          {noticeText}
        </p>
      )}
    </div>
  )
}
