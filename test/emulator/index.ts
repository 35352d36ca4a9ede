/**
 * In-memory, typed emulator of the subset of the Figma plugin API that Journey
 * Lanes uses, as strict as real Figma where the API notes or the typings say so.
 * Works as the global `figma` of a `node:vm` context (pass `realm` so thrown
 * errors are the sandbox's Error/TypeError).
 *
 * Choices for behaviour the notes mark UNCONFIRMED or do not cover:
 * - Exact texts of our own errors are ours unless the notes quote Figma (fonts,
 *   removed nodes, no-such-property, dynamic-page, set_vectorPaths, set_fills keys).
 * - `figma.constants.colors` throws a TypeError in 'figma' mode (treated as FigJam-only).
 * - Reading a member that Figma has on this node type but the emulator does not
 *   model throws "[figma-emulator] … is not emulated"; a member of another node
 *   type throws Figma's "no such property" TypeError; any other name reads as
 *   undefined (`in` is true for all real members of the type).
 * - `figma.on('documentchange')` before loadAllPagesAsync resolves throws (wording ours).
 *   `root.findAll/findOne/findAllWithCriteria` likewise.
 * - figma.currentPage.on('nodechange'): the same batches as documentchange (same
 *   rules, same macrotask), without loadAllPagesAsync, as `{nodeChanges}`; changes
 *   made synchronously inside either callback are not reported.
 * - documentchange: sticky/shape text edits report `'text'` (option
 *   stickyTextChangeProperty: 'characters' to test the other case); vectorPaths
 *   writes report 'vectorNetwork'; writes after an `await` inside a documentchange
 *   callback ARE reported; a node created and removed in one batch is reported
 *   as CREATE and DELETE, both with the `{removed, type, id}` stub.
 * - notify: messages over 100 characters are recorded whole, `shown` truncated,
 *   plus a warning (the typings say "Longer messages will be truncated").
 * - Writes needing a loaded font: characters, fontName (the NEW font), fontSize,
 *   letterSpacing, lineHeight, textCase, textDecoration, textAlignHorizontal/Vertical,
 *   textAutoResize, textTruncation, maxLines, insert/deleteCharacters. Text fills don't.
 * - loadFontAsync resolves (and marks the font loaded) a macrotask later.
 * - TextNode.resize() on a WIDTH_AND_HEIGHT text switches it to 'NONE'.
 * - Vector width/height = bounds of the path (curves sampled); x/y and path data
 *   are kept as given (a warning when the bounds do not start at 0,0).
 * - Sticky default fill #E6E6E6, text Inter Medium 24; shape text Inter Medium 16;
 *   connector text has no font until fontName is set; clone() copies plugin data.
 * - Shared plugin data namespace: /^[A-Za-z0-9]{3,}$/; plugin data limit:
 *   plugin id (or namespace) + key + value ≤ 100 000 UTF-8 bytes, so Cyrillic
 *   text (2 bytes a letter) or emoji (4) reach it with fewer characters.
 * - clientStorage limit: 5 × 1024 × 1024 bytes of v8-serialized key + value.
 * - After closePlugin, reading any figma member or node property throws; a
 *   second closePlugin() throws too.
 * - Undo: snapshot based (see undo.ts); user/remote edits are part of the open step.
 * - Sections put into frames only warn.
 */
import { EmulatorContext, type NotificationRecord, type ResolvedOptions } from './context'
import type { ErrorRealm } from './errors'
import { DEFAULT_FONTS } from './fonts'
import { buildFigma } from './figma-global'
import { createNode, defaultState, register } from './node-create'
import { removeNode } from './node-tree'
import { userDuplicate, userReparent, userSetText } from './node-user'
import { textHeight } from './text-metrics'
import type { UiControls } from './ui-bridge'
import type { EmulatedNodeType, NodeImpl, NodeState } from './node-impl'

export { DEFAULT_FONTS } from './fonts'
export * as textMetrics from './text-metrics'
export type { NotificationRecord } from './context'
export type { UiControls } from './ui-bridge'
export type { ErrorRealm } from './errors'

