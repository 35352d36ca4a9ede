import { API_MEMBERS, type ApiOwner } from './api-members'
import { PLUGIN_ID, type EmulatorContext } from './context'
import { INTER_MEDIUM, INTER_REGULAR } from './fonts'
import { NodeImpl, baseState, solid, textState, type EmulatedNodeType, type NodeState, type TextState } from './node-impl'
import {
  SHAPE_FONT_SIZE,
  STICKY_FONT_SIZE,
  TEXT_FONT_SIZE,
  autoLineHeight,
  measureText,
  round2,
  stickyHeight,
  stickyWidth,
} from './text-metrics'
import { frozenCopy } from './validate'

// ---------------------------------------------------------------------------
// Member tables
// ---------------------------------------------------------------------------

type Getter = (n: NodeImpl, ctx: EmulatorContext) => unknown
type Setter = (n: NodeImpl, v: unknown, ctx: EmulatorContext) => void
type Method = (n: NodeImpl, args: unknown[], ctx: EmulatorContext) => unknown
interface Spec {
  get?: Getter
  set?: Setter
  call?: Method
  /** readable on removed nodes (id, type, removed) */
  alive?: true
  /** absent in FigJam (getTopLevelFrame) */
  designOnly?: true
}
type Specs = Map<string, Spec>

const members = (owner: ApiOwner): Set<string> => new Set<string>(API_MEMBERS[owner].split(' '))
const NODE_OWNERS: ApiOwner[] = [
  'DOCUMENT', 'PAGE', 'SECTION', 'STICKY', 'SHAPE_WITH_TEXT', 'CONNECTOR', 'TEXT', 'FRAME', 'VECTOR', 'ELLIPSE', 'LINE',
  'RECTANGLE', 'GROUP', 'TABLE', 'CODE_BLOCK', 'POLYGON', 'STAR', 'COMPONENT', 'INSTANCE', 'TEXT_SUBLAYER',
]
/** every member name of any node type in the typings */
const ANY_NODE_MEMBER = new Set<string>(NODE_OWNERS.flatMap((o) => API_MEMBERS[o].split(' ')))
/** keys that test tooling probes; they read as undefined on every node */
const TOOLING_KEYS = new Set(['then', 'toJSON', 'asymmetricMatch', '$$typeof', 'nodeType', 'constructor', 'inspect', 'nodeName', 'tagName', '_isMockFunction'])

const isText = (n: NodeImpl): boolean => n.type === 'TEXT'
const textOf = (n: NodeImpl): TextState => {
  if (!n.s.text) throw new Error(`[figma-emulator] ${n.type} has no text state`)
  return n.s.text
}
const childrenOf = (n: NodeImpl): string[] => {
  if (!n.s.children) throw new Error(`[figma-emulator] ${n.type} has no children`)
  return n.s.children
}

function parentOf(ctx: EmulatorContext, n: NodeImpl): NodeImpl | undefined {
  return n.s.parent === null ? undefined : ctx.nodes.get(n.s.parent)
}

function liveChildren(ctx: EmulatorContext, n: NodeImpl): NodeImpl[] {
  return childrenOf(n).map((id) => ctx.nodes.get(id)).filter((c): c is NodeImpl => c !== undefined && !c.removed)
}

function descendants(ctx: EmulatorContext, n: NodeImpl, out: NodeImpl[] = []): NodeImpl[] {
  for (const c of liveChildren(ctx, n)) {
    out.push(c)
    if (c.s.children) descendants(ctx, c, out)
  }
  return out
}

function specs(...parts: Array<Record<string, Spec>>): Specs {
  const m: Specs = new Map()
  for (const p of parts) for (const [k, v] of Object.entries(p)) m.set(k, v)
  return m
}

const clean = (v: number): number => {
  const r = Math.round(v * 1e9) / 1e9
  return r === 0 ? 0 : r
}

type Matrix = [[number, number, number], [number, number, number]]
function relative(s: NodeState): Matrix {
  const r = (s.rotation * Math.PI) / 180
  const c = clean(Math.cos(r))
  const si = clean(Math.sin(r))
  return [
    [c, si, s.x],
    [clean(-si), c, s.y],
  ]
}
function multiply(a: Matrix, b: Matrix): Matrix {
  return [
    [a[0][0] * b[0][0] + a[0][1] * b[1][0], a[0][0] * b[0][1] + a[0][1] * b[1][1], a[0][0] * b[0][2] + a[0][1] * b[1][2] + a[0][2]],
    [a[1][0] * b[0][0] + a[1][1] * b[1][0], a[1][0] * b[0][1] + a[1][1] * b[1][1], a[1][0] * b[0][2] + a[1][1] * b[1][2] + a[1][2]],
  ]
}
export function absoluteTransform(ctx: EmulatorContext, n: NodeImpl): Matrix {
  let m = relative(n.s)
  for (let p = parentOf(ctx, n); p && p.type !== 'PAGE' && p.type !== 'DOCUMENT'; p = parentOf(ctx, p)) m = multiply(relative(p.s), m)
  return m.map((row) => row.map(clean)) as Matrix
}
export function absoluteBox(ctx: EmulatorContext, n: NodeImpl): Rect {
  const m = absoluteTransform(ctx, n)
  const pts = [
    [0, 0],
    [n.s.width, 0],
    [0, n.s.height],
    [n.s.width, n.s.height],
  ].map(([x, y]) => [m[0][0] * (x as number) + m[0][1] * (y as number) + m[0][2], m[1][0] * (x as number) + m[1][1] * (y as number) + m[1][2]])
  const xs = pts.map((p) => p[0] as number)
  const ys = pts.map((p) => p[1] as number)
  const x = Math.min(...xs)
  const y = Math.min(...ys)
  return { x: clean(x), y: clean(y), width: clean(Math.max(...xs) - x), height: clean(Math.max(...ys) - y) }
}

// ---------------------------------------------------------------------------
// Layout (text growth)
// ---------------------------------------------------------------------------

function lineHeightPx(t: TextState): number {
  const lh = t.lineHeight
  if (lh.unit === 'AUTO') return autoLineHeight(t.fontSize)
  return lh.unit === 'PIXELS' ? lh.value : round2((t.fontSize * lh.value) / 100)
}

/** Re-applies text-driven sizes (sticky growth, auto-resizing text) and reports width/height changes. */
export function relayout(ctx: EmulatorContext, n: NodeImpl): void {
  const t = n.s.text
  if (!t) return
  const { width, height } = n.s
  if (n.type === 'STICKY') {
    n.s.width = stickyWidth(n.s.isWideWidth === true)
    n.s.height = stickyHeight(t.characters, n.s.isWideWidth === true, t.fontSize, lineHeightPx(t))
  } else if (n.type === 'TEXT') {
    if (t.textAutoResize === 'WIDTH_AND_HEIGHT') {
      const m = measureText(t.characters, t.fontSize, Infinity, lineHeightPx(t))
      n.s.width = m.width
      n.s.height = m.height
    } else if (t.textAutoResize === 'HEIGHT') {
      n.s.height = measureText(t.characters, t.fontSize, n.s.width, lineHeightPx(t)).height
    }
  }
  const props: NodeChangeProperty[] = []
  if (n.s.width !== width) props.push('width')
  if (n.s.height !== height) props.push('height')
  if (props.length > 0) ctx.touch(n, props)
}

