import type { Ref } from 'preact'
import { useId, useRef, useState } from 'preact/hooks'
import { useT } from '../../i18n/context'
import './ImportSource.css'

/** File types the picker offers; anything dropped is tried anyway and the importer says what it found. */
export const IMPORT_ACCEPT = '.csv,.tsv,.txt,.mmd,.md,.json,text/csv,text/tab-separated-values,text/plain,application/json'

interface Props {
  onFile: (file: File) => void
  onText: (text: string) => void
  /** The drop zone, so the panel can bring focus back to it. */
  dropRef: Ref<HTMLButtonElement>
}

/**
 * Where data comes in: a drop zone that is also the file picker's button (Enter or Space
 * opens the picker), and a paste box that previews what is pasted into it.
 * A new file or paste while one is being read replaces it.
 */
export function ImportSource({ onFile, onText, dropRef }: Props) {
  const t = useT()
  const id = useId()
  const inputRef = useRef<HTMLInputElement>(null)
  const pasteRef = useRef<HTMLTextAreaElement>(null)
  const [over, setOver] = useState(false)
  const [pasted, setPasted] = useState('')
  const [pasteEmpty, setPasteEmpty] = useState(false)

  const previewPasted = (text: string) => {
    if (text.trim() === '') {
      setPasteEmpty(true)
      return
    }
    setPasteEmpty(false)
    onText(text)
  }

  return (
    <div class="import-source">
      <button
        ref={dropRef}
        type="button"
        class={`dropzone${over ? ' dropzone--over' : ''}`}
        aria-describedby={`${id}-hint`}
        onClick={() => inputRef.current?.click()}
        onDragEnter={(e) => {
          e.preventDefault()
          setOver(true)
        }}
        onDragOver={(e) => {
          e.preventDefault()
          if (e.dataTransfer) e.dataTransfer.dropEffect = 'copy'
        }}
        onDragLeave={() => setOver(false)}
        onDrop={(e) => {
          e.preventDefault()
          setOver(false)
          const file = e.dataTransfer?.files[0]
          if (file) onFile(file)
        }}
      >
        <span class="dropzone__title">{t(over ? 'ui.import.dropActive' : 'ui.import.drop')}</span>
        <span id={`${id}-hint`} class="dropzone__hint">
          {t('ui.import.dropHint')}
        </span>
      </button>
      <input
        ref={inputRef}
        class="visually-hidden"
        type="file"
        accept={IMPORT_ACCEPT}
        tabIndex={-1}
        aria-label={t('ui.import.fileInput')}
        onChange={(e) => {
          const input = e.currentTarget
          const file = input.files?.[0]
          // Cleared so choosing the same file again reads it again.
          input.value = ''
          if (file) onFile(file)
        }}
      />
      <div class="field">
        <label class="field__label" for={`${id}-paste`}>
          {t('ui.import.paste')}
        </label>
        <textarea dir="auto"
          ref={pasteRef}
          id={`${id}-paste`}
          class="textarea textarea--mono"
          rows={4}
          spellcheck={false}
          value={pasted}
          aria-invalid={pasteEmpty}
          aria-describedby={pasteEmpty ? `${id}-empty` : undefined}
          onInput={(e) => setPasted(e.currentTarget.value)}
          onPaste={() => {
            // After the browser has put the pasted text in the box, preview the whole box.
            setTimeout(() => {
              const text = pasteRef.current?.value ?? ''
              setPasted(text)
              if (text.trim() !== '') previewPasted(text)
            }, 0)
          }}
        />
        {pasteEmpty && (
          <p id={`${id}-empty`} class="hint">
            {t('ui.import.pasteEmpty')}
          </p>
        )}
        <div class="row">
          <button type="button" class="button" onClick={() => previewPasted(pasted)}>
            {t('ui.import.pastePreview')}
          </button>
        </div>
      </div>
    </div>
  )
}
