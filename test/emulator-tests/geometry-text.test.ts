import { describe, it, expect } from 'vitest'
import { createFigmaEmulator, textMetrics } from '../emulator'
import { figjamWithFonts } from './helpers'

describe('coordinates and text metrics', () => {
  it('child x/y are parent-relative; appendChild keeps the relative numbers', async () => {
    const { figma } = await figjamWithFonts()
    const section = figma.createSection()
    section.x = 1000
    section.y = 2000
    const sticky = figma.createSticky()
    sticky.x = 30
    sticky.y = 40
    section.appendChild(sticky)
    expect([sticky.x, sticky.y]).toEqual([30, 40])
    expect(sticky.absoluteBoundingBox).toEqual({ x: 1030, y: 2040, width: 240, height: 240 })
    expect(sticky.absoluteTransform).toEqual([
      [1, 0, 1030],
      [0, 1, 2040],
    ])
  })

  it('insertChild orders children and checks the index; cycles are refused', () => {
    const { figma } = createFigmaEmulator({ editorType: 'figjam' })
    const outer = figma.createSection()
    const a = figma.createRectangle()
    const b = figma.createRectangle()
    outer.appendChild(a)
    outer.insertChild(0, b)
    expect(outer.children).toEqual([b, a])
    expect(() => outer.insertChild(5, figma.createEllipse())).toThrow(/out of range/)
    const inner = figma.createSection()
    outer.appendChild(inner)
    expect(() => inner.appendChild(outer)).toThrow(/descendants/)
  })

  it('a rotated line has a bounding box along its direction', () => {
    const { figma } = createFigmaEmulator({ editorType: 'figjam' })
    const line = figma.createLine()
    line.resize(200, 0)
    line.x = 50
    line.y = 300
    line.rotation = 90
    expect(line.absoluteBoundingBox).toEqual({ x: 50, y: 100, width: 0, height: 200 })
  })

  it('stickies grow with text and isWideWidth reflows it', async () => {
    const { figma, controls } = await figjamWithFonts()
    const sticky = figma.createSticky()
    expect([sticky.width, sticky.height]).toEqual([240, 240])
    const text = 'Customers abandon the checkout when the delivery fee appears only on the last step of the flow'
    sticky.text.characters = text
    const tall = sticky.height
    expect(tall).toBeGreaterThan(240)
    expect(tall).toBe(textMetrics.stickyHeight(text, false, 24))
    expect(controls.textHeight(text, 192, 24) + 48).toBe(tall)
    sticky.isWideWidth = true
    expect(sticky.width).toBe(416)
    expect(sticky.height).toBeLessThan(tall)
  })

  it('TextNode auto-resize: WIDTH_AND_HEIGHT follows the longest line, HEIGHT wraps at the width', async () => {
    const { figma } = await figjamWithFonts()
    const t = figma.createText()
    t.fontSize = 20
    t.characters = 'short\na much longer second line'
    expect(t.width).toBe(textMetrics.round2('a much longer second line'.length * 20 * 0.55))
    expect(t.height).toBe(2 * 26)
    t.textAutoResize = 'HEIGHT'
    t.resize(110, t.height)
    expect(t.width).toBe(110)
    expect(t.height).toBe(textMetrics.textHeight(t.characters, 110, 20))
    expect(t.height).toBeGreaterThan(2 * 26)
    expect(t.name).toBe(t.characters)
    t.textAutoResize = 'NONE'
    t.resize(50, 10)
    t.characters = 'x'
    expect([t.width, t.height]).toEqual([50, 10])
  })

  it('wrapText: greedy word wrap, long words broken, paragraphs kept', () => {
    // 10px font → 5.5px glyphs → 10 glyphs in 55px
    expect(textMetrics.wrapText('aaa bbb ccc ddd', 55, 10)).toEqual(['aaa bbb', 'ccc ddd'])
    expect(textMetrics.wrapText('abcdefghijklmnop', 55, 10)).toEqual(['abcdefghij', 'klmnop'])
    expect(textMetrics.wrapText('a\n\nb', 55, 10)).toEqual(['a', '', 'b'])
  })
})
