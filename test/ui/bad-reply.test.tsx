// @vitest-environment happy-dom
import { act, cleanup, fireEvent, render, screen } from '@testing-library/preact'
import { afterEach, beforeEach, describe, expect, it, vi, type MockInstance } from 'vitest'
import type { Locale } from '../../src/core/i18n/locale'
import { App } from '../../ui/app'
import { fakeSandbox } from './fake-sandbox'

/**
 * What the person sees when the sandbox answers with something its request's schema refuses:
 * one sentence where the panel shows errors, whichever request it was, and a panel that still
 * works. Before, a generate said "drawn", a load spoke of the map's data and the templates of
 * storage, each in its own way.
 */

const SENTENCE = 'The plugin’s answer could not be read; close and reopen the plugin.'

let consoleError: MockInstance<typeof console.error>

beforeEach(() => {
  consoleError = vi.spyOn(console, 'error').mockImplementation(() => {})
})

afterEach(() => {
  cleanup()
  vi.restoreAllMocks()
})

type Sandbox = ReturnType<typeof fakeSandbox>

async function openPanel(locale: Locale = 'en') {
  const sandbox = fakeSandbox()
  render(<App post={sandbox.post} subscribe={sandbox.subscribe} initialLocale={locale} />)
  await act(() => sandbox.send({ type: 'context', editorType: 'figjam' }))
  return sandbox
}

async function replyTo(sandbox: Sandbox, type: 'generate' | 'load-selected-map' | 'list-templates', result: unknown) {
  const request = sandbox.lastOfType(type)
  expect(request, `the panel sent ${type}`).toBeDefined()
  await act(() => sandbox.send({ type: 'reply', id: request!.id, result }))
}

const alerts = () => screen.queryAllByRole('alert').map((a) => a.textContent)
const logged = () => consoleError.mock.calls.map(([line]) => String(line))

describe('a reply the panel cannot read', () => {
  it('after Generate: the sentence instead of "drawn", and the button works again', async () => {
    const sandbox = await openPanel()
    await replyTo(sandbox, 'list-templates', { templates: [], problems: [] })
    const button = screen.getByRole('button', { name: 'Generate board' })
    fireEvent.click(button)
    await replyTo(sandbox, 'generate', { sectionId: '1:2' })
    await screen.findByText(SENTENCE)
    expect(alerts()).toEqual([SENTENCE])
    expect(screen.queryByText(/drawn/)).toBeNull()
    expect(button).toHaveProperty('disabled', false)
    expect(logged()).toEqual([expect.stringContaining('"generate"')])
  })

  it('after loading the selected map: the same sentence, and the form is left as it was', async () => {
    const sandbox = await openPanel()
    await act(() => sandbox.send({ type: 'context', editorType: 'figjam', command: 'edit' }))
    await replyTo(sandbox, 'load-selected-map', { sectionId: '1:2', journey: 'not a journey' })
    await screen.findByText(SENTENCE)
    expect(screen.getByRole<HTMLInputElement>('textbox', { name: 'Journey title' }).value).toBe('Customer journey')
    expect(logged()).toEqual([expect.stringContaining('"load-selected-map"')])
  })

  it('for my templates: the same sentence where the list would be', async () => {
    const sandbox = await openPanel()
    await replyTo(sandbox, 'list-templates', { templates: 'none' })
    fireEvent.click(screen.getByRole('button', { name: 'My templates' }))
    await screen.findByText(SENTENCE)
    expect(logged()).toEqual([expect.stringContaining('"list-templates"')])
  })

  it('speaks the person’s language', async () => {
    const sandbox = await openPanel('ru')
    await replyTo(sandbox, 'list-templates', null)
    await screen.findByText('Не удалось прочитать ответ плагина; закройте и снова откройте плагин.')
  })
})
