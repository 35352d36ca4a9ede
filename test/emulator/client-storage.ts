import type { EmulatorContext } from './context'

/** 5 MB per plugin (developers.figma.com … version-1-update-109); counted as 5 × 1024 × 1024 bytes of serialized key + value. */
export const CLIENT_STORAGE_LIMIT = 5 * 1024 * 1024

const encoder = new TextEncoder()

/**
 * Bytes a stored value takes, counted the same in Node and in the browser playground
 * (Figma does not document its own accounting): UTF-8 text, 8 per number, binary as is.
 */
function sizeOf(value: unknown): number {
  if (typeof value === 'string') return encoder.encode(value).length
  if (typeof value === 'number' || typeof value === 'bigint' || value instanceof Date) return 8
  if (value === null || value === undefined || typeof value === 'boolean') return 1
  if (ArrayBuffer.isView(value)) return value.byteLength
  if (value instanceof ArrayBuffer) return value.byteLength
  if (value instanceof Map) return [...value].reduce((n, [k, v]) => n + sizeOf(k) + sizeOf(v), 0)
  if (value instanceof Set || Array.isArray(value)) return [...(value as Iterable<unknown>)].reduce<number>((n, v) => n + sizeOf(v), 0)
  if (typeof value === 'object') return Object.entries(value).reduce((n, [k, v]) => n + sizeOf(k) + sizeOf(v), 0)
  return 0
}

const byteSize = (key: string, value: unknown): number => sizeOf(key) + sizeOf(value)

/** figma.clientStorage: structured-clone semantics, async (macrotask) results, 5 MB total. */
export class ClientStorage {
  private readonly data = new Map<string, unknown>()
  readonly api: ClientStorageAPI

  constructor(
    private readonly ctx: EmulatorContext,
    initial: Readonly<Record<string, unknown>> | undefined,
  ) {
    for (const [k, v] of Object.entries(initial ?? {})) this.data.set(k, structuredClone(v))
    const api: ClientStorageAPI = {
      getAsync: (key: string) => this.run('getAsync', () => (this.data.has(this.key('getAsync', key)) ? structuredClone(this.data.get(key)) : undefined)),
      setAsync: (key: string, value: unknown) => this.run('setAsync', () => this.set(key, value)),
      deleteAsync: (key: string) => this.run('deleteAsync', () => void this.data.delete(this.key('deleteAsync', key))),
      keysAsync: () => this.run('keysAsync', () => [...this.data.keys()]),
    }
    this.api = Object.freeze(api)
  }

  /** total serialized size in bytes */
  bytes(): number {
    let total = 0
    for (const [k, v] of this.data) total += byteSize(k, v)
    return total
  }

  /** a structured clone of everything stored (to seed a later emulator: options.clientStorage) */
  dump(): Record<string, unknown> {
    return Object.fromEntries([...this.data].map(([k, v]) => [k, structuredClone(v)]))
  }

  private key(op: string, key: unknown): string {
    return this.ctx.validate.string(op, key)
  }

  private set(key: unknown, value: unknown): void {
    const k = this.key('setAsync', key)
    const copy = structuredClone(value)
    const others = this.bytes() - (this.data.has(k) ? byteSize(k, this.data.get(k)) : 0)
    if (others + byteSize(k, copy) > CLIENT_STORAGE_LIMIT) {
      throw this.ctx.errors.invalid('setAsync', 'clientStorage quota exceeded: the total size must stay under 5 MB')
    }
    this.data.set(k, copy)
  }

  private run<T>(op: string, body: () => T): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      let result: { ok: true; value: T } | { ok: false; error: unknown }
      try {
        result = { ok: true, value: body() }
      } catch (error) {
        result = { ok: false, error }
      }
      void op
      // eslint-disable-next-line @typescript-eslint/prefer-promise-reject-errors -- errors come from ctx.errors (possibly another realm's Error) or structuredClone
      this.ctx.enqueue(() => (result.ok ? resolve(result.value) : reject(result.error)))
    })
  }
}
