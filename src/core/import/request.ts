import { importFile, importText } from './import-file'
import type { ImportChoices, ImportResult } from './types'

/** What to import: a file's bytes, or text pasted into the panel. */
export type ImportSource =
  | { kind: 'bytes'; bytes: Uint8Array; name: string }
  | { kind: 'text'; text: string; name: string }

export interface ImportRequest {
  source: ImportSource
  choices: ImportChoices
}

/** The importer itself, called where it stands (synchronously): in the worker, or on the page. */
export function runImport(request: ImportRequest, onProgress?: (done: number, total: number) => void): ImportResult {
  const hooks = onProgress ? { onProgress } : undefined
  const { source, choices } = request
  return source.kind === 'bytes'
    ? importFile(source.bytes, source.name, choices, hooks)
    : importText(source.text, source.name, choices, hooks)
}
