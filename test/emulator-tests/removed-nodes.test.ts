import { describe, it, expect } from 'vitest'
import { figjamWithFonts, thrown } from './helpers'

describe('rule 2: removed nodes', () => {
  it('every access but id/type/removed throws Figma\'s "does not exist" error', async () => {
    const { figma } = await figjamWithFonts()
    const sticky = figma.createSticky()
    const id = sticky.id
    const label = sticky.text
    sticky.remove()
    expect(sticky.removed).toBe(true)
    expect(sticky.id).toBe(id)
    expect(sticky.type).toBe('STICKY')
    expect(thrown(() => sticky.x).message).toBe(`in get_x: The node with id "${id}" does not exist`)
    expect(thrown(() => (sticky.x = 5)).message).toBe(`in set_x: The node with id "${id}" does not exist`)
    expect(thrown(() => sticky.getPluginData('k')).message).toBe(`in getPluginData: The node with id "${id}" does not exist`)
    expect(thrown(() => sticky.remove()).message).toBe(`in remove: The node with id "${id}" does not exist`)
    expect(thrown(() => sticky.text).message).toBe(`in get_text: The node with id "${id}" does not exist`)
    expect(thrown(() => label.characters).message).toBe(`in get_characters: The node with id "${id}" does not exist`)
  })

  it('removal is recursive and detaches from the parent', async () => {
    const { figma } = await figjamWithFonts()
    const section = figma.createSection()
    const sticky = figma.createSticky()
    section.appendChild(sticky)
    section.remove()
    expect(sticky.removed).toBe(true)
    expect(() => sticky.parent).toThrow(/does not exist/)
    expect(figma.currentPage.children).toHaveLength(0)
  })

  it('getNodeByIdAsync resolves null for removed and unknown ids', async () => {
    const { figma } = await figjamWithFonts()
    const a = figma.createSticky()
    const b = figma.createSticky()
    a.remove()
    expect(await figma.getNodeByIdAsync(a.id)).toBeNull()
    expect(await figma.getNodeByIdAsync('999:999')).toBeNull()
    expect(await figma.getNodeByIdAsync(b.id)).toBe(b)
  })

  it('a removed node cannot be appended or selected', async () => {
    const { figma } = await figjamWithFonts()
    const section = figma.createSection()
    const sticky = figma.createSticky()
    sticky.remove()
    expect(() => section.appendChild(sticky)).toThrow(`in appendChild: The node with id "${sticky.id}" does not exist`)
    expect(() => (figma.currentPage.selection = [sticky])).toThrow(/does not exist/)
  })

  it('a method reference taken before removal throws when called after', async () => {
    const { figma } = await figjamWithFonts()
    const sticky = figma.createSticky()
    const setData = Reflect.get(sticky, 'setPluginData')
    sticky.remove()
    expect(() => setData('a', 'b')).toThrow(/in setPluginData: The node with id/)
  })
})
