import { readFileSync } from 'node:fs'
import { runPluginInRealm, type Emulator } from '../sandbox/run-plugin'

/** The built plugin in the emulator, driven as the panel drives it; for benchmarks (no test framework). */
export interface Driver {
  emulator: Emulator
  request(body: Record<string, unknown> & { type: string }): Promise<unknown>
}

export function startDriver(editorType: 'figjam' | 'figma' = 'figjam', beforeRun?: (emulator: Emulator) => void): Driver {
  // npm runs the bench from the project's root, after building.
  const code = readFileSync('dist/code.js', 'utf8')
  const emulator = runPluginInRealm(code, { editorType }, beforeRun)
  const waiting = new Map<string, { resolve: (v: unknown) => void; reject: (e: Error) => void }>()
  emulator.controls.ui.onMessage((raw) => {
    const m = raw as { type: string; id?: string; result?: unknown; error?: unknown }
    const w = m.id ? waiting.get(m.id) : undefined
    if (!w) return
    if (m.type === 'reply') w.resolve(m.result)
    else if (m.type === 'error') w.reject(new Error(JSON.stringify(m.error)))
    else return
    waiting.delete(m.id!)
  })
  let seq = 0
  return {
    emulator,
    request(body) {
      const id = `b${++seq}`
      return new Promise((resolve, reject) => {
        waiting.set(id, { resolve, reject })
        emulator.controls.ui.send({ ...body, id })
      })
    },
  }
}