export interface EmulatorOptions {
  editorType: 'figjam' | 'figma'
  /** figma.command (default '') */
  command?: string
  /** fonts available in the editor (default DEFAULT_FONTS: Inter Regular/Medium/Semi Bold/Bold/Italic, …) */
  fonts?: readonly FontName[]
  /** manifest documentAccess (default 'dynamic-page'; 'legacy' lifts the dynamic-page rules) */
  documentAccess?: 'dynamic-page' | 'legacy'
  /** manifest relaunchButtons commands; when given, setRelaunchData rejects other commands */
  relaunchCommands?: readonly string[]
  /** property reported when sticky/shape text changes (default 'text') */
  stickyTextChangeProperty?: 'text' | 'characters'
  /** rethrow errors thrown by plugin callbacks as uncaught errors (default true); they are always recorded in controls.callbackErrors */
  rethrowCallbackErrors?: boolean
  /** initial clientStorage contents (e.g. controls.clientStorage.dump() of a previous run) */
  clientStorage?: Readonly<Record<string, unknown>>
  /** Error/TypeError constructors used for thrown errors (a vm context's, so `instanceof Error` holds in the sandbox) */
  realm?: Partial<ErrorRealm>
  /** viewport size in screen pixels (default 1440×900) */
  viewportSize?: { width: number; height: number }
  documentName?: string
  pageName?: string
  /** a document saved by controls.saveDocument() (of the same editorType): the file as an earlier session left it */
  document?: SavedDocument
}

/** Every live node of a document with its full state: a file as it was, to open again later (test/fixtures/records). */
export interface SavedDocument {
  editorType: 'figjam' | 'figma'
  nodes: { id: string; type: EmulatedNodeType; state: NodeState }[]
}

/** The figma members the plugin uses, typed from @figma/plugin-typings. */
export type EmulatedFigma = Pick<
  PluginAPI,
  | 'apiVersion' | 'command' | 'editorType' | 'mode' | 'mixed' | 'constants' | 'hasMissingFont'
  | 'createSection' | 'createSticky' | 'createShapeWithText' | 'createConnector' | 'createText' | 'createFrame'
  | 'createVector' | 'createEllipse' | 'createLine' | 'createRectangle' | 'createPage' | 'createComponent'
  | 'loadFontAsync' | 'listAvailableFontsAsync'
  | 'currentPage' | 'setCurrentPageAsync' | 'root' | 'loadAllPagesAsync' | 'getNodeByIdAsync' | 'getNodeById'
  | 'getStyleById' | 'getStyleByIdAsync' | 'getLocalPaintStyles' | 'getLocalPaintStylesAsync'
  | 'getLocalTextStyles' | 'getLocalTextStylesAsync' | 'getFileThumbnailNode' | 'getFileThumbnailNodeAsync'
  | 'viewport' | 'commitUndo' | 'notify' | 'showUI' | 'ui' | 'closePlugin' | 'on' | 'once' | 'off' | 'clientStorage'
>

export interface UserActionOptions {
  /** report the change as made by another user (origin 'REMOTE') */
  remote?: boolean
}

/** Edits made by people in the file. They bypass font rules (the editor loads fonts itself). */
export interface UserControls {
  move(node: SceneNode, x: number, y: number, opts?: UserActionOptions): void
  resize(node: SceneNode, width: number, height: number, opts?: UserActionOptions): void
  setText(node: StickyNode | ShapeWithTextNode | TextNode, text: string, opts?: UserActionOptions): void
  createSticky(
    parent: (BaseNode & ChildrenMixin) | null,
    init: { x: number; y: number; text: string; fill?: RGB | SolidPaint },
    opts?: UserActionOptions,
  ): StickyNode
  remove(node: SceneNode, opts?: UserActionOptions): void
  /** Ctrl+D or copy/paste: a copy in the same parent (or `into`), at `at` (default: where the original is); reported as one CREATE */
  duplicate<T extends SceneNode>(node: T, opts?: UserActionOptions & { at?: { x: number; y: number }; into?: BaseNode & ChildrenMixin }): T
  /** drags a node into another parent (a section, or null for the page) at x, y in it: PROPERTY_CHANGE with 'parent', 'x', 'y' */
  reparent(node: SceneNode, parent: (BaseNode & ChildrenMixin) | null, x: number, y: number, opts?: UserActionOptions): void
  /** recolours a node (a sticky's colour): PROPERTY_CHANGE 'fills' */
  setFill(node: SceneNode, fill: RGB, opts?: UserActionOptions): void
  /** sets the selection and fires 'selectionchange' */
  select(nodes: readonly SceneNode[]): void
  /** locks or unlocks a node (its context menu, or the layers panel): PROPERTY_CHANGE 'locked' */
  setLocked(node: SceneNode, locked: boolean, opts?: UserActionOptions): void
}

