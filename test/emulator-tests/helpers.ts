import { createFigmaEmulator, type EmulatorOptions, type FigmaEmulator } from '../emulator'

/** A FigJam emulator with Inter loaded the way a plugin would load it. */
export async function figjamWithFonts(options: Partial<EmulatorOptions> = {}): Promise<FigmaEmulator> {
  const emu = createFigmaEmulator({ editorType: 'figjam', ...options })
  await Promise.all(['Regular', 'Medium', 'Bold'].map((style) => emu.figma.loadFontAsync({ family: 'Inter', style })))
  return emu
}

/** Runs fn and returns the thrown error (fails when nothing is thrown). */
export function thrown(fn: () => unknown): Error {
  try {
    fn()
  } catch (e) {
    return e as Error
  }
  throw new Error('expected a throw')
}
