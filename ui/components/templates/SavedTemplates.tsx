import { useEffect, useId, useRef, useState } from 'preact/hooks'
import type { Message, Params } from '../../../src/core/i18n'
import { cleanName, parseTemplatesFile, templatesFileText, type UserTemplate } from '../../../src/core/templates/saved'
import type { Draft } from '../../draft/draft'
import { downloadText } from '../../export/file'
import { useT, type UiKey } from '../../i18n/context'
import { setupFromDraft, templateNamed } from '../../templates/saved'
import type { MyTemplates as Library } from '../../templates/use-saved'
import { ConfirmBox } from '../common/ConfirmBox'
import { SaveTemplateForm } from './SaveTemplateForm'
import { TemplateFiles } from './TemplateFiles'
import { TemplateRow } from './TemplateRow'
import { UnreadableTemplates } from './UnreadableTemplates'
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
      <UnreadableTemplates
        problems={problems}
        onDelete={(p) => setDeleting({ id: p.id, name: p.name })}
        question={(p) => deleting?.id === p.id && confirmDelete(deleting, () => focusOn('data-delete', p.id))}
      />

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
            <SaveTemplateForm
              id={`${id}-name`}
              name={naming}
              busy={busy}
              replacing={replacing}
              nameRef={nameRef}
              onInput={setNaming}
              onSubmit={submitName}
              onEscape={() => {
                setNaming(null)
                later(focusSave)
              }}
              onCancel={() => {
                setNaming(null)
                setReplacing(null)
                later(focusSave)
              }}
              onReplace={(template) => void save(template.name, template.id)}
              onKeep={() => {
                setReplacing(null)
                nameRef.current?.focus()
              }}
            />
          )}

          {library.listing === null ? (
            !library.error && <p class="hint">{t('ui.myTemplates.loading')}</p>
          ) : templates.length === 0 ? (
            <p class="hint">{t('ui.myTemplates.empty')}</p>
          ) : (
            <ul class="my-templates__list" aria-label={t('ui.myTemplates.heading')}>
              {templates.map((template) => (
                <TemplateRow
                  key={template.id}
                  template={template}
                  renaming={renaming?.id === template.id ? renaming.value : null}
                  busy={busy}
                  onRename={() => setRenaming({ id: template.id, value: template.name })}
                  onRenameInput={(value) => setRenaming({ id: template.id, value })}
                  onRenameSubmit={rename}
                  onRenameCancel={() => {
                    setRenaming(null)
                    later(() => focusOn('data-rename', template.id))
                  }}
                  onDelete={() => setDeleting({ id: template.id, name: template.name })}
                >
                  {deleting?.id === template.id && confirmDelete(deleting, () => focusOn('data-delete', template.id))}
                </TemplateRow>
              ))}
            </ul>
          )}

          <TemplateFiles
            id={id}
            canExport={templates.length > 0}
            onExport={exportAll}
            onFile={(file) => void importFile(file)}
            importProblems={importProblems}
          />
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
