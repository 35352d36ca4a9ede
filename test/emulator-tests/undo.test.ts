import { describe, it, expect } from 'vitest'
import { figjamWithFonts } from './helpers'

describe('rule 9: undo', () => {
  it('undo after commitUndo returns to the previous commit point', async () => {
    const { figma, controls } = await figjamWithFonts()
    const keep = figma.createSection()
    keep.name = 'Before'
    figma.commitUndo()
    const sticky = figma.createSticky()
    keep.appendChild(sticky)
    sticky.text.characters = 'Generated'
    keep.name = 'Board'
    keep.setPluginData('journey', '{"v":2}')
    figma.commitUndo()
    expect(controls.undoSteps).toBe(2)

    expect(controls.undo()).toBe(true)
    expect(sticky.removed).toBe(true)
    expect(keep.removed).toBe(false)
    expect(keep.name).toBe('Before')
    expect(keep.getPluginData('journey')).toBe('')
    expect(keep.children).toHaveLength(0)
    expect(controls.nodes()).toEqual([keep])

    expect(controls.undo()).toBe(true)
    expect(keep.removed).toBe(true)
    expect(controls.undo()).toBe(false)
  })

  it('uncommitted changes are the open step and are undone first; removed nodes come back with their ids', async () => {
    const { figma, controls } = await figjamWithFonts()
    const section = figma.createSection()
    const sticky = figma.createSticky()
    section.appendChild(sticky)
    sticky.x = 40
    figma.commitUndo()
    section.remove()
    expect(sticky.removed).toBe(true)
    controls.undo()
    expect(sticky.removed).toBe(false)
    expect(sticky.parent).toBe(section)
    expect(sticky.x).toBe(40)
    expect(await figma.getNodeByIdAsync(section.id)).toBe(section)
  })

  it('undo is reported to documentchange listeners', async () => {
    const { figma, controls } = await figjamWithFonts()
    await figma.loadAllPagesAsync()
    const section = figma.createSection()
    figma.commitUndo()
    const batches: DocumentChange[][] = []
    figma.on('documentchange', (e) => batches.push(e.documentChanges))
    section.resizeWithoutConstraints(500, 300)
    const s = figma.createSticky()
    section.appendChild(s)
    figma.commitUndo()
    await controls.flush()
    controls.undo()
    await controls.flush()
    const last = batches[batches.length - 1] ?? []
    expect(last.map((c) => [c.type, c.id])).toEqual(
      expect.arrayContaining([
        ['PROPERTY_CHANGE', section.id],
        ['DELETE', s.id],
      ]),
    )
    expect(section.width).toBe(100)
  })
})
