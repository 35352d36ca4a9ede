import type { WorkerReply } from './runner'
import type { ImportRequest } from '../../src/core/import/request'
import { runImport } from '../../src/core/import/request'

/**
 * The import worker's side: the panel's own script, started in a Web Worker from a
 * blob: URL (see main.tsx), receives an ImportRequest, runs the importer and posts
 * progress (a few times a second at most) and the ImportResult.
 */

interface WorkerScope {
  onmessage: ((event: MessageEvent<ImportRequest>) => void) | null
  postMessage(message: WorkerReply): void
}

const PROGRESS_EVERY_MS = 100

export function serveImports(scope: WorkerScope): void {
  scope.onmessage = (event) => {
    let last = 0
    const onProgress = (done: number, total: number) => {
      const now = Date.now()
      if (now - last < PROGRESS_EVERY_MS && done < total) return
      last = now
      scope.postMessage({ type: 'progress', done, total })
    }
    try {
      scope.postMessage({ type: 'result', result: runImport(event.data, onProgress) })
    } catch (error) {
      scope.postMessage({ type: 'failed', detail: error instanceof Error ? error.message : String(error) })
    }
  }
}
