// @vitest-environment happy-dom
import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/preact'
import { afterEach, describe, expect, it } from 'vitest'
import type { Locale } from '../../src/core/i18n/locale'
import type { SyncMap } from '../../src/core/protocol/messages'
import { App } from '../../ui/app'
import { fakeSandbox } from './fake-sandbox'

afterEach(() => {
  cleanup()
})

function renderApp(locale: Locale = 'en') {
  const sandbox = fakeSandbox()
  render(<App post={sandbox.post} subscribe={sandbox.subscribe} initialLocale={locale} />)
  return sandbox
}

const maps: SyncMap[] = [
  {
    sectionId: '1:1',
    title: 'Onboarding',
    moments: [
      { kind: 'highest', stageName: 'Loyalty', score: 2 },
      { kind: 'lowest', stageName: 'Purchase', score: -1.5 },
      { kind: 'steepest-drop', stageName: 'Purchase', score: -1.5, personaName: 'Anna' },
    ],
    outside: 2,
  },
  { sectionId: '1:2', title: 'Broken map', moments: [], outside: 0, problem: { key: 'error.mapData', params: { detail: 'not JSON' } } },
]

const strip = () => screen.getByRole('region', { name: 'Live sync on' })

describe('the live sync strip', () => {
  it('appears once the sandbox says sync runs, listing each map’s moments of truth by stage', async () => {
    const sandbox = renderApp()
    expect(screen.queryByRole('region', { name: 'Live sync on' })).toBeNull()
    await act(() => sandbox.send({ type: 'sync-status', maps }))
    const region = strip()
    expect(within(region).getByText('2 maps · 1 needs attention')).toBeTruthy()
    expect(within(region).getByRole('heading', { name: 'Onboarding' })).toBeTruthy()
    expect(within(region).getAllByRole('listitem').map((li) => li.textContent)).toEqual([
      'Highest point: Loyalty, +2',
      'Lowest point: Purchase, −1.5',
      'Steepest drop for Anna: Purchase, −1.5',
    ])
    expect(within(region).getByText('2 emotion stickies are outside every stage column, so they do not count.')).toBeTruthy()
    expect(within(region).getByText(/stored data could not be read \(not JSON\)/)).toBeTruthy()
  })

  it('says when there is no map yet, and when a map has no moments', async () => {
    const sandbox = renderApp()
    await act(() => sandbox.send({ type: 'sync-status', maps: [] }))
    expect(within(strip()).getByText(/There is no map here yet/)).toBeTruthy()
    await act(() => sandbox.send({ type: 'sync-status', maps: [{ sectionId: '1:1', title: 'New', moments: [], outside: 0 }] }))
    expect(within(strip()).getByText('No moments of truth yet: score at least two stages.')).toBeTruthy()
  })

  it('collapses to the strip alone and expands back, asking the sandbox to resize the window', async () => {
    const sandbox = renderApp()
    await act(() => sandbox.send({ type: 'sync-status', maps }))
    fireEvent.click(within(strip()).getByRole('button', { name: 'Collapse' }))
    expect(sandbox.lastOfType('collapse')).toEqual({ type: 'collapse' })
    expect(screen.queryByRole('button', { name: 'Generate board' })).toBeNull()
    expect(within(strip()).queryByRole('listitem')).toBeNull()
    expect(within(strip()).getByText('2 maps · 1 needs attention')).toBeTruthy()
    // Updates keep arriving while collapsed.
    await act(() => sandbox.send({ type: 'sync-status', maps: maps.slice(0, 1) }))
    expect(within(strip()).getByText('1 map')).toBeTruthy()
    fireEvent.click(within(strip()).getByRole('button', { name: 'Expand' }))
    expect(sandbox.lastOfType('expand')).toEqual({ type: 'expand' })
    expect(screen.getByRole('button', { name: 'Generate board' })).toBeTruthy()
  })

  it('speaks Russian with the right plural forms', async () => {
    const sandbox = renderApp('ru')
    await act(() => sandbox.send({ type: 'sync-status', maps: [{ ...maps[0]!, outside: 5, notes: 2 }, maps[1]!, { ...maps[1]!, sectionId: '1:3' }] }))
    const region = screen.getByRole('region', { name: 'Синхронизация включена' })
    expect(within(region).getByText('2 стикера лежат в полосе заметок вверху дорожки эмоций, над шкалой, поэтому не учитываются.')).toBeTruthy()
    expect(within(region).getByText('3 карты · 2 требуют внимания')).toBeTruthy()
    expect(within(region).getByText('5 стикеров эмоций лежат вне колонок этапов, поэтому не учитываются.')).toBeTruthy()
    expect(within(region).getAllByRole('listitem')[1]?.textContent).toBe('Самая низкая точка: Purchase, −1,5')
    expect(within(region).getByRole('button', { name: 'Свернуть' })).toBeTruthy()
  })
})
