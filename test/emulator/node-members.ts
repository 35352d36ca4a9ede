import { PLUGIN_ID, type EmulatorContext } from './context'
import type { NodeImpl } from './node-impl'
import { absoluteBox, absoluteTransform, clean, relative } from './node-geometry'
import { flag, str, type Spec } from './node-spec'
import { descendants, insertInto, liveChildren, parentOf, removeNode } from './node-tree'
import { relayout } from './node-text'
import { round2 } from './text-metrics'
import { frozenCopy } from './validate'

/** Members that several node types share, in the groups the typings' mixins make. */

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

export const BASE: Record<string, Spec> = {
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

export const SCENE: Record<string, Spec> = {
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

export const DIMS: Record<string, Spec> = {
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

export const RESIZE: Record<string, Spec> = {
  resize: { call: (n, a, ctx) => resize(n, a, ctx, 'resize') },
}
export const RESIZE_WC: Record<string, Spec> = {
  resizeWithoutConstraints: { call: (n, a, ctx) => resize(n, a, ctx, 'resizeWithoutConstraints') },
}
export const ROTATION: Record<string, Spec> = {
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
export const RESCALE: Record<string, Spec> = {
  rescale: {
    call: (n, [scale], ctx) => {
      const k = ctx.validate.number('rescale', scale, { min: 0.01 })
      n.s.width = round2(n.s.width * k)
      n.s.height = round2(n.s.height * k)
      ctx.touch(n, ['width', 'height'])
    },
  },
}
export const LAYOUT = { ...RESIZE, ...RESIZE_WC, ...ROTATION, ...RESCALE }

const paintsSpec = (key: 'fills' | 'strokes'): Spec => ({
  get: (n) => frozenCopy(n.s[key]),
  set: (n, v, ctx) => {
    n.s[key] = ctx.validate.paints(`set_${key}`, v)
    ctx.touch(n, [key])
  },
})
export const FILLS: Record<string, Spec> = { fills: paintsSpec('fills') }

const STROKE_JOINS = ['MITER', 'BEVEL', 'ROUND'] as const
const STROKE_CAPS = ['NONE', 'ROUND', 'SQUARE', 'ARROW_LINES', 'ARROW_EQUILATERAL', 'DIAMOND_FILLED', 'TRIANGLE_FILLED', 'CIRCLE_FILLED'] as const
export const STROKES: Record<string, Spec> = {
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
export const GEOMETRY: Record<string, Spec> = {
  strokeCap: {
    get: (n) => n.s.strokeCap,
    set: (n, v, ctx) => {
      n.s.strokeCap = ctx.validate.oneOf('set_strokeCap', v, STROKE_CAPS)
      ctx.touch(n, ['strokeCap'])
    },
  },
}
const BLEND_MODES = ['PASS_THROUGH', 'NORMAL', 'DARKEN', 'MULTIPLY', 'LINEAR_BURN', 'COLOR_BURN', 'LIGHTEN', 'SCREEN', 'LINEAR_DODGE', 'COLOR_DODGE', 'OVERLAY', 'SOFT_LIGHT', 'HARD_LIGHT', 'DIFFERENCE', 'EXCLUSION', 'HUE', 'SATURATION', 'COLOR', 'LUMINOSITY'] as const
export const BLEND: Record<string, Spec> = {
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
export const CORNER: Record<string, Spec> = {
  cornerRadius: {
    get: (n) => n.s.cornerRadius,
    set: (n, v, ctx) => {
      n.s.cornerRadius = ctx.validate.number('set_cornerRadius', v, { min: 0 })
      ctx.touch(n, ['cornerRadius'])
    },
  },
}
/** ShapeWithText/Connector: `readonly cornerRadius?: number` */
export const CORNER_READONLY: Record<string, Spec> = { cornerRadius: { get: () => undefined } }

function callbackArg(ctx: EmulatorContext, op: string, cb: unknown, optional: boolean): ((node: unknown) => unknown) | undefined {
  if (cb === undefined && optional) return undefined
  if (typeof cb !== 'function') throw ctx.errors.invalid(op, 'Expected a callback function')
  return cb as (node: unknown) => unknown
}

export function findSpecs(scope: (n: NodeImpl, ctx: EmulatorContext, op: string) => NodeImpl[], direct: (n: NodeImpl, ctx: EmulatorContext, op: string) => NodeImpl[]): Record<string, Spec> {
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

export const CHILDREN: Record<string, Spec> = {
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
