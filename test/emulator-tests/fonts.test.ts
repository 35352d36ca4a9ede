import { describe, it, expect } from 'vitest'
import { createFigmaEmulator } from '../emulator'
import { thrown } from './helpers'

const unloaded = (prop: string, family: string, style: string): string =>
  `in set_${prop}: Cannot write to node with unloaded font "${family} ${style}". ` +
  `Please call figma.loadFontAsync({ family: "${family}", style: "${style}" }) and await the returned promise first.`

describe('rule 1: fonts', () => {
  it('refuses sticky text writes until Inter Medium is loaded, with Figma\'s message', async () => {
    const { figma } = createFigmaEmulator({ editorType: 'figjam' })
    const sticky = figma.createSticky()
    expect(() => {
      sticky.text.characters = 'Hello'
    }).toThrow(unloaded('characters', 'Inter', 'Medium'))
    expect(() => {
      sticky.text.fontSize = 30
    }).toThrow(unloaded('fontSize', 'Inter', 'Medium'))
    const font = sticky.text.fontName
    if (font === figma.mixed) throw new Error('mixed')
    await figma.loadFontAsync(font)
    sticky.text.characters = 'Hello'
    expect(sticky.text.characters).toBe('Hello')
  })

  it('uses the property name in the message for TextNode writes (fontSize, textAutoResize, characters)', () => {
    const { figma } = createFigmaEmulator({ editorType: 'figma' })
    const text = figma.createText()
    expect(thrown(() => (text.fontSize = 20)).message).toBe(unloaded('fontSize', 'Inter', 'Regular'))
    expect(thrown(() => (text.textAutoResize = 'HEIGHT')).message).toBe(unloaded('textAutoResize', 'Inter', 'Regular'))
    expect(thrown(() => (text.characters = 'x')).message).toBe(unloaded('characters', 'Inter', 'Regular'))
  })

  it('shape text defaults to Inter Medium and is gated too', () => {
    const { figma } = createFigmaEmulator({ editorType: 'figjam' })
    const shape = figma.createShapeWithText()
    expect(shape.text.fontName).toEqual({ family: 'Inter', style: 'Medium' })
    expect(() => (shape.text.characters = 'x')).toThrow(unloaded('characters', 'Inter', 'Medium'))
  })

  it('setting fontName needs the NEW font loaded', async () => {
    const { figma } = createFigmaEmulator({ editorType: 'figma' })
    await figma.loadFontAsync({ family: 'Inter', style: 'Regular' })
    const text = figma.createText()
    expect(() => (text.fontName = { family: 'Inter', style: 'Bold' })).toThrow(unloaded('fontName', 'Inter', 'Bold'))
    await figma.loadFontAsync({ family: 'Inter', style: 'Bold' })
    text.fontName = { family: 'Inter', style: 'Bold' }
    expect(() => (text.characters = 'bold')).not.toThrow()
  })

  it('a font counts as loaded only once the promise resolved (no await → throw)', async () => {
    const { figma } = createFigmaEmulator({ editorType: 'figjam' })
    const sticky = figma.createSticky()
    const pending = figma.loadFontAsync({ family: 'Inter', style: 'Medium' })
    expect(() => (sticky.text.characters = 'too early')).toThrow(/unloaded font "Inter Medium"/)
    await pending
    sticky.text.characters = 'now'
  })

  it('fonts are per emulator instance', async () => {
    const a = createFigmaEmulator({ editorType: 'figjam' })
    const b = createFigmaEmulator({ editorType: 'figjam' })
    await a.figma.loadFontAsync({ family: 'Inter', style: 'Medium' })
    expect(() => (b.figma.createSticky().text.characters = 'x')).toThrow(/unloaded font/)
  })

  it('rejects fonts that are not available, and lists the available ones', async () => {
    const { figma, controls } = createFigmaEmulator({ editorType: 'figjam', fonts: [{ family: 'Inter', style: 'Medium' }] })
    await expect(figma.loadFontAsync({ family: 'Comic Sans', style: 'Regular' })).rejects.toThrow(/not available/)
    await expect(figma.loadFontAsync({ family: 'Inter', style: 'Bold' })).rejects.toThrow()
    expect(await figma.listAvailableFontsAsync()).toEqual([{ fontName: { family: 'Inter', style: 'Medium' } }])
    expect(controls.fontLoads).toBe(2)
  })

  it('failLoad makes a font fail; failNext only once', async () => {
    const { figma, controls } = createFigmaEmulator({ editorType: 'figjam' })
    controls.fonts.failLoad({ family: 'Inter', style: 'Bold' }, 'network down')
    await expect(figma.loadFontAsync({ family: 'Inter', style: 'Bold' })).rejects.toThrow('network down')
    controls.fonts.failNext({ family: 'Inter', style: 'Medium' })
    await expect(figma.loadFontAsync({ family: 'Inter', style: 'Medium' })).rejects.toThrow(/Failed to load font "Inter Medium"/)
    await expect(figma.loadFontAsync({ family: 'Inter', style: 'Medium' })).resolves.toBeUndefined()
    expect(controls.fonts.isLoaded({ family: 'Inter', style: 'Medium' })).toBe(true)
    expect(controls.fonts.isLoaded({ family: 'Inter', style: 'Bold' })).toBe(false)
    expect(controls.fontLoads).toBe(3)
  })

  it('loading a family without style loads all its styles', async () => {
    const { figma, controls } = createFigmaEmulator({ editorType: 'figjam' })
    await figma.loadFontAsync({ family: 'Inter' })
    expect(controls.fonts.loaded().map((f) => f.style)).toContain('Semi Bold')
  })

  it('connector text has no usable font until fontName is set', async () => {
    const { figma } = createFigmaEmulator({ editorType: 'figjam' })
    const c = figma.createConnector()
    await expect(figma.loadFontAsync(c.text.fontName as FontName)).rejects.toThrow()
    expect(() => (c.text.characters = 'label')).toThrow(/no valid fontName/)
    await figma.loadFontAsync({ family: 'Inter', style: 'Medium' })
    c.text.fontName = { family: 'Inter', style: 'Medium' }
    c.text.characters = 'label'
    expect(c.text.characters).toBe('label')
  })

  it('text fills do not need the font', () => {
    const { figma } = createFigmaEmulator({ editorType: 'figjam' })
    const sticky = figma.createSticky()
    expect(() => (sticky.text.fills = [{ type: 'SOLID', color: { r: 1, g: 0, b: 0 } }])).not.toThrow()
  })
})
