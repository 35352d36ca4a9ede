import { describe, expect, it } from 'vitest'
import { translate, type Message } from '../../src/core/i18n'
import { ImportedTemplatesSchema, SavedTemplateSchema, TemplateListingSchema } from '../../src/core/protocol/messages'
import { createTemplate } from '../../src/core/templates/built-in'
import { setupFromJourney, TEMPLATE_SCHEMA, type TemplateSetup } from '../../src/core/templates/saved'
import { NO_WORKSHOP } from '../../src/core/model/workshop'
import { createFigmaEmulator } from '../emulator'
import { startPlugin, type PluginHarness } from './plugin-harness'

/** "My templates" through the built plugin (dist/code.js) on the emulator's figma.clientStorage. */

const setup = (title: string, placeholders = 2): TemplateSetup =>
  setupFromJourney({ ...createTemplate('employee', 'en'), title }, { ...NO_WORKSHOP, placeholders, hints: true })

const english = (m: Message | undefined) => (m ? translate('en', m.key, m.params) : '')

async function list(plugin: PluginHarness) {
  const { reply, error } = await plugin.request({ type: 'list-templates' })
  expect(error).toBeUndefined()
  return TemplateListingSchema.parse(reply)
}

async function save(plugin: PluginHarness, name: string, s: TemplateSetup, templateId?: string) {
  const { reply, error } = await plugin.request({ type: 'save-template', name, setup: s, ...(templateId ? { templateId } : {}) })
  expect(error).toBeUndefined()
  return SavedTemplateSchema.parse(reply)
}

/** A fresh plugin on a new emulator (another file) whose clientStorage holds what `from` left there (or `from` itself). */
function inAnotherFile(from: PluginHarness | Record<string, unknown>): PluginHarness {
  const clientStorage = isHarness(from) ? from.emulator.controls.clientStorage.dump() : from
  return startPlugin({ editorType: 'figjam', emulator: createFigmaEmulator({ editorType: 'figjam', clientStorage }) })
}

const isHarness = (x: PluginHarness | Record<string, unknown>): x is PluginHarness => typeof x.request === 'function' && 'emulator' in x

