import type { EmulatorContext } from './context'

export const EVENT_TYPES = [
  'selectionchange',
  'currentpagechange',
  'close',
  'timerstart',
  'timerstop',
  'timerpause',
  'timerresume',
  'timeradjust',
  'timerdone',
  'run',
  'drop',
  'documentchange',
  'slidesviewchange',
  'canvasviewchange',
  'textreview',
  'stylechange',
] as const
export type EventType = (typeof EVENT_TYPES)[number]

type Listener = (...args: unknown[]) => unknown

/** figma.on/once/off listeners; emission is asynchronous except for 'close'. */
export class EventHub {
  private readonly listeners = new Map<string, Array<{ cb: Listener; once: boolean }>>()

  constructor(private readonly ctx: EmulatorContext) {}

  count(type: EventType): number {
    return this.listeners.get(type)?.length ?? 0
  }

  add(op: string, type: unknown, cb: unknown, once: boolean): void {
    const t = this.check(op, type)
    if (typeof cb !== 'function') throw this.ctx.errors.invalid(op, `Expected function, received ${typeof cb}`)
    const list = this.listeners.get(t) ?? []
    list.push({ cb: cb as Listener, once })
    this.listeners.set(t, list)
  }

  remove(op: string, type: unknown, cb: unknown): void {
    const t = this.check(op, type)
    const list = this.listeners.get(t)
    if (!list) return
    const i = list.findIndex((l) => l.cb === cb)
    if (i >= 0) list.splice(i, 1)
  }

  check(op: string, type: unknown): EventType {
    if (typeof type !== 'string' || !(EVENT_TYPES as readonly string[]).includes(type)) {
      throw this.ctx.errors.invalid(op, `Invalid event type ${JSON.stringify(type)}`)
    }
    return type as EventType
  }

  /** Calls the listeners now (used by 'close' and by deliveries already on a macrotask). */
  dispatchNow(type: EventType, args: unknown[]): void {
    const list = this.listeners.get(type)
    if (!list || list.length === 0) return
    for (const l of [...list]) {
      if (l.once) {
        const i = list.indexOf(l)
        if (i >= 0) list.splice(i, 1)
      }
      this.ctx.invokeCallback(l.cb, args)
    }
  }

  /** Emits on a later macrotask (Figma's callbacks are asynchronous). */
  emit(type: EventType, args: unknown[] = []): void {
    this.ctx.enqueue(() => {
      if (!this.ctx.closed) this.dispatchNow(type, args)
    })
  }
}

type NodeChangeListener = (event: NodeChangeEvent) => unknown

/**
 * PageNode.on/once/off('nodechange') listeners of one page. Only 'nodechange' is
 * accepted (the typings' only page event); delivery is the ChangeTracker's.
 */
export class PageListeners {
  private readonly list: Array<{ cb: NodeChangeListener; once: boolean }> = []

  constructor(private readonly ctx: EmulatorContext) {}

  get count(): number {
    return this.list.length
  }

  private check(op: string, type: unknown): void {
    if (type !== 'nodechange') throw this.ctx.errors.invalid(op, `Invalid event type ${JSON.stringify(type)}; a page emits only "nodechange"`)
  }

  add(op: string, type: unknown, cb: unknown, once: boolean): void {
    this.check(op, type)
    if (typeof cb !== 'function') throw this.ctx.errors.invalid(op, `Expected function, received ${typeof cb}`)
    this.list.push({ cb: cb as NodeChangeListener, once })
  }

  remove(op: string, type: unknown, cb: unknown): void {
    this.check(op, type)
    const i = this.list.findIndex((l) => l.cb === cb)
    if (i >= 0) this.list.splice(i, 1)
  }

  dispatchNow(event: NodeChangeEvent): void {
    for (const l of [...this.list]) {
      if (l.once) {
        const i = this.list.indexOf(l)
        if (i >= 0) this.list.splice(i, 1)
      }
      this.ctx.invokeCallback(l.cb, [event])
    }
  }
}
