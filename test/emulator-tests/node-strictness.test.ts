import { describe, it, expect } from 'vitest'
import { createFigmaEmulator } from '../emulator'
import { figjamWithFonts, thrown } from './helpers'

describe('rule 5: nodes are not extensible and typed per node type', () => {
  it('writing an unknown property throws a TypeError', async () => {
    const { figma } = await figjamWithFonts()
    const sticky = figma.createSticky() as StickyNode & { foo?: number }
    const e = thrown(() => (sticky.foo = 1))
    expect(e).toBeInstanceOf(TypeError)
    expect(e.message).toBe('Cannot add property foo, object is not extensible')
    expect(() => Object.defineProperty(sticky, 'bar', { value: 1 })).toThrow(TypeError)
  })

  it("members of other node types throw Figma's no-such-property TypeError", async () => {
    const { figma } = await figjamWithFonts()
    const sticky = figma.createSticky() as unknown as Record<string, unknown>
    const e = thrown(() => sticky.resize)
    expect(e).toBeInstanceOf(TypeError)
    expect(e.message).toBe("node.resize: no such property 'resize' on STICKY node")
    expect(() => sticky.cornerRadius).toThrow("node.cornerRadius: no such property 'cornerRadius' on STICKY node")
    expect(() => sticky.rotation).toThrow(TypeError)
    expect('resize' in sticky).toBe(false)
    expect('fills' in sticky).toBe(true)
  })

  it('width/height are read-only; stickies have no resize; isWideWidth switches width', async () => {
    const { figma } = await figjamWithFonts()
    const sticky = figma.createSticky()
    const e = thrown(() => ((sticky as { width: number }).width = 300))
    expect(e).toBeInstanceOf(TypeError)
    expect(sticky.width).toBe(240)
    const before = sticky.height
    const h = thrown(() => ((sticky as { height: number }).height = 500))
    expect(h).toBeInstanceOf(TypeError)
    expect(h.message).toBe(e.message.replace('width', 'height'))
    expect(sticky.height).toBe(before)
    sticky.isWideWidth = true
    expect(sticky.width).toBe(416)
  })

  it('tooling keys and symbols read as undefined, so vitest can print and compare nodes', async () => {
    const { figma } = await figjamWithFonts()
    const sticky = figma.createSticky() as unknown as Record<string | symbol, unknown>
    for (const key of ['then', 'toJSON', 'asymmetricMatch', '$$typeof', 'nodeType', 'constructor', '@@__IMMUTABLE_ITERABLE__@@']) {
      expect(sticky[key]).toBeUndefined()
    }
    expect(sticky[Symbol.iterator]).toBeUndefined()
    expect(JSON.parse(JSON.stringify(sticky))).toEqual({ id: sticky.id, type: 'STICKY', name: 'Sticky' })
    expect(figma.currentPage.children).toEqual([sticky])
  })

  it('resize needs >= 0.01 (LINE height exactly 0)', () => {
    const { figma } = createFigmaEmulator({ editorType: 'figjam' })
    const rect = figma.createRectangle()
    expect(() => rect.resize(0, 10)).toThrow(/>= 0.01/)
    expect(() => rect.resize(10, 0.001)).toThrow(/>= 0.01/)
    const line = figma.createLine()
    expect(() => line.resize(100, 1)).toThrow(/exactly 0/)
    line.resize(300, 0)
    expect([line.width, line.height]).toEqual([300, 0])
    const section = figma.createSection()
    section.resizeWithoutConstraints(800, 600)
    expect([section.width, section.height]).toEqual([800, 600])
  })

  it('fills/strokes are validated and read back as frozen, normalised copies', () => {
    const { figma } = createFigmaEmulator({ editorType: 'figjam' })
    const rect = figma.createRectangle()
    const input: SolidPaint[] = [{ type: 'SOLID', color: { r: 1, g: 0.5, b: 0 } }]
    rect.fills = input
    const read = rect.fills as SolidPaint[]
    expect(read).not.toBe(input)
    expect(read[0]).toMatchObject({ type: 'SOLID', opacity: 1, visible: true, blendMode: 'NORMAL' })
    expect(Object.isFrozen(read)).toBe(true)
    expect(() => ((read[0] as { color: { r: number } }).color.r = 0)).toThrow(TypeError)
    expect(rect.fills).not.toBe(read)
    expect(() => (rect.fills = [{ type: 'SOLID', color: { r: 1, g: 0, b: 0, a: 1 } as RGB }])).toThrow("in set_fills: Unrecognized key(s) in object: 'a' at [0].color")
    expect(() => (rect.fills = [{ type: 'SOLID', color: { r: 255, g: 0, b: 0 } }])).toThrow(/less than or equal to 1 at \[0\]\.color\.r/)
    expect(() => (rect.strokes = [null as unknown as Paint])).toThrow('in set_strokes: Expected object, received null at [0]')
  })

  it('shapeType is checked against the 30 values of the typings', () => {
    const { figma } = createFigmaEmulator({ editorType: 'figjam' })
    const shape = figma.createShapeWithText()
    expect([shape.width, shape.height]).toEqual([208, 208])
    shape.shapeType = 'ROUNDED_RECTANGLE'
    expect(() => (shape.shapeType = 'CIRCLE' as ShapeWithTextNode['shapeType'])).toThrow(/in set_shapeType: Invalid enum value/)
    expect(shape.cornerRadius).toBeUndefined()
    expect(() => ((shape as { cornerRadius?: number }).cornerRadius = 3)).toThrow(TypeError)
  })

  it('vectorPaths: absolute M/L/Q/C/Z only; bounds give width/height', () => {
    const { figma } = createFigmaEmulator({ editorType: 'figjam' })
    const v = figma.createVector()
    v.vectorPaths = [{ windingRule: 'NONE', data: 'M 0 10 L 50 0 L 100 40' }]
    expect([v.width, v.height]).toEqual([100, 40])
    v.vectorPaths = [{ windingRule: 'NONE', data: 'M 0 0 C 0 100 100 100 100 0' }]
    expect(v.width).toBe(100)
    expect(v.height).toBeCloseTo(75, 0)
    expect(() => (v.vectorPaths = [{ windingRule: 'NONE', data: 'M 0 0 h 10' }])).toThrow('in set_vectorPaths: Failed to convert path. Invalid command at h')
    expect(() => (v.vectorPaths = [{ windingRule: 'NONE', data: 'M 0 0 L 10, 5' }])).toThrow('in set_vectorPaths: Failed to convert path. Invalid command at 10,')
    expect(() => (v.vectorPaths = [{ windingRule: 'NONE', data: 'L 1 1' }])).toThrow(/must start with M/)
    expect(() => (v.vectorPaths = [{ windingRule: 'ODD' as WindingRule, data: 'M 0 0' }])).toThrow(/Invalid enum value/)
    v.strokeCap = 'ROUND'
    v.strokeJoin = 'ROUND'
    expect(() => (v.strokeCap = 'BUTT' as StrokeCap)).toThrow(/set_strokeCap/)
  })

  it('members Figma has but the emulator does not model say so', () => {
    const { figma } = createFigmaEmulator({ editorType: 'figjam' })
    const frame = figma.createFrame() as unknown as Record<string, unknown>
    expect(() => frame.layoutMode).toThrow(/is not emulated/)
    expect(() => (figma as unknown as Record<string, unknown>).group).toThrow(/figma.group exists in Figma but is not emulated/)
  })
})