export interface FontControls {
  available(): FontName[]
  loaded(): FontName[]
  isLoaded(font: FontName): boolean
  /** make loadFontAsync reject for this font (style omitted: every style of the family) */
  failLoad(font: { family: string; style?: string }, message?: string): void
  /** make only the next loadFontAsync of this font reject (the plugin's error path, then recovery) */
  failNext(font: { family: string; style?: string }, message?: string): void
  /** mark a font loaded without loadFontAsync */
  markLoaded(font: FontName): void
}

export interface EmulatorControls {
  readonly closed: boolean
  readonly closeMessage: string | undefined
  /** number of figma.loadFontAsync calls */
  readonly fontLoads: number
  /** figma.* method calls and property writes, node method calls and property writes */
  readonly apiCalls: number
  /** plugin writes: node and figma property writes, figma.create*, and node methods that change the document */
  readonly writes: number
  /** ids of the nodes the plugin wrote to or created since the last resetCounters() */
  writtenNodes(): string[]
  /** for each node written since the last resetCounters(): how many times each member was written or called ("x=", "remove()") */
  writesByNode(): Map<string, Map<string, number>>
  /** ids of the nodes the plugin read or called a method on since the last resetCounters() */
  readNodes(): string[]
  /** number of figma.commitUndo() calls */
  readonly undoSteps: number
  /** committed steps currently on the undo stack */
  readonly undoDepth: number
  readonly allPagesLoaded: boolean
  readonly notifications: readonly NotificationRecord[]
  /** softer deviations (truncated notify, clamped UI size, …) */
  readonly warnings: readonly string[]
  /** errors thrown by plugin callbacks (ui messages, events) */
  readonly callbackErrors: readonly unknown[]
  /** node ids of each viewport.scrollAndZoomIntoView call */
  readonly scrolledTo: ReadonlyArray<readonly string[]>
  readonly selection: readonly SceneNode[]
  readonly ui: UiControls
  readonly user: UserControls
  readonly fonts: FontControls
  readonly clientStorage: { dump(): Record<string, unknown>; bytes(): number }
  /** live scene nodes on the page, depth-first */
  nodes(): SceneNode[]
  /** any node ever created, removed or not (null for unknown ids) */
  node(id: string): BaseNode | null
  /** every live node and its state, to open as EmulatorOptions.document in another emulator */
  saveDocument(): SavedDocument
  /** the text metrics used for stickies and auto-resizing text */
  textHeight(text: string, width: number, fontSize: number): number
  /** resolves after queued deliveries ran and async plugin callbacks settled */
  flush(): Promise<void>
  /** Ctrl+Z; false when there was nothing to undo */
  undo(): boolean
  /** fires figma.on('run') with {command, parameters} */
  triggerRun(parameters?: ParameterValues): void
  emit(type: 'selectionchange' | 'currentpagechange'): void
  resetCounters(): void
  /** apiCalls since the last resetCounters(), by member ("STICKY.x=", "figma.createSticky()") */
  callsByName(): ReadonlyMap<string, number>
  setErrorRealm(realm: Partial<ErrorRealm>): void
  /** sets `figma` (and `__html__` when given) on target (default globalThis); returns an uninstaller */
  installGlobals(target?: object, html?: string): () => void
}

export interface FigmaEmulator {
  /** the emulated global, typed as the subset the plugin uses */
  readonly figma: EmulatedFigma
  /** the same object typed as the full PluginAPI (members outside the subset throw "not emulated") */
  readonly pluginApi: PluginAPI
  readonly controls: EmulatorControls
}

function loadDocument(ctx: EmulatorContext, saved: SavedDocument): void {
  if (saved.editorType !== ctx.options.editorType) throw new Error(`[figma-emulator] a ${saved.editorType} document cannot open as ${ctx.options.editorType}`)
  for (const node of saved.nodes) register(ctx, node.type, structuredClone(node.state), node.id)
  const doc = ctx.nodes.get('0:0')
  const page = doc?.s.children?.map((id) => ctx.nodes.get(id)).find((n) => n?.type === 'PAGE')
  if (!doc || !page) throw new Error('[figma-emulator] a saved document needs its document (0:0) and a page')
  ctx.doc = doc
  ctx.page = page
  ctx.continueIdsAfter(ctx.nodes.keys())
}

