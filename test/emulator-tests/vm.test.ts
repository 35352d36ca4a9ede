import { describe, it, expect } from 'vitest'
import vm from 'node:vm'
import { createFigmaEmulator } from '../emulator'

describe('the emulator as the global figma of a node:vm sandbox', () => {
  it('runs plugin code that only sees figma, __html__, timers and console; errors are sandbox errors', async () => {
    const emu = createFigmaEmulator({ editorType: 'figjam', command: 'open' })
    const context = vm.createContext({ figma: emu.figma, __html__: '<p>panel</p>', setTimeout, clearTimeout, console })
    emu.controls.setErrorRealm(vm.runInContext('({ Error, TypeError })', context) as { Error: ErrorConstructor; TypeError: TypeErrorConstructor })
    vm.runInContext(
      `
      figma.showUI(__html__, { width: 320, height: 400 })
      figma.ui.onmessage = async (msg) => {
        const report = {}
        const sticky = figma.createSticky()
        try { sticky.resize(10, 10) } catch (e) { report.wrongMember = e instanceof TypeError }
        try { sticky.text.characters = msg.text } catch (e) { report.fontError = e instanceof Error && e.message.startsWith('in set_characters') }
        await figma.loadFontAsync(sticky.text.fontName)
        sticky.text.characters = msg.text
        report.height = sticky.height
        report.hasNode = typeof require === 'undefined' && typeof process === 'undefined'
        figma.ui.postMessage({ type: 'done', command: figma.command, report })
      }
      `,
      context,
    )
    expect(emu.controls.ui.html).toBe('<p>panel</p>')
    emu.controls.ui.send({ text: 'Hello from the panel' })
    await emu.controls.flush()
    expect(emu.controls.ui.messages).toEqual([{ type: 'done', command: 'open', report: { wrongMember: true, fontError: true, height: 240, hasNode: true } }])
  })
})
