import { describe, it, expect } from 'vitest'
import { createFigmaEmulator } from '../emulator'

describe('rule 7: showUI / postMessage', () => {
  it('postMessage before showUI throws', () => {
    const { figma } = createFigmaEmulator({ editorType: 'figjam' })
    expect(() => figma.ui.postMessage({ type: 'hello' })).toThrow(/in postMessage: No UI is shown/)
  })

  it('plugin → UI: cloned at send time, delivered later, in order', async () => {
    const { figma, controls } = createFigmaEmulator({ editorType: 'figjam' })
    figma.showUI('<p>ui</p>', { width: 360, height: 480, themeColors: true })
    expect(controls.ui.options).toEqual({ width: 360, height: 480, themeColors: true })
    expect(controls.ui.visible).toBe(true)
    const seen: unknown[] = []
    controls.ui.onMessage((m) => seen.push(m))
    const payload = { type: 'state', items: [1, 2], when: new Date(0) }
    figma.ui.postMessage(payload)
    figma.ui.postMessage({ type: 'second' })
    payload.items.push(3)
    expect(controls.ui.messages).toHaveLength(0)
    await controls.flush()
    expect(controls.ui.messages).toEqual([{ type: 'state', items: [1, 2], when: new Date(0) }, { type: 'second' }])
    expect(seen).toEqual(controls.ui.messages)
  })

  it('functions cannot be posted (DataCloneError)', () => {
    const { figma } = createFigmaEmulator({ editorType: 'figjam' })
    figma.showUI('')
    expect(() => figma.ui.postMessage({ fn: () => 1 })).toThrow(/could not be cloned/)
  })

  it('UI → plugin: onmessage and on("message") get a clone asynchronously with {origin}', async () => {
    const { figma, controls } = createFigmaEmulator({ editorType: 'figjam' })
    figma.showUI('', { visible: false })
    expect(controls.ui.visible).toBe(false)
    const got: Array<[unknown, OnMessageProperties]> = []
    figma.ui.onmessage = (msg, props) => got.push([msg, props])
    const once: unknown[] = []
    figma.ui.once('message', (msg) => once.push(msg))
    const msg = { type: 'generate', rows: [{ a: 1 }] }
    controls.ui.send(msg)
    controls.ui.send({ type: 'again' })
    expect(got).toHaveLength(0)
    await controls.flush()
    expect(got.map(([m]) => m)).toEqual([msg, { type: 'again' }])
    expect(got[0]?.[0]).not.toBe(msg)
    expect(got[0]?.[1]).toEqual({ origin: 'null' })
    expect(once).toEqual([msg])
  })

  it('hide/show/resize/close', () => {
    const { figma, controls } = createFigmaEmulator({ editorType: 'figjam' })
    figma.showUI('')
    figma.ui.hide()
    expect(controls.ui.visible).toBe(false)
    figma.ui.show()
    figma.ui.resize(20, 100)
    expect(controls.ui.size).toEqual({ width: 70, height: 100 })
    expect(controls.warnings.some((w) => w.includes('minimum 70'))).toBe(true)
    figma.ui.close()
    expect(controls.ui.open).toBe(false)
    expect(() => figma.ui.postMessage('x')).toThrow(/No UI is shown/)
  })

  it('errors thrown by the plugin handler are recorded (and rethrown unless disabled)', async () => {
    const { figma, controls } = createFigmaEmulator({ editorType: 'figjam', rethrowCallbackErrors: false })
    figma.showUI('')
    figma.ui.onmessage = () => {
      throw new Error('boom')
    }
    // eslint-disable-next-line @typescript-eslint/no-misused-promises -- async handlers are what the emulator must cope with
    figma.ui.on('message', async () => {
      await Promise.resolve()
      throw new Error('async boom')
    })
    controls.ui.send({})
    await controls.flush()
    expect(controls.callbackErrors.map((e) => (e as Error).message)).toEqual(['boom', 'async boom'])
  })
})
