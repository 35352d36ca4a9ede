import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { render } from '../../src/core/i18n'
import { LOCALES } from '../../src/core/i18n/locale'
import { NO_WORKSHOP } from '../../src/core/model/workshop'
import { createTemplate } from '../../src/core/templates/built-in'
import { setupFromJourney } from '../../src/core/templates/saved'
import { createFigmaEmulator, type SavedDocument } from '../emulator'
import { startPlugin, type PluginHarness } from './plugin-harness'

/**
 * Records written by a plugin newer than this one: a board, a saved template. Only that
 * plugin knows what their fields mean, so this one says so in the person's language and
 * changes nothing of them: not by opening, live sync, regenerate, save or rename.
 */

const NEWER_MAP = 'This journey map was made by a newer version of Journey Lanes. Update the plugin to work on it; until then the plugin leaves it exactly as it is.'

interface BoardFixture {
  editorType: 'figjam' | 'figma'
  document: SavedDocument
}

/** v0.1.0's FigJam board with its section's record rewritten as a later plugin might write it. */
function boardFromLaterPlugin(locale: 'en' | 'ru' = 'en'): SavedDocument {
  const fixture = JSON.parse(readFileSync(new URL('../fixtures/records/v0.1.0-figjam.json', import.meta.url), 'utf8')) as BoardFixture
  const section = fixture.document.nodes.find((n) => n.state.pluginData?.map !== undefined)!
  const data = section.state.pluginData
  const old = JSON.parse(data['map.0']!) as Record<string, unknown>
  // Fields this plugin has never seen, and one it knows, in a shape it would refuse.
  data['map.0'] = JSON.stringify({ ...old, schema: 'journey-lanes/map/9', locale, lanes: { rows: old.lanes }, swimlaneGroups: [{ id: 'g1' }] })
  return fixture.document
}

function open(document: SavedDocument): PluginHarness {
  const emulator = createFigmaEmulator({ editorType: 'figjam', document, relaunchCommands: ['edit', 'redraw'] })
  return startPlugin({ editorType: 'figjam', emulator })
}

const mapSection = (page: PageNode): SectionNode => page.children.find((n): n is SectionNode => n.type === 'SECTION' && n.getPluginData('map') !== '')!

/** Everything the page holds, as a file would store it. */
const saved = (plugin: PluginHarness): string => JSON.stringify(plugin.emulator.controls.saveDocument())
const sectionData = (plugin: PluginHarness, id: string) => plugin.emulator.controls.saveDocument().nodes.find((n) => n.id === id)!.state.pluginData

function syncOf(plugin: PluginHarness, sectionId: string) {
  const last = plugin.received.filter((m) => m.type === 'sync-status').at(-1)
  return last?.type === 'sync-status' ? last.maps.find((m) => m.sectionId === sectionId) : undefined
}