// ---------------------------------------------------------------------------
// Tree operations
// ---------------------------------------------------------------------------

function markRemoved(ctx: EmulatorContext, n: NodeImpl): void {
  n.removed = true
  if (n.s.children) for (const id of n.s.children) {
    const c = ctx.nodes.get(id)
    if (c && !c.removed) markRemoved(ctx, c)
  }
}

export function removeNode(ctx: EmulatorContext, n: NodeImpl): void {
  if (n.type === 'PAGE' || n.type === 'DOCUMENT') throw ctx.errors.invalid('remove', `Removing the ${n.type} node is not supported`)
  const parent = parentOf(ctx, n)
  const parentId = n.s.parent
  if (parent?.s.children) parent.s.children = parent.s.children.filter((id) => id !== n.id)
  n.s.parent = null
  markRemoved(ctx, n)
  ctx.selection = ctx.selection.filter((id) => ctx.nodes.get(id)?.removed === false)
  ctx.undo.dirty = true
  ctx.changes.deleted(n, parentId)
}

function insertInto(ctx: EmulatorContext, parent: NodeImpl, child: unknown, index: unknown, op: string): void {
  const c = ctx.implOf(child)
  if (!c) throw ctx.errors.invalid(op, 'Expected a node')
  if (c.removed) throw ctx.errors.removed(op, c.id)
  if (c.type === 'PAGE' || c.type === 'DOCUMENT') throw ctx.errors.invalid(op, `A ${c.type} node cannot be a child of a ${parent.type} node`)
  for (let p: NodeImpl | undefined = parent; p; p = parentOf(ctx, p)) {
    if (p === c) throw ctx.errors.invalid(op, 'Cannot move a node into itself or one of its descendants')
  }
  if (c.type === 'SECTION' && parent.type !== 'PAGE' && parent.type !== 'SECTION') {
    ctx.warn(`${op}: a SECTION was put into a ${parent.type}; Figma only allows sections on the canvas or in sections (UNCONFIRMED whether it throws)`)
  }
  const kids = childrenOf(parent)
  const same = c.s.parent === parent.id
  let at = kids.length - (same ? 1 : 0)
  if (index !== undefined) {
    at = ctx.validate.number(op, index, { integer: true, min: 0 })
    if (at > kids.length - (same ? 1 : 0)) throw ctx.errors.invalid(op, `Index ${at} is out of range (0..${kids.length - (same ? 1 : 0)})`)
  }
  const old = parentOf(ctx, c)
  if (old?.s.children) old.s.children = old.s.children.filter((id) => id !== c.id)
  childrenOf(parent).splice(at, 0, c.id)
  c.s.parent = parent.id
  ctx.undo.dirty = true
  if (!same) ctx.changes.property(c, ['parent'])
}

export function register(ctx: EmulatorContext, type: EmulatedNodeType, state: NodeState, id = ctx.newId()): NodeImpl {
  const impl = new NodeImpl(id, type, state)
  impl.proxy = makeProxy(ctx, impl, SPECS[type], TYPE_MEMBERS[type], type)
  ctx.byProxy.set(impl.proxy, impl)
  if (type === 'STICKY' || type === 'SHAPE_WITH_TEXT' || type === 'CONNECTOR') {
    impl.textProxy = makeProxy(ctx, impl, SUBLAYER_SPECS, TYPE_MEMBERS.TEXT_SUBLAYER, 'TEXT_SUBLAYER')
  }
  ctx.nodes.set(id, impl)
  return impl
}

/** Appends a fresh node to the current page and reports it. */
function attachNew(ctx: EmulatorContext, impl: NodeImpl): NodeImpl {
  impl.s.parent = ctx.page.id
  childrenOf(ctx.page).push(impl.id)
  ctx.undo.dirty = true
  ctx.changes.created(impl)
  return impl
}

const GRAY = solid(0.8509803921568627, 0.8509803921568627, 0.8509803921568627) // #D9D9D9
const LIGHT_GRAY = solid(230 / 255, 230 / 255, 230 / 255) // FigJam lightGray #E6E6E6

export function defaultState(type: EmulatedNodeType): NodeState {
  switch (type) {
    case 'SECTION': {
      const s = baseState('Section', 100, 100)
      return { ...s, fills: [solid(1, 1, 1)], children: [], sectionContentsHidden: false }
    }
    case 'STICKY': {
      const s = baseState('Sticky', 240, 240)
      return { ...s, fills: [LIGHT_GRAY], text: textState(INTER_MEDIUM, STICKY_FONT_SIZE), authorVisible: true, authorName: 'Emulated User', isWideWidth: false }
    }
    case 'SHAPE_WITH_TEXT': {
      const s = baseState('Shape with text', 208, 208)
      return { ...s, fills: [solid(1, 1, 1)], strokes: [solid(0, 0, 0)], strokeWeight: 2, shapeType: 'SQUARE', text: textState(INTER_MEDIUM, SHAPE_FONT_SIZE) }
    }
    case 'CONNECTOR': {
      const s = baseState('Connector', 200, 0)
      return {
        ...s,
        strokes: [solid(0, 0, 0)],
        strokeWeight: 4,
        text: textState(null, SHAPE_FONT_SIZE),
        connectorStart: { position: { x: 0, y: 0 } },
        connectorEnd: { position: { x: 200, y: 0 } },
        connectorLineType: 'ELBOWED',
        connectorStartStrokeCap: 'NONE',
        connectorEndStrokeCap: 'ARROW_LINES',
      }
    }
    case 'TEXT': {
      const s = baseState('Text', 0, autoLineHeight(TEXT_FONT_SIZE))
      const t: TextState = {
        ...textState(INTER_REGULAR, TEXT_FONT_SIZE),
        textAlignHorizontal: 'LEFT',
        textAlignVertical: 'TOP',
        textAutoResize: 'WIDTH_AND_HEIGHT',
        textTruncation: 'DISABLED',
        maxLines: null,
        autoRename: true,
      }
      return { ...s, blendMode: 'PASS_THROUGH', fills: [solid(0, 0, 0)], text: t }
    }
    case 'FRAME':
      return { ...baseState('Frame', 100, 100), fills: [solid(1, 1, 1)], children: [], clipsContent: true }
    case 'VECTOR':
      return { ...baseState('Vector', 100, 100), strokes: [solid(0, 0, 0)], vectorPaths: [], handleMirroring: 'NONE' }
    case 'ELLIPSE':
      return { ...baseState('Ellipse', 100, 100), fills: [GRAY] }
    case 'RECTANGLE':
      return { ...baseState('Rectangle', 100, 100), fills: [GRAY] }
    case 'LINE':
      return { ...baseState('Line', 100, 0), strokes: [solid(0, 0, 0)] }
    case 'PAGE':
      return { ...baseState('Page 1', 0, 0), children: [] }
    case 'DOCUMENT':
      return { ...baseState('Document', 0, 0), children: [] }
  }
}

export function createNode(ctx: EmulatorContext, type: EmulatedNodeType): NodeImpl {
  const impl = attachNew(ctx, register(ctx, type, defaultState(type)))
  relayout(ctx, impl)
  return impl
}

