import { API_MEMBERS } from './api-members'
import { PLUGIN_ID, type EmulatorContext } from './context'
import { createNode } from './node-create'
import { absoluteBox } from './node-geometry'
import type { EmulatedNodeType } from './node-impl'
import { FIGJAM_BASE, FIGJAM_BASE_LIGHT } from './palettes'

interface Member {
  get?: () => unknown
  set?: (v: unknown) => void
  call?: (...args: unknown[]) => unknown
}

const PLUGIN_API_MEMBERS = new Set<string>(API_MEMBERS.PluginAPI.split(' '))
const TOOLING_KEYS = new Set(['then', 'toJSON', 'asymmetricMatch', '$$typeof', 'nodeType', 'constructor', 'inspect', 'nodeName', 'tagName', '_isMockFunction'])

/** "only available in FigJam" (typings); reading them in Figma Design throws. */
export const FIGJAM_ONLY = new Set(['createSticky', 'createConnector', 'createShapeWithText', 'createCodeBlock', 'createTable', 'timer', 'activeUsers'])
/** Design-only; reading them in FigJam throws (createPage: SK SKILL.md). */
export const DESIGN_ONLY = new Set([
  'createPage', 'createPageDivider', 'createComponent', 'createComponentFromNode', 'combineAsVariants', 'createSlice',
  'createPaintStyle', 'createTextStyle', 'createEffectStyle', 'createGridStyle',
])
/** Sync APIs that throw under documentAccess: dynamic-page, with the async replacement. */
const DYNAMIC_PAGE_SYNC: Record<string, string> = {
  getNodeById: 'figma.getNodeByIdAsync',
  getStyleById: 'figma.getStyleByIdAsync',
  getLocalPaintStyles: 'figma.getLocalPaintStylesAsync',
  getLocalTextStyles: 'figma.getLocalTextStylesAsync',
  getLocalEffectStyles: 'figma.getLocalEffectStylesAsync',
  getLocalGridStyles: 'figma.getLocalGridStylesAsync',
  getLocalCustomAnimationStyles: 'figma.getLocalCustomAnimationStylesAsync',
  getFileThumbnailNode: 'figma.getFileThumbnailNodeAsync',
}