export function createFigmaEmulator(options: EmulatorOptions): FigmaEmulator {
  const resolved: ResolvedOptions = {
    editorType: options.editorType,
    command: options.command ?? '',
    fonts: options.fonts ?? DEFAULT_FONTS,
    dynamicPage: (options.documentAccess ?? 'dynamic-page') === 'dynamic-page',
    relaunchCommands: options.relaunchCommands,
    stickyTextChangeProperty: options.stickyTextChangeProperty ?? 'text',
    rethrowCallbackErrors: options.rethrowCallbackErrors ?? true,
    viewportSize: options.viewportSize ?? { width: 1440, height: 900 },
    documentName: options.documentName ?? 'Untitled',
    pageName: options.pageName ?? 'Page 1',
    clientStorage: options.clientStorage,
    realm: options.realm,
  }
  const ctx = new EmulatorContext(resolved)
  if (options.document) loadDocument(ctx, options.document)
  else {
    ctx.doc = register(ctx, 'DOCUMENT', { ...defaultState('DOCUMENT'), name: resolved.documentName }, '0:0')
    ctx.page = register(ctx, 'PAGE', { ...defaultState('PAGE'), name: resolved.pageName, parent: '0:0' }, '0:1')
    ctx.doc.s.children = [ctx.page.id]
  }
  ctx.undo.init()

  const figma = buildFigma(ctx, Symbol('figma.mixed'))

  const live = (op: string, node: unknown): NodeImpl => {
    const impl = ctx.implOf(node)
    if (!impl) throw new Error(`[figma-emulator] user.${op}: not an emulated node`)
    if (impl.removed) throw new Error(`[figma-emulator] user.${op}: node ${impl.id} was removed`)
    return impl
  }
  // The typings: a locked node is protected from "certain user interactions on the canvas such
  // as selecting and dragging"; a person unlocks it first (user.setLocked). Plugins may still write it.
  const grabbable = (op: string, node: unknown): NodeImpl => {
    const impl = live(op, node)
    if (impl.s.locked) throw new Error(`[figma-emulator] user.${op}: node ${impl.id} is locked; people cannot select or drag it on the canvas`)
    return impl
  }
  const user: UserControls = {
    move(node, x, y, opts) {
      const impl = grabbable('move', node)
      ctx.asUser(opts?.remote === true, () => {
        impl.s.x = x
        impl.s.y = y
        ctx.touch(impl, ['x', 'y', 'relativeTransform'])
      })
    },
    resize(node, width, height, opts) {
      const impl = grabbable('resize', node)
      if (impl.type === 'STICKY') throw new Error('[figma-emulator] user.resize: stickies cannot be resized (use isWideWidth)')
      ctx.asUser(opts?.remote === true, () => {
        impl.s.width = width
        impl.s.height = height
        ctx.touch(impl, ['width', 'height'])
      })
    },
    setText(node, text, opts) {
      const impl = grabbable('setText', node)
      if (!impl.s.text) throw new Error(`[figma-emulator] user.setText: ${impl.type} has no text`)
      ctx.asUser(opts?.remote === true, () => userSetText(ctx, impl, text))
    },
    createSticky(parent, init, opts) {
      if (!ctx.figjam) throw new Error('[figma-emulator] user.createSticky: stickies exist only in FigJam')
      return ctx.asUser(opts?.remote === true, () => {
        const impl = createNode(ctx, 'STICKY')
        const p = parent === null ? ctx.page : live('createSticky', parent)
        if (p !== ctx.page) {
          ctx.page.s.children = (ctx.page.s.children ?? []).filter((id) => id !== impl.id)
          p.s.children?.push(impl.id)
          impl.s.parent = p.id
        }
        impl.s.x = init.x
        impl.s.y = init.y
        if (init.fill) {
          const paint = 'type' in init.fill ? init.fill : { type: 'SOLID', color: init.fill }
          impl.s.fills = ctx.validate.paints('user.createSticky', [paint])
        }
        userSetText(ctx, impl, init.text)
        return impl.proxy as StickyNode
      })
    },
    remove(node, opts) {
      const impl = grabbable('remove', node)
      ctx.asUser(opts?.remote === true, () => removeNode(ctx, impl))
    },
    duplicate(node, opts) {
      const impl = grabbable('duplicate', node)
      const into = opts?.into ? live('duplicate', opts.into).id : undefined
      return ctx.asUser(opts?.remote === true, () => userDuplicate(ctx, impl, opts?.at, into).proxy as typeof node)
    },
    reparent(node, parent, x, y, opts) {
      const impl = grabbable('reparent', node)
      const target = parent === null ? ctx.page : live('reparent', parent)
      ctx.asUser(opts?.remote === true, () => userReparent(ctx, impl, target, { x, y }))
    },
    setFill(node, fill, opts) {
      const impl = grabbable('setFill', node)
      if (!impl.s.fills) throw new Error(`[figma-emulator] user.setFill: ${impl.type} has no fills`)
      ctx.asUser(opts?.remote === true, () => {
        impl.s.fills = ctx.validate.paints('user.setFill', [{ type: 'SOLID', color: fill }])
        ctx.touch(impl, ['fills'])
      })
    },
    select(nodes) {
      ctx.selection = nodes.map((n) => live('select', n).id)
      ctx.events.emit('selectionchange')
    },
    setLocked(node, locked, opts) {
      const impl = live('setLocked', node)
      ctx.asUser(opts?.remote === true, () => {
        impl.s.locked = locked
        ctx.touch(impl, ['locked'])
      })
    },
  }

  const fonts: FontControls = {
    available: () => ctx.fonts.list().map((f) => ({ ...f.fontName })),
    loaded: () => ctx.fonts.loadedFonts(),
    isLoaded: (f) => ctx.fonts.isLoaded(f),
    failLoad: (f, message) => ctx.fonts.failLoad(f, message),
    failNext: (f, message) => ctx.fonts.failNext(f, message),
    markLoaded: (f) => ctx.fonts.markLoaded(f),
  }

  const walk = (impl: NodeImpl, out: SceneNode[]): SceneNode[] => {
    for (const id of impl.s.children ?? []) {
      const c = ctx.nodes.get(id)
      if (!c || c.removed) continue
      out.push(c.proxy as SceneNode)
      walk(c, out)
    }
    return out
  }

  const controls: EmulatorControls = {
    get closed() {
      return ctx.closed
    },
    get closeMessage() {
      return ctx.closeMessage
    },
    get fontLoads() {
      return ctx.fonts.loads
    },
    get apiCalls() {
      return ctx.apiCalls
    },
    get writes() {
      return ctx.writes
    },
    writtenNodes: () => [...ctx.written],
    writesByNode: () => new Map([...ctx.writesByNode].map(([id, counts]) => [id, new Map(counts)])),
    get undoSteps() {
      return ctx.undo.commits
    },
    get undoDepth() {
      return ctx.undo.depth
    },
    get allPagesLoaded() {
      return ctx.allPagesLoaded
    },
    get notifications() {
      return ctx.notifications
    },
    get warnings() {
      return ctx.warnings
    },
    get callbackErrors() {
      return ctx.callbackErrors
    },
    get scrolledTo() {
      return ctx.scrolledTo
    },
    get selection() {
      return ctx.selection.map((id) => ctx.nodes.get(id)).filter((n): n is NodeImpl => !!n && !n.removed).map((n) => n.proxy as SceneNode)
    },
    ui: ctx.ui.controls,
    user,
    fonts,
    clientStorage: { dump: () => ctx.storage.dump(), bytes: () => ctx.storage.bytes() },
    nodes: () => walk(ctx.page, []),
    node: (id) => (ctx.nodes.get(id)?.proxy as BaseNode | undefined) ?? null,
    saveDocument: () => ({
      editorType: resolved.editorType,
      nodes: [...ctx.nodes.values()].filter((n) => !n.removed).map((n) => ({ id: n.id, type: n.type, state: structuredClone(n.s) })),
    }),
    textHeight,
    flush: () => ctx.flush(),
    undo: () => ctx.undo.undo(),
    triggerRun(parameters) {
      ctx.events.emit('run', [{ command: ctx.options.command, parameters }])
    },
    emit(type) {
      ctx.events.emit(type)
    },
    callsByName: () => new Map(ctx.callsByName),
    readNodes: () => [...ctx.read],
    resetCounters() {
      ctx.read.clear()
      ctx.callsByName.clear()
      ctx.apiCalls = 0
      ctx.writes = 0
      ctx.written.clear()
      ctx.writesByNode.clear()
      ctx.fonts.loads = 0
    },
    setErrorRealm(realm) {
      ctx.errors.realm = { Error: realm.Error ?? ctx.errors.realm.Error, TypeError: realm.TypeError ?? ctx.errors.realm.TypeError }
    },
    installGlobals(target = globalThis, html) {
      const t = target as Record<string, unknown>
      const prev = { figma: t.figma, html: t.__html__, had: 'figma' in t, hadHtml: '__html__' in t }
      t.figma = figma
      if (html !== undefined) t.__html__ = html
      return () => {
        if (prev.had) t.figma = prev.figma
        else delete t.figma
        if (html !== undefined) {
          if (prev.hadHtml) t.__html__ = prev.html
          else delete t.__html__
        }
      }
    },
  }

  return { figma: figma as EmulatedFigma, pluginApi: figma as PluginAPI, controls }
}