/**
 * A person's duplicate (Ctrl+D) or copy and paste: the copy, plugin data included, goes
 * into `parentId` (the original's parent by default) at x, y; one CREATE for its top.
 */
export function userDuplicate(ctx: EmulatorContext, n: NodeImpl, at: { x: number; y: number } | undefined, parentId = n.s.parent ?? ctx.page.id): NodeImpl {
  const c = cloneTree(ctx, n, parentId)
  if (at) {
    c.s.x = at.x
    c.s.y = at.y
  }
  const parent = ctx.nodes.get(parentId)
  if (!parent || parent.removed) throw new Error(`[figma-emulator] user.duplicate: parent ${parentId} is not live`)
  childrenOf(parent).push(c.id)
  ctx.undo.dirty = true
  ctx.changes.created(c)
  return c
}

/** A person dragging a node into another parent (a section, the page) at x, y in it. */
export function userReparent(ctx: EmulatorContext, n: NodeImpl, parent: NodeImpl, at: { x: number; y: number }): void {
  insertInto(ctx, parent, n.proxy, undefined, 'user.reparent')
  n.s.x = at.x
  n.s.y = at.y
  ctx.touch(n, ['x', 'y', 'relativeTransform'])
}

function cloneTree(ctx: EmulatorContext, n: NodeImpl, parentId: string | null): NodeImpl {
  const s = structuredClone(n.s)
  s.parent = parentId
  const kids = s.children
  const c = register(ctx, n.type, s)
  if (kids) c.s.children = kids.map((id) => ctx.nodes.get(id)).filter((k): k is NodeImpl => k !== undefined && !k.removed).map((k) => cloneTree(ctx, k, c.id).id)
  return c
}

// ---------------------------------------------------------------------------
// Spec building blocks
// ---------------------------------------------------------------------------

const str = (op: string) => (v: unknown, ctx: EmulatorContext) => ctx.validate.string(op, v)

/**
 * Figma counts an entry's plugin id (or shared namespace), key and value in
 * UTF-8 bytes against 100 kB. Counted here by code point (a lone surrogate as
 * the 3-byte replacement character), without TextEncoder or Buffer, so the
 * emulator runs in the browser playground too and stays independent of the
 * plugin's own counter.
 */
function utf8Length(text: string): number {
  let n = 0
  for (const ch of text) {
    const cp = ch.codePointAt(0)!
    n += cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4
  }
  return n
}

function pluginDataSize(ctx: EmulatorContext, op: string, ...parts: string[]): void {
  const size = parts.reduce((a, p) => a + utf8Length(p), 0)
  if (size > 100_000) throw ctx.errors.invalid(op, `Plugin data is too large: an entry (plugin id, key and value) may not exceed 100 kB, got ${size} bytes`)
}

const BASE: Record<string, Spec> = {
  id: { alive: true, get: (n) => n.id },
  type: { alive: true, get: (n) => n.type },
  removed: { alive: true, get: (n) => n.removed },
  name: {
    get: (n) => n.s.name,
    set: (n, v, ctx) => {
      n.s.name = str('set_name')(v, ctx)
      if (n.s.text && n.type === 'TEXT') n.s.text.autoRename = false
      ctx.touch(n, ['name'])
    },
  },
  parent: { get: (n, ctx) => parentOf(ctx, n)?.proxy ?? null },
  remove: { call: (n, _a, ctx) => removeNode(ctx, n) },
  toString: { call: (n: NodeImpl) => `[${n.type} ${n.id}]` },
  getPluginData: {
    call: (n, [key], ctx) => n.s.pluginData[ctx.validate.string('getPluginData', key)] ?? '',
  },
  setPluginData: {
    call: (n, [key, value], ctx) => {
      const k = ctx.validate.string('setPluginData', key)
      const v = ctx.validate.string('setPluginData', value)
      pluginDataSize(ctx, 'setPluginData', PLUGIN_ID, k, v)
      if (v === '') delete n.s.pluginData[k]
      else n.s.pluginData[k] = v
      ctx.touch(n, ['pluginData'])
    },
  },
  getPluginDataKeys: { call: (n) => Object.keys(n.s.pluginData) },
  getSharedPluginData: {
    call: (n, [ns, key], ctx) => n.s.sharedPluginData[namespace(ctx, 'getSharedPluginData', ns)]?.[ctx.validate.string('getSharedPluginData', key)] ?? '',
  },
  setSharedPluginData: {
    call: (n, [ns, key, value], ctx) => {
      const space = namespace(ctx, 'setSharedPluginData', ns)
      const k = ctx.validate.string('setSharedPluginData', key)
      const v = ctx.validate.string('setSharedPluginData', value)
      pluginDataSize(ctx, 'setSharedPluginData', space, k, v)
      const map = (n.s.sharedPluginData[space] ??= {})
      if (v === '') delete map[k]
      else map[k] = v
      if (Object.keys(map).length === 0) delete n.s.sharedPluginData[space]
      ctx.touch(n, ['pluginData'])
    },
  },
  getSharedPluginDataKeys: { call: (n, [ns], ctx) => Object.keys(n.s.sharedPluginData[namespace(ctx, 'getSharedPluginDataKeys', ns)] ?? {}) },
  setRelaunchData: {
    call: (n, [data], ctx) => {
      const o = ctx.validate.object('setRelaunchData', data)
      const next: Record<string, string> = {}
      for (const [command, description] of Object.entries(o)) {
        const d = ctx.validate.string('setRelaunchData', description)
        if (d.length > 1000) throw ctx.errors.invalid('setRelaunchData', `The description for "${command}" is ${d.length} characters long; the maximum is 1000`)
        const allowed = ctx.options.relaunchCommands
        if (allowed && !allowed.includes(command)) throw ctx.errors.invalid('setRelaunchData', `"${command}" is not a command in the manifest's relaunchButtons`)
        next[command] = d
      }
      if (ctx.figjam && (n.type === 'PAGE' || n.type === 'DOCUMENT')) ctx.warn(`setRelaunchData on the ${n.type} is not supported in FigJam`)
      n.s.relaunchData = next
      ctx.undo.dirty = true
    },
  },
  getRelaunchData: { call: (n) => ({ ...n.s.relaunchData }) },
  getTopLevelFrame: {
    designOnly: true,
    call: (n, _a, ctx) => {
      let top: NodeImpl | undefined
      for (let p: NodeImpl | undefined = n; p && p.type !== 'PAGE' && p.type !== 'DOCUMENT'; p = parentOf(ctx, p)) top = p
      return top && top.type === 'FRAME' ? top.proxy : undefined
    },
  },
}

function namespace(ctx: EmulatorContext, op: string, ns: unknown): string {
  const s = ctx.validate.string(op, ns)
  if (!/^[A-Za-z0-9]{3,}$/.test(s)) throw ctx.errors.invalid(op, `The namespace "${s}" must be at least 3 alphanumeric characters`)
  return s
}

const flag = (key: 'visible' | 'locked' | 'authorVisible' | 'sectionContentsHidden' | 'clipsContent', props: NodeChangeProperty[]): Spec => ({
  get: (n) => n.s[key],
  set: (n, v, ctx) => {
    n.s[key] = ctx.validate.boolean(`set_${key}`, v)
    ctx.touch(n, props)
  },
})

const SCENE: Record<string, Spec> = {
  visible: flag('visible', ['visible']),
  locked: flag('locked', ['locked']),
}