export function buildFigma(ctx: EmulatorContext, mixed: symbol): object {
  const later = <T>(fn: () => T): Promise<T> =>
    new Promise<T>((resolve, reject) => {
      ctx.enqueue(() => {
        try {
          resolve(fn())
        } catch (e) {
          // eslint-disable-next-line @typescript-eslint/prefer-promise-reject-errors -- may be the sandbox realm's Error
          reject(e)
        }
      })
    })
  const live = (id: unknown): object | null => {
    const impl = ctx.nodes.get(ctx.validate.string('getNodeById', id))
    return impl && !impl.removed ? impl.proxy : null
  }
  const members = new Map<string, Member>()
  const value = (key: string, get: () => unknown): void => void members.set(key, { get })
  const method = (key: string, call: (...args: unknown[]) => unknown): void => void members.set(key, { call })

  value('apiVersion', () => '1.0.0')
  value('command', () => ctx.options.command)
  value('editorType', () => ctx.options.editorType)
  value('mode', () => 'default')
  value('pluginId', () => PLUGIN_ID)
  value('mixed', () => mixed)
  value('root', () => ctx.doc.proxy)
  value('ui', () => ctx.ui.api)
  value('clientStorage', () => ctx.storage.api)
  value('viewport', () => viewport)
  value('constants', () => constants)
  value('hasMissingFont', () =>
    [...ctx.nodes.values()].some((n) => !n.removed && n.s.text?.fontName && n.s.text.characters !== '' && !ctx.fonts.isAvailable(n.s.text.fontName)),
  )
  members.set('currentPage', {
    get: () => ctx.page.proxy,
    set: (v) => {
      if (ctx.options.dynamicPage) throw ctx.errors.dynamicPage('set_currentPage', 'figma.setCurrentPageAsync')
      if (ctx.implOf(v) !== ctx.page) throw ctx.errors.invalid('set_currentPage', 'Expected the PageNode of this document')
    },
  })

  const creators: Array<[string, EmulatedNodeType]> = [
    ['createSection', 'SECTION'],
    ['createSticky', 'STICKY'],
    ['createShapeWithText', 'SHAPE_WITH_TEXT'],
    ['createConnector', 'CONNECTOR'],
    ['createText', 'TEXT'],
    ['createFrame', 'FRAME'],
    ['createVector', 'VECTOR'],
    ['createEllipse', 'ELLIPSE'],
    ['createLine', 'LINE'],
    ['createRectangle', 'RECTANGLE'],
  ]
  for (const [key, type] of creators)
    method(key, () => {
      const impl = createNode(ctx, type)
      ctx.countWrite(impl.id, `figma.${key}()`)
      return impl.proxy
    })

  method('loadFontAsync', (font) => ctx.fonts.load(font))
  method('listAvailableFontsAsync', () => later(() => ctx.fonts.list()))
  method('loadAllPagesAsync', () =>
    later(() => {
      ctx.allPagesLoaded = true
    }),
  )
  method('setCurrentPageAsync', (page) =>
    later(() => {
      if (ctx.implOf(page) !== ctx.page) throw ctx.errors.invalid('setCurrentPageAsync', 'Expected the PageNode of this document')
    }),
  )
  method('getNodeByIdAsync', (id) => {
    ctx.validate.string('getNodeByIdAsync', id)
    return later(() => live(id))
  })
  method('getStyleByIdAsync', () => later(() => null))
  method('getFileThumbnailNodeAsync', () => later(() => null))
  for (const key of ['getLocalPaintStylesAsync', 'getLocalTextStylesAsync', 'getLocalEffectStylesAsync', 'getLocalGridStylesAsync', 'getLocalCustomAnimationStylesAsync']) {
    method(key, () => later(() => []))
  }
  for (const [key, alternative] of Object.entries(DYNAMIC_PAGE_SYNC)) {
    method(key, (...args) => {
      if (ctx.options.dynamicPage) throw ctx.errors.dynamicPage(key, alternative)
      if (key === 'getNodeById') return live(args[0])
      return key === 'getStyleById' || key === 'getFileThumbnailNode' ? null : []
    })
  }
  method('commitUndo', () => ctx.undo.commit())
  method('notify', (message, options) => {
    const m = ctx.validate.string('notify', message)
    if (m.length > 100) ctx.warn(`notify: message is ${m.length} characters; Figma truncates it to 100`)
    const record = { message: m, shown: m.slice(0, 100), options: options as NotificationOptions | undefined, cancelled: false }
    ctx.notifications.push(record)
    return Object.freeze({
      cancel: () => {
        record.cancelled = true
      },
    })
  })
  method('showUI', (html, options) => ctx.ui.showUI(html, options))
  method('closePlugin', (message) => {
    if (message !== undefined) ctx.closeMessage = ctx.validate.string('closePlugin', message)
    ctx.events.dispatchNow('close', [])
    ctx.ui.closeUi()
    ctx.closed = true
  })
  const subscribe = (op: 'on' | 'once') => (type: unknown, cb: unknown) => {
    if (type === 'documentchange' && ctx.options.dynamicPage && !ctx.allPagesLoaded) {
      // T:564 "must first call loadAllPagesAsync"; exact wording UNCONFIRMED.
      throw ctx.errors.error(`in ${op}: Cannot register a "documentchange" handler with documentAccess: dynamic-page. Call figma.loadAllPagesAsync() first.`)
    }
    ctx.events.add(op, type, cb, op === 'once')
  }
  method('on', subscribe('on'))
  method('once', subscribe('once'))
  method('off', (type, cb) => ctx.events.remove('off', type, cb))

  // --- viewport ---------------------------------------------------------------
  let center: Vector = { x: 0, y: 0 }
  let zoom = 1
  const { width: vw, height: vh } = ctx.options.viewportSize
  const guard = (): void => {
    if (ctx.closed) throw ctx.errors.closed()
  }
  const viewport = Object.freeze({
    get center(): Vector {
      guard()
      return Object.freeze({ ...center })
    },
    set center(v: Vector) {
      guard()
      const o = ctx.validate.object('set_center', v)
      center = { x: ctx.validate.number('set_center', o.x), y: ctx.validate.number('set_center', o.y) }
    },
    get zoom(): number {
      guard()
      return zoom
    },
    set zoom(v: number) {
      guard()
      zoom = ctx.validate.number('set_zoom', v)
      if (zoom <= 0) throw ctx.errors.invalid('set_zoom', 'Zoom must be greater than 0')
    },
    get bounds(): Rect {
      guard()
      return Object.freeze({ x: center.x - vw / zoom / 2, y: center.y - vh / zoom / 2, width: vw / zoom, height: vh / zoom })
    },
    scrollAndZoomIntoView(nodes: ReadonlyArray<BaseNode>): void {
      guard()
      ctx.countCall('viewport.scrollAndZoomIntoView()')
      if (!Array.isArray(nodes)) throw ctx.errors.invalid('scrollAndZoomIntoView', 'Expected an array of nodes')
      const impls = nodes.map((n: unknown) => {
        const impl = ctx.implOf(n)
        if (!impl) throw ctx.errors.invalid('scrollAndZoomIntoView', 'Expected an array of nodes')
        if (impl.removed) throw ctx.errors.removed('scrollAndZoomIntoView', impl.id)
        return impl
      })
      ctx.scrolledTo.push(impls.map((i) => i.id))
      const boxes = impls.filter((i) => i.type !== 'PAGE' && i.type !== 'DOCUMENT').map((i) => absoluteBox(ctx, i))
      if (boxes.length === 0) return
      const x0 = Math.min(...boxes.map((b) => b.x))
      const y0 = Math.min(...boxes.map((b) => b.y))
      const x1 = Math.max(...boxes.map((b) => b.x + b.width))
      const y1 = Math.max(...boxes.map((b) => b.y + b.height))
      center = { x: (x0 + x1) / 2, y: (y0 + y1) / 2 }
      zoom = Math.min(256, Math.max(0.02, Math.min(vw / Math.max(1, x1 - x0), vh / Math.max(1, y1 - y0)) * 0.9))
    },
  })

  // --- constants ----------------------------------------------------------------
  const constants = ctx.figjam
    ? Object.freeze({ colors: Object.freeze({ figJamBase: FIGJAM_BASE, figJamBaseLight: FIGJAM_BASE_LIGHT }) })
    : Object.freeze({
        // Choice: the FigJam palettes are treated as FigJam-only, like the other FigJam-only APIs.
        get colors(): never {
          throw ctx.errors.noSuchGlobal('colors', 'figma.constants', 'the figma.constants object in Figma Design (FigJam palettes)')
        },
      })

  // --- the global -----------------------------------------------------------------
  const wrappers = new Map<string, (...args: unknown[]) => unknown>()
  const wrap = (key: string, call: (...args: unknown[]) => unknown): ((...args: unknown[]) => unknown) => {
    let fn = wrappers.get(key)
    if (!fn) {
      fn = (...args: unknown[]): unknown => {
        if (ctx.closed) throw ctx.errors.closed()
        ctx.countCall(`figma.${key}()`)
        if (key.startsWith('create') || key === 'group') ctx.writes++
        return call(...args)
      }
      wrappers.set(key, fn)
    }
    return fn
  }
  const gate = (key: string): void => {
    if (!ctx.figjam && FIGJAM_ONLY.has(key)) throw ctx.errors.noSuchGlobal(key)
    if (ctx.figjam && DESIGN_ONLY.has(key)) throw ctx.errors.noSuchGlobal(key)
  }
  return new Proxy(
    {},
    {
      get(_t, key) {
        if (typeof key === 'symbol' || TOOLING_KEYS.has(key)) return undefined
        if (ctx.closed) throw ctx.errors.closed()
        gate(key)
        const m = members.get(key)
        if (!m) {
          if (PLUGIN_API_MEMBERS.has(key)) throw ctx.errors.notEmulated('figma', key)
          return undefined
        }
        if (m.call) return wrap(key, m.call)
        return m.get?.()
      },
      set(_t, key, v) {
        if (typeof key === 'symbol') throw ctx.errors.notExtensible(String(key))
        if (ctx.closed) throw ctx.errors.closed()
        gate(key)
        const m = members.get(key)
        if (m?.set) {
          ctx.countCall(`figma.${key}=`)
          ctx.writes++
          m.set(v)
          return true
        }
        if (m || PLUGIN_API_MEMBERS.has(key)) throw ctx.errors.readOnly(key, 'PluginAPI')
        throw ctx.errors.notExtensible(key)
      },
      has(_t, key) {
        return typeof key === 'string' && (PLUGIN_API_MEMBERS.has(key) || members.has(key))
      },
      ownKeys() {
        return []
      },
      getOwnPropertyDescriptor() {
        return undefined
      },
      defineProperty(_t, key) {
        throw ctx.errors.notExtensible(String(key))
      },
      deleteProperty(_t, key) {
        throw ctx.errors.typeError(`Cannot delete property '${String(key)}' of #<PluginAPI>`)
      },
    },
  )
}
