import { readdirSync, readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { createFigmaEmulator, type SavedDocument } from '../emulator'
import { startPlugin, type PluginHarness } from './plugin-harness'

/**
 * Boards and saved templates exactly as earlier releases stored them
 * (test/fixtures/records, made by capture.ts on that release). Each must still open
 * in the panel, live-sync and regenerate without losing a sticky. This file reads the
 * canvas through plugin data and node properties only, so it keeps testing the same
 * thing however the code under src/ is arranged.
 */

const DIR = new URL('../fixtures/records/', import.meta.url)

interface BoardFixture {
  release: string
  editorType: 'figjam' | 'figma'
  document: SavedDocument
}

const boards = readdirSync(DIR)
  .filter((f) => /-(figjam|figma)\.json$/.test(f))
  .map((f) => JSON.parse(readFileSync(new URL(f, DIR), 'utf8')) as BoardFixture)
const storages = readdirSync(DIR)
  .filter((f) => f.endsWith('-client-storage.json'))
  .map((f) => JSON.parse(readFileSync(new URL(f, DIR), 'utf8')) as { release: string; clientStorage: Record<string, unknown> })

type Role = string
const roleOf = (n: BaseNode): Role | undefined => {
  const raw = n.getPluginData('tag')
  if (raw === '') return undefined
  return (JSON.parse(raw) as { role?: string }).role
}
const textOf = (n: SceneNode): string => {
  if (n.type === 'STICKY') return n.text.characters
  if (n.type === 'FRAME') return n.children.find((c): c is TextNode => c.type === 'TEXT')?.characters ?? ''
  return ''
}
/** A person's stickies (card frames in Design) on the page: every card and score, in maps and Parking lots alike. */
function personStickies(page: PageNode): string[] {
  const out: string[] = []
  for (const section of page.children) {
    if (section.type !== 'SECTION') continue
    for (const n of section.children) {
      const role = roleOf(n)
      if (n.type === 'STICKY' || role === 'card' || role === 'emotion' || role === 'placeholder') {
        if (role === 'persona-card') continue
        out.push(`${role ?? 'by hand'}|${textOf(n)}`)
      }
    }
  }
  return out.sort()
}
/** The section's stored record as text, chunks joined (plugin data `map` counts them). */
const storedRecord = (section: SectionNode): string =>
  Array.from({ length: Number(section.getPluginData('map')) }, (_, i) => section.getPluginData(`map.${i}`)).join('')
/** The record as the fixture holds it: what that release wrote. */
const fixtureRecord = (fixture: BoardFixture): string => {
  const data = fixture.document.nodes.map((n) => n.state.pluginData ?? {}).find((d) => d.map !== undefined)!
  return Array.from({ length: Number(data.map) }, (_, i) => data[`map.${i}`]).join('')
}
const mapSection = (page: PageNode): SectionNode =>
  page.children.find((n): n is SectionNode => n.type === 'SECTION' && n.getPluginData('map') !== '')!

function reopen(fixture: BoardFixture): PluginHarness {
  const emulator = createFigmaEmulator({ editorType: fixture.editorType, document: fixture.document })
  return startPlugin({ editorType: fixture.editorType, emulator })
}

function syncOf(plugin: PluginHarness, sectionId: string) {
  const last = plugin.received.filter((m) => m.type === 'sync-status').at(-1)
  return last?.type === 'sync-status' ? last.maps.find((m) => m.sectionId === sectionId) : undefined
}

describe('records written by earlier releases', () => {
  it('has fixtures of a FigJam board, a Design board and saved templates for every release', () => {
    expect(boards.map((b) => `${b.release}/${b.editorType}`).sort()).toContain('v0.1.0/figjam')
    expect(boards.map((b) => `${b.release}/${b.editorType}`).sort()).toContain('v0.1.0/figma')
    expect(storages.map((s) => s.release)).toContain('v0.1.0')
    // The release this code is: its own boards are the ones the next change must keep opening.
    expect(boards.map((b) => b.release)).toContain('v0.2.0')
  })

  describe.each(boards.map((b) => [`${b.release} ${b.editorType}`, b] as const))('a board drawn by %s', (_, fixture) => {
    it('opens in the panel with its stages, lanes, personas, cards and scores', async () => {
      const plugin = reopen(fixture)
      await plugin.emulator.controls.flush()
      const section = mapSection(plugin.emulator.figma.currentPage)
      plugin.emulator.figma.currentPage.selection = [section]
      const { reply, error } = await plugin.request({ type: 'load-selected-map' })
      expect(error).toBeUndefined()
      const loaded = reply as { journey: { title: string; stages: { id: string }[]; lanes: { id: string }[]; personas: { id: string }[]; cards: unknown[]; emotions: { personaId?: string }[] } }
      expect(loaded.journey.title).toBe('Bike share, first month')
      expect(loaded.journey.stages.map((s) => s.id)).toEqual(['s1', 's3', 's4', 's5'])
      expect(loaded.journey.lanes.map((l) => l.id)).not.toContain('questions')
      expect(loaded.journey.personas.map((p) => p.id)).toEqual(['p-commuter', 'p-student'])
      // s2's two scores went to the Parking lot; the other nine are read back with their persona.
      expect(loaded.journey.emotions).toHaveLength(9)
      expect(loaded.journey.emotions.every((e) => e.personaId !== undefined)).toBe(true)
      expect(loaded.journey.cards.length).toBeGreaterThanOrEqual(5)
    })

    it('live-syncs: moving a score moves its curve, and the map reports no problem', async () => {
      const plugin = reopen(fixture)
      await plugin.emulator.controls.flush()
      const section = mapSection(plugin.emulator.figma.currentPage)
      const status = syncOf(plugin, section.id)
      expect(status?.title).toBe('Bike share, first month')
      expect(status?.problem).toBeUndefined()
      const score = section.children.find((n) => roleOf(n) === 'emotion')!
      const curvesBefore = section.children.filter((n) => roleOf(n) === 'curve').map((c) => JSON.stringify((c as VectorNode).vectorPaths))
      plugin.emulator.controls.user.move(score, score.x, score.y - 120)
      await plugin.emulator.controls.flush()
      const curvesAfter = section.children.filter((n) => roleOf(n) === 'curve').map((c) => JSON.stringify((c as VectorNode).vectorPaths))
      expect(curvesAfter).toHaveLength(curvesBefore.length)
      expect(curvesAfter).not.toEqual(curvesBefore)
      expect(syncOf(plugin, section.id)?.problem).toBeUndefined()
      expect(plugin.emulator.controls.callbackErrors).toEqual([])
      // Opening and syncing rewrite no record: the board stays as that release left it, byte for byte.
      expect(storedRecord(section)).toBe(fixtureRecord(fixture))
    })

    it('regenerates with a stage back and a new one, keeping every sticky on the page', async () => {
      const plugin = reopen(fixture)
      await plugin.emulator.controls.flush()
      const page = plugin.emulator.figma.currentPage
      const section = mapSection(page)
      const before = personStickies(page)
      page.selection = [section]
      const { reply } = await plugin.request({ type: 'load-selected-map' })
      const loaded = reply as { journey: Record<string, unknown> & { stages: { id: string; name: string }[] }; workshop: { placeholders: number; hints: boolean; persona: { name: string; description: string; goals: string } | null; parkingLot: boolean } }
      const structure = { ...loaded.journey, cards: [], emotions: [], stages: [...loaded.journey.stages, { id: 'new', name: 'Renewal' }] }
      const again = await plugin.request({ type: 'regenerate', sectionId: section.id, journey: structure, workshop: loaded.workshop })
      expect(again.error).toBeUndefined()
      await plugin.emulator.controls.flush()
      const after = personStickies(page)
      // Nothing is lost; the new stage may bring its own blank placeholders.
      const missing = before.filter((s) => !after.includes(s))
      expect(missing).toEqual([])
      expect(syncOf(plugin, section.id)?.problem).toBeUndefined()
      // The regenerate wrote the record anew, in the current version, with the same map id and workshop options.
      const old = JSON.parse(fixtureRecord(fixture)) as { schema: string; mapId: string; workshop: unknown }
      const now = JSON.parse(storedRecord(section)) as { schema: string; mapId: string; workshop: unknown; stages: { id: string }[] }
      // v0.1.0 shared the journey file's id; from v0.2.0 on a map record has its own.
      expect(old.schema).toBe(fixture.release === 'v0.1.0' ? 'journey-lanes/1' : 'journey-lanes/map/2')
      expect(now.schema).toBe('journey-lanes/map/2')
      expect(now.mapId).toBe(old.mapId)
      expect(now.workshop).toEqual(old.workshop)
      expect(now.stages.map((s) => s.id)).toEqual(['s1', 's3', 's4', 's5', 'new'])
    })
  })

  describe.each(storages.map((s) => [s.release, s] as const))('clientStorage written by %s', (_, fixture) => {
    it('lists the saved template and remembers the chosen language', async () => {
      const plugin = startPlugin({ editorType: 'figjam', clientStorage: fixture.clientStorage })
      plugin.sendRaw({ type: 'ui-ready', locale: 'en' })
      const context = await plugin.waitFor((m) => m.type === 'context')
      expect(context).toMatchObject({ language: 'ru' })
      const { reply, error } = await plugin.request({ type: 'list-templates' })
      expect(error).toBeUndefined()
      const listing = reply as { templates: { name: string; setup: { stages: unknown[] } }[]; problems: unknown[] }
      expect(listing.problems).toEqual([])
      expect(listing.templates.map((t) => t.name)).toEqual(['Онбординг'])
      expect(listing.templates[0]!.setup.stages.length).toBeGreaterThan(0)
    })
  })
})
