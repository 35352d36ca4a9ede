import { describe, it, expect } from 'vitest'
import { createFigmaEmulator } from '../emulator'

describe('rule 6: plugin data, shared plugin data, relaunch data', () => {
  it('absent keys read "", setting "" deletes the key', () => {
    const { figma } = createFigmaEmulator({ editorType: 'figjam' })
    const node = figma.createSection()
    expect(node.getPluginData('journey')).toBe('')
    node.setPluginData('journey', '{"v":1}')
    node.setPluginData('other', 'x')
    expect(node.getPluginDataKeys().sort()).toEqual(['journey', 'other'])
    node.setPluginData('journey', '')
    expect(node.getPluginDataKeys()).toEqual(['other'])
    expect(node.getPluginData('journey')).toBe('')
  })

  it('entries over 100 000 UTF-8 bytes (plugin id + key + value) and non-string values throw', () => {
    const { figma } = createFigmaEmulator({ editorType: 'figjam' })
    const node = figma.createSection()
    const room = 100_000 - 'emulated-plugin'.length - 'k'.length
    node.setPluginData('k', 'x'.repeat(room))
    expect(() => node.setPluginData('k', 'x'.repeat(room + 1))).toThrow(/in setPluginData: .*100 kB/)
    expect(() => node.setPluginData('k', 42 as unknown as string)).toThrow('in setPluginData: Expected string, received number')
    expect(() => node.setPluginData('k', { a: 1 } as unknown as string)).toThrow(/Expected string/)
  })

  it('the limit counts bytes: 60 000 Cyrillic letters throw where 90 000 ASCII ones do not', () => {
    const { figma } = createFigmaEmulator({ editorType: 'figjam' })
    const node = figma.createSection()
    node.setPluginData('map.0', 'x'.repeat(90_000))
    expect(node.getPluginData('map.0')).toHaveLength(90_000)
    expect(() => node.setPluginData('map.1', 'ж'.repeat(60_000))).toThrow(/in setPluginData: .*100 kB/)
    expect(node.getPluginData('map.1')).toBe('')
    // Emoji take 4 bytes: 25 000 of them are 100 000 bytes before the key.
    expect(() => node.setSharedPluginData('journeylanes', 'k', '🙂'.repeat(25_000))).toThrow(/in setSharedPluginData: .*100 kB/)
  })

  it('shared plugin data namespaces need 3+ alphanumeric characters', () => {
    const { figma } = createFigmaEmulator({ editorType: 'figjam' })
    const node = figma.createSticky()
    expect(() => node.setSharedPluginData('jl', 'k', 'v')).toThrow(/at least 3 alphanumeric/)
    expect(() => node.setSharedPluginData('journey-lanes', 'k', 'v')).toThrow(/at least 3 alphanumeric/)
    node.setSharedPluginData('journeylanes', 'k', 'v')
    expect(node.getSharedPluginData('journeylanes', 'k')).toBe('v')
    expect(node.getSharedPluginDataKeys('journeylanes')).toEqual(['k'])
    node.setSharedPluginData('journeylanes', 'k', '')
    expect(node.getSharedPluginDataKeys('journeylanes')).toEqual([])
  })

  it('setRelaunchData: descriptions over 1000 characters throw, each call replaces the map', () => {
    const { figma } = createFigmaEmulator({ editorType: 'figjam', relaunchCommands: ['edit', 'open'] })
    const node = figma.createSection()
    node.setRelaunchData({ edit: 'Edit journey map', open: '' })
    node.setRelaunchData({ edit: 'Edit again' })
    expect(node.getRelaunchData()).toEqual({ edit: 'Edit again' })
    expect(() => node.setRelaunchData({ edit: 'x'.repeat(1001) })).toThrow(/maximum is 1000/)
    expect(() => node.setRelaunchData({ delete: 'nope' })).toThrow(/relaunchButtons/)
    expect(node.getRelaunchData()).toEqual({ edit: 'Edit again' })
  })
})
