// @vitest-environment happy-dom
import { act, cleanup, fireEvent, render, screen } from '@testing-library/preact'
import { afterEach, describe, expect, it } from 'vitest'
import { LOCALES, type Locale } from '../../src/core/i18n/locale'
import { App } from '../../ui/app'
import { panelCatalogs } from '../../ui/i18n/context'
import { detectLocale } from '../../ui/i18n/locale'
import { fakeSandbox } from './fake-sandbox'

afterEach(() => {
  cleanup()
  document.documentElement.dir = ''
})

function renderApp(locale: Locale = 'en') {
  const sandbox = fakeSandbox()
  render(<App post={sandbox.post} subscribe={sandbox.subscribe} initialLocale={locale} />)
  return sandbox
}

describe('the panel in four languages', () => {
  it.each(LOCALES)('speaks %s when chosen, mirrored only for Hebrew, and remembers the choice', (locale) => {
    const sandbox = renderApp('en')
    fireEvent.click(screen.getByRole('button', { name: panelCatalogs.en[`ui.language.name.${locale}`] }))
    expect(screen.getByRole('button', { name: panelCatalogs[locale]['ui.generate.button'] })).toBeTruthy()
    expect(document.documentElement.lang).toBe(locale)
    expect(document.documentElement.dir).toBe(locale === 'he' ? 'rtl' : 'ltr')
    expect(sandbox.lastOfType('set-language')).toEqual({ type: 'set-language', locale })
  })

  it('starts in the language chosen last time, over the UI’s own', async () => {
    const sandbox = renderApp('en')
    await act(() => sandbox.send({ type: 'context', editorType: 'figjam', language: 'bg' }))
    expect(screen.getByRole('button', { name: panelCatalogs.bg['ui.generate.button'] })).toBeTruthy()
    // The template's titles followed: the form is Bulgarian too.
    expect(screen.getByRole<HTMLInputElement>('textbox', { name: panelCatalogs.bg['ui.title.label'] }).value).toBe(panelCatalogs.bg['template.customer.title'])
  })

  it('turns an untouched template right to left with the panel, but not a journey someone titled', () => {
    renderApp('en')
    fireEvent.click(screen.getByRole('button', { name: 'עברית' }))
    const direction = () => screen.getByRole<HTMLSelectElement>('combobox', { name: panelCatalogs.he['ui.direction.label'] }).value
    expect(direction()).toBe('rtl')
    fireEvent.click(screen.getByRole('button', { name: 'English' }))
    fireEvent.input(screen.getByRole('textbox', { name: 'Journey title' }), { target: { value: 'Checkout' } })
    fireEvent.click(screen.getByRole('button', { name: 'עברית' }))
    expect(direction()).toBe('ltr')
  })

  it('starts a Hebrew journey right to left; any journey can switch', () => {
    renderApp('he')
    const direction = screen.getByRole<HTMLSelectElement>('combobox', { name: panelCatalogs.he['ui.direction.label'] })
    expect(direction.value).toBe('rtl')
    fireEvent.change(direction, { target: { value: 'ltr' } })
    expect(direction.value).toBe('ltr')
  })

  it('moves between tabs with the arrows the way they point in a mirrored panel', () => {
    renderApp('he')
    const tabs = screen.getAllByRole('tab')
    tabs[0]!.focus()
    fireEvent.keyDown(tabs[0]!, { key: 'ArrowLeft' })
    expect(tabs[1]!.getAttribute('aria-selected')).toBe('true')
  })

  it('follows the UI language at first', () => {
    expect(['ru-RU', 'bg', 'he-IL', 'iw', 'de-DE', undefined].map(detectLocale)).toEqual(['ru', 'bg', 'he', 'he', 'en', 'en'])
  })
})
