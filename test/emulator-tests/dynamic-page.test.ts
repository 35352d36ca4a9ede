import { describe, it, expect } from 'vitest'
import { createFigmaEmulator } from '../emulator'

describe('rule 4: documentAccess dynamic-page', () => {
  it('sync lookups throw and name the async replacement', () => {
    const { figma } = createFigmaEmulator({ editorType: 'figjam' })
    const node = figma.createSection()
    expect(() => figma.getNodeById(node.id)).toThrow('in getNodeById: Cannot call with documentAccess: dynamic-page. Use figma.getNodeByIdAsync instead.')
    expect(() => figma.getStyleById('S:1')).toThrow(/Use figma.getStyleByIdAsync instead/)
    expect(() => figma.getLocalPaintStyles()).toThrow(/Use figma.getLocalPaintStylesAsync instead/)
    expect(() => figma.getFileThumbnailNode()).toThrow(/dynamic-page/)
  })

  it('figma.currentPage is read-only', () => {
    const { figma } = createFigmaEmulator({ editorType: 'figjam' })
    const page = figma.currentPage
    expect(() => (figma.currentPage = page)).toThrow(/Use figma.setCurrentPageAsync instead/)
  })

  it('documentchange and root.findAll need loadAllPagesAsync (awaited) first', async () => {
    const { figma } = createFigmaEmulator({ editorType: 'figjam' })
    const listener = (): void => {}
    expect(() => figma.on('documentchange', listener)).toThrow(/loadAllPagesAsync/)
    expect(() => figma.root.findAll()).toThrow(/loadAllPagesAsync/)
    const loading = figma.loadAllPagesAsync()
    expect(() => figma.once('documentchange', listener)).toThrow(/loadAllPagesAsync/)
    await loading
    figma.on('documentchange', listener)
    const s = figma.createSection()
    expect(figma.root.findAll((n) => n.type === 'SECTION')).toEqual([s])
  })

  it('vectorNetwork cannot be set (setVectorNetworkAsync)', () => {
    const { figma } = createFigmaEmulator({ editorType: 'figjam' })
    const v = figma.createVector()
    expect(() => (v.vectorNetwork = { vertices: [], segments: [] })).toThrow('in set_vectorNetwork: Cannot call with documentAccess: dynamic-page. Use node.setVectorNetworkAsync instead.')
  })

  it("documentAccess 'legacy' lifts the rules (getNodeById works)", () => {
    const { figma } = createFigmaEmulator({ editorType: 'figma', documentAccess: 'legacy' })
    const f = figma.createFrame()
    expect(figma.getNodeById(f.id)).toBe(f)
  })
})