const coord = (key: 'x' | 'y'): Spec => ({
  get: (n) => n.s[key],
  set: (n, v, ctx) => {
    n.s[key] = ctx.validate.number(`set_${key}`, v)
    ctx.touch(n, [key, 'relativeTransform'])
  },
})

const DIMS: Record<string, Spec> = {
  x: coord('x'),
  y: coord('y'),
  width: { get: (n) => n.s.width },
  height: { get: (n) => n.s.height },
  relativeTransform: {
    get: (n) => frozenCopy(relative(n.s).map((r) => r.map(clean))),
    set: (n, v, ctx) => {
      const op = 'set_relativeTransform'
      if (!Array.isArray(v) || v.length !== 2 || !v.every((r) => Array.isArray(r) && r.length === 3)) throw ctx.errors.invalid(op, 'Expected a 2x3 Transform')
      const m = (v as number[][]).map((r) => r.map((x) => ctx.validate.number(op, x)))
      const [[a, b, x], [c, d, y]] = m as [[number, number, number], [number, number, number]]
      if (Math.abs(a * a + c * c - 1) > 1e-6 || Math.abs(b - -c) > 1e-6 || Math.abs(d - a) > 1e-6) ctx.warn(`${op}: scale/skew is not emulated; only translation and rotation were applied`)
      n.s.x = x
      n.s.y = y
      n.s.rotation = clean((-Math.atan2(c, a) * 180) / Math.PI)
      ctx.touch(n, ['x', 'y', 'rotation', 'relativeTransform'])
    },
  },
  absoluteTransform: { get: (n, ctx) => frozenCopy(absoluteTransform(ctx, n)) },
  absoluteBoundingBox: { get: (n, ctx) => Object.freeze(absoluteBox(ctx, n)) },
}

function resize(n: NodeImpl, args: unknown[], ctx: EmulatorContext, op: string): void {
  const w = ctx.validate.number(op, args[0])
  const h = ctx.validate.number(op, args[1])
  if (w < 0.01) throw ctx.errors.invalid(op, `Expected width >= 0.01, received ${w}`)
  if (n.type === 'LINE') {
    if (h !== 0) throw ctx.errors.invalid(op, `A LINE must be given a height of exactly 0, received ${h}`)
  } else if (h < 0.01) throw ctx.errors.invalid(op, `Expected height >= 0.01, received ${h}`)
  const t = n.s.text
  if (n.type === 'TEXT' && t && t.textAutoResize === 'WIDTH_AND_HEIGHT') {
    // UNCONFIRMED: we treat an explicit resize as fixing the size.
    t.textAutoResize = 'NONE'
    ctx.touch(n, ['textAutoResize'])
  }
  const props: NodeChangeProperty[] = []
  if (n.s.width !== w) props.push('width')
  if (n.s.height !== h) props.push('height')
  n.s.width = w
  n.s.height = h
  ctx.touch(n, props)
  relayout(ctx, n)
}

const RESIZE: Record<string, Spec> = {
  resize: { call: (n, a, ctx) => resize(n, a, ctx, 'resize') },
}
const RESIZE_WC: Record<string, Spec> = {
  resizeWithoutConstraints: { call: (n, a, ctx) => resize(n, a, ctx, 'resizeWithoutConstraints') },
}
const ROTATION: Record<string, Spec> = {
  rotation: {
    get: (n) => n.s.rotation,
    set: (n, v, ctx) => {
      let r = ctx.validate.number('set_rotation', v) % 360
      if (r > 180) r -= 360
      if (r <= -180) r += 360
      n.s.rotation = clean(r)
      ctx.touch(n, ['rotation', 'relativeTransform'])
    },
  },
}
const RESCALE: Record<string, Spec> = {
  rescale: {
    call: (n, [scale], ctx) => {
      const k = ctx.validate.number('rescale', scale, { min: 0.01 })
      n.s.width = round2(n.s.width * k)
      n.s.height = round2(n.s.height * k)
      ctx.touch(n, ['width', 'height'])
    },
  },
}
const LAYOUT = { ...RESIZE, ...RESIZE_WC, ...ROTATION, ...RESCALE }

const paintsSpec = (key: 'fills' | 'strokes'): Spec => ({
  get: (n) => frozenCopy(n.s[key]),
  set: (n, v, ctx) => {
    n.s[key] = ctx.validate.paints(`set_${key}`, v)
    ctx.touch(n, [key])
  },
})
const FILLS: Record<string, Spec> = { fills: paintsSpec('fills') }

const STROKE_JOINS = ['MITER', 'BEVEL', 'ROUND'] as const
const STROKE_CAPS = ['NONE', 'ROUND', 'SQUARE', 'ARROW_LINES', 'ARROW_EQUILATERAL', 'DIAMOND_FILLED', 'TRIANGLE_FILLED', 'CIRCLE_FILLED'] as const
const STROKES: Record<string, Spec> = {
  strokes: paintsSpec('strokes'),
  strokeWeight: {
    get: (n) => n.s.strokeWeight,
    set: (n, v, ctx) => {
      n.s.strokeWeight = ctx.validate.number('set_strokeWeight', v, { min: 0 })
      ctx.touch(n, ['strokeWeight'])
    },
  },
  strokeAlign: {
    get: (n) => n.s.strokeAlign,
    set: (n, v, ctx) => {
      n.s.strokeAlign = ctx.validate.oneOf('set_strokeAlign', v, ['CENTER', 'INSIDE', 'OUTSIDE'] as const)
      ctx.touch(n, ['strokeAlign'])
    },
  },
  strokeJoin: {
    get: (n) => n.s.strokeJoin,
    set: (n, v, ctx) => {
      n.s.strokeJoin = ctx.validate.oneOf('set_strokeJoin', v, STROKE_JOINS)
      ctx.touch(n, ['strokeJoin'])
    },
  },
  dashPattern: {
    get: (n) => frozenCopy(n.s.dashPattern),
    set: (n, v, ctx) => {
      if (!Array.isArray(v)) throw ctx.errors.invalid('set_dashPattern', 'Expected array')
      n.s.dashPattern = v.map((x) => ctx.validate.number('set_dashPattern', x, { min: 0 }))
      ctx.touch(n, ['dashPattern'])
    },
  },
}
const GEOMETRY: Record<string, Spec> = {
  strokeCap: {
    get: (n) => n.s.strokeCap,
    set: (n, v, ctx) => {
      n.s.strokeCap = ctx.validate.oneOf('set_strokeCap', v, STROKE_CAPS)
      ctx.touch(n, ['strokeCap'])
    },
  },
}
const BLEND_MODES = ['PASS_THROUGH', 'NORMAL', 'DARKEN', 'MULTIPLY', 'LINEAR_BURN', 'COLOR_BURN', 'LIGHTEN', 'SCREEN', 'LINEAR_DODGE', 'COLOR_DODGE', 'OVERLAY', 'SOFT_LIGHT', 'HARD_LIGHT', 'DIFFERENCE', 'EXCLUSION', 'HUE', 'SATURATION', 'COLOR', 'LUMINOSITY'] as const
const BLEND: Record<string, Spec> = {
  opacity: {
    get: (n) => n.s.opacity,
    set: (n, v, ctx) => {
      n.s.opacity = ctx.validate.number('set_opacity', v, { min: 0, max: 1 })
      ctx.touch(n, ['opacity'])
    },
  },
  blendMode: {
    get: (n) => n.s.blendMode,
    set: (n, v, ctx) => {
      n.s.blendMode = ctx.validate.oneOf('set_blendMode', v, BLEND_MODES)
      ctx.touch(n, ['blendMode'])
    },
  },
}
const CORNER: Record<string, Spec> = {
  cornerRadius: {
    get: (n) => n.s.cornerRadius,
    set: (n, v, ctx) => {
      n.s.cornerRadius = ctx.validate.number('set_cornerRadius', v, { min: 0 })
      ctx.touch(n, ['cornerRadius'])
    },
  },
}
/** ShapeWithText/Connector: `readonly cornerRadius?: number` */
const CORNER_READONLY: Record<string, Spec> = { cornerRadius: { get: () => undefined } }

