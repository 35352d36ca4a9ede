import type { ImportResult } from '../../src/core/import/types'
import { runImport, type ImportRequest } from '../../src/core/import/request'

/**
 * Runs the importer for the panel: in a Web Worker when the page can start one, so a
 * 200,000-row file does not freeze the panel, and on the main thread otherwise.
 * The component gets a runner as a prop, so tests can drive any timing they need.
 *
 * The worker runs the panel's own script (see main.tsx), so the importer and the
 * message catalogs are in dist/ui.html once.
 */

/** One import under way: its outcome, and a way to stop it (the outcome then never arrives). */
export interface ImportJob {
  readonly result: Promise<ImportResult>
  cancel(): void
}

export type ImportRunner = (request: ImportRequest, onProgress: (done: number, total: number) => void) => ImportJob

/** The importer as a synchronous call. */
export type RunImport = (request: ImportRequest, onProgress?: (done: number, total: number) => void) => ImportResult

/** Messages the worker posts back. */
export type WorkerReply =
  | { type: 'progress'; done: number; total: number }
  | { type: 'result'; result: ImportResult }
  | { type: 'failed'; detail: string }

const asError = (error: unknown) => (error instanceof Error ? error : new Error(String(error)))

/**
 * Runs the importer on the panel's own thread, once the panel has painted "Reading…".
 * `load` gives the importer when the first import starts (and may throw, which fails that import).
 */
export function mainThreadRunner(load: () => RunImport): ImportRunner {
  return (request, onProgress) => {
    let cancelled = false
    let timer: ReturnType<typeof setTimeout> | undefined
    const result = new Promise<ImportResult>((resolve, reject) => {
      timer = setTimeout(() => {
        if (cancelled) return
        try {
          resolve(load()(request, onProgress))
        } catch (error) {
          reject(asError(error))
        }
      }, 0)
    })
    return {
      result,
      cancel() {
        cancelled = true
        clearTimeout(timer)
      },
    }
  }
}

let workerUrl: { code: string; url: string } | null = null

/** A blob: URL for the worker's code (the plugin iframe can load no files); made once. */
function urlFor(code: string): string {
  if (workerUrl?.code !== code) {
    workerUrl = { code, url: URL.createObjectURL(new Blob([code], { type: 'text/javascript' })) }
  }
  return workerUrl.url
}

/** The importer on the panel's own thread: for when no worker can start. */
export const onPageRunner: ImportRunner = mainThreadRunner(() => runImport)

/**
 * A runner that imports in a Web Worker made from `code` (the panel's own script).
 * Without `Worker`, or when the worker cannot start, it imports on the main thread.
 */
export function workerRunner(code: string): ImportRunner {
  const onPage = onPageRunner
  return (request, onProgress) => {
    if (typeof Worker === 'undefined') return onPage(request, onProgress)
    let worker: Worker
    try {
      worker = new Worker(urlFor(code))
    } catch {
      return onPage(request, onProgress)
    }
    let fallback: ImportJob | null = null
    let finished = false
    const result = new Promise<ImportResult>((resolve, reject) => {
      const finish = () => {
        finished = true
        worker.terminate()
      }
      worker.onmessage = (event: MessageEvent<WorkerReply>) => {
        if (finished) return
        const reply = event.data
        if (reply.type === 'progress') onProgress(reply.done, reply.total)
        else if (reply.type === 'result') {
          finish()
          resolve(reply.result)
        } else {
          finish()
          reject(new Error(reply.detail))
        }
      }
      // The worker could not start or load its code (a page policy, say): import here instead.
      worker.onerror = (event) => {
        event.preventDefault()
        if (finished) return
        finish()
        fallback = onPage(request, onProgress)
        fallback.result.then(resolve, reject)
      }
      // Bytes are copied, not transferred: the panel keeps them to read again with other choices.
      worker.postMessage(request)
    })
    return {
      result,
      cancel() {
        finished = true
        worker.terminate()
        fallback?.cancel()
      },
    }
  }
}
