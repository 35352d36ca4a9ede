import { describe, it, expect } from 'vitest'
import { createFigmaEmulator } from '../emulator'
import { thrown } from './helpers'

const read = (o: object, key: string): unknown => (o as Record<string, unknown>)[key]

describe('rule 3: editor gating', () => {
  it('FigJam-only members throw a TypeError in Figma Design', () => {
    const { figma } = createFigmaEmulator({ editorType: 'figma' })
    for (const key of ['createSticky', 'createShapeWithText', 'createConnector'] as const) {
      const e = thrown(() => figma[key])
      expect(e).toBeInstanceOf(TypeError)
      expect(e.message).toBe(`figma.${key}: no such property '${key}' on the figma global object`)
    }
    expect(() => read(figma, 'createCodeBlock')).toThrow(TypeError)
    expect(() => read(figma, 'createTable')).toThrow("figma.createTable: no such property 'createTable' on the figma global object")
  })

  it('Design-only members throw in FigJam, including node.getTopLevelFrame', () => {
    const { figma } = createFigmaEmulator({ editorType: 'figjam' })
    expect(() => figma.createPage).toThrow("figma.createPage: no such property 'createPage' on the figma global object")
    expect(() => figma.createComponent).toThrow(TypeError)
    const frame = figma.createFrame()
    expect(() => read(frame, 'getTopLevelFrame')).toThrow("node.getTopLevelFrame: no such property 'getTopLevelFrame' on FRAME node")
  })

  it('getTopLevelFrame works in Figma Design', () => {
    const { figma } = createFigmaEmulator({ editorType: 'figma' })
    const outer = figma.createFrame()
    const inner = figma.createRectangle()
    outer.appendChild(inner)
    expect(inner.getTopLevelFrame()).toBe(outer)
  })

  it('the shared creators work in both editors', () => {
    for (const editorType of ['figma', 'figjam'] as const) {
      const { figma } = createFigmaEmulator({ editorType })
      const made = [figma.createSection(), figma.createText(), figma.createFrame(), figma.createVector(), figma.createEllipse(), figma.createLine(), figma.createRectangle()]
      expect(made.map((n) => n.type)).toEqual(['SECTION', 'TEXT', 'FRAME', 'VECTOR', 'ELLIPSE', 'LINE', 'RECTANGLE'])
      expect(figma.editorType).toBe(editorType)
    }
  })

  it('figma.constants.colors: FigJam palettes in FigJam, absent (TypeError) in Design', () => {
    const jam = createFigmaEmulator({ editorType: 'figjam' }).figma
    expect(jam.constants.colors.figJamBase.red).toBe('#F24822')
    expect(jam.constants.colors.figJamBaseLight.lightGray).toBe('#E6E6E6')
    const design = createFigmaEmulator({ editorType: 'figma' }).figma
    expect(() => design.constants.colors).toThrow(TypeError)
  })
})
