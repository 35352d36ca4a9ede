// @vitest-environment happy-dom
import { act, cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact'
import { afterEach, describe, expect, it } from 'vitest'
import type { Journey } from '../../src/core/model/journey'
import { createTemplate } from '../../src/core/templates/built-in'
import { NO_WORKSHOP, type Workshop } from '../../src/core/model/workshop'
import { App } from '../../ui/app'
import { fakeSandbox } from './fake-sandbox'

afterEach(() => {
  cleanup()
})

const workshop: Workshop = { ...NO_WORKSHOP, placeholders: 2 }

function boardJourney(): Journey {
  const journey = { ...createTemplate('blank', 'en'), title: 'Onboarding' }
  journey.stages = [
    { id: 's1', name: 'Sign up' },
    { id: 's2', name: 'First week' },
  ]
  journey.cards = [{ id: 'card:1:9', stageId: 's1', laneId: 'actions', text: 'Fills the form' }]
  journey.emotions = [{ id: 'emotion:1:10', stageId: 's1', score: 1 }]
  return journey
}

async function editSelectedMap() {
  const sandbox = fakeSandbox()
  render(<App post={sandbox.post} subscribe={sandbox.subscribe} initialLocale="en" />)
  await act(() => sandbox.send({ type: 'context', editorType: 'figjam' }))
  await act(() => sandbox.send({ type: 'selection', map: { sectionId: '1:2', title: 'Onboarding' } }))
  expect(screen.getByText('“Onboarding” is selected on the board.')).toBeTruthy()
  fireEvent.click(screen.getByRole('button', { name: 'Edit this map' }))
  const load = sandbox.lastOfType('load-selected-map')!
  await act(() => sandbox.send({ type: 'reply', id: load.id, result: { sectionId: '1:2', journey: boardJourney(), workshop, notes: [] } }))
  await screen.findByText('Editing “Onboarding” on the board.')
  return sandbox
}

describe('editing a map on the board from the panel', () => {
  it('regenerates the selected map in place, sending only the lines that are new, then reads the board back', async () => {
    const sandbox = await editSelectedMap()
    const cell = screen.getAllByLabelText<HTMLTextAreaElement>('Actions', { selector: 'textarea' })[0]!
    fireEvent.input(cell, { target: { value: 'Fills the form\nCalls support' } })
    fireEvent.click(screen.getByRole('button', { name: 'Regenerate map' }))

    const request = sandbox.lastOfType('regenerate')!
    expect(request.sectionId).toBe('1:2')
    expect(request.workshop).toEqual(workshop)
    const sent = request.journey as Journey
    expect(sent.stages.map((s) => s.name)).toEqual(['Sign up', 'First week'])
    expect(sent.cards.map((c) => c.text)).toEqual(['Calls support'])
    expect(sent.emotions).toEqual([])

    const firstLoad = sandbox.lastOfType('load-selected-map')!
    await act(() => sandbox.send({ type: 'reply', id: request.id, result: { sectionId: '1:2', cardCount: 2, parked: 0, added: 1 } }))
    const reload = await waitFor(() => {
      const next = sandbox.lastOfType('load-selected-map')!
      expect(next.id).not.toBe(firstLoad.id)
      return next
    })
    await act(() => sandbox.send({ type: 'reply', id: reload.id, result: { sectionId: '1:2', journey: boardJourney(), workshop, notes: [] } }))
    await screen.findByText('The map is relaid out: 2 cards in place, 0 in the Parking lot, 1 new.')
  })

  it('draws a new board with the same structure and no cards for the next group', async () => {
    const sandbox = await editSelectedMap()
    fireEvent.click(screen.getByRole('button', { name: 'New board from this map' }))
    const request = sandbox.lastOfType('generate')!
    const sent = request.journey as Journey
    expect(sent.stages.map((s) => s.name)).toEqual(['Sign up', 'First week'])
    expect([sent.cards, sent.emotions]).toEqual([[], []])
    expect(request.workshop).toEqual(workshop)
  })

  it('asks before loading a map over work in the form, and can stop editing', async () => {
    const sandbox = fakeSandbox()
    render(<App post={sandbox.post} subscribe={sandbox.subscribe} initialLocale="en" />)
    fireEvent.input(screen.getByRole('textbox', { name: 'Journey title' }), { target: { value: 'Mine' } })
    await act(() => sandbox.send({ type: 'selection', map: { sectionId: '1:2', title: 'Onboarding' } }))
    fireEvent.click(screen.getByRole('button', { name: 'Edit this map' }))
    expect(sandbox.lastOfType('load-selected-map')).toBeUndefined()
    fireEvent.click(screen.getByRole('button', { name: 'Load the map' }))
    const load = sandbox.lastOfType('load-selected-map')!
    await act(() => sandbox.send({ type: 'reply', id: load.id, result: { sectionId: '1:2', journey: boardJourney(), workshop, notes: [] } }))
    await screen.findByText('Editing “Onboarding” on the board.')
    fireEvent.click(screen.getByRole('button', { name: 'Stop editing' }))
    expect(screen.getByRole('button', { name: 'Generate board' })).toBeTruthy()
    expect(screen.queryByRole('button', { name: 'Regenerate map' })).toBeNull()
  })
})
