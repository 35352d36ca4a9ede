import { afterEach, describe, expect, expectTypeOf, it, vi } from 'vitest'
import { render, type Message } from '../../src/core/i18n'
import { LOCALES } from '../../src/core/i18n/locale'
import type { GenerateResult, LoadedMap, SandboxToUi } from '../../src/core/protocol/messages'
import { UserError } from '../../src/core/i18n/user-error'
import { NO_WORKSHOP } from '../../src/core/model/workshop'
import { createTemplate } from '../../src/core/templates/built-in'
import { createRpc } from '../../ui/rpc/client'
import { fakeSandbox } from './fake-sandbox'

/** Replies as the sandbox really sends them: the client parses each with its request's result schema. */
const DRAWN: GenerateResult = { sectionId: '1:2', nodeCount: 40, cardCount: 2 }
const LOADED: LoadedMap = { sectionId: '1:3', journey: createTemplate('blank', 'en'), workshop: NO_WORKSHOP, notes: [] }

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
  vi.restoreAllMocks()
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
    sandbox.send({ type: 'reply', id: 'id-2', result: LOADED })
    sandbox.send({ type: 'reply', id: 'id-1', result: DRAWN })
    await expect(first).resolves.toEqual(DRAWN)
    await expect(second).resolves.toEqual(LOADED)
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
    sandbox.send({ type: 'reply', id: 'id-1', result: DRAWN })
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
    sandbox.send({ type: 'reply', id: 'id-1', result: DRAWN })
    await expect(boardOutcome).resolves.toEqual(DRAWN)
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
    sandbox.send({ type: 'reply', id: 'id-1', result: LOADED })
    await expect(pending).resolves.toEqual(LOADED)
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

describe('a reply whose result does not match its request’s schema', () => {
  const quietConsole = () => vi.spyOn(console, 'error').mockImplementation(() => {})

  it('rejects with one sentence in the person’s language, and names the request on the console', async () => {
    const consoleError = quietConsole()
    const { sandbox, rpc, onError } = setup()
    const pending = rpc.request({ type: 'generate', journey: {} }).catch((e: unknown) => e)
    sandbox.send({ type: 'reply', id: 'id-1', result: { sectionId: '1:2', nodeCount: 'forty' } })
    const error = await pending
    expect(error).toBeInstanceOf(UserError)
    expect((error as UserError).userMessage).toEqual({ key: 'error.badReply' })
    expect(render('en', (error as UserError).userMessage)).toBe('The plugin’s answer could not be read; close and reopen the plugin.')
    for (const locale of LOCALES) {
      const sentence = render(locale, (error as UserError).userMessage)
      expect(sentence, locale).not.toContain('error.badReply')
      expect(sentence, locale).not.toMatch(/[{}]/)
    }
    expect(consoleError).toHaveBeenCalledTimes(1)
    expect(String(consoleError.mock.calls[0]![0])).toContain('"generate"')
    // The person is told once, by the request that failed.
    expect(onError).not.toHaveBeenCalled()
  })

  it('holds each request to its own schema: a result right for another request is refused', async () => {
    const consoleError = quietConsole()
    const { sandbox, rpc } = setup()
    const load = rpc.request({ type: 'load-selected-map' }).catch((e: unknown) => e)
    const list = rpc.request({ type: 'list-templates' }).catch((e: unknown) => e)
    sandbox.send({ type: 'reply', id: 'id-1', result: DRAWN })
    sandbox.send({ type: 'reply', id: 'id-2', result: null })
    expect(((await load) as UserError).userMessage).toEqual({ key: 'error.badReply' })
    expect(((await list) as UserError).userMessage).toEqual({ key: 'error.badReply' })
    expect(consoleError.mock.calls.map(([line]) => String(line))).toEqual([
      expect.stringContaining('"load-selected-map"'),
      expect.stringContaining('"list-templates"'),
    ])
  })

  it('settles the request: its timer is cleared and a second reply is dropped', async () => {
    vi.useFakeTimers()
    quietConsole()
    const { sandbox, rpc, onError } = setup()
    const pending = rpc.request({ type: 'regenerate', sectionId: '1:2', journey: {}, workshop: NO_WORKSHOP }).catch((e: unknown) => e)
    sandbox.send({ type: 'reply', id: 'id-1', result: { sectionId: '1:2' } })
    expect(((await pending) as UserError).userMessage.key).toBe('error.badReply')
    expect(vi.getTimerCount()).toBe(0)
    expect(() => sandbox.send({ type: 'reply', id: 'id-1', result: { sectionId: '1:2', cardCount: 1, parked: 0, added: 0 } })).not.toThrow()
    expect(onError).not.toHaveBeenCalled()
  })
})

describe('the types of a request', () => {
  it('follow from its type: the body it takes and the parsed result it resolves with', async () => {
    const { sandbox, rpc } = setup()
    const drawn = rpc.request({ type: 'generate', journey: {} })
    expectTypeOf(drawn).resolves.toEqualTypeOf<GenerateResult>()
    expectTypeOf(rpc.request({ type: 'load-selected-map' })).resolves.toEqualTypeOf<LoadedMap>()
    // @ts-expect-error a regenerate needs the map it relays out
    void rpc.request({ type: 'regenerate', journey: {}, workshop: NO_WORKSHOP }).catch(() => {})
    // @ts-expect-error the client adds the id
    void rpc.request({ type: 'list-templates', id: 'mine' }).catch(() => {})
    sandbox.send({ type: 'reply', id: 'id-1', result: DRAWN })
    expect((await drawn).cardCount).toBe(2)
  })
})
