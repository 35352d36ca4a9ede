import { describe, expect, it } from 'vitest'
import { createFigmaEmulator } from '../emulator'

/**
 * The typings: `locked` prevents "certain user interactions on the canvas such as selecting
 * and dragging" and "does not affect a plugin's ability to write to those properties".
 */
describe('a locked node', () => {
  const setup = () => {
    const emulator = createFigmaEmulator({ editorType: 'figjam' })
    const shape = emulator.figma.createShapeWithText()
    shape.locked = true
    return { emulator, shape }
  }

  it.each([
    ['move', (e: ReturnType<typeof setup>) => e.emulator.controls.user.move(e.shape, 10, 10)],
    ['resize', (e: ReturnType<typeof setup>) => e.emulator.controls.user.resize(e.shape, 10, 10)],
    ['remove', (e: ReturnType<typeof setup>) => e.emulator.controls.user.remove(e.shape)],
    ['duplicate', (e: ReturnType<typeof setup>) => e.emulator.controls.user.duplicate(e.shape)],
    ['setText', (e: ReturnType<typeof setup>) => e.emulator.controls.user.setText(e.shape, 'x')],
    ['setFill', (e: ReturnType<typeof setup>) => e.emulator.controls.user.setFill(e.shape, { r: 1, g: 0, b: 0 })],
  ])('cannot be grabbed by a person to %s', (_, act) => {
    expect(() => act(setup())).toThrow(/is locked/)
  })

  it('is still written by the plugin', () => {
    const { shape } = setup()
    shape.x = 40
    expect(shape.x).toBe(40)
  })

  it('is moved by a person once unlocked, and the unlock is reported', async () => {
    const { emulator, shape } = setup()
    await emulator.figma.loadAllPagesAsync()
    const seen: string[][] = []
    emulator.figma.on('documentchange', (e) => {
      for (const c of e.documentChanges) if (c.type === 'PROPERTY_CHANGE') seen.push([...c.properties])
    })
    emulator.controls.user.setLocked(shape, false)
    emulator.controls.user.move(shape, 5, 5)
    await emulator.controls.flush()
    expect(shape.x).toBe(5)
    expect(seen.flat()).toContain('locked')
  })
})
