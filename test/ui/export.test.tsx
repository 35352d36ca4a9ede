// @vitest-environment happy-dom
import { NO_WORKSHOP } from '../../src/core/model/workshop'
import { act, cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { toCsv, toJson, toMermaid } from '../../src/core/export'
import { JourneyShapeSchema, type Journey } from '../../src/core/model/journey'
import { createTemplate } from '../../src/core/templates/built-in'
import { App } from '../../ui/app'
import { exportFileName } from '../../ui/export/file'
import { fakeSandbox } from './fake-sandbox'

/** A map as the sandbox would send it, and as the panel has it after checking the reply. */
function boardJourney(): Journey {
  const journey = { ...createTemplate('customer', 'en'), title: 'Onboarding: v2' }
  journey.cards = [
    { id: 'c1', stageId: 's1', laneId: 'actions', text: 'Sees an ad', count: 2 },
    { id: 'c2', stageId: 's3', laneId: 'barriers', text: 'Card declined', participant: 'P4' },
  ]
  journey.emotions = [{ id: 'e1', stageId: 's3', score: -2 }]
  return JourneyShapeSchema.parse(journey)
}

const notes = [{ key: 'read.outsideStages.other', params: { count: 3 } }]

function renderApp() {
  const sandbox = fakeSandbox()
  render(<App post={sandbox.post} subscribe={sandbox.subscribe} initialLocale="en" />)
  fireEvent.click(screen.getByRole('tab', { name: 'Export' }))
  return sandbox
}

/** Presses an export button and lets the fake sandbox answer the load-selected-map request. */
async function exportAs(sandbox: ReturnType<typeof fakeSandbox>, format: string, reply: unknown) {
  fireEvent.click(screen.getByRole('button', { name: `Export selected map as ${format}` }))
  const request = sandbox.lastOfType('load-selected-map')!
  expect(screen.getByText('Reading the selected map…')).toBeTruthy()
  await act(() => sandbox.send({ type: 'reply', id: request.id, result: reply }))
}

const output = (format: string) => screen.findByRole<HTMLTextAreaElement>('textbox', { name: `${format} text` })

let writeText: ReturnType<typeof vi.fn<(text: string) => Promise<void>>>

beforeEach(() => {
  writeText = vi.fn<(text: string) => Promise<void>>(() => Promise.resolve())
  Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true })
})

afterEach(() => {
  cleanup()
  vi.restoreAllMocks()
})

describe('exporting the selected map', () => {
  it('writes CSV with the real exporter, shows the reader’s notes, copies and downloads', async () => {
    const sandbox = renderApp()
    const journey = boardJourney()
    await exportAs(sandbox, 'CSV', { sectionId: '1:2', journey, workshop: NO_WORKSHOP, notes })
    expect((await output('CSV')).value).toBe(toCsv(journey))
    expect(screen.getByText('“Onboarding: v2” as CSV.')).toBeTruthy()
    expect(
      screen.getByText(
        '3 stickies are outside every stage column, so they are not in the journey. Move them into a column to include them.',
      ),
    ).toBeTruthy()

    fireEvent.click(screen.getByRole('button', { name: 'Copy to clipboard' }))
    await screen.findByText('Copied to the clipboard.')
    expect(writeText).toHaveBeenCalledWith(toCsv(journey))

    const createObjectURL = vi.fn(() => 'blob:test')
    const revokeObjectURL = vi.fn()
    Object.assign(URL, { createObjectURL, revokeObjectURL })
    const clicks: HTMLAnchorElement[] = []
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      clicks.push(this)
    })
    fireEvent.click(screen.getByRole('button', { name: 'Download Onboarding- v2.csv' }))
    expect(clicks).toHaveLength(1)
    expect(clicks[0]!.download).toBe('Onboarding- v2.csv')
    expect(clicks[0]!.getAttribute('href')).toBe('blob:test')
    const blob = (createObjectURL.mock.calls[0] as unknown as [Blob])[0]
    expect(await blob.text()).toBe(toCsv(journey))
    expect(screen.getByText('Saving Onboarding- v2.csv.')).toBeTruthy()
  })

  it('writes JSON and Mermaid through the real exporters', async () => {
    const sandbox = renderApp()
    const journey = boardJourney()
    await exportAs(sandbox, 'JSON', { sectionId: '1:2', journey, workshop: NO_WORKSHOP, notes: [] })
    expect((await output('JSON')).value).toBe(toJson(journey))
    expect(screen.getByRole('button', { name: 'Download Onboarding- v2.json' })).toBeTruthy()
    await exportAs(sandbox, 'Mermaid', { sectionId: '1:2', journey, workshop: NO_WORKSHOP, notes: [] })
    expect((await output('Mermaid')).value).toBe(toMermaid(journey))
    expect(screen.getByRole('button', { name: 'Download Onboarding- v2.mmd' })).toBeTruthy()
  })

  it('copies through a hidden text box when the Clipboard API is refused', async () => {
    writeText.mockImplementation(() => Promise.reject(new Error('denied')))
    const execCommand = vi.fn(() => true)
    Object.assign(document, { execCommand })
    const sandbox = renderApp()
    await exportAs(sandbox, 'CSV', { sectionId: '1:2', journey: boardJourney(), workshop: NO_WORKSHOP, notes: [] })
    await output('CSV')
    const boxes = document.querySelectorAll('textarea').length
    fireEvent.click(screen.getByRole('button', { name: 'Copy to clipboard' }))
    await screen.findByText('Copied to the clipboard.')
    expect(execCommand).toHaveBeenCalledWith('copy')
    // The helper box is gone again.
    expect(document.querySelectorAll('textarea')).toHaveLength(boxes)
  })

  it('says in a sentence when no map is selected', async () => {
    const sandbox = renderApp()
    fireEvent.click(screen.getByRole('button', { name: 'Export selected map as CSV' }))
    const request = sandbox.lastOfType('load-selected-map')!
    await act(() => sandbox.send({ type: 'error', id: request.id, error: { key: 'error.noMap' } }))
    const alert = await screen.findByRole('alert')
    expect(alert.textContent).toBe('The selected node is not a journey map made by this plugin.')
    await waitFor(() => expect(screen.queryByRole('textbox', { name: 'CSV text' })).toBeNull())
  })
})

describe('export file names', () => {
  it('uses the title, without characters file systems refuse', () => {
    expect(exportFileName('Путь клиента', 'csv', 'journey')).toBe('Путь клиента.csv')
    expect(exportFileName('a/b:c*?', 'json', 'journey')).toBe('a-b-c-.json')
    expect(exportFileName('   ', 'mermaid', 'journey')).toBe('journey.mmd')
  })
})
