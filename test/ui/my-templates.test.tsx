// @vitest-environment happy-dom
import { act, cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact'
import { afterEach, describe, expect, it, vi } from 'vitest'
import type { UiToSandbox } from '../../src/core/protocol/messages'
import { parseTemplatesFile, templatesFileText, type TemplateListing, type UserTemplate } from '../../src/core/templates/saved'
import { TEMPLATE_SCHEMA } from '../../src/core/templates/saved'
import { App } from '../../ui/app'
import { fakeSandbox } from './fake-sandbox'
import { press } from './keyboard'

afterEach(() => {
  cleanup()
  vi.restoreAllMocks()
})

type Sandbox = ReturnType<typeof fakeSandbox>

/** The panel after the sandbox said hello and answered the request for the person's templates. */
async function openPanel(listing: TemplateListing = { templates: [], problems: [] }) {
  const sandbox = fakeSandbox()
  render(<App post={sandbox.post} subscribe={sandbox.subscribe} initialLocale="en" />)
  await act(() => sandbox.send({ type: 'context', editorType: 'figjam' }))
  await reply(sandbox, 'list-templates', listing)
  return sandbox
}

async function reply(sandbox: Sandbox, type: UiToSandbox['type'], result: unknown) {
  const request = sandbox.lastOfType(type) as { id: string } | undefined
  expect(request, `the panel sent ${type}`).toBeDefined()
  await act(() => sandbox.send({ type: 'reply', id: request!.id, result }))
}

const listing = (templates: UserTemplate[]): TemplateListing => ({ templates, problems: [] })
const stageNames = () => screen.queryAllByRole<HTMLInputElement>('textbox', { name: /^Name of stage \d+$/ }).map((i) => i.value)
const openMyTemplates = () => fireEvent.click(screen.getByRole('button', { name: 'My templates' }))
const placeholders = () => screen.getByRole<HTMLSelectElement>('combobox', { name: 'Blank stickies per cell' })

describe('saving the journey as my template', () => {
  it('asks for a name (the journey title at first), saves structure and workshop options, and lists it', async () => {
    const sandbox = await openPanel()
    fireEvent.input(screen.getByLabelText('Actions', { selector: 'textarea' }), { target: { value: 'Reads an ad' } })
    fireEvent.change(placeholders(), { target: { value: '2' } })
    openMyTemplates()
    expect(screen.getByText('No templates of your own yet.')).toBeTruthy()
    fireEvent.click(screen.getByRole('button', { name: 'Save as my template' }))
    const name = screen.getByRole<HTMLInputElement>('textbox', { name: 'Template name' })
    expect(name.value).toBe('Customer journey')
    expect(document.activeElement).toBe(name)
    fireEvent.input(name, { target: { value: 'Bakery visit' } })
    fireEvent.submit(name.form!)

    const request = sandbox.lastOfType('save-template')!
    expect(request.name).toBe('Bakery visit')
    expect(request.templateId).toBeUndefined()
    expect(request.setup.stages.map((s) => s.name)).toEqual(['Awareness', 'Consideration', 'Purchase', 'Use', 'Loyalty'])
    expect(request.setup.workshop.placeholders).toBe(2)
    expect(JSON.stringify(request.setup)).not.toContain('Reads an ad')

    const saved: UserTemplate = { schema: TEMPLATE_SCHEMA, id: 't1', name: 'Bakery visit', savedAt: 1, setup: request.setup }
    await reply(sandbox, 'save-template', { template: saved, listing: listing([saved]) })
    expect(await screen.findByText('“Bakery visit” is saved in your templates.')).toBeTruthy()
    const list = screen.getByRole('list', { name: 'My templates' })
    expect(within(list).getByText('Bakery visit')).toBeTruthy()
    await waitFor(() => expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Save as my template' })))
  })

  it('asks before replacing a template of the same name, and replaces it by id', async () => {
    const mine: UserTemplate = { schema: TEMPLATE_SCHEMA, id: 't9', name: 'Onboarding', savedAt: 1, setup: await someSetup() }
    const sandbox = await openPanel(listing([mine]))
    openMyTemplates()
    fireEvent.click(screen.getByRole('button', { name: 'Save as my template' }))
    const name = screen.getByRole('textbox', { name: 'Template name' })
    fireEvent.input(name, { target: { value: 'onboarding ' } })
    fireEvent.submit((name as HTMLInputElement).form!)
    const question = screen.getByRole('group', { name: /already have a template called “Onboarding”/ })
    expect(sandbox.lastOfType('save-template')).toBeUndefined()
    fireEvent.click(within(question).getByRole('button', { name: 'Replace' }))
    expect(sandbox.lastOfType('save-template')).toMatchObject({ name: 'Onboarding', templateId: 't9' })
  })

  it('shows the sandbox’s refusal as a sentence', async () => {
    const sandbox = await openPanel()
    openMyTemplates()
    fireEvent.click(screen.getByRole('button', { name: 'Save as my template' }))
    fireEvent.submit(screen.getByRole<HTMLInputElement>('textbox', { name: 'Template name' }).form!)
    const request = sandbox.lastOfType('save-template')!
    await act(() => sandbox.send({ type: 'error', id: request.id, error: { key: 'templates.storageFailed', params: { detail: 'quota exceeded' } } }))
    expect((await screen.findByRole('alert')).textContent).toBe('Figma could not store your templates: quota exceeded')
  })
})

/** A setup as the panel would save it: the Do – Think – Feel template with workshop options. */
async function someSetup() {
  const { setupFromDraft } = await import('../../ui/templates/saved')
  const { draftFromTemplate } = await import('../../ui/draft/editor-state')
  const draft = draftFromTemplate('dtf', 'en')
  return setupFromDraft({ ...draft, title: 'Clinic visit', workshop: { placeholders: 4, hints: true, persona: null, parkingLot: true } })
}

describe('starting from my template', () => {
  it('fills the builder with its stages, lanes and workshop options after asking about typed work', async () => {
    const mine: UserTemplate = { schema: TEMPLATE_SCHEMA, id: 'c1', name: 'Clinic', savedAt: 1, setup: await someSetup() }
    await openPanel(listing([mine]))
    const select = screen.getByRole<HTMLSelectElement>('combobox', { name: 'Template' })
    const groups = [...select.querySelectorAll('optgroup')].map((g) => [g.label, [...g.querySelectorAll('option')].map((o) => o.text)])
    expect(groups).toEqual([
      ['Built-in', ['Customer journey', 'Employee journey', 'Service blueprint', 'Do – Think – Feel', 'Blank']],
      ['My templates', ['Clinic']],
    ])

    fireEvent.input(screen.getByLabelText('Actions', { selector: 'textarea' }), { target: { value: 'Reads an ad' } })
    fireEvent.change(select, { target: { value: 'saved:c1' } })
    fireEvent.click(screen.getByRole('button', { name: 'Start over' }))
    fireEvent.click(within(screen.getByRole('group', { name: /Replace what you typed/ })).getByRole('button', { name: 'Replace' }))

    expect(stageNames()).toEqual(['Before', 'During', 'After'])
    expect(screen.getByRole<HTMLInputElement>('textbox', { name: 'Journey title' }).value).toBe('Clinic visit')
    expect(placeholders().value).toBe('4')
    expect(screen.getByRole<HTMLInputElement>('checkbox', { name: 'Show a hint in each lane' }).checked).toBe(true)
    expect(screen.getByRole<HTMLInputElement>('checkbox', { name: 'Parking lot' }).checked).toBe(true)
    expect(screen.getByLabelText<HTMLTextAreaElement>('Do', { selector: 'textarea' }).value).toBe('')
  })
})

describe('deleting my template', () => {
  it('asks inside the panel first; Cancel keeps it, Delete removes it', async () => {
    const mine: UserTemplate = { schema: TEMPLATE_SCHEMA, id: 'c1', name: 'Clinic', savedAt: 1, setup: await someSetup() }
    const sandbox = await openPanel(listing([mine]))
    openMyTemplates()
    const remove = screen.getByRole('button', { name: 'Delete “Clinic”' })
    fireEvent.click(remove)
    const question = screen.getByRole('group', { name: 'Delete your template “Clinic”? Boards made from it stay as they are.' })
    expect(document.activeElement).toBe(question)
    press('Escape')
    expect(screen.queryByRole('group', { name: /Delete your template/ })).toBeNull()
    expect(document.activeElement).toBe(remove)
    expect(sandbox.lastOfType('delete-template')).toBeUndefined()

    fireEvent.click(remove)
    fireEvent.click(within(screen.getByRole('group', { name: /Delete your template/ })).getByRole('button', { name: 'Delete' }))
    expect(sandbox.lastOfType('delete-template')).toMatchObject({ templateId: 'c1' })
    await reply(sandbox, 'delete-template', listing([]))
    expect(await screen.findByText('“Clinic” is deleted.')).toBeTruthy()
    expect(screen.getByText('No templates of your own yet.')).toBeTruthy()
    expect([...screen.getByRole<HTMLSelectElement>('combobox', { name: 'Template' }).options].map((o) => o.text)).not.toContain('Clinic')
  })

  it('shows stored templates it cannot read as sentences, each of which can be deleted', async () => {
    const sandbox = await openPanel({
      templates: [],
      problems: [{ id: 'old', name: 'From 2030', message: { key: 'templates.newerNamed', params: { name: 'From 2030' } } }],
    })
    const problems = screen.getByRole('list', { name: 'Templates that could not be read' })
    expect(problems.textContent).toContain('Your template “From 2030” comes from a newer version of the plugin. Update the plugin to use it.')
    fireEvent.click(within(problems).getByRole('button', { name: 'Delete “From 2030”' }))
    fireEvent.click(within(screen.getByRole('group', { name: /Delete your template “From 2030”/ })).getByRole('button', { name: 'Delete' }))
    expect(sandbox.lastOfType('delete-template')).toMatchObject({ templateId: 'old' })
  })
})

describe('renaming my template', () => {
  it('renames in place with Enter', async () => {
    const mine: UserTemplate = { schema: TEMPLATE_SCHEMA, id: 'c1', name: 'Clinic', savedAt: 1, setup: await someSetup() }
    const sandbox = await openPanel(listing([mine]))
    openMyTemplates()
    fireEvent.click(screen.getByRole('button', { name: 'Rename “Clinic”' }))
    const input = screen.getByRole<HTMLInputElement>('textbox', { name: 'New name for “Clinic”' })
    await waitFor(() => expect(document.activeElement).toBe(input))
    fireEvent.input(input, { target: { value: 'Clinic visit' } })
    fireEvent.submit(input.form!)
    expect(sandbox.lastOfType('rename-template')).toMatchObject({ templateId: 'c1', name: 'Clinic visit' })
    const renamed = { ...mine, name: 'Clinic visit' }
    await reply(sandbox, 'rename-template', { template: renamed, listing: listing([renamed]) })
    expect(await screen.findByText('Renamed to “Clinic visit”.')).toBeTruthy()
    await waitFor(() => expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Rename “Clinic visit”' })))
  })
})

describe('moving templates between computers', () => {
  it('exports every template as one JSON file that imports back', async () => {
    const mine: UserTemplate = { schema: TEMPLATE_SCHEMA, id: 'c1', name: 'Clinic', savedAt: 1, setup: await someSetup() }
    await openPanel(listing([mine]))
    openMyTemplates()
    const blobs: Blob[] = []
    Object.assign(URL, { createObjectURL: vi.fn((blob: Blob) => (blobs.push(blob), 'blob:test')), revokeObjectURL: vi.fn() })
    const clicks: HTMLAnchorElement[] = []
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      clicks.push(this)
    })
    fireEvent.click(screen.getByRole('button', { name: 'Export templates' }))
    expect(clicks.map((a) => a.download)).toEqual(['journey-lanes-templates.json'])
    const read = parseTemplatesFile(await blobs[0]!.text())
    expect(read).toEqual({ templates: [{ name: 'Clinic', setup: mine.setup }], problems: [] })
    expect(screen.getByText('Saving journey-lanes-templates.json.')).toBeTruthy()
  })

  it('imports a file’s templates and lists what it left out, in words', async () => {
    const sandbox = await openPanel()
    openMyTemplates()
    const good: UserTemplate = { schema: TEMPLATE_SCHEMA, id: 'c1', name: 'Clinic', savedAt: 1, setup: await someSetup() }
    const text = templatesFileText([good]).replace('"templates": [', '"templates": [ {"schema":"journey-lanes/template/5","name":"Future"},')
    const file = new File([text], 'templates.json', { type: 'application/json' })
    fireEvent.change(screen.getByLabelText('Templates file to import'), { target: { files: [file] } })

    await waitFor(() => expect(sandbox.lastOfType('import-templates')).toBeDefined())
    expect(sandbox.lastOfType('import-templates')!.templates).toEqual([{ name: 'Clinic', setup: good.setup }])
    expect(screen.getByText('Template 1 in the file, “Future”, comes from a newer version of the plugin, so it was left out.')).toBeTruthy()
    await reply(sandbox, 'import-templates', { imported: [good], listing: listing([good]) })
    expect(await screen.findByText('1 template imported.')).toBeTruthy()
  })

  it('says a file that is not a templates file is not one, and sends nothing', async () => {
    const sandbox = await openPanel()
    openMyTemplates()
    const file = new File(['stage,text\nSearch,Googles it'], 'notes.json', { type: 'application/json' })
    fireEvent.change(screen.getByLabelText('Templates file to import'), { target: { files: [file] } })
    expect(await screen.findByText(/^The file could not be read as JSON \(.+\), so nothing was imported\.$/)).toBeTruthy()
    expect(sandbox.lastOfType('import-templates')).toBeUndefined()
  })
})
