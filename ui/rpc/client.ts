import type { Message } from '../../src/core/i18n'
import { SandboxToUiSchema, describeInvalid, type SandboxToUi, type UiToSandbox } from '../../src/core/protocol/messages'
import { resultSchema, type RequestOf, type RequestType, type ResultOf } from '../../src/core/protocol/requests'
import { UserError } from '../../src/core/i18n/user-error'

/** Sends one message to the sandbox. */
export type Post = (message: UiToSandbox) => void
/** Listens to what the sandbox sends (the raw `pluginMessage`, not yet checked); returns an unsubscribe. */
export type Subscribe = (listener: (pluginMessage: unknown) => void) => () => void

export type Progress = { id: string; done: number; total: number }
/** A request as the caller writes it; the client adds the id. `type` alone picks the request, and so the result. */
export type RequestBody<T extends RequestType> = { type: T } & Omit<RequestOf<T>, 'id' | 'type'>

export const REQUEST_TIMEOUT_MS = 120_000

export interface RpcOptions {
  post: Post
  subscribe: Subscribe
  /** Messages not tied to a request (such as `context`). */
  onMessage?: (message: SandboxToUi) => void
  /** Errors no pending request owns: `id: null`, unknown ids, and messages that fail validation. */
  onError?: (message: Message) => void
  timeoutMs?: number
  makeId?: () => string
}

export interface RequestOptions {
  onProgress?: (progress: Progress) => void
}

export interface RpcClient {
  /**
   * Resolves with the reply's result, parsed with the request's result schema. Rejects with a
   * `UserError`: the sandbox's Message, or `error.badReply` when the result does not parse.
   */
  request<T extends RequestType>(body: RequestBody<T>, options?: RequestOptions): Promise<ResultOf<T>>
  /** Sends a message that expects no reply. */
  send(message: UiToSandbox): void
  /** Stops listening and rejects nothing further; pending requests are dropped. */
  dispose(): void
}

interface Pending {
  /** Parses the raw result with the request's own schema before resolving. */
  resolve: (raw: unknown) => void
  reject: (error: UserError) => void
  onProgress?: (progress: Progress) => void
  timer: ReturnType<typeof setTimeout>
}

function defaultIdMaker(): () => string {
  let counter = 0
  const salt = Math.random().toString(36).slice(2, 8)
  return () => `r-${salt}-${++counter}`
}

/** A request/reply client over the panel ↔ sandbox messages, with ids, progress and a timeout. */
export function createRpc(options: RpcOptions): RpcClient {
  const timeoutMs = options.timeoutMs ?? REQUEST_TIMEOUT_MS
  const makeId = options.makeId ?? defaultIdMaker()
  const pending = new Map<string, Pending>()

  function settle(id: string): Pending | undefined {
    const entry = pending.get(id)
    if (!entry) return undefined
    clearTimeout(entry.timer)
    pending.delete(id)
    return entry
  }

  function startTimer(id: string): ReturnType<typeof setTimeout> {
    return setTimeout(() => {
      settle(id)?.reject(new UserError('error.timeout', { seconds: Math.round(timeoutMs / 1000) }))
    }, timeoutMs)
  }

  function receive(raw: unknown): void {
    const parsed = SandboxToUiSchema.safeParse(raw)
    if (!parsed.success) {
      options.onError?.({ key: 'error.badMessage', params: { detail: describeInvalid(parsed.error) } })
      return
    }
    const message = parsed.data
    switch (message.type) {
      case 'reply':
        // A reply nobody waits for (already timed out) is dropped.
        settle(message.id)?.resolve(message.result)
        return
      case 'error': {
        const entry = message.id === null ? undefined : settle(message.id)
        if (entry) entry.reject(new UserError(message.error.key, message.error.params))
        else options.onError?.(message.error)
        return
      }
      case 'progress': {
        const entry = pending.get(message.id)
        if (!entry) return
        // A sandbox still reporting progress is working, not stuck: the timeout counts from its last report.
        clearTimeout(entry.timer)
        entry.timer = startTimer(message.id)
        entry.onProgress?.({ id: message.id, done: message.done, total: message.total })
        return
      }
      default:
        options.onMessage?.(message)
    }
  }

  const unsubscribe = options.subscribe(receive)

  return {
    request<T extends RequestType>(body: RequestBody<T>, requestOptions: RequestOptions = {}) {
      const id = makeId()
      // The body is RequestOf<T> without its id; the compiler cannot put an Omit over a generic back together.
      const message = { ...body, id } as RequestOf<T>
      return new Promise<ResultOf<T>>((resolve, reject) => {
        const accept = (raw: unknown) => {
          const parsed = resultSchema(body.type).safeParse(raw)
          if (parsed.success) {
            resolve(parsed.data)
            return
          }
          // The person gets one sentence; which request and what was wrong are for whoever fixes it.
          console.error(`Journey Lanes: the reply to "${body.type}" does not match its schema (${describeInvalid(parsed.error)})`)
          reject(new UserError('error.badReply'))
        }
        pending.set(id, { resolve: accept, reject, onProgress: requestOptions.onProgress, timer: startTimer(id) })
        options.post(message)
      })
    },
    send(message) {
      options.post(message)
    },
    dispose() {
      unsubscribe()
      for (const id of [...pending.keys()]) settle(id)
    },
  }
}