describe('my templates in figma.clientStorage', () => {
  it('saves, renames and deletes templates, and finds them again in another file', async () => {
    const plugin = startPlugin({ editorType: 'figjam' })
    expect(await list(plugin)).toEqual({ templates: [], problems: [] })

    const first = await save(plugin, '  Onboarding   workshop ', setup('Onboarding'))
    expect(first.template).toMatchObject({ schema: TEMPLATE_SCHEMA, name: 'Onboarding workshop', setup: setup('Onboarding') })
    await save(plugin, 'Checkout', setup('Checkout'))

    const renamed = await plugin.request({ type: 'rename-template', templateId: first.template.id, name: 'Hiring' })
    expect(SavedTemplateSchema.parse(renamed.reply).listing.templates.map((t) => t.name)).toEqual(['Checkout', 'Hiring'])

    const other = inAnotherFile(plugin)
    const there = await list(other)
    expect(there.templates.map((t) => [t.name, t.setup.title, t.setup.workshop.placeholders])).toEqual([
      ['Checkout', 'Checkout', 2],
      ['Hiring', 'Onboarding', 2],
    ])

    const deleted = await other.request({ type: 'delete-template', templateId: first.template.id })
    expect(TemplateListingSchema.parse(deleted.reply).templates.map((t) => t.name)).toEqual(['Checkout'])
    expect((await list(inAnotherFile(other))).templates.map((t) => t.name)).toEqual(['Checkout'])
  })

  it('overwrites only when asked by id; a new template with a taken name gets “(2)”', async () => {
    const plugin = startPlugin({ editorType: 'figjam' })
    const first = await save(plugin, 'Retail', setup('Retail', 1))
    const again = await save(plugin, 'retail', setup('Retail again', 4))
    expect(again.template.name).toBe('retail (2)')

    const replaced = await save(plugin, 'Retail', setup('Retail v2', 5), first.template.id)
    expect(replaced.template.id).toBe(first.template.id)
    expect(replaced.listing.templates.map((t) => [t.name, t.setup.title])).toEqual([
      ['Retail', 'Retail v2'],
      ['retail (2)', 'Retail again'],
    ])
  })

  it('refuses an empty name, a name another template has, and a template that is gone, in words', async () => {
    const plugin = startPlugin({ editorType: 'figjam' })
    expect(english((await plugin.request({ type: 'save-template', name: '   ', setup: setup('X') })).error)).toBe('Give the template a name.')
    const a = await save(plugin, 'A', setup('A'))
    await save(plugin, 'B', setup('B'))
    expect(english((await plugin.request({ type: 'rename-template', templateId: a.template.id, name: 'b' })).error)).toBe(
      'You already have a template called “b”. Pick another name.',
    )
    expect(english((await plugin.request({ type: 'rename-template', templateId: 'nope', name: 'C' })).error)).toBe(
      'This template is no longer among your templates. It may have been deleted in another file.',
    )
  })

  it('imports many at once without overwriting: clashing names get “(2)”, “(3)”', async () => {
    const plugin = startPlugin({ editorType: 'figjam' })
    await save(plugin, 'Onboarding', setup('Mine'))
    const { reply, error } = await plugin.request({
      type: 'import-templates',
      templates: [
        { name: 'Onboarding', setup: setup('Theirs') },
        { name: 'Onboarding', setup: setup('Theirs too') },
        { name: 'Support', setup: setup('Support') },
      ],
    })
    expect(error).toBeUndefined()
    const { imported, listing } = ImportedTemplatesSchema.parse(reply)
    expect(imported.map((t) => t.name)).toEqual(['Onboarding (2)', 'Onboarding (3)', 'Support'])
    expect(listing.templates.map((t) => [t.name, t.setup.title])).toEqual([
      ['Onboarding', 'Mine'],
      ['Onboarding (2)', 'Theirs'],
      ['Onboarding (3)', 'Theirs too'],
      ['Support', 'Support'],
    ])
    expect((await list(inAnotherFile(plugin))).templates).toHaveLength(4)
  })

  it('reports corrupt and newer stored entries in the reply, lists the rest, and can delete them', async () => {
    const plugin = startPlugin({ editorType: 'figjam' })
    await save(plugin, 'Fine', setup('Fine'))
    const storage = {
      ...plugin.emulator.controls.clientStorage.dump(),
      'template:cut': '{"schema":"journey-lanes/template/1","name":"Cut off","setup":{',
      'template:shape': JSON.stringify({ schema: TEMPLATE_SCHEMA, id: 'shape', name: 'Odd', savedAt: 1, setup: { stages: 3 } }),
      'template:future': JSON.stringify({ schema: 'journey-lanes/template/7', name: 'From 2030', setup: {} }),
      'something-else': 'not ours',
    }
    const other = inAnotherFile(storage)
    const listing = await list(other)
    expect(listing.templates.map((t) => t.name)).toEqual(['Fine'])
    const byId = Object.fromEntries(listing.problems.map((p) => [p.id, english(p.message)]))
    expect(byId.cut).toMatch(/^A saved template could not be read \(.+\)\. You can delete it\.$/)
    expect(byId.shape).toMatch(/^Your template “Odd” could not be read \(setup\..+\)\. You can delete it\.$/)
    expect(byId.future).toBe('Your template “From 2030” comes from a newer version of the plugin. Update the plugin to use it.')
    expect(Object.keys(byId).sort()).toEqual(['cut', 'future', 'shape'])

    // Renaming one says why it cannot be; deleting clears it.
    expect(english((await other.request({ type: 'rename-template', templateId: 'future', name: 'Now' })).error)).toMatch(/newer version/)
    const after = TemplateListingSchema.parse((await other.request({ type: 'delete-template', templateId: 'cut' })).reply)
    expect(after.problems.map((p) => p.id).sort()).toEqual(['future', 'shape'])
    expect(other.emulator.controls.clientStorage.dump()['something-else']).toBe('not ours')
  })

  it('says in words when Figma cannot store any more', async () => {
    const plugin = inAnotherFile({ filler: 'x'.repeat(5 * 1024 * 1024 - 100) })
    const { error } = await plugin.request({ type: 'save-template', name: 'Big', setup: setup('Big') })
    expect(english(error)).toMatch(/^Figma could not store your templates: .*quota/)
  })
})
