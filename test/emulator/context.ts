import { ClientStorage } from './client-storage'
import { ChangeTracker, type Origin } from './document-changes'
import { ErrorFactory, type ErrorRealm } from './errors'
import { EventHub, PageListeners } from './events'
import { FontRegistry } from './fonts'
import type { NodeImpl } from './node-impl'
import { macrotask, tick } from './scheduler'
import { UiBridge } from './ui-bridge'
import { UndoHistory } from './undo'
import { Validator } from './validate'

export interface ResolvedOptions {
  editorType: 'figjam' | 'figma'
  command: string
  fonts: readonly FontName[]
  dynamicPage: boolean
  relaunchCommands: readonly string[] | undefined
  stickyTextChangeProperty: 'text' | 'characters'
  rethrowCallbackErrors: boolean
  viewportSize: { width: number; height: number }
  documentName: string
  pageName: string
  clientStorage: Readonly<Record<string, unknown>> | undefined
  realm: Partial<ErrorRealm> | undefined
}

export interface NotificationRecord {
  /** the message as passed */
  message: string
  /** what Figma shows: the message truncated to 100 characters */
  shown: string
  options: NotificationOptions | undefined
  cancelled: boolean
}

/** Shared state of one emulator instance. */
/** What figma.pluginId returns; it counts towards each plugin data entry's 100 kB. */
export const PLUGIN_ID = 'emulated-plugin'

export class EmulatorContext {
  readonly errors: ErrorFactory
  readonly validate: Validator
  readonly fonts: FontRegistry
  readonly nodes = new Map<string, NodeImpl>()
  readonly byProxy = new WeakMap<object, NodeImpl>()
  readonly changes: ChangeTracker
  readonly events: EventHub
  /** PageNode.on('nodechange') listeners of the (single) page */
  readonly pageListeners: PageListeners
  readonly undo: UndoHistory
  readonly ui: UiBridge
  readonly storage: ClientStorage
  readonly warnings: string[] = []
  readonly callbackErrors: unknown[] = []
  readonly notifications: NotificationRecord[] = []
  readonly scrolledTo: string[][] = []
  selection: string[] = []
  apiCalls = 0
  /** apiCalls by member name, for finding where calls go */
  readonly callsByName = new Map<string, number>()

  countCall(name: string): void {
    this.apiCalls++
    this.callsByName.set(name, (this.callsByName.get(name) ?? 0) + 1)
  }
  /** plugin property writes and mutating method calls (see node-proxy.ts WRITE_METHODS) */
  writes = 0
  /** ids of the nodes the plugin wrote to (or created) since the last resetCounters() */
  readonly written = new Set<string>()
  /** per node written: how many times each member was written or called ("x=", "remove()") since the last resetCounters() */
  readonly writesByNode = new Map<string, Map<string, number>>()

  countWrite(id: string, member: string): void {
    this.written.add(id)
    const counts = this.writesByNode.get(id) ?? new Map<string, number>()
    counts.set(member, (counts.get(member) ?? 0) + 1)
    this.writesByNode.set(id, counts)
  }
  /** nodes whose properties or methods the plugin used since the last resetCounters() (their id aside) */
  readonly read = new Set<string>()
  closed = false
  closeMessage: string | undefined
  allPagesLoaded = false
  origin: Origin = 'LOCAL'
  suppressChanges = false
  private pending = 0
  private readonly pendingPromises = new Set<Promise<unknown>>()
  private nextId = 1
  doc!: NodeImpl
  page!: NodeImpl

  constructor(readonly options: ResolvedOptions) {
    this.errors = new ErrorFactory(options.realm)
    this.validate = new Validator(this.errors)
    this.fonts = new FontRegistry(options.fonts, this.errors, (t) => this.enqueue(t))
    this.changes = new ChangeTracker(this)
    this.events = new EventHub(this)
    this.pageListeners = new PageListeners(this)
    this.undo = new UndoHistory(this)
    this.ui = new UiBridge(this)
    this.storage = new ClientStorage(this, options.clientStorage)
  }

  get figjam(): boolean {
    return this.options.editorType === 'figjam'
  }

  newId(): string {
    return `1:${this.nextId++}`
  }

  /** After loading a saved document: new ids continue past the highest loaded one. */
  continueIdsAfter(ids: Iterable<string>): void {
    for (const id of ids) {
      const n = Number(id.split(':')[1])
      if (Number.isInteger(n) && n >= this.nextId) this.nextId = n + 1
    }
  }

  warn(message: string): void {
    this.warnings.push(message)
  }

  implOf(value: unknown): NodeImpl | undefined {
    return typeof value === 'object' && value !== null ? this.byProxy.get(value) : undefined
  }

  /** Marks the document changed (undo) and reports the property change. */
  touch(impl: NodeImpl, props: readonly NodeChangeProperty[]): void {
    this.undo.dirty = true
    this.changes.property(impl, props)
  }

  /** Runs `fn` as a person editing the file (LOCAL, or REMOTE for another user). */
  asUser<T>(remote: boolean, fn: () => T): T {
    const prev = this.origin
    this.origin = remote ? 'REMOTE' : 'LOCAL'
    try {
      return fn()
    } finally {
      this.origin = prev
      // In Figma each edit a person makes is their own undo step: Ctrl+Z after a plugin's
      // step must not take back what people did before it.
      if (!remote) this.undo.personStep()
    }
  }

  /** Runs `task` on a later host macrotask, tracked by flush(). */
  enqueue(task: () => void): void {
    this.pending++
    macrotask(() => {
      this.pending--
      task()
    })
  }

  /** Calls a plugin callback; errors (sync or async) are recorded and, by default, rethrown as uncaught. */
  invokeCallback(cb: (...args: never[]) => unknown, args: unknown[]): void {
    const fail = (e: unknown): void => {
      this.callbackErrors.push(e)
      if (this.options.rethrowCallbackErrors) {
        macrotask(() => {
          throw e
        })
      }
    }
    try {
      const r = (cb as (...a: unknown[]) => unknown)(...args)
      if (typeof r === 'object' && r !== null && typeof (r as { then?: unknown }).then === 'function') {
        const p = Promise.resolve(r as PromiseLike<unknown>).then(undefined, fail)
        this.pendingPromises.add(p)
        void p.finally(() => this.pendingPromises.delete(p))
      }
    } catch (e) {
      fail(e)
    }
  }

  /** Resolves once queued deliveries ran and async plugin callbacks settled (or stopped progressing). */
  async flush(): Promise<void> {
    let idle = 0
    for (let i = 0; i < 100_000; i++) {
      if (this.pending === 0 && !this.changes.scheduled) {
        if (this.pendingPromises.size === 0) return
        if (++idle > 200) return // callbacks waiting on something the emulator does not drive (sandbox timers…)
        await Promise.race([Promise.allSettled([...this.pendingPromises]), tick()])
        continue
      }
      idle = 0
      await tick()
    }
    throw new Error('[figma-emulator] flush(): work kept being scheduled (a message or change loop?)')
  }
}
