// @vitest-environment happy-dom
import { NO_WORKSHOP } from '../../src/core/model/workshop'
import { act, cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact'
import { afterEach, describe, expect, it } from 'vitest'
import { createTemplate } from '../../src/core/templates/built-in'
import { JourneyShapeSchema } from '../../src/core/model/journey'
import { type Locale } from '../../src/core/i18n/locale'
import { App } from '../../ui/app'
import { fakeSandbox } from './fake-sandbox'
import { press, tab } from './keyboard'

afterEach(() => {
  cleanup()
})

function renderApp(locale: Locale = 'en') {
  const sandbox = fakeSandbox()
  const view = render(<App post={sandbox.post} subscribe={sandbox.subscribe} initialLocale={locale} />)
  return { sandbox, ...view }
}

const stageInputs = () => screen.queryAllByRole<HTMLInputElement>('textbox', { name: /^Name of stage \d+$/ })
const stageNames = () => stageInputs().map((i) => i.value)
const generateButton = () => screen.getByRole('button', { name: 'Generate board' })

describe('panel start', () => {
  it('says it is ready in its language and shows which editor it draws in', async () => {
    const { sandbox } = renderApp('ru')
    expect(sandbox.sent()).toEqual([{ type: 'ui-ready', locale: 'ru' }])
    await act(() => sandbox.send({ type: 'context', editorType: 'figma' }))
    expect(screen.getByText('Рисуем в Figma Design')).toBeTruthy()
    expect(document.documentElement.lang).toBe('ru')
  })

  it('starts from the customer journey: five stages, six lanes on', () => {
    renderApp()
    expect(stageNames()).toEqual(['Awareness', 'Consideration', 'Purchase', 'Use', 'Loyalty'])
    const checked = screen.getAllByRole('checkbox').filter((c) => (c as HTMLInputElement).checked)
    // Six lanes; "No score" boxes of the emotion curve are checked too (no stage scored yet).
    expect(screen.getAllByRole('checkbox', { name: /^No score at/ })).toHaveLength(5)
    expect(checked).toHaveLength(6 + 5)
  })
})

describe('stages by keyboard', () => {
  it('Tab reaches "Add stage" and Enter adds a stage whose name is focused', () => {
    renderApp()
    stageInputs()[4]!.focus()
    // The last stage's name, then its up, down and remove buttons, then "Add stage".
    for (let i = 0; i < 4; i++) tab()
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Add stage' }))
    press('Enter')
    expect(stageNames()).toEqual(['Awareness', 'Consideration', 'Purchase', 'Use', 'Loyalty', 'Stage 6'])
    expect(document.activeElement).toBe(stageInputs()[5])
  })

  it('renames a stage and moves it with Alt+ArrowDown / Alt+ArrowUp, keeping focus on it', () => {
    renderApp()
    const first = stageInputs()[0]!
    fireEvent.input(first, { target: { value: 'Notice' } })
    first.focus()
    press('ArrowDown', { altKey: true })
    expect(stageNames()).toEqual(['Consideration', 'Notice', 'Purchase', 'Use', 'Loyalty'])
    expect((document.activeElement as HTMLInputElement).value).toBe('Notice')
    press('ArrowDown', { altKey: true })
    press('ArrowUp', { altKey: true })
    expect(stageNames()).toEqual(['Consideration', 'Notice', 'Purchase', 'Use', 'Loyalty'])
    expect(screen.getByText('Stage “Notice” is now 2 of 5.')).toBeTruthy()
  })

  it('moves and removes with labelled buttons', () => {
    renderApp()
    fireEvent.click(screen.getByRole('button', { name: 'Move stage “Loyalty” up' }))
    expect(stageNames().slice(3)).toEqual(['Loyalty', 'Use'])
    fireEvent.click(screen.getByRole('button', { name: 'Remove stage “Purchase”' }))
    expect(stageNames()).toEqual(['Awareness', 'Consideration', 'Loyalty', 'Use'])
    expect(document.activeElement).toBe(stageInputs()[2])
  })
})

describe('lanes and cards', () => {
  it('switches lanes on and off, with a title input prefilled', () => {
    renderApp()
    const thoughts = screen.getByRole<HTMLInputElement>('checkbox', { name: 'Thoughts' })
    expect(thoughts.checked).toBe(false)
    expect(screen.queryByRole('textbox', { name: 'Title of the “Thoughts” lane' })).toBeNull()
    fireEvent.click(thoughts)
    expect(thoughts.checked).toBe(true)
    const title = screen.getByRole<HTMLInputElement>('textbox', { name: 'Title of the “Thoughts” lane' })
    expect(title.value).toBe('Thoughts')
    expect(screen.getByLabelText('Thoughts', { selector: 'textarea' })).toBeTruthy()

    fireEvent.click(screen.getByRole('checkbox', { name: 'Emotions' }))
    expect(screen.queryByRole('heading', { name: 'Emotion curve' })).toBeNull()
  })

  it('posts a generate message with one card per typed line', async () => {
    const { sandbox } = renderApp()
    fireEvent.change(screen.getByRole('combobox', { name: 'Stage' }), { target: { value: 's3' } })
    const actions = screen.getByLabelText('Actions', { selector: 'textarea' })
    fireEvent.input(actions, { target: { value: 'Picks a plan\n\n  Pays by card  ' } })
    expect(screen.getByText('2 cards')).toBeTruthy()
    fireEvent.click(generateButton())

    const message = sandbox.lastOfType('generate')
    expect(message).toBeDefined()
    const journey = JourneyShapeSchema.parse(message!.journey)
    expect(journey.cards).toEqual([
      { id: 's3/actions/1', stageId: 's3', laneId: 'actions', text: 'Picks a plan' },
      { id: 's3/actions/2', stageId: 's3', laneId: 'actions', text: 'Pays by card' },
    ])
    expect(journey.locale).toBe('en')
    expect(generateButton()).toHaveProperty('disabled', true)
    await act(() => sandbox.send({ type: 'reply', id: message!.id, result: { sectionId: '1:2', nodeCount: 40, cardCount: 2 } }))
    await screen.findByText('Journey map drawn: 5 stages, 2 cards.')
    expect(generateButton()).toHaveProperty('disabled', false)
  })

  it('keeps slider and number in step, with an explicit "no score"', () => {
    const { sandbox } = renderApp()
    const none = screen.getByRole('checkbox', { name: 'No score at “Consideration”' })
    fireEvent.click(none)
    const slider = screen.getByRole<HTMLInputElement>('slider', { name: 'Score at “Consideration”' })
    const number = screen.getByRole<HTMLInputElement>('spinbutton', { name: 'Score at “Consideration”, as a number' })
    expect(slider.value).toBe('0')
    fireEvent.input(slider, { target: { value: '-2' } })
    expect(number.value).toBe('-2')
    fireEvent.input(number, { target: { value: '1' } })
    expect(slider.value).toBe('1')

    fireEvent.change(screen.getByRole('combobox', { name: 'Scale' }), { target: { value: '1..5' } })
    expect(slider.min).toBe('1')
    fireEvent.click(generateButton())
    const journey = JourneyShapeSchema.parse(sandbox.lastOfType('generate')!.journey)
    expect(journey.scale).toEqual({ min: 1, max: 5 })
    expect(journey.emotions).toEqual([{ id: 'e-s2', stageId: 's2', score: 1 }])
  })
})

describe('generating', () => {
  it('lists the problems in words and posts nothing', () => {
    const { sandbox } = renderApp()
    fireEvent.input(screen.getByRole('textbox', { name: 'Journey title' }), { target: { value: '  ' } })
    for (const name of ['Awareness', 'Consideration', 'Purchase', 'Use', 'Loyalty']) {
      fireEvent.click(screen.getByRole('button', { name: `Remove stage “${name}”` }))
    }
    fireEvent.click(generateButton())
    const alert = screen.getByRole('alert')
    expect(within(alert).getByText('Give the journey a title.')).toBeTruthy()
    expect(within(alert).getByText('Add at least one stage before generating the board.')).toBeTruthy()
    expect(sandbox.lastOfType('generate')).toBeUndefined()
  })

  it('shows progress in words and a progress bar, then an error, announced and focused', async () => {
    const { sandbox } = renderApp()
    fireEvent.click(generateButton())
    const { id } = sandbox.lastOfType('generate')!
    expect(screen.getByText('Preparing the board…')).toBeTruthy()
    await act(() => sandbox.send({ type: 'progress', id, done: 120, total: 300 }))
    expect(screen.getByText('Drawing the board… 120 of 300')).toBeTruthy()
    const bar = document.querySelector('progress')!
    expect(bar.value).toBe(120)
    expect(bar.max).toBe(300)

    await act(() => sandbox.send({ type: 'error', id, error: { key: 'error.fontLoad', params: { font: 'Inter' } } }))
    const alert = await screen.findByRole('alert')
    expect(alert.textContent).toBe(
      'The font "Inter" could not be loaded, so nothing was drawn. Check that the font is available and try again.',
    )
    await waitFor(() => expect(document.activeElement).toBe(alert))
    expect(document.querySelector('progress')).toBeNull()
  })

  it('reports a message it cannot read', async () => {
    const { sandbox } = renderApp()
    await act(() => sandbox.send({ type: 'nonsense' }))
    expect(screen.getByRole('alert').textContent).toMatch(/^The plugin received a message it does not understand \(.+\)/)
  })
})

describe('language', () => {
  it('turns the panel Russian; default titles follow, edited ones stay', () => {
    renderApp()
    fireEvent.input(screen.getByRole('textbox', { name: 'Title of the “Goals & expectations” lane' }), {
      target: { value: 'Why they come' },
    })
    fireEvent.click(screen.getByRole('button', { name: 'Русский' }))
    expect(screen.getByRole('heading', { name: 'Этапы' })).toBeTruthy()
    expect(screen.getByRole('button', { name: 'Добавить этап' })).toBeTruthy()
    expect(screen.getByRole('button', { name: 'Построить карту' })).toBeTruthy()
    expect(screen.getByRole('button', { name: 'Русский' }).getAttribute('aria-pressed')).toBe('true')
    expect(
      (screen.getByRole<HTMLInputElement>('textbox', { name: 'Название слоя «Действия клиента»' })).value,
    ).toBe('Действия клиента')
    expect((screen.getByRole<HTMLInputElement>('textbox', { name: 'Название слоя «Цели и ожидания»' })).value).toBe(
      'Why they come',
    )
    expect(stageNames()).toEqual([])
    expect(
      (screen.getAllByRole<HTMLInputElement>('textbox', { name: /^Название этапа \d+$/ })).map((i) => i.value),
    ).toEqual(['Осведомлённость', 'Выбор', 'Покупка', 'Использование', 'Лояльность'])
    expect(document.documentElement.lang).toBe('ru')
  })
})

describe('start over', () => {
  it('asks inside the panel before replacing typed work', () => {
    renderApp()
    fireEvent.input(screen.getByLabelText('Actions', { selector: 'textarea' }), { target: { value: 'Reads an ad' } })
    fireEvent.change(screen.getByRole('combobox', { name: 'Template' }), { target: { value: 'blank' } })
    fireEvent.click(screen.getByRole('button', { name: 'Start over' }))
    const confirm = screen.getByRole('group', { name: /Replace what you typed/ })
    expect(document.activeElement).toBe(confirm)
    fireEvent.click(within(confirm).getByRole('button', { name: 'Cancel' }))
    expect(stageNames()).toHaveLength(5)

    fireEvent.click(screen.getByRole('button', { name: 'Start over' }))
    fireEvent.click(screen.getByRole('button', { name: 'Replace' }))
    expect(stageNames()).toEqual(['Stage 1'])
    expect((screen.getByRole<HTMLInputElement>('textbox', { name: 'Journey title' })).value).toBe('Untitled journey')
  })

  it('replaces an untouched draft without asking; Escape cancels the question', () => {
    renderApp()
    fireEvent.change(screen.getByRole('combobox', { name: 'Template' }), { target: { value: 'blank' } })
    fireEvent.click(screen.getByRole('button', { name: 'Start over' }))
    expect(stageNames()).toEqual(['Stage 1'])

    fireEvent.input(screen.getByRole('textbox', { name: 'Journey title' }), { target: { value: 'Mine' } })
    fireEvent.click(screen.getByRole('button', { name: 'Start over' }))
    press('Escape')
    expect(screen.queryByRole('group', { name: /Replace what you typed/ })).toBeNull()
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Start over' }))
  })
})

describe('editing a map from the board', () => {
  it('loads the selected map when opened with the edit command', async () => {
    const { sandbox } = renderApp()
    await act(() => sandbox.send({ type: 'context', editorType: 'figjam', command: 'edit' }))
    expect(screen.getByText('Drawing in FigJam')).toBeTruthy()
    const request = sandbox.lastOfType('load-selected-map')!
    const journey = { ...createTemplate('blank', 'en'), title: 'Onboarding' }
    journey.cards = [{ id: 'c1', stageId: 's1', laneId: 'actions', text: 'Signs up' }]
    await act(() => sandbox.send({ type: 'reply', id: request.id, result: { sectionId: '1:2', journey, workshop: NO_WORKSHOP, notes: [] } }))
    await screen.findByText('Loaded “Onboarding” from the board.')
    expect((screen.getByRole<HTMLInputElement>('textbox', { name: 'Journey title' })).value).toBe('Onboarding')
    expect((screen.getByLabelText<HTMLTextAreaElement>('Actions', { selector: 'textarea' })).value).toBe('Signs up')
  })

  it('shows why a map could not be loaded', async () => {
    const { sandbox } = renderApp()
    await act(() => sandbox.send({ type: 'context', editorType: 'figjam', command: 'edit' }))
    const request = sandbox.lastOfType('load-selected-map')!
    await act(() => sandbox.send({ type: 'error', id: request.id, error: { key: 'error.noMap' } }))
    expect((await screen.findByRole('alert')).textContent).toBe(
      'The selected node is not a journey map made by this plugin.',
    )
  })
})
