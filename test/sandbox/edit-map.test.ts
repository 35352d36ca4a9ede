import { describe, expect, it } from 'vitest'
import { render } from '../../src/core/i18n'
import { LoadedMapSchema } from '../../src/core/protocol/messages'
import { readBoard, sections } from './board'
import { workshopJourney } from './journeys'
import { startPlugin } from './plugin-harness'

const journey = workshopJourney()

describe('"Edit journey" relaunch: the panel opens on a map', () => {
  it('tells the panel it was opened by the relaunch button', async () => {
    const plugin = startPlugin({ editorType: 'figjam', command: 'edit' })
    plugin.sendRaw({ type: 'ui-ready', locale: 'en' })
    await expect(plugin.waitFor((m) => m.type === 'context')).resolves.toMatchObject({ command: 'edit' })
  })

  it('loads the selected map with its structure, the cards as retyped on the board and the scores', async () => {
    const plugin = startPlugin({ editorType: 'figjam' })
    await plugin.request({ type: 'generate', journey })
    const board = readBoard(sections(plugin.emulator.figma.currentPage)[0]!)
    const sticky = board.byRole('card').find((c) => c.tag.cardId === 's1/actions/2')!.node as StickyNode
    plugin.emulator.controls.user.setText(sticky, 'Asks two friends')
    // The person selects a sticky inside the map, not the section itself.
    plugin.emulator.figma.currentPage.selection = [sticky]

    const { reply, error } = await plugin.request({ type: 'load-selected-map' })
    expect(error).toBeUndefined()
    const loaded = LoadedMapSchema.parse(reply).journey
    expect(loaded.stages).toEqual(journey.stages)
    expect(loaded.lanes).toEqual(journey.lanes)
    expect(loaded.cards.find((c) => c.id === 's1/actions/2')?.text).toBe('Asks two friends')
    expect(loaded.cards).toHaveLength(journey.cards.length)
    expect(loaded.emotions.map((e) => e.score)).toEqual(journey.emotions.map((e) => e.score))
  })

  it('says so when nothing, or something else, is selected', async () => {
    const plugin = startPlugin({ editorType: 'figjam' })
    const { error } = await plugin.request({ type: 'load-selected-map' })
    expect(render('en', error!)).toBe('The selected node is not a journey map made by this plugin.')
  })

  it('reports a map whose stored data is corrupt or from a newer version, without crashing', async () => {
    const plugin = startPlugin({ editorType: 'figjam' })
    await plugin.request({ type: 'generate', journey })
    const section = sections(plugin.emulator.figma.currentPage)[0]!
    plugin.emulator.figma.currentPage.selection = [section]

    section.setPluginData('map.0', '{"schema":"journey-lanes/map/9"}')
    section.setPluginData('map', '1')
    const newer = await plugin.request({ type: 'load-selected-map' })
    expect(render('en', newer.error!)).toBe('This journey map was made by a newer version of Journey Lanes. Update the plugin to work on it; until then the plugin leaves it exactly as it is.')

    section.setPluginData('map.0', '{ broken')
    const broken = await plugin.request({ type: 'load-selected-map' })
    expect(broken.error!.key).toBe('error.mapData')
    expect(render('en', broken.error!)).toContain('not JSON')
  })
})
