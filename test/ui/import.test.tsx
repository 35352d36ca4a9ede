// @vitest-environment happy-dom
import { act, cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { importFile } from '../../src/core/import'
import type { ImportResult } from '../../src/core/import/types'
import type { Journey } from '../../src/core/model/journey'
import { App } from '../../ui/app'
import { mainThreadRunner, type ImportRunner } from '../../ui/import/runner'
import { runImport } from '../../src/core/import/request'
import { fakeSandbox } from './fake-sandbox'
import { press } from './keyboard'
import { upperHalf } from '../../src/core/import/legacy-encodings'

afterEach(() => {
  cleanup()
})

/** Windows-1251 for ASCII and the Russian alphabet: enough to write a Russian Excel CSV. */
function cp1251(text: string): Uint8Array<ArrayBuffer> {
  return Uint8Array.from([...text], (ch) => {
    const code = ch.codePointAt(0)!
    if (code < 0x80) return code
    if (code >= 0x410 && code <= 0x44f) return code - 0x410 + 0xc0
    if (code === 0x401) return 0xa8
    if (code === 0x451) return 0xb8
    throw new Error(`not in the test's cp1251 table: ${ch}`)
  })
}

const utf8 = (text: string) => Uint8Array.from(new TextEncoder().encode(text))

/** Windows-1255, as Hebrew Excel saves CSV. */
function cp1255(text: string): Uint8Array<ArrayBuffer> {
  const back = new Map(upperHalf('windows-1255').map((cp, i) => [cp, i + 0x80]))
  return Uint8Array.from([...text], (ch) => (ch.charCodeAt(0) < 0x80 ? ch.charCodeAt(0) : back.get(ch.codePointAt(0)!)!))
}

/**
 * A Russian interview CSV as Excel saves it: Windows-1251, semicolons, CRLF. Row 6 has a score
 * nobody can read (its note is kept without it); row 7 has no stage, so it is left out.
 */
const RUSSIAN_CSV = [
  'Этап;Слой;Заметка;Оценка;Участник',
  'Поиск;Действия;Ищет в интернете;1;P1',
  'Поиск;Действия;Ищет в интернете;2;P2',
  'Поиск;Барьеры;Много рекламы;-1;P1',
  'Покупка;Действия;Платит картой;2;P3',
  'Покупка;Действия;Звонит в банк;плохоплохо;P2',
  ';Действия;Без этапа;1;P4',
].join('\r\n')

/** The real importer on the main-thread fallback, as the panel runs it where no worker can start. */
const realImporter = mainThreadRunner(() => runImport)

function renderApp(runner: ImportRunner = realImporter) {
  const sandbox = fakeSandbox()
  const view = render(<App post={sandbox.post} subscribe={sandbox.subscribe} initialLocale="en" importRunner={runner} />)
  return { sandbox, ...view }
}

function openImport() {
  fireEvent.click(screen.getByRole('tab', { name: 'Import' }))
}

function chooseFile(bytes: Uint8Array<ArrayBuffer>, name: string) {
  const input = screen.getByLabelText<HTMLInputElement>('File to import')
  const file = new File([bytes], name, { type: 'text/csv' })
  fireEvent.change(input, { target: { files: [file] } })
}

const preview = () => screen.findByRole('heading', { name: /^Preview of / })

/** The cards-per-cell table as { stage: { lane: count } }. */
function countTable(): Record<string, Record<string, string>> {
  const table = screen.getByRole('table', { name: 'Cards per stage and lane' })
  const [head, ...rows] = within(table).getAllByRole('row')
  const lanes = within(head!).getAllByRole('columnheader').slice(1).map((c) => c.textContent ?? '')
  const out: Record<string, Record<string, string>> = {}
  for (const row of rows) {
    const stage = within(row).getByRole('rowheader').textContent ?? ''
    const cells = within(row).getAllByRole('cell').map((c) => c.textContent ?? '')
    out[stage] = Object.fromEntries(lanes.map((lane, i) => [lane, cells[i] ?? '']))
  }
  return out
}

const byId = <T extends { id: string }>(list: readonly T[]) => [...list].sort((a, b) => a.id.localeCompare(b.id))

describe('importing a file', () => {
  it('reads a Windows-1251 CSV, previews cells and problems, and gates use on skipping the bad row', async () => {
    renderApp()
    openImport()
    chooseFile(cp1251(RUSSIAN_CSV), 'interviews.csv')
    const heading = await preview()
    expect(heading.textContent).toBe('Preview of “interviews.csv”')
    await waitFor(() => expect(document.activeElement).toBe(heading))

    const counts = countTable()
    expect(Object.keys(counts)).toEqual(['Поиск', 'Покупка'])
    expect(counts['Поиск']).toMatchObject({ Actions: '1', 'Barriers & pain points': '1' })
    expect(counts['Покупка']).toMatchObject({ Actions: '2', 'Barriers & pain points': '0' })

    // The row left out: its row, its column, a sentence.
    const rowProblems = screen.getByText(/1 row has a problem/).parentElement!
    expect(within(rowProblems).getByText(/^Row 7: the stage \(column .Этап.\) is empty/)).toBeTruthy()
    // The unreadable score is said too, and its note is drawn, as the sentence says.
    expect(screen.getByText(/^Row 6, column .Оценка.: .плохоплохо. is not a score on .*; the note is kept without a score\.$/)).toBeTruthy()

    // The emotion curve says its mean, spread and n where several people scored a stage.
    expect(screen.getByText(/^Поиск: 0\.7 \(3 scores, -1 to 2\)$/)).toBeTruthy()

    const use = screen.getByRole<HTMLButtonElement>('button', { name: 'Use this journey' })
    expect(use.disabled).toBe(true)
    expect(screen.getByText(/Confirm skipping the rows above/)).toBeTruthy()
    fireEvent.click(screen.getByRole('checkbox', { name: 'Skip this row' }))
    expect(use.disabled).toBe(false)
  })

  it('puts the journey in the builder and generates it with counts and participants kept', async () => {
    const bytes = cp1251(RUSSIAN_CSV)
    const expected = importFile(bytes, 'interviews.csv', { locale: 'en' }).journey!
    // The file exercises what the draft used to lose.
    expect(expected.cards.some((c) => (c.count ?? 1) > 1)).toBe(true)
    expect(expected.cards.some((c) => c.participant !== undefined)).toBe(true)
    expect(expected.emotions.length).toBeGreaterThan(1)

    const { sandbox } = renderApp()
    openImport()
    chooseFile(bytes, 'interviews.csv')
    await preview()
    fireEvent.click(screen.getByRole('checkbox', { name: 'Skip this row' }))
    fireEvent.click(screen.getByRole('button', { name: 'Use this journey' }))

    expect(screen.getByRole('tab', { name: 'Build' }).getAttribute('aria-selected')).toBe('true')
    expect(screen.getByText(/is in the builder\. Check the stages and cards/)).toBeTruthy()
    const stages = screen.getAllByRole<HTMLInputElement>('textbox', { name: /^Name of stage \d+$/ }).map((i) => i.value)
    expect(stages).toEqual(['Поиск', 'Покупка'])
    expect(screen.getByLabelText<HTMLTextAreaElement>('Actions', { selector: 'textarea' }).value).toContain('Ищет в интернете')

    fireEvent.click(screen.getByRole('button', { name: 'Generate board' }))
    const journey = sandbox.lastOfType('generate')!.journey as Journey
    expect(byId(journey.cards)).toEqual(byId(expected.cards))
    expect(byId(journey.emotions)).toEqual(byId(expected.emotions))
    expect(journey.personas).toEqual(expected.personas)
  })

  it('"Generate now" asks before replacing typed work, then posts the imported journey', async () => {
    const { sandbox } = renderApp()
    fireEvent.input(screen.getByLabelText('Actions', { selector: 'textarea' }), { target: { value: 'Mine' } })
    openImport()
    chooseFile(utf8('stage,text,participant\nSearch,Googles it,P1\nSearch,Googles it,P2\nPay,Card,P1\n'), 'a.csv')
    await preview()
    fireEvent.click(screen.getByRole('button', { name: 'Generate now' }))
    const confirm = screen.getByRole('group', { name: /Replace what you typed in the builder/ })
    expect(document.activeElement).toBe(confirm)
    expect(sandbox.lastOfType('generate')).toBeUndefined()
    fireEvent.click(within(confirm).getByRole('button', { name: 'Replace' }))
    const journey = sandbox.lastOfType('generate')!.journey as Journey
    expect(journey.stages.map((s) => s.name)).toEqual(['Search', 'Pay'])
    expect(journey.cards.find((c) => c.text === 'Googles it')?.count).toBe(2)
  })
})

describe('overrides read the file again', () => {
  it('choosing UTF-8 instead of the detected Windows-1251 changes what the preview reads', async () => {
    renderApp()
    openImport()
    chooseFile(cp1251(RUSSIAN_CSV), 'interviews.csv')
    await preview()
    expect(screen.getAllByText('Поиск').length).toBeGreaterThan(0)
    const encoding = screen.getByRole<HTMLSelectElement>('combobox', { name: 'Encoding' })
    expect(encoding.options[0]!.textContent).toBe('Automatic: Windows-1251 (Cyrillic)')

    fireEvent.change(encoding, { target: { value: 'utf-8' } })
    await screen.findByText('Preview updated.')
    expect(screen.queryAllByText('Поиск')).toEqual([])
    // Focus stays where the person is working.
    expect(screen.getByRole('combobox', { name: 'Encoding' })).toBe(encoding)

    fireEvent.change(encoding, { target: { value: 'windows-1251' } })
    await waitFor(() => expect(screen.getAllByText('Поиск').length).toBeGreaterThan(0))
  })

  it('a file refused for want of a stage column becomes importable once its columns are mapped by hand', async () => {
    renderApp()
    openImport()
    chooseFile(utf8('Q1,Q2,Q3\nSearch,Googles it,x\nPay,Card,y\n'), 'coded.csv')
    await preview()
    const refusal = screen.getByRole('alert')
    expect(within(refusal).getByText('This file cannot be imported:')).toBeTruthy()
    await waitFor(() => expect(document.activeElement).toBe(refusal))
    expect(screen.queryByRole('button', { name: 'Use this journey' })).toBeNull()

    // The mapping opened by itself, listing the file's headers.
    expect(screen.getByRole('button', { name: 'Match columns by hand' }).getAttribute('aria-expanded')).toBe('true')
    const stage = screen.getByRole<HTMLSelectElement>('combobox', { name: 'Stage' })
    expect([...stage.options].map((o) => o.textContent)).toEqual(['Not in the file', 'A: Q1', 'B: Q2', 'C: Q3'])
    fireEvent.change(stage, { target: { value: '0' } })
    await screen.findByText('Preview updated.')
    fireEvent.change(screen.getByRole('combobox', { name: 'Note text' }), { target: { value: '1' } })
    await waitFor(() => expect(screen.queryByRole('alert')).toBeNull())
    expect(Object.keys(countTable())).toEqual(['Search', 'Pay'])
    expect(screen.getByRole<HTMLButtonElement>('button', { name: 'Use this journey' }).disabled).toBe(false)
  })

  it('a Journey JSON file from a newer version of the plugin is refused with a sentence that says so', async () => {
    renderApp()
    openImport()
    chooseFile(utf8(JSON.stringify({ schema: 'journey-lanes/5', title: 'From next year', stages: [{ id: 's1', name: 'Later' }] })), 'next.json')
    await preview()
    const refusal = screen.getByRole('alert')
    expect(within(refusal).getByText('This file was made by a newer version of Journey Lanes, so it cannot be imported. Update the plugin and try again.')).toBeTruthy()
    expect(screen.queryByRole('button', { name: 'Use this journey' })).toBeNull()
  })
})

describe('what the preview says matches what is drawn', () => {
  it('lists every problem of a file with 250 bad rows, and skips as many rows as the summary says', async () => {
    renderApp()
    openImport()
    const bad = Array.from({ length: 250 }, (_, i) => `,Note ${i}`)
    chooseFile(utf8(['stage,text', 'Search,Googles it', ...bad].join('\n')), 'many.csv')
    await preview()
    expect(screen.getByText('250 rows left out because of problems')).toBeTruthy()
    expect(screen.getByText(/^250 rows have problems/)).toBeTruthy()
    expect(screen.getByRole('checkbox', { name: 'Skip these 250 rows' })).toBeTruthy()
    // Every problem can be read: the list grows until none is left.
    for (let more = screen.queryByRole('button', { name: /^Show \d+ more$/ }); more; more = screen.queryByRole('button', { name: /^Show \d+ more$/ }))
      fireEvent.click(more)
    const list = screen.getByRole('list', { name: /^250 rows have problems/ })
    expect(within(list).getAllByRole('listitem')).toHaveLength(250)
    expect(within(list).getByText(/^Row 252: the stage/)).toBeTruthy()
  })

  it('the sticky cap is a number field, and changing it changes what the preview says was summarised', async () => {
    renderApp()
    openImport()
    const rows = Array.from({ length: 30 }, (_, i) => `Search,Note ${i}`)
    chooseFile(utf8(['stage,text', ...rows].join('\n')), 'notes.csv')
    await preview()
    const cap = screen.getByRole<HTMLInputElement>('spinbutton', { name: 'Most stickies on the map' })
    expect(cap.value).toBe('400')
    expect(cap.min).toBe('1')
    expect(cap.getAttribute('aria-describedby')).toBeTruthy()
    expect(screen.queryByText(/summarised to keep the board readable/)).toBeNull()

    fireEvent.change(cap, { target: { value: '10' } })
    await screen.findByText('21 notes summarised to keep the board readable')
    expect(screen.getByText('10 cards for the board')).toBeTruthy()

    // Out of range is brought into range rather than ignored.
    fireEvent.change(screen.getByRole('spinbutton', { name: 'Most stickies on the map' }), { target: { value: '0' } })
    await screen.findByText('30 notes summarised to keep the board readable')
    expect(screen.getByRole<HTMLInputElement>('spinbutton', { name: 'Most stickies on the map' }).value).toBe('1')
  })
})

describe('ways in', () => {
  it('a file dropped on the drop zone is read and previewed', async () => {
    renderApp()
    openImport()
    const zone = screen.getByRole('button', { name: /Choose a file or drop it here/ })
    const file = new File([utf8('stage,lane,text\nSearch,Actions,Googles it\n')], 'dropped.csv', { type: 'text/csv' })
    fireEvent.dragEnter(zone, { dataTransfer: { files: [file], dropEffect: 'none' } })
    fireEvent.drop(zone, { dataTransfer: { files: [file] } })
    const heading = await preview()
    expect(heading.textContent).toBe('Preview of “dropped.csv”')
    expect(countTable()).toMatchObject({ Search: { Actions: '1' } })
  })

  it('the file picker offers tables, Mermaid, Markdown and JSON', () => {
    renderApp()
    openImport()
    const accept = screen.getByLabelText<HTMLInputElement>('File to import').accept.split(',')
    for (const ext of ['.csv', '.tsv', '.txt', '.mmd', '.md', '.json']) expect(accept).toContain(ext)
  })

  it('reads a Hebrew Windows-1255 file, and says which encoding it found', async () => {
    renderApp()
    openImport()
    chooseFile(cp1255('שלב,שכבה,הערה,ציון\r\nגילוי,פעולות,מחפש באינטרנט,1\r\nהזמנה,חסמים,הטופס נמחק,-2\r\n'), 'מסע.csv')
    await preview()
    expect(screen.getByRole<HTMLSelectElement>('combobox', { name: 'Encoding' }).options[0]!.textContent).toMatch(/^Automatic: Windows-1255/)
    expect(Object.keys(countTable())).toEqual(['גילוי', 'הזמנה'])
  })

  it('previews pasted Mermaid, fenced as in Markdown', async () => {
    renderApp()
    openImport()
    const box = screen.getByRole('textbox', { name: /Or paste a range copied from Excel/ })
    fireEvent.input(box, { target: { value: '```mermaid\njourney\n  title Commute\n  section Morning\n    Take the bus: 2: Me\n  section Evening\n    Walk home: 5: Me\n```\n' } })
    fireEvent.click(screen.getByRole('button', { name: 'Preview pasted text' }))
    await preview()
    expect(countTable()).toMatchObject({ Morning: { Actions: '1' }, Evening: { Actions: '1' } })
    expect(screen.queryByRole('alert')).toBeNull()
  })
})

describe('long imports', () => {
  it('shows rows done of total, and Cancel stops the import and says so', async () => {
    const cancel = vi.fn()
    let progress: (done: number, total: number) => void = () => {}
    const runner: ImportRunner = (_request, onProgress) => {
      progress = onProgress
      return { result: new Promise<ImportResult>(() => {}), cancel }
    }
    renderApp(runner)
    openImport()
    chooseFile(utf8('stage,text\n'), 'big.csv')
    await screen.findByText('Reading “big.csv”…')
    await act(() => progress(50_000, 200_000))
    const status = screen.getByText(/^Reading “big\.csv”… 50.000 of 200.000 rows$/)
    expect(status.getAttribute('role')).toBe('status')
    const bar = document.querySelector<HTMLProgressElement>('[role="tabpanel"]:not([hidden]) progress')!
    expect(bar.value).toBe(50_000)

    fireEvent.click(screen.getByRole('button', { name: 'Cancel import' }))
    expect(cancel).toHaveBeenCalledOnce()
    expect(screen.getByText('Import cancelled. Nothing was changed.')).toBeTruthy()
    expect(screen.queryByRole('button', { name: 'Cancel import' })).toBeNull()
    expect(screen.queryByRole('heading', { name: /^Preview of / })).toBeNull()
    expect(document.activeElement).toBe(screen.getByRole('button', { name: /Choose a file or drop it here/ }))
  })
})

describe('pasting', () => {
  it('previews a tab-separated range pasted from a spreadsheet', async () => {
    renderApp()
    openImport()
    const box = screen.getByRole('textbox', { name: /Or paste a range copied from Excel/ })
    fireEvent.input(box, { target: { value: 'Stage\tLane\tNote\nSearch\tActions\tGoogles it\nPay\tActions\tCard\n' } })
    fireEvent.paste(box)
    const heading = await preview()
    expect(heading.textContent).toBe('Preview of “Pasted text”')
    expect(countTable()).toMatchObject({ Search: { Actions: '1' }, Pay: { Actions: '1' } })
    // No bytes, so no encoding to choose; the delimiter was detected.
    expect(screen.queryByRole('combobox', { name: 'Encoding' })).toBeNull()
    expect(screen.getByRole<HTMLSelectElement>('combobox', { name: 'Delimiter' }).options[0]!.textContent).toBe('Automatic: Tab')
  })

  it('the preview button reads what was typed, and says when there is nothing', async () => {
    renderApp()
    openImport()
    fireEvent.click(screen.getByRole('button', { name: 'Preview pasted text' }))
    expect(screen.getByText('Paste or type some text first.')).toBeTruthy()
    fireEvent.input(screen.getByRole('textbox', { name: /Or paste/ }), { target: { value: 'stage,text\nA,b\n' } })
    fireEvent.click(screen.getByRole('button', { name: 'Preview pasted text' }))
    await preview()
  })
})

describe('tabs', () => {
  it('move with the arrow keys, Home and End, and show one panel at a time', () => {
    renderApp()
    const build = screen.getByRole('tab', { name: 'Build' })
    expect(build.getAttribute('aria-selected')).toBe('true')
    expect(screen.getAllByRole('tab').map((t) => t.tabIndex)).toEqual([0, -1, -1])
    build.focus()
    press('ArrowRight')
    const importTab = screen.getByRole('tab', { name: 'Import' })
    expect(document.activeElement).toBe(importTab)
    expect(importTab.getAttribute('aria-selected')).toBe('true')
    expect(screen.getByRole('tabpanel', { name: 'Import' })).toBeTruthy()
    expect(screen.queryByRole('button', { name: 'Generate board' })).toBeNull()
    press('End')
    expect(document.activeElement).toBe(screen.getByRole('tab', { name: 'Export' }))
    press('ArrowRight')
    expect(document.activeElement).toBe(build)
    press('ArrowLeft')
    press('Home')
    expect(document.activeElement).toBe(build)
    expect(screen.getByRole('button', { name: 'Generate board' })).toBeTruthy()
  })

  it('the drop zone opens the file picker from the keyboard', () => {
    renderApp()
    openImport()
    const input = screen.getByLabelText<HTMLInputElement>('File to import')
    const click = vi.spyOn(input, 'click')
    screen.getByRole('button', { name: /Choose a file or drop it here/ }).focus()
    press('Enter')
    expect(click).toHaveBeenCalledOnce()
  })
})
