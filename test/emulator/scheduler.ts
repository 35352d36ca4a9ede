/**
 * Host macrotask scheduling, captured at module load so that vitest fake timers
 * (or a vm test that owns the sandbox timers) do not stall emulator deliveries.
 */
const hostSetImmediate: (cb: () => void) => unknown =
  typeof globalThis.setImmediate === 'function'
    ? globalThis.setImmediate.bind(globalThis)
    : (cb) => globalThis.setTimeout(cb, 0)

export function macrotask(cb: () => void): void {
  hostSetImmediate(cb)
}

export function tick(): Promise<void> {
  return new Promise((resolve) => {
    hostSetImmediate(resolve)
  })
}
