import { describe, it, expect } from 'vitest'
import { createFigmaEmulator } from '../emulator'

describe('rule 10: closePlugin', () => {
  it('runs close listeners, closes the UI, then every API access throws', () => {
    const { figma, controls } = createFigmaEmulator({ editorType: 'figjam' })
    const sticky = figma.createSticky()
    figma.showUI('')
    const order: string[] = []
    figma.on('close', () => order.push('close'))
    figma.closePlugin('Done')
    order.push('after')
    expect(order).toEqual(['close', 'after'])
    expect(controls.closed).toBe(true)
    expect(controls.closeMessage).toBe('Done')
    expect(controls.ui.open).toBe(false)
    expect(() => figma.currentPage).toThrow('Cannot access the figma global after the plugin has closed')
    expect(() => figma.createSection()).toThrow(/after the plugin has closed/)
    expect(() => sticky.x).toThrow(/after the plugin has closed/)
    expect(() => (sticky.x = 1)).toThrow(/after the plugin has closed/)
  })

  it('disables callbacks: UI messages and events are no longer delivered', async () => {
    const { figma, controls } = createFigmaEmulator({ editorType: 'figjam' })
    figma.showUI('')
    let got = 0
    figma.ui.onmessage = () => void got++
    const ui = figma.ui
    figma.closePlugin()
    controls.ui.send({})
    controls.triggerRun()
    await controls.flush()
    expect(got).toBe(0)
    expect(() => ui.postMessage('x')).toThrow()
  })
})