const CLONE: Record<string, Spec> = {
  clone: {
    call: (n, _a, ctx) => {
      // Figma: "By default, the duplicate will be parented under figma.currentPage"; plugin data is copied (UNCONFIRMED).
      const c = cloneTree(ctx, n, null)
      return attachNew(ctx, c).proxy
    },
  },
}

function callbackArg(ctx: EmulatorContext, op: string, cb: unknown, optional: boolean): ((node: unknown) => unknown) | undefined {
  if (cb === undefined && optional) return undefined
  if (typeof cb !== 'function') throw ctx.errors.invalid(op, 'Expected a callback function')
  return cb as (node: unknown) => unknown
}

function findSpecs(scope: (n: NodeImpl, ctx: EmulatorContext, op: string) => NodeImpl[], direct: (n: NodeImpl, ctx: EmulatorContext, op: string) => NodeImpl[]): Record<string, Spec> {
  return {
    findAll: {
      call: (n, [cb], ctx) => {
        const f = callbackArg(ctx, 'findAll', cb, true)
        return scope(n, ctx, 'findAll').filter((d) => !f || f(d.proxy)).map((d) => d.proxy)
      },
    },
    findOne: {
      call: (n, [cb], ctx) => {
        const f = callbackArg(ctx, 'findOne', cb, false) as (node: unknown) => unknown
        return scope(n, ctx, 'findOne').find((d) => f(d.proxy))?.proxy ?? null
      },
    },
    findChildren: {
      call: (n, [cb], ctx) => {
        const f = callbackArg(ctx, 'findChildren', cb, true)
        return direct(n, ctx, 'findChildren').filter((d) => !f || f(d.proxy)).map((d) => d.proxy)
      },
    },
    findChild: {
      call: (n, [cb], ctx) => {
        const f = callbackArg(ctx, 'findChild', cb, false) as (node: unknown) => unknown
        return direct(n, ctx, 'findChild').find((d) => f(d.proxy))?.proxy ?? null
      },
    },
    findAllWithCriteria: {
      call: (n, [criteria], ctx) => {
        const c = ctx.validate.object('findAllWithCriteria', criteria) as { types?: unknown; pluginDataKeys?: unknown }
        const types = Array.isArray(c.types) ? (c.types as string[]) : undefined
        const keys = Array.isArray(c.pluginDataKeys) ? (c.pluginDataKeys as string[]) : undefined
        return scope(n, ctx, 'findAllWithCriteria')
          .filter((d) => (!types || types.includes(d.type)) && (!keys || keys.some((k) => k in d.s.pluginData)))
          .map((d) => d.proxy)
      },
    },
  }
}

const CHILDREN: Record<string, Spec> = {
  children: { get: (n, ctx) => Object.freeze(liveChildren(ctx, n).map((c) => c.proxy)) },
  appendChild: { call: (n, [child], ctx) => insertInto(ctx, n, child, undefined, 'appendChild') },
  insertChild: {
    call: (n, [index, child], ctx) => {
      insertInto(ctx, n, child, ctx.validate.number('insertChild', index, { integer: true }), 'insertChild')
    },
  },
  ...findSpecs(
    (n, ctx) => descendants(ctx, n),
    (n, ctx) => liveChildren(ctx, n),
  ),
}

// --- text -------------------------------------------------------------------

const changeProp = (n: NodeImpl, ctx: EmulatorContext, prop: NodeChangeProperty): NodeChangeProperty =>
  isText(n) ? prop : prop === 'characters' ? ctx.options.stickyTextChangeProperty : 'text'

function requireFont(ctx: EmulatorContext, t: TextState, prop: string): void {
  if (t.fontName === null) throw ctx.errors.invalid(`set_${prop}`, 'The text has no valid fontName yet; set fontName (with a loaded font) first')
  ctx.fonts.assertLoaded(prop, t.fontName)
}

/** A text property whose write needs the current font loaded. */
const textProp = <K extends keyof TextState>(key: K, parse: (v: unknown, ctx: EmulatorContext, op: string) => TextState[K], copyOut = false): Spec => ({
  get: (n) => (copyOut ? frozenCopy(textOf(n)[key]) : textOf(n)[key]),
  set: (n, v, ctx) => {
    const t = textOf(n)
    requireFont(ctx, t, key)
    t[key] = parse(v, ctx, `set_${key}`)
    ctx.touch(n, [changeProp(n, ctx, key)])
    relayout(ctx, n)
  },
})

const FONT_WEIGHTS: Record<string, number> = { Thin: 100, 'Extra Light': 200, Light: 300, Regular: 400, Medium: 500, 'Semi Bold': 600, Bold: 700, 'Extra Bold': 800, Black: 900 }

function setCharacters(ctx: EmulatorContext, n: NodeImpl, chars: string): void {
  const t = textOf(n)
  t.characters = chars
  const props: NodeChangeProperty[] = [changeProp(n, ctx, 'characters')]
  if (n.type === 'TEXT' && t.autoRename === true) {
    n.s.name = chars
    props.push('name')
  }
  ctx.touch(n, props)
  relayout(ctx, n)
}

/** Writes text as a person would (fonts are the editor's business). */
export function userSetText(ctx: EmulatorContext, n: NodeImpl, chars: string): void {
  setCharacters(ctx, n, chars)
}

