import { afterEach, describe, expect, it, vi } from 'vitest'
import type { Message } from '../../src/core/i18n'
import type { SandboxToUi } from '../../src/core/protocol/messages'
import { UserError } from '../../src/core/i18n/user-error'
import { createRpc } from '../../ui/rpc/client'
import { fakeSandbox } from './fake-sandbox'

function setup(timeoutMs?: number) {
  const sandbox = fakeSandbox()
  const onError = vi.fn<(message: Message) => void>()
  const onMessage = vi.fn<(message: SandboxToUi) => void>()
  let n = 0
  const rpc = createRpc({
    post: sandbox.post,
    subscribe: sandbox.subscribe,
    onError,
    onMessage,
    timeoutMs,
    makeId: () => `id-${++n}`,
  })
  return { sandbox, rpc, onError, onMessage }
}

afterEach(() => {
  vi.useRealTimers()
})

describe('rpc client', () => {
  it('adds an id to each request and resolves each with the reply of the same id', async () => {
    const { sandbox, rpc } = setup()
    const first = rpc.request({ type: 'generate', journey: { a: 1 } })
    const second = rpc.request({ type: 'load-selected-map' })
    expect(sandbox.sent()).toEqual([
      { type: 'generate', id: 'id-1', journey: { a: 1 } },
      { type: 'load-selected-map', id: 'id-2' },
    ])
    sandbox.send({ type: 'reply', id: 'id-2', result: 'second' })
    sandbox.send({ type: 'reply', id: 'id-1', result: 'first' })
    await expect(first).resolves.toBe('first')
    await expect(second).resolves.toBe('second')
  })

  it('makes unique ids by default', () => {
    const sandbox = fakeSandbox()
    const rpc = createRpc({ post: sandbox.post, subscribe: sandbox.subscribe })
    void rpc.request({ type: 'load-selected-map' })
    void rpc.request({ type: 'load-selected-map' })
    const [a, b] = sandbox.sent().map((m) => ('id' in m ? m.id : ''))
    expect(a).toBeTruthy()
    expect(a).not.toBe(b)
    rpc.dispose()
  })

  it('rejects with the sandbox’s Message when an error carries the request’s id', async () => {
    const { sandbox, rpc, onError } = setup()
    const pending = rpc.request({ type: 'generate', journey: {} })
    sandbox.send({ type: 'error', id: 'id-1', error: { key: 'error.fontLoad', params: { font: 'Inter' } } })
    const error = await pending.catch((e: unknown) => e)
    expect(error).toBeInstanceOf(UserError)
    expect((error as UserError).userMessage).toEqual({ key: 'error.fontLoad', params: { font: 'Inter' } })
    expect(onError).not.toHaveBeenCalled()
  })

  it('sends errors no request owns to the general handler', () => {
    const { sandbox, onError } = setup()
    sandbox.send({ type: 'error', id: null, error: { key: 'error.noMap' } })
    sandbox.send({ type: 'error', id: 'nobody', error: { key: 'error.noStages' } })
    expect(onError.mock.calls.map(([m]) => m)).toEqual([{ key: 'error.noMap' }, { key: 'error.noStages' }])
  })

  it('routes progress to the request’s callback', async () => {
    const { sandbox, rpc } = setup()
    const onProgress = vi.fn()
    const pending = rpc.request({ type: 'generate', journey: {} }, { onProgress })
    sandbox.send({ type: 'progress', id: 'id-1', done: 120, total: 300 })
    sandbox.send({ type: 'progress', id: 'other', done: 1, total: 2 })
    sandbox.send({ type: 'reply', id: 'id-1', result: null })
    await pending
    expect(onProgress).toHaveBeenCalledTimes(1)
    expect(onProgress).toHaveBeenCalledWith({ id: 'id-1', done: 120, total: 300 })
  })

  it('passes other messages such as context on', () => {
    const { sandbox, onMessage } = setup()
    sandbox.send({ type: 'context', editorType: 'figjam', command: 'edit' })
    expect(onMessage).toHaveBeenCalledWith({ type: 'context', editorType: 'figjam', command: 'edit' })
  })

  it('reports an invalid message instead of throwing', () => {
    const { sandbox, onError, onMessage } = setup()
    expect(() => sandbox.send({ type: 'reply' })).not.toThrow()
    expect(() => sandbox.send('hello')).not.toThrow()
    expect(() => sandbox.send({ type: 'error', id: null, error: { key: 'no.such.key' } })).not.toThrow()
    expect(onError).toHaveBeenCalledTimes(3)
    for (const [m] of onError.mock.calls) {
      expect(m).toMatchObject({ key: 'error.badMessage', params: { detail: expect.any(String) } })
    }
    expect(onMessage).not.toHaveBeenCalled()
  })

  it('times out after 120 s with error.timeout and ignores a late reply', async () => {
    vi.useFakeTimers()
    const { sandbox, rpc, onError } = setup()
    const pending = rpc.request({ type: 'generate', journey: {} })
    const caught = pending.catch((e: unknown) => e)
    await vi.advanceTimersByTimeAsync(119_999)
    await vi.advanceTimersByTimeAsync(1)
    const error = await caught
    expect((error as UserError).userMessage).toEqual({ key: 'error.timeout', params: { seconds: 120 } })
    expect(() => sandbox.send({ type: 'reply', id: 'id-1', result: 1 })).not.toThrow()
    expect(onError).not.toHaveBeenCalled()
  })

  it('a big board that keeps reporting progress does not time out; 120 s after the last report it does', async () => {
    vi.useFakeTimers()
    const { sandbox, rpc } = setup()
    const onProgress = vi.fn()
    const board = rpc.request({ type: 'generate', journey: {} }, { onProgress })
    const other = rpc.request({ type: 'load-selected-map' })
    const boardOutcome = board.catch((e: unknown) => e)
    const otherOutcome = other.catch((e: unknown) => e)
    // Five minutes of drawing, a progress report every 100 s.
    for (let done = 1; done <= 3; done++) {
      await vi.advanceTimersByTimeAsync(100_000)
      sandbox.send({ type: 'progress', id: 'id-1', done, total: 4 })
    }
    // Progress of one request does not keep another alive.
    expect(((await otherOutcome) as UserError).userMessage.key).toBe('error.timeout')
    await vi.advanceTimersByTimeAsync(119_999)
    sandbox.send({ type: 'reply', id: 'id-1', result: 'drawn' })
    await expect(boardOutcome).resolves.toBe('drawn')
    expect(onProgress).toHaveBeenCalledTimes(3)

    const stalled = rpc.request({ type: 'generate', journey: {} }).catch((e: unknown) => e)
    sandbox.send({ type: 'progress', id: 'id-3', done: 1, total: 4 })
    await vi.advanceTimersByTimeAsync(120_000)
    expect(((await stalled) as UserError).userMessage.key).toBe('error.timeout')
  })

  it('clears the timer on reply and stops listening when disposed', async () => {
    vi.useFakeTimers()
    const { sandbox, rpc } = setup()
    const pending = rpc.request({ type: 'load-selected-map' })
    sandbox.send({ type: 'reply', id: 'id-1', result: 'ok' })
    await expect(pending).resolves.toBe('ok')
    expect(vi.getTimerCount()).toBe(0)
    rpc.dispose()
    expect(sandbox.listenerCount()).toBe(0)
  })

  it('send() posts a message as it is', () => {
    const { sandbox, rpc } = setup()
    rpc.send({ type: 'ui-ready', locale: 'ru' })
    expect(sandbox.sent()).toEqual([{ type: 'ui-ready', locale: 'ru' }])
  })
})
