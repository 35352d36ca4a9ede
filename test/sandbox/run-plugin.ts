import vm from 'node:vm'
import { createFigmaEmulator, type EmulatorOptions } from '../emulator'

export type Emulator = ReturnType<typeof createFigmaEmulator>

/**
 * Runs a built dist/code.js the way Figma's sandbox does: a fresh realm whose only
 * globals are `figma`, `__html__`, timers and console — no Node, no DOM. A plugin
 * that reached for anything else would fail here as it would in Figma. Shared by
 * the tests and the preview command.
 */
export function runPluginInRealm(code: string, options: EmulatorOptions, beforeRun?: (emulator: Emulator) => void, realm: RealmOptions = {}): Emulator {
  const emulator = createFigmaEmulator(options)
  beforeRun?.(emulator)
  return runPluginOn(code, emulator, realm)
}

export interface RealmOptions {
  /**
   * Milliseconds the realm's Date.now() advances on each call: a slow machine, where
   * every pause the plugin may take between chunks of drawing is taken.
   */
  clockStep?: number
}

/** Runs the plugin on an emulator that already holds a document (a board left by an earlier run). */
export function runPluginOn(code: string, emulator: Emulator, realm: RealmOptions = {}): Emulator {
  const context = vm.createContext({
    figma: emulator.figma,
    __html__: '<!doctype html><title>panel</title>',
    setTimeout,
    clearTimeout,
    setInterval,
    clearInterval,
    console,
  })
  // Errors the emulator throws must be the sandbox realm's own, or `instanceof Error` fails in the bundle.
  emulator.controls.setErrorRealm(vm.runInContext('({ Error, TypeError, RangeError })', context) as never)
  if (realm.clockStep !== undefined) vm.runInContext(`{ const now = Date.now; let ahead = 0; Date.now = () => now() + (ahead += ${realm.clockStep}) }`, context)
  vm.runInContext(code, context, { filename: 'code.js' })
  return emulator
}

/** Sends one request as the panel would and resolves with the sandbox's reply or error. */
export function requestOnce(emulator: Emulator, message: Record<string, unknown> & { id: string }): Promise<{ type: string; result?: unknown; error?: unknown }> {
  return new Promise((resolve) => {
    const stop = emulator.controls.ui.onMessage((raw) => {
      const m = raw as { type?: string; id?: string }
      if ((m.type === 'reply' || m.type === 'error') && m.id === message.id) {
        stop()
        resolve(raw as { type: string })
      }
    })
    emulator.controls.ui.send(message)
  })
}