const TEXT_COMMON: Record<string, Spec> = {
  characters: {
    get: (n) => textOf(n).characters,
    set: (n, v, ctx) => {
      requireFont(ctx, textOf(n), 'characters')
      setCharacters(ctx, n, ctx.validate.string('set_characters', v))
    },
  },
  fontName: {
    get: (n) => {
      const f = textOf(n).fontName
      return Object.freeze(f === null ? { family: '', style: '' } : { family: f.family, style: f.style })
    },
    set: (n, v, ctx) => {
      const o = ctx.validate.object('set_fontName', v)
      const family = ctx.validate.string('set_fontName', o.family)
      const style = ctx.validate.string('set_fontName', o.style)
      ctx.fonts.assertLoaded('fontName', { family, style })
      textOf(n).fontName = { family, style }
      ctx.touch(n, [changeProp(n, ctx, 'fontName')])
      relayout(ctx, n)
    },
  },
  fontSize: textProp('fontSize', (v, ctx, op) => ctx.validate.number(op, v, { min: 1 })),
  fontWeight: { get: (n) => FONT_WEIGHTS[textOf(n).fontName?.style ?? 'Regular'] ?? 400 },
  hasMissingFont: {
    get: (n, ctx) => {
      const f = textOf(n).fontName
      return f !== null && textOf(n).characters !== '' && !ctx.fonts.isAvailable(f)
    },
  },
  letterSpacing: textProp('letterSpacing', (v, ctx, op) => {
    const o = ctx.validate.object(op, v)
    return { value: ctx.validate.number(op, o.value), unit: ctx.validate.oneOf(op, o.unit, ['PIXELS', 'PERCENT'] as const) }
  }, true),
  lineHeight: textProp('lineHeight', (v, ctx, op) => {
    const o = ctx.validate.object(op, v)
    const unit = ctx.validate.oneOf(op, o.unit, ['AUTO', 'PIXELS', 'PERCENT'] as const)
    return unit === 'AUTO' ? { unit } : { unit, value: ctx.validate.number(op, o.value, { min: 0 }) }
  }, true),
  textCase: textProp('textCase', (v, ctx, op) => ctx.validate.oneOf(op, v, ['ORIGINAL', 'UPPER', 'LOWER', 'TITLE', 'SMALL_CAPS', 'SMALL_CAPS_FORCED'] as const)),
  textDecoration: textProp('textDecoration', (v, ctx, op) => ctx.validate.oneOf(op, v, ['NONE', 'UNDERLINE', 'STRIKETHROUGH'] as const)),
  insertCharacters: {
    call: (n, [start, chars], ctx) => {
      const t = textOf(n)
      requireFont(ctx, t, 'characters')
      const at = ctx.validate.number('insertCharacters', start, { integer: true, min: 0, max: t.characters.length })
      setCharacters(ctx, n, t.characters.slice(0, at) + ctx.validate.string('insertCharacters', chars) + t.characters.slice(at))
    },
  },
  deleteCharacters: {
    call: (n, [start, end], ctx) => {
      const t = textOf(n)
      requireFont(ctx, t, 'characters')
      const a = ctx.validate.number('deleteCharacters', start, { integer: true, min: 0, max: t.characters.length })
      const b = ctx.validate.number('deleteCharacters', end, { integer: true, min: a, max: t.characters.length })
      setCharacters(ctx, n, t.characters.slice(0, a) + t.characters.slice(b))
    },
  },
}

const TEXT_NODE: Record<string, Spec> = {
  textAlignHorizontal: textProp('textAlignHorizontal', (v, ctx, op) => ctx.validate.oneOf(op, v, ['LEFT', 'CENTER', 'RIGHT', 'JUSTIFIED'] as const)),
  textAlignVertical: textProp('textAlignVertical', (v, ctx, op) => ctx.validate.oneOf(op, v, ['TOP', 'CENTER', 'BOTTOM'] as const)),
  textAutoResize: textProp('textAutoResize', (v, ctx, op) => ctx.validate.oneOf(op, v, ['NONE', 'WIDTH_AND_HEIGHT', 'HEIGHT', 'TRUNCATE'] as const)),
  textTruncation: textProp('textTruncation', (v, ctx, op) => ctx.validate.oneOf(op, v, ['DISABLED', 'ENDING'] as const)),
  maxLines: textProp('maxLines', (v, ctx, op) => (v === null ? null : ctx.validate.number(op, v, { integer: true, min: 1 }))),
  autoRename: {
    get: (n) => textOf(n).autoRename,
    set: (n, v, ctx) => {
      textOf(n).autoRename = ctx.validate.boolean('set_autoRename', v)
      ctx.touch(n, ['autoRename'])
    },
  },
}

const SUBLAYER_SPECS: Specs = specs(TEXT_COMMON, {
  fills: {
    get: (n) => frozenCopy(textOf(n).fills),
    set: (n, v, ctx) => {
      textOf(n).fills = ctx.validate.paints('set_fills', v)
      ctx.touch(n, ['text'])
    },
  },
})

const TEXT_SUBLAYER_PROP: Record<string, Spec> = {
  text: { get: (n) => n.textProxy },
}

// --- type specific -----------------------------------------------------------

const SHAPE_TYPES = [
  'SQUARE', 'ELLIPSE', 'ROUNDED_RECTANGLE', 'DIAMOND', 'TRIANGLE_UP', 'TRIANGLE_DOWN', 'PARALLELOGRAM_RIGHT', 'PARALLELOGRAM_LEFT',
  'ENG_DATABASE', 'ENG_QUEUE', 'ENG_FILE', 'ENG_FOLDER', 'TRAPEZOID', 'PREDEFINED_PROCESS', 'SHIELD', 'DOCUMENT_SINGLE',
  'DOCUMENT_MULTIPLE', 'MANUAL_INPUT', 'HEXAGON', 'CHEVRON', 'PENTAGON', 'OCTAGON', 'STAR', 'PLUS', 'ARROW_LEFT', 'ARROW_RIGHT',
  'SUMMING_JUNCTION', 'OR', 'SPEECH_BUBBLE', 'INTERNAL_STORAGE',
] as const satisfies ReadonlyArray<ShapeWithTextNode['shapeType']>

const STICKY_SPECIFIC: Record<string, Spec> = {
  authorVisible: flag('authorVisible', ['authorVisible']),
  authorName: {
    get: (n) => n.s.authorName,
    set: (n, v, ctx) => {
      n.s.authorName = ctx.validate.string('set_authorName', v)
      ctx.touch(n, ['authorName'])
    },
  },
  isWideWidth: {
    get: (n) => n.s.isWideWidth,
    set: (n, v, ctx) => {
      n.s.isWideWidth = ctx.validate.boolean('set_isWideWidth', v)
      ctx.undo.dirty = true
      relayout(ctx, n)
    },
  },
}

const SHAPE_SPECIFIC: Record<string, Spec> = {
  shapeType: {
    get: (n) => n.s.shapeType,
    set: (n, v, ctx) => {
      n.s.shapeType = ctx.validate.oneOf('set_shapeType', v, SHAPE_TYPES)
      ctx.touch(n, ['shapeType'])
    },
  },
}

