import { readFileSync } from 'node:fs'
import vm from 'node:vm'
import { expect } from 'vitest'
import type { Message } from '../../src/core/i18n'
import { SandboxToUiSchema, type SandboxToUi, type UiRequest } from '../../src/core/messages'
import { createFigmaEmulator } from '../emulator'

const CODE_PATH = new URL('../../dist/code.js', import.meta.url)

export interface RequestOutcome {
  reply?: unknown
  error?: Message
  progress: { done: number; total: number }[]
}

export type Emulator = ReturnType<typeof createFigmaEmulator>
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

/**
 * Runs the built dist/code.js the way Figma's sandbox does: a fresh realm whose only
 * globals are `figma`, `__html__`, timers and console — no Node, no DOM. A plugin
 * that reached for anything else would fail here as it would in Figma.
 */
export function startPlugin(options: { editorType: 'figjam' | 'figma'; command?: string; failFont?: FontName }): PluginHarness {
  code ??= readFileSync(CODE_PATH, 'utf8')
  const emulator = createFigmaEmulator({ editorType: options.editorType, command: options.command ?? '' })
  if (options.failFont) emulator.controls.fonts.failNext(options.failFont)
  const context = vm.createContext({
    figma: emulator.figma,
    __html__: '<!doctype html><title>panel</title>',
    setTimeout,
    clearTimeout,
    setInterval,
    clearInterval,
    console,
  })

  // Errors the emulator throws must be the sandbox realm's own, or `instanceof Error` fails in the bundle.
  emulator.controls.setErrorRealm(vm.runInContext('({ Error, TypeError, RangeError })', context) as never)

  const received: SandboxToUi[] = []
  const waiters: { match: (m: SandboxToUi) => boolean; resolve: (m: SandboxToUi) => void }[] = []
  emulator.controls.ui.onMessage((raw) => {
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
  })

  vm.runInContext(code, context, { filename: 'code.js' })

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
