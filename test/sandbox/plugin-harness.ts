import { readFileSync } from 'node:fs'
import { expect } from 'vitest'
import type { Message } from '../../src/core/i18n'
import { SandboxToUiSchema, type SandboxToUi, type UiRequest } from '../../src/core/protocol/messages'
import { runPluginInRealm, runPluginOn, type Emulator, type RealmOptions } from './run-plugin'

const CODE_PATH = new URL('../../dist/code.js', import.meta.url)

export interface RequestOutcome {
  reply?: unknown
  error?: Message
  progress: { done: number; total: number }[]
}

export type { Emulator }
type RequestBody = UiRequest extends infer R ? (R extends { id: string } ? Omit<R, 'id'> : never) : never

export interface PluginHarness {
  emulator: Emulator
  /** Every message the panel received, each already checked against the protocol schema. */
  received: SandboxToUi[]
  /** Sends a request as the panel would and waits for its reply or error. */
  request(body: RequestBody): Promise<RequestOutcome>
  /** Sends anything at all, as a broken or hostile panel might. */
  sendRaw(message: unknown): void
  /** Waits until a message matching `match` arrives (or has arrived). */
  waitFor(match: (m: SandboxToUi) => boolean): Promise<SandboxToUi>
}

let code: string | null = null

const realmOf = (options: { clockStep?: number }): RealmOptions => (options.clockStep === undefined ? {} : { clockStep: options.clockStep })

/** Starts the built dist/code.js in a sandbox-like realm (see run-plugin.ts) and acts as its panel. */
export function startPlugin(options: {
  editorType: 'figjam' | 'figma'
  command?: string
  failFont?: FontName
  /** run on this emulator (a document prepared beforehand, with its own editorType and command) */
  emulator?: Emulator
  /** what figma.clientStorage holds at start (another file's, say) */
  clientStorage?: Readonly<Record<string, unknown>>
  /** see RealmOptions.clockStep */
  clockStep?: number
}): PluginHarness {
  code ??= readFileSync(CODE_PATH, 'utf8')
  const received: SandboxToUi[] = []
  const waiters: { match: (m: SandboxToUi) => boolean; resolve: (m: SandboxToUi) => void }[] = []
  const listen = (raw: unknown): void => {
    const parsed = SandboxToUiSchema.safeParse(raw)
    expect(parsed.success, `sandbox sent a message outside the protocol: ${JSON.stringify(raw)}`).toBe(true)
    if (!parsed.success) return
    received.push(parsed.data)
    for (const w of [...waiters]) {
      if (w.match(parsed.data)) {
        waiters.splice(waiters.indexOf(w), 1)
        w.resolve(parsed.data)
      }
    }
  }
  const beforeRun = (e: Emulator): void => {
    if (options.failFont) e.controls.fonts.failNext(options.failFont)
    e.controls.ui.onMessage(listen)
  }
  let emulator: Emulator
  if (options.emulator) {
    emulator = options.emulator
    beforeRun(emulator)
    runPluginOn(code, emulator, realmOf(options))
  } else {
    const storage = options.clientStorage ? { clientStorage: options.clientStorage } : {}
    emulator = runPluginInRealm(code, { editorType: options.editorType, command: options.command ?? '', ...storage }, beforeRun, realmOf(options))
  }

  const waitFor = (match: (m: SandboxToUi) => boolean): Promise<SandboxToUi> => {
    const seen = received.find(match)
    if (seen) return Promise.resolve(seen)
    return new Promise((resolve) => waiters.push({ match, resolve }))
  }

  let next = 0
  return {
    emulator,
    received,
    waitFor,
    sendRaw: (message) => emulator.controls.ui.send(message),
    async request(body) {
      next += 1
      const id = `req-${next}`
      emulator.controls.ui.send({ ...body, id })
      const end = await waitFor((m) => (m.type === 'reply' || m.type === 'error') && m.id === id)
      const progress = received.flatMap((m) => (m.type === 'progress' && m.id === id ? [{ done: m.done, total: m.total }] : []))
      if (end.type === 'reply') return { reply: end.result, progress }
      if (end.type === 'error') return { error: end.error, progress }
      throw new Error('unreachable')
    },
  }
}