const MAGNETS = ['NONE', 'AUTO', 'TOP', 'LEFT', 'BOTTOM', 'RIGHT', 'CENTER'] as const
function endpoint(ctx: EmulatorContext, op: string, v: unknown): ConnectorEndpoint {
  const o = ctx.validate.object(op, v)
  const pos = (p: unknown): Vector => {
    const q = ctx.validate.object(op, p, 'position')
    return { x: ctx.validate.number(op, q.x), y: ctx.validate.number(op, q.y) }
  }
  if (o.endpointNodeId === undefined) {
    ctx.validate.keys(op, o, ['position'], '')
    return { position: pos(o.position) }
  }
  const id = ctx.validate.string(op, o.endpointNodeId)
  const target = ctx.nodes.get(id)
  if (!target || target.removed) throw ctx.errors.invalid(op, `The node with id "${id}" does not exist`)
  if (o.position !== undefined) {
    ctx.validate.keys(op, o, ['position', 'endpointNodeId'], '')
    return { endpointNodeId: id, position: pos(o.position) }
  }
  ctx.validate.keys(op, o, ['endpointNodeId', 'magnet'], '')
  return { endpointNodeId: id, magnet: ctx.validate.oneOf(op, o.magnet, MAGNETS) }
}
const CONNECTOR_CAPS = ['NONE', 'ARROW_EQUILATERAL', 'ARROW_LINES', 'TRIANGLE_FILLED', 'DIAMOND_FILLED', 'CIRCLE_FILLED'] as const
const connectorField = <K extends 'connectorStart' | 'connectorEnd' | 'connectorLineType' | 'connectorStartStrokeCap' | 'connectorEndStrokeCap'>(
  key: K,
  parse: (v: unknown, ctx: EmulatorContext, op: string) => NodeState[K],
): Spec => ({
  get: (n) => frozenCopy(n.s[key]),
  set: (n, v, ctx) => {
    n.s[key] = parse(v, ctx, `set_${key}`)
    ctx.touch(n, [key])
  },
})
const CONNECTOR_SPECIFIC: Record<string, Spec> = {
  connectorStart: connectorField('connectorStart', (v, ctx, op) => endpoint(ctx, op, v)),
  connectorEnd: connectorField('connectorEnd', (v, ctx, op) => endpoint(ctx, op, v)),
  connectorLineType: connectorField('connectorLineType', (v, ctx, op) => ctx.validate.oneOf(op, v, ['ELBOWED', 'STRAIGHT', 'CURVED'] as const)),
  connectorStartStrokeCap: connectorField('connectorStartStrokeCap', (v, ctx, op) => ctx.validate.oneOf(op, v, CONNECTOR_CAPS)),
  connectorEndStrokeCap: connectorField('connectorEndStrokeCap', (v, ctx, op) => ctx.validate.oneOf(op, v, CONNECTOR_CAPS)),
}

const VECTOR_SPECIFIC: Record<string, Spec> = {
  vectorPaths: {
    get: (n) => frozenCopy(n.s.vectorPaths ?? []),
    set: (n, v, ctx) => {
      const { paths, points } = ctx.validate.vectorPaths('set_vectorPaths', v)
      n.s.vectorPaths = paths
      const props: NodeChangeProperty[] = ['vectorNetwork']
      if (points.length > 0) {
        const xs = points.map((p) => p[0])
        const ys = points.map((p) => p[1])
        const minX = Math.min(...xs)
        const minY = Math.min(...ys)
        // Figma may re-normalise the path so its bounds start at the node origin (UNCONFIRMED); the emulator keeps data and x/y as given.
        if (Math.abs(minX) > 1e-6 || Math.abs(minY) > 1e-6) ctx.warn(`set_vectorPaths: path bounds start at (${clean(minX)}, ${clean(minY)}), not at the node origin`)
        const w = clean(Math.max(...xs) - minX)
        const h = clean(Math.max(...ys) - minY)
        if (w !== n.s.width) props.push('width')
        if (h !== n.s.height) props.push('height')
        n.s.width = w
        n.s.height = h
      }
      ctx.touch(n, props)
    },
  },
  vectorNetwork: {
    set: (_n, _v, ctx) => {
      if (ctx.options.dynamicPage) throw ctx.errors.dynamicPage('set_vectorNetwork', 'node.setVectorNetworkAsync')
      throw ctx.errors.notEmulated('VECTOR', 'vectorNetwork')
    },
  },
}

const PAGE_SPECIFIC: Record<string, Spec> = {
  // 'nodechange' only; works without loadAllPagesAsync (T:564 recommends it for that reason).
  on: { call: (_n, [type, cb], ctx) => ctx.pageListeners.add('on', type, cb, false) },
  once: { call: (_n, [type, cb], ctx) => ctx.pageListeners.add('once', type, cb, true) },
  off: { call: (_n, [type, cb], ctx) => ctx.pageListeners.remove('off', type, cb) },
  selection: {
    get: (_n, ctx) => Object.freeze(ctx.selection.map((id) => ctx.nodes.get(id)).filter((c): c is NodeImpl => !!c && !c.removed).map((c) => c.proxy)),
    set: (n, v, ctx) => {
      if (!Array.isArray(v)) throw ctx.errors.invalid('set_selection', 'Expected an array of nodes')
      const ids = v.map((node) => {
        const c = ctx.implOf(node)
        if (!c) throw ctx.errors.invalid('set_selection', 'Expected an array of nodes')
        if (c.removed) throw ctx.errors.removed('set_selection', c.id)
        let p: NodeImpl | undefined = parentOf(ctx, c)
        while (p && p !== n) p = parentOf(ctx, p)
        if (!p) throw ctx.errors.invalid('set_selection', `Node "${c.id}" is not on this page`)
        return c.id
      })
      const changed = ids.join() !== ctx.selection.join()
      ctx.selection = [...new Set(ids)]
      if (changed) ctx.events.emit('selectionchange')
    },
  },
}

function requireAllPages(ctx: EmulatorContext, op: string): void {
  if (ctx.options.dynamicPage && !ctx.allPagesLoaded) {
    throw ctx.errors.error(`in ${op}: Cannot call with documentAccess: dynamic-page. Call figma.loadAllPagesAsync() first.`)
  }
}

const DOCUMENT_SPECIFIC: Record<string, Spec> = {
  children: { get: (n, ctx) => Object.freeze(liveChildren(ctx, n).map((c) => c.proxy)) },
  ...findSpecs(
    (n, ctx, op) => {
      requireAllPages(ctx, op)
      return descendants(ctx, n)
    },
    (n, ctx) => liveChildren(ctx, n),
  ),
}

const SPECS: Record<EmulatedNodeType, Specs> = {
  DOCUMENT: specs(BASE, DOCUMENT_SPECIFIC),
  PAGE: specs(BASE, CHILDREN, PAGE_SPECIFIC),
  SECTION: specs(BASE, SCENE, DIMS, CHILDREN, FILLS, STROKES, CORNER, RESIZE, RESIZE_WC, CLONE, { sectionContentsHidden: flag('sectionContentsHidden', []) }),
  STICKY: specs(BASE, SCENE, DIMS, FILLS, BLEND, TEXT_SUBLAYER_PROP, STICKY_SPECIFIC, CLONE),
  SHAPE_WITH_TEXT: specs(BASE, SCENE, DIMS, FILLS, BLEND, STROKES, TEXT_SUBLAYER_PROP, SHAPE_SPECIFIC, CORNER_READONLY, ROTATION, RESIZE, RESCALE, CLONE),
  CONNECTOR: specs(BASE, SCENE, DIMS, BLEND, STROKES, TEXT_SUBLAYER_PROP, CONNECTOR_SPECIFIC, CORNER_READONLY, ROTATION, CLONE),
  TEXT: specs(BASE, SCENE, DIMS, LAYOUT, FILLS, STROKES, GEOMETRY, BLEND, TEXT_COMMON, TEXT_NODE, CLONE),
  FRAME: specs(BASE, SCENE, DIMS, LAYOUT, CHILDREN, FILLS, STROKES, GEOMETRY, BLEND, CORNER, CLONE, { clipsContent: flag('clipsContent', []) }),
  VECTOR: specs(BASE, SCENE, DIMS, LAYOUT, FILLS, STROKES, GEOMETRY, BLEND, CORNER, VECTOR_SPECIFIC, CLONE),
  ELLIPSE: specs(BASE, SCENE, DIMS, LAYOUT, FILLS, STROKES, GEOMETRY, BLEND, CORNER, CLONE),
  RECTANGLE: specs(BASE, SCENE, DIMS, LAYOUT, FILLS, STROKES, GEOMETRY, BLEND, CORNER, CLONE),
  LINE: specs(BASE, SCENE, DIMS, LAYOUT, FILLS, STROKES, GEOMETRY, BLEND, CLONE),
}
// PageNode/DocumentNode.remove exist in the typings; removing them is refused by removeNode.

