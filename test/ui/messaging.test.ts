// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest'
import { detectLocale } from '../../ui/i18n/locale'
import { postToParent, subscribeToWindow } from '../../ui/rpc/messaging'

afterEach(() => {
  vi.restoreAllMocks()
})

describe('window transport', () => {
  it('posts to the parent window wrapped in pluginMessage', () => {
    const spy = vi.spyOn(window.parent, 'postMessage').mockImplementation(() => {})
    postToParent({ type: 'ui-ready', locale: 'en' })
    expect(spy).toHaveBeenCalledWith({ pluginMessage: { type: 'ui-ready', locale: 'en' } }, '*')
  })

  it('hands on pluginMessage payloads only, and unsubscribes', () => {
    const listener = vi.fn()
    const unsubscribe = subscribeToWindow(window)(listener)
    window.dispatchEvent(new MessageEvent('message', { data: { pluginMessage: { type: 'x' } } }))
    window.dispatchEvent(new MessageEvent('message', { data: 'from something else' }))
    unsubscribe()
    window.dispatchEvent(new MessageEvent('message', { data: { pluginMessage: 1 } }))
    expect(listener.mock.calls).toEqual([[{ type: 'x' }]])
  })
})

describe('detectLocale', () => {
  it('picks Russian for ru* and English otherwise', () => {
    expect(detectLocale('ru')).toBe('ru')
    expect(detectLocale('ru-RU')).toBe('ru')
    expect(detectLocale('en-GB')).toBe('en')
    expect(detectLocale('de')).toBe('en')
    expect(detectLocale(undefined)).toBe('en')
  })
})
