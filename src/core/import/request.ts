import { importFile, importText } from './'
import type { ImportResult } from './types'
import type { ImportRequest } from '../../../ui/import/runner'

/** The importer itself, called where it stands (synchronously): in the worker, or on the page. */
export function runImport(request: ImportRequest, onProgress?: (done: number, total: number) => void): ImportResult {
  const hooks = onProgress ? { onProgress } : undefined
  const { source, choices } = request
  return source.kind === 'bytes'
    ? importFile(source.bytes, source.name, choices, hooks)
    : importText(source.text, source.name, choices, hooks)
}
