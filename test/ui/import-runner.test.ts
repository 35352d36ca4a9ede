// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest'
import type { ImportResult } from '../../src/core/import/types'
import { workerRunner, type WorkerReply } from '../../ui/import/runner'
import { type ImportRequest } from '../../src/core/import/request'
import { runImport } from '../../src/core/import/request'

const request: ImportRequest = {
  source: { kind: 'text', text: 'stage,text\nSearch,Googles it\nPay,Card\n', name: 'pasted.txt' },
  choices: { locale: 'en' },
}

/** A stand-in Web Worker: records what it is sent; the test answers for it. */
class FakeWorker {
  static made: FakeWorker[] = []
  onmessage: ((event: MessageEvent<WorkerReply>) => void) | null = null
  onerror: ((event: ErrorEvent) => void) | null = null
  sent: unknown[] = []
  terminated = false
  constructor(readonly url: string) {
    FakeWorker.made.push(this)
  }
  postMessage(message: unknown) {
    this.sent.push(message)
  }
  terminate() {
    this.terminated = true
  }
  reply(data: WorkerReply) {
    this.onmessage?.({ data } as MessageEvent<WorkerReply>)
  }
  fail() {
    this.onerror?.({ preventDefault() {} } as ErrorEvent)
  }
}

// The worker runs the panel's own script; any code will do for a stand-in worker.
const workerCode = 'self.onmessage = () => {}'

afterEach(() => {
  vi.unstubAllGlobals()
  vi.restoreAllMocks()
  FakeWorker.made = []
})

describe('the import runner', () => {
  it('without Worker, imports on the page and gets the real result', async () => {
    vi.stubGlobal('Worker', undefined)
    const result = await workerRunner(workerCode)(request, () => {}).result
    expect(result).toEqual(runImport(request))
    expect(result.journey?.stages.map((s) => s.name)).toEqual(['Search', 'Pay'])
  })

  it('in a worker: sends the request, passes progress on, resolves with the result and ends the worker', async () => {
    vi.stubGlobal('Worker', FakeWorker)
    const blobs: Blob[] = []
    vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
      blobs.push(blob as Blob)
      return 'blob:worker'
    })
    const progress = vi.fn()
    const job = workerRunner(workerCode)(request, progress)
    const worker = FakeWorker.made[0]!
    expect(worker.url).toBe('blob:worker')
    expect(await blobs[0]!.text()).toBe(workerCode)
    expect(worker.sent).toEqual([request])
    worker.reply({ type: 'progress', done: 10, total: 20 })
    expect(progress).toHaveBeenCalledWith(10, 20)
    const result = runImport(request)
    worker.reply({ type: 'result', result })
    await expect(job.result).resolves.toEqual(result)
    expect(worker.terminated).toBe(true)
  })

  it('cancel ends the worker, and nothing it says afterwards counts', async () => {
    vi.stubGlobal('Worker', FakeWorker)
    const progress = vi.fn()
    const job = workerRunner(workerCode)(request, progress)
    const worker = FakeWorker.made[0]!
    job.cancel()
    expect(worker.terminated).toBe(true)
    worker.reply({ type: 'progress', done: 1, total: 2 })
    expect(progress).not.toHaveBeenCalled()
    const settled = vi.fn()
    job.result.then(settled, settled)
    await new Promise((r) => setTimeout(r, 10))
    expect(settled).not.toHaveBeenCalled()
  })

  it('falls back to the page when the worker cannot start or load', async () => {
    vi.stubGlobal('Worker', FakeWorker)
    const job = workerRunner(workerCode)(request, () => {})
    FakeWorker.made[0]!.fail()
    const result: ImportResult = await job.result
    expect(result.journey?.cards).toHaveLength(2)

    vi.stubGlobal(
      'Worker',
      class {
        constructor() {
          throw new Error('blocked')
        }
      },
    )
    await expect(workerRunner(workerCode)(request, () => {}).result).resolves.toEqual(result)
  })

  it('a worker that reports a failure fails the import with its reason', async () => {
    vi.stubGlobal('Worker', FakeWorker)
    const job = workerRunner(workerCode)(request, () => {})
    FakeWorker.made[0]!.reply({ type: 'failed', detail: 'out of memory' })
    await expect(job.result).rejects.toThrow('out of memory')
  })
})