const TYPE_MEMBERS: Record<EmulatedNodeType | 'TEXT_SUBLAYER', Set<string>> = {
  DOCUMENT: members('DOCUMENT'),
  PAGE: members('PAGE'),
  SECTION: members('SECTION'),
  STICKY: members('STICKY'),
  SHAPE_WITH_TEXT: members('SHAPE_WITH_TEXT'),
  CONNECTOR: members('CONNECTOR'),
  TEXT: members('TEXT'),
  FRAME: members('FRAME'),
  VECTOR: members('VECTOR'),
  ELLIPSE: members('ELLIPSE'),
  RECTANGLE: members('RECTANGLE'),
  LINE: members('LINE'),
  TEXT_SUBLAYER: members('TEXT_SUBLAYER'),
}

/** Every emulated member must exist on that type in the typings (checked by the tests). */
export function specMembers(): Record<string, string[]> {
  const out: Record<string, string[]> = {}
  for (const [type, table] of Object.entries(SPECS)) out[type] = [...table.keys()]
  out.TEXT_SUBLAYER = [...SUBLAYER_SPECS.keys()]
  return out
}
export function typeMembers(type: EmulatedNodeType | 'TEXT_SUBLAYER'): ReadonlySet<string> {
  return TYPE_MEMBERS[type]
}

// ---------------------------------------------------------------------------
// Proxies
// ---------------------------------------------------------------------------

/** Node methods that change the document (counted in controls.writes, with every property write). */
const WRITE_METHODS = new Set([
  'remove', 'setPluginData', 'setSharedPluginData', 'setRelaunchData', 'appendChild', 'insertChild', 'resize', 'resizeWithoutConstraints',
  'rescale', 'clone', 'insertCharacters', 'deleteCharacters', 'setRangeFontName', 'setRangeFontSize', 'setRangeFills',
])

class NodeTraps implements ProxyHandler<object> {
  private readonly methodCache = new Map<string, (...args: unknown[]) => unknown>()

  constructor(
    private readonly ctx: EmulatorContext,
    private readonly impl: NodeImpl,
    private readonly table: Specs,
    private readonly members: Set<string>,
    private readonly label: string,
  ) {}

  private hidden(spec: Spec): boolean {
    return spec.designOnly === true && this.ctx.figjam
  }

  get(_t: object, key: string | symbol): unknown {
    if (typeof key === 'symbol') return undefined
    const spec = this.table.get(key)
    const { ctx, impl } = this
    if (!spec || this.hidden(spec)) return this.unknown(key)
    if (key !== 'id') ctx.read.add(impl.id)
    if (spec.call) {
      if (ctx.closed) throw ctx.errors.closed()
      return this.method(key, spec.call)
    }
    if (ctx.closed && !spec.alive) throw ctx.errors.closed()
    if (impl.removed && !spec.alive) throw ctx.errors.removed(`get_${key}`, impl.id)
    if (!spec.get) throw ctx.errors.notEmulated(this.label, `${key} (getter)`)
    return spec.get(impl, ctx)
  }

  private unknown(key: string): unknown {
    if (TOOLING_KEYS.has(key) || key.startsWith('@@__IMMUTABLE_')) return undefined
    const spec = this.table.get(key)
    if (spec && this.hidden(spec)) throw this.ctx.errors.noSuchNodeProperty(key, this.label)
    if (this.members.has(key)) throw this.ctx.errors.notEmulated(this.label, key)
    if (ANY_NODE_MEMBER.has(key)) throw this.ctx.errors.noSuchNodeProperty(key, this.label)
    return undefined
  }

  private method(key: string, call: Method): (...args: unknown[]) => unknown {
    let fn = this.methodCache.get(key)
    if (!fn) {
      const { ctx, impl } = this
      fn = (...args: unknown[]): unknown => {
        if (ctx.closed) throw ctx.errors.closed()
        if (impl.removed) throw ctx.errors.removed(key, impl.id)
        ctx.countCall(`${impl.type}.${key}()`)
        if (WRITE_METHODS.has(key)) {
          ctx.writes++
          // Appending writes the child (its parent changes), not the parent's own properties.
          const child = key === 'appendChild' ? args[0] : key === 'insertChild' ? args[1] : undefined
          ctx.countWrite(ctx.implOf(child)?.id ?? impl.id, `${key}()`)
        }
        return call(impl, args, ctx)
      }
      this.methodCache.set(key, fn)
    }
    return fn
  }

  set(_t: object, key: string | symbol, value: unknown): boolean {
    const { ctx, impl } = this
    if (typeof key === 'symbol') throw ctx.errors.notExtensible(String(key))
    const spec = this.table.get(key)
    if (!spec || this.hidden(spec)) {
      if (this.members.has(key) && !spec) throw ctx.errors.notEmulated(this.label, key)
      if (ANY_NODE_MEMBER.has(key)) throw ctx.errors.noSuchNodeProperty(key, this.label)
      throw ctx.errors.notExtensible(key)
    }
    if (ctx.closed) throw ctx.errors.closed()
    if (impl.removed) throw ctx.errors.removed(`set_${key}`, impl.id)
    if (!spec.set) throw ctx.errors.readOnly(key, this.label)
    ctx.countCall(`${impl.type}.${key}=`)
    ctx.writes++
    ctx.countWrite(impl.id, `${key}=`)
    spec.set(impl, value, ctx)
    return true
  }

  has(_t: object, key: string | symbol): boolean {
    if (typeof key !== 'string') return false
    const spec = this.table.get(key)
    if (spec) return !this.hidden(spec)
    return this.members.has(key)
  }

  private printable(): string[] {
    if (this.label === 'TEXT_SUBLAYER') return this.impl.removed ? [] : ['characters']
    return this.impl.removed ? ['id', 'type', 'removed'] : ['id', 'type', 'name']
  }

  ownKeys(): string[] {
    return this.printable()
  }

  getOwnPropertyDescriptor(t: object, key: string | symbol): PropertyDescriptor | undefined {
    if (typeof key !== 'string' || !this.printable().includes(key) || this.ctx.closed) return undefined
    return { value: this.get(t, key), writable: false, enumerable: true, configurable: true }
  }

  defineProperty(_t: object, key: string | symbol): boolean {
    throw this.ctx.errors.notExtensible(String(key))
  }

  deleteProperty(_t: object, key: string | symbol): boolean {
    throw this.ctx.errors.typeError(`Cannot delete property '${String(key)}' of #<${this.label}>`)
  }

  setPrototypeOf(): boolean {
    return false
  }

  preventExtensions(): boolean {
    return false
  }
}

function makeProxy(ctx: EmulatorContext, impl: NodeImpl, table: Specs, typeMembers: Set<string>, label: string): object {
  return new Proxy({}, new NodeTraps(ctx, impl, table, typeMembers, label))
}
