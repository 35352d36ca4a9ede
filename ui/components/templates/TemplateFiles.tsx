import { useRef } from 'preact/hooks'
import type { Message } from '../../../src/core/i18n'
import { useT } from '../../i18n/context'

interface Props {
  /** ids in this area start with it */
  id: string
  canExport: boolean
  onExport: () => void
  onFile: (file: File) => void
  /** what the last imported file could not give */
  importProblems: readonly Message[]
}

/** Moving templates between computers: export them all as one JSON file, import such a file. */
export function TemplateFiles({ id, canExport, onExport, onFile, importProblems }: Props) {
  const t = useT()
  const fileRef = useRef<HTMLInputElement>(null)
  return (
    <>
      <div class="row row--wrap">
        <button type="button" class="button" aria-disabled={!canExport} onClick={onExport}>
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
            if (file) onFile(file)
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
    </>
  )
}
