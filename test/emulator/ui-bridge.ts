import type { EmulatorContext } from './context'

type MessageHandler = (pluginMessage: unknown, props: OnMessageProperties) => void

export interface UiState {
  shown: boolean
  closed: boolean
  visible: boolean
  html: string | undefined
  options: ShowUIOptions | undefined
  size: { width: number; height: number }
}

/** Panel-side view of the plugin UI, for tests. */
export interface UiControls {
  /** messages the plugin posted to the UI, structured-cloned, in delivery order */
  readonly messages: readonly unknown[]
  /** showUI options (undefined before showUI) */
  readonly options: ShowUIOptions | undefined
  readonly html: string | undefined
  readonly visible: boolean
  /** showUI was called and ui.close()/closePlugin() were not */
  readonly open: boolean
  readonly size: { width: number; height: number }
  /** UI → plugin: delivered asynchronously (cloned) to figma.ui.onmessage and ui.on('message') handlers */
  send(message: unknown, origin?: string): void
  /** subscribe to plugin → UI messages; returns an unsubscribe function */
  onMessage(cb: (message: unknown) => void): () => void
}

const MIN_WIDTH = 70
const MIN_HEIGHT = 0

/**
 * figma.showUI / figma.ui and the panel side. Messages in both directions are
 * structured-cloned with the global structuredClone at send time (functions
 * throw DataCloneError synchronously) and delivered on a later macrotask, in order.
 */
export class UiBridge {
  readonly state: UiState = {
    shown: false,
    closed: false,
    visible: false,
    html: undefined,
    options: undefined,
    size: { width: 300, height: 200 },
  }
  readonly messages: unknown[] = []
  private readonly panelListeners = new Set<(m: unknown) => void>()
  private onmessage: MessageHandler | undefined
  private readonly listeners: Array<{ cb: MessageHandler; once: boolean }> = []
  readonly api: UIAPI
  readonly controls: UiControls

  constructor(private readonly ctx: EmulatorContext) {
    this.api = this.buildApi()
    this.controls = this.buildControls()
  }

  showUI(html: unknown, options: unknown): void {
    const v = this.ctx.validate
    v.string('showUI', html)
    const opts = options === undefined ? {} : (v.object('showUI', options) as ShowUIOptions)
    if (this.state.shown && !this.state.closed) this.ctx.warn('showUI called while a UI is already shown (UNCONFIRMED: Figma replaces it)')
    this.state.shown = true
    this.state.closed = false
    this.state.html = html as string
    this.state.options = structuredClone(opts)
    this.state.visible = opts.visible ?? true
    this.state.size = { width: this.clamp('showUI', opts.width ?? 300, MIN_WIDTH), height: this.clamp('showUI', opts.height ?? 200, MIN_HEIGHT) }
  }

  closeUi(): void {
    this.state.closed = true
    this.state.visible = false
  }

  private get open(): boolean {
    return this.state.shown && !this.state.closed
  }

  private clamp(op: string, v: number, min: number): number {
    this.ctx.validate.number(op, v)
    if (v < min) {
      this.ctx.warn(`${op}: size ${v} is below Figma's minimum ${min}; clamped`)
      return min
    }
    return v
  }

  private buildApi(): UIAPI {
    const ctx = this.ctx
    const api = {
      show: (): void => {
        if (this.open) this.state.visible = true
      },
      hide: (): void => {
        if (this.open) this.state.visible = false
      },
      resize: (width: number, height: number): void => {
        this.state.size = { width: this.clamp('resize', width, MIN_WIDTH), height: this.clamp('resize', height, MIN_HEIGHT) }
      },
      close: (): void => {
        this.closeUi()
      },
      postMessage: (pluginMessage: unknown, options?: UIPostMessageOptions): void => {
        if (!this.open) throw ctx.errors.invalid('postMessage', 'No UI is shown. Call figma.showUI() before figma.ui.postMessage()')
        void options
        const copy = structuredClone(pluginMessage)
        ctx.enqueue(() => {
          this.messages.push(copy)
          for (const cb of [...this.panelListeners]) cb(copy)
        })
      },
      on: (type: 'message', cb: MessageHandler): void => {
        this.addListener('on', type, cb, false)
      },
      once: (type: 'message', cb: MessageHandler): void => {
        this.addListener('once', type, cb, true)
      },
      off: (type: 'message', cb: MessageHandler): void => {
        if (type !== 'message') throw ctx.errors.invalid('off', `Invalid event type ${JSON.stringify(type)}`)
        const i = this.listeners.findIndex((l) => l.cb === cb)
        if (i >= 0) this.listeners.splice(i, 1)
      },
    }
    Object.defineProperty(api, 'onmessage', {
      enumerable: true,
      get: (): MessageHandler | undefined => this.onmessage,
      set: (h: unknown): void => {
        if (h !== undefined && typeof h !== 'function') throw ctx.errors.invalid('set_onmessage', 'Expected function')
        this.onmessage = h as MessageHandler | undefined
      },
    })
    return Object.freeze(api) as unknown as UIAPI
  }

  private addListener(op: string, type: unknown, cb: unknown, once: boolean): void {
    if (type !== 'message') throw this.ctx.errors.invalid(op, `Invalid event type ${JSON.stringify(type)}`)
    if (typeof cb !== 'function') throw this.ctx.errors.invalid(op, 'Expected function')
    this.listeners.push({ cb: cb as MessageHandler, once })
  }

  private buildControls(): UiControls {
    const controls = {
      send: (message: unknown, origin = 'null'): void => {
        const copy = structuredClone(message)
        this.ctx.enqueue(() => {
          if (this.ctx.closed || !this.open) {
            this.ctx.warn('ui.send: message dropped, the plugin UI is not open')
            return
          }
          const props: OnMessageProperties = { origin }
          if (this.onmessage) this.ctx.invokeCallback(this.onmessage, [copy, props])
          for (const l of [...this.listeners]) {
            if (l.once) this.listeners.splice(this.listeners.indexOf(l), 1)
            this.ctx.invokeCallback(l.cb, [copy, props])
          }
        })
      },
      onMessage: (cb: (message: unknown) => void): (() => void) => {
        this.panelListeners.add(cb)
        return () => {
          this.panelListeners.delete(cb)
        }
      },
    }
    const getters: Record<string, () => unknown> = {
      messages: () => this.messages,
      options: () => this.state.options,
      html: () => this.state.html,
      visible: () => this.state.visible,
      open: () => this.open,
      size: () => ({ ...this.state.size }),
    }
    for (const [key, get] of Object.entries(getters)) Object.defineProperty(controls, key, { get, enumerable: true })
    return controls as unknown as UiControls
  }
}
