// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from '@testing-library/preact'
import { useState } from 'preact/hooks'
import { afterEach, describe, expect, it } from 'vitest'
import { NO_WORKSHOP, type Workshop } from '../../src/core/model/workshop'
import { WorkshopOptions } from '../../ui/components/build/WorkshopOptions'
import type { DraftAction } from '../../ui/draft/ops'
import { LocaleProvider } from '../../ui/i18n/context'
import { tab } from './keyboard'

afterEach(() => {
  cleanup()
})

/** The section as the Build tab holds it: its workshop in state, changed only through `setWorkshop`. */
function renderOptions(locale: 'en' | 'ru' = 'en') {
  const seen: Workshop[] = []
  function Host() {
    const [workshop, setWorkshop] = useState<Workshop>(NO_WORKSHOP)
    const dispatch = (action: DraftAction) => {
      if (action.type !== 'setWorkshop') throw new Error(`unexpected ${action.type}`)
      seen.push(action.workshop)
      setWorkshop(action.workshop)
    }
    return (
      <LocaleProvider value={locale}>
        <WorkshopOptions workshop={workshop} dispatch={dispatch} />
      </LocaleProvider>
    )
  }
  render(<Host />)
  return { last: () => seen.at(-1) }
}

describe('workshop options in the Build tab', () => {
  it('sets blank stickies, lane hints and a Parking lot through labelled controls', () => {
    const { last } = renderOptions()
    expect(screen.getByRole('heading', { name: 'Workshop' })).toBeTruthy()
    const count = screen.getByRole<HTMLSelectElement>('combobox', { name: 'Blank stickies per cell' })
    expect([...count.options].map((o) => o.text)).toEqual(['None', '1', '2', '3', '4', '5'])
    fireEvent.change(count, { target: { value: '3' } })
    fireEvent.click(screen.getByRole('checkbox', { name: 'Show a hint in each lane' }))
    const parking = screen.getByRole('checkbox', { name: 'Parking lot' })
    fireEvent.click(parking)
    expect(parking.getAttribute('aria-describedby')).toBeTruthy()
    expect(document.getElementById(parking.getAttribute('aria-describedby')!)?.textContent).toBe(
      'A place beside the map for cards that fit no cell yet.',
    )
    expect(last()).toEqual({ placeholders: 3, hints: true, persona: null, parkingLot: true })
    expect(count.value).toBe('3')
  })

  it('shows the persona fields only while the card is on, and keeps what was typed across off and on', () => {
    const { last } = renderOptions()
    expect(screen.queryByRole('textbox', { name: 'Persona name' })).toBeNull()
    const persona = screen.getByRole('checkbox', { name: 'Persona card' })
    fireEvent.click(persona)
    fireEvent.input(screen.getByRole('textbox', { name: 'Persona name' }), { target: { value: 'Ana' } })
    fireEvent.input(screen.getByRole('textbox', { name: 'Short description' }), { target: { value: 'Runs a bakery' } })
    fireEvent.input(screen.getByRole('textbox', { name: 'Goals' }), { target: { value: 'Pay suppliers on time' } })
    expect(last()?.persona).toEqual({ name: 'Ana', description: 'Runs a bakery', goals: 'Pay suppliers on time' })

    fireEvent.click(persona)
    expect(last()?.persona).toBeNull()
    expect(screen.queryByRole('textbox', { name: 'Persona name' })).toBeNull()
    fireEvent.click(persona)
    expect((screen.getByRole<HTMLInputElement>('textbox', { name: 'Persona name' })).value).toBe('Ana')
    expect(last()?.persona?.goals).toBe('Pay suppliers on time')
  })

  it('is reached by Tab in reading order, the persona fields right after their box', () => {
    renderOptions()
    fireEvent.click(screen.getByRole('checkbox', { name: 'Persona card' }))
    screen.getByRole('combobox', { name: 'Blank stickies per cell' }).focus()
    const names = [0, 1, 2, 3, 4, 5].map(() => {
      const el = tab()
      return el.getAttribute('aria-label') ?? (el as HTMLInputElement).labels?.[0]?.textContent ?? el.tagName
    })
    expect(names).toEqual(['Show a hint in each lane', 'Persona card', 'Persona name', 'Short description', 'Goals', 'Parking lot'])
  })

  it('speaks Russian with the panel', () => {
    renderOptions('ru')
    expect(screen.getByRole('heading', { name: 'Воркшоп' })).toBeTruthy()
    expect(screen.getByRole('checkbox', { name: 'Парковка' })).toBeTruthy()
  })
})
