import { describe, expect, it } from 'vitest'
import { createFigmaEmulator } from '../emulator'

describe('a saved document opens again as it was', () => {
  it('keeps ids, parents, geometry and plugin data, and new nodes get fresh ids', () => {
    const first = createFigmaEmulator({ editorType: 'figjam' })
    const section = first.figma.createSection()
    const sticky = first.figma.createSticky()
    section.appendChild(sticky)
    sticky.x = 40
    sticky.setPluginData('tag', '{"role":"card"}')
    const saved = first.controls.saveDocument()

    const again = createFigmaEmulator({ editorType: 'figjam', document: saved })
    const [reopened] = again.controls.nodes().filter((n): n is SectionNode => n.type === 'SECTION')
    expect(reopened?.id).toBe(section.id)
    const child = reopened!.children[0]!
    expect([child.id, child.x, child.getPluginData('tag')]).toEqual([sticky.id, 40, '{"role":"card"}'])
    const fresh = again.figma.createSticky()
    expect([section.id, sticky.id]).not.toContain(fresh.id)
  })

  it('refuses to open a FigJam file in Figma Design', () => {
    const saved = createFigmaEmulator({ editorType: 'figjam' }).controls.saveDocument()
    expect(() => createFigmaEmulator({ editorType: 'figma', document: saved })).toThrow(/figjam document cannot open as figma/)
  })
})