describe('a board whose record a newer plugin wrote', () => {
  it('opens with the map listed as made by a newer version, and opening writes nothing', async () => {
    const document = boardFromLaterPlugin()
    const plugin = open(document)
    await plugin.emulator.controls.flush()
    const section = mapSection(plugin.emulator.figma.currentPage)
    const problem = syncOf(plugin, section.id)?.problem
    expect(problem && render('en', problem)).toBe(NEWER_MAP)
    expect(saved(plugin)).toBe(JSON.stringify(document))
  })

  it('says so in each language of the panel', async () => {
    const plugin = open(boardFromLaterPlugin())
    await plugin.emulator.controls.flush()
    const problem = syncOf(plugin, mapSection(plugin.emulator.figma.currentPage).id)!.problem!
    expect(render('ru', problem)).toBe('Эта карта создана более новой версией Journey Lanes. Обновите плагин, чтобы работать с ней; до тех пор плагин ничего в ней не меняет.')
    expect(render('bg', problem)).toBe('Тази карта е създадена с по-нова версия на Journey Lanes. Обновете плъгина, за да работите с нея; дотогава плъгинът не променя нищо в нея.')
    expect(render('he', problem)).toBe('המפה הזו נוצרה בגרסה חדשה יותר של Journey Lanes. עדכנו את הפלאגין כדי לעבוד עליה; עד אז הפלאגין לא משנה בה דבר.')
  })

  it('live sync leaves it alone: a score moved in its lane redraws nothing and the record stays byte for byte', async () => {
    const plugin = open(boardFromLaterPlugin())
    await plugin.emulator.controls.flush()
    const section = mapSection(plugin.emulator.figma.currentPage)
    const record = sectionData(plugin, section.id)
    const score = section.children.find((n) => JSON.parse(n.getPluginData('tag') || '{}').role === 'emotion')!
    plugin.emulator.controls.resetCounters()
    plugin.emulator.controls.user.move(score, score.x, score.y - 120)
    await plugin.emulator.controls.flush()
    expect(plugin.emulator.controls.writes).toBe(0)
    expect(sectionData(plugin, section.id)).toEqual(record)
    expect(render('en', syncOf(plugin, section.id)!.problem!)).toBe(NEWER_MAP)
    expect(plugin.emulator.controls.callbackErrors).toEqual([])
  })

  it('"Edit this map" and "Regenerate map" refuse it with the sentence, and the page is as it was', async () => {
    const document = boardFromLaterPlugin()
    const plugin = open(document)
    await plugin.emulator.controls.flush()
    const page = plugin.emulator.figma.currentPage
    const section = mapSection(page)
    page.selection = [section]
    const before = saved(plugin)

    const loaded = await plugin.request({ type: 'load-selected-map' })
    expect(render('en', loaded.error!)).toBe(NEWER_MAP)

    const journey = {
      schema: 'journey-lanes/1', title: 'Bike share', locale: 'en', direction: 'ltr', scale: { min: -2, max: 2 },
      stages: [{ id: 's1', name: 'Awareness' }], lanes: [{ id: 'actions', kind: 'actions', title: 'Actions' }], personas: [], cards: [], emotions: [],
    }
    const workshop = { placeholders: 0, hints: false, persona: null, parkingLot: false }
    const again = await plugin.request({ type: 'regenerate', sectionId: section.id, journey, workshop })
    expect(render('en', again.error!)).toBe(NEWER_MAP)
    await plugin.emulator.controls.flush()
    expect(saved(plugin)).toBe(before)
    expect(plugin.emulator.controls.undoSteps).toBe(0)
  })

  it('"Redraw curve" closes with the sentence in the map’s language, writing nothing', async () => {
    const emulator = createFigmaEmulator({ editorType: 'figjam', document: boardFromLaterPlugin('ru'), command: 'redraw', relaunchCommands: ['edit', 'redraw'] })
    emulator.controls.user.select([mapSection(emulator.figma.currentPage)])
    emulator.controls.resetCounters()
    startPlugin({ editorType: 'figjam', emulator })
    await emulator.controls.flush()
    expect(emulator.controls.closeMessage).toBe('Эта карта создана более новой версией Journey Lanes, поэтому её кривая осталась как есть. Обновите плагин, чтобы перерисовать её.')
    expect(emulator.controls.writes).toBe(0)
  })
})

describe('a saved template a newer plugin stored', () => {
  const newer = JSON.stringify({ schema: 'journey-lanes/template/7', id: 'future', name: 'Clinic 2030', savedAt: 1, setup: { stages: { v7: true } } })
  const storage = { 'template:future': newer, language: 'ru' }

  it('is listed as made by a newer version, by name, in every language', async () => {
    const plugin = startPlugin({ editorType: 'figjam', clientStorage: storage })
    const { reply } = await plugin.request({ type: 'list-templates' })
    const listing = reply as { templates: unknown[]; problems: { id: string; message: { key: 'templates.newerNamed'; params: Record<string, string> } }[] }
    expect(listing.templates).toEqual([])
    expect(listing.problems.map((p) => p.id)).toEqual(['future'])
    const words = LOCALES.map((locale) => render(locale, listing.problems[0]!.message))
    expect(words[0]).toBe('Your template “Clinic 2030” comes from a newer version of the plugin. Update the plugin to use it.')
    expect(words.every((w) => w.includes('Clinic 2030'))).toBe(true)
    expect(new Set(words).size).toBe(LOCALES.length)
  })

  it('is not overwritten by saving over it or renaming it, and is deleted only when asked', async () => {
    const plugin = startPlugin({ editorType: 'figjam', clientStorage: storage })
    const setup = setupFromJourney(createTemplate('blank', 'en'), NO_WORKSHOP)
    const over = await plugin.request({ type: 'save-template', templateId: 'future', name: 'Clinic 2030', setup })
    expect(render('en', over.error!)).toMatch(/^Your template “Clinic 2030” comes from a newer version of the plugin/)
    const renamed = await plugin.request({ type: 'rename-template', templateId: 'future', name: 'Now' })
    expect(render('en', renamed.error!)).toMatch(/newer version/)
    // A new template of the same name is another entry, and its name does not take the newer one's.
    const fresh = await plugin.request({ type: 'save-template', name: 'Clinic 2030', setup })
    expect((fresh.reply as { template: { id: string; name: string } }).template).toMatchObject({ name: 'Clinic 2030 (2)' })
    expect((fresh.reply as { template: { id: string } }).template.id).not.toBe('future')
    expect(plugin.emulator.controls.clientStorage.dump()['template:future']).toBe(newer)

    await plugin.request({ type: 'delete-template', templateId: 'future' })
    expect(plugin.emulator.controls.clientStorage.dump()['template:future']).toBeUndefined()
  })
})
