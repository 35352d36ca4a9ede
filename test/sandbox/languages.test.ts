import { describe, expect, it } from 'vitest'
import { importFile } from '../../src/core/import'
import { LoadedMapSchema } from '../../src/core/protocol/messages'
import { NO_WORKSHOP } from '../../src/core/model/workshop'
import { encode, fixtureText, journeyOf } from '../core/import/helpers'
import { readBoard, sections } from './board'
import { startPlugin } from './plugin-harness'

describe('a Hebrew journey on the board', () => {
  it('comes out of a Hebrew CSV right to left: first stage at the right, lane labels on the right side', async () => {
    const imported = journeyOf(importFile(encode(fixtureText('long-he-source.csv'), 'windows-1255'), 'מסע.csv'))
    const journey = { ...imported, stages: [...imported.stages, { id: 'brand', name: 'FigJam סדנה' }] }
    const plugin = startPlugin({ editorType: 'figjam' })
    const { error } = await plugin.request({ type: 'generate', journey, workshop: NO_WORKSHOP })
    expect(error).toBeUndefined()

    const section = sections(plugin.emulator.figma.currentPage)[0]!
    const board = readBoard(section)
    const headers = board.byRole('stage-header').map((h) => h.node as ShapeWithTextNode)
    const byStage = (id: string) => headers.find((h) => h.getPluginData('tag').includes(`"stageId":"${id}"`))!
    expect(byStage('s1').x).toBeGreaterThan(byStage('s2').x)
    expect(byStage('s2').x).toBeGreaterThan(byStage('brand').x)
    const labels = board.byRole('lane-label').map((l) => l.node)
    for (const label of labels) expect(label.x).toBeGreaterThan(byStage('s1').x)
    // A stage name that starts with a brand still runs right to left on the board…
    expect(byStage('brand').text.characters).toBe('\u200fFigJam סדנה')
    // …and reads back as it was typed.
    plugin.emulator.figma.currentPage.selection = [section]
    const loaded = LoadedMapSchema.parse((await plugin.request({ type: 'load-selected-map' })).reply)
    expect(loaded.journey.stages.map((s) => s.name)).toEqual(['גילוי', 'הזמנה', 'FigJam סדנה'])
    expect([loaded.journey.locale, loaded.journey.direction]).toEqual(['he', 'rtl'])
  })
})

describe('the panel language, remembered', () => {
  it('is stored in clientStorage when chosen, and given to the panel in the next file', async () => {
    const first = startPlugin({ editorType: 'figjam' })
    first.sendRaw({ type: 'set-language', locale: 'he' })
    await first.emulator.controls.flush()
    expect(first.emulator.controls.clientStorage.dump()).toMatchObject({ language: 'he' })

    const next = startPlugin({ editorType: 'figjam', clientStorage: first.emulator.controls.clientStorage.dump() })
    next.sendRaw({ type: 'ui-ready', locale: 'en' })
    await expect(next.waitFor((m) => m.type === 'context')).resolves.toMatchObject({ language: 'he' })
  })

  it('says nothing about a language when none was chosen, or the stored one is not ours', async () => {
    const plugin = startPlugin({ editorType: 'figjam', clientStorage: { language: 'xx' } })
    plugin.sendRaw({ type: 'ui-ready', locale: 'en' })
    const context = await plugin.waitFor((m) => m.type === 'context')
    expect(context).not.toHaveProperty('language')
  })
})
