import type { EmulatorContext } from './context'
import type { NodeImpl, NodeState } from './node-impl'
import { clean } from './node-geometry'
import { findSpecs } from './node-members'
import { flag, type Spec } from './node-spec'
import { descendants, liveChildren, parentOf } from './node-tree'
import { relayout } from './node-text'
import { frozenCopy } from './validate'

/** Members of one node type only (stickies, shapes, connectors, vectors, the page, the document). */

const SHAPE_TYPES = [
  'SQUARE', 'ELLIPSE', 'ROUNDED_RECTANGLE', 'DIAMOND', 'TRIANGLE_UP', 'TRIANGLE_DOWN', 'PARALLELOGRAM_RIGHT', 'PARALLELOGRAM_LEFT',
  'ENG_DATABASE', 'ENG_QUEUE', 'ENG_FILE', 'ENG_FOLDER', 'TRAPEZOID', 'PREDEFINED_PROCESS', 'SHIELD', 'DOCUMENT_SINGLE',
  'DOCUMENT_MULTIPLE', 'MANUAL_INPUT', 'HEXAGON', 'CHEVRON', 'PENTAGON', 'OCTAGON', 'STAR', 'PLUS', 'ARROW_LEFT', 'ARROW_RIGHT',
  'SUMMING_JUNCTION', 'OR', 'SPEECH_BUBBLE', 'INTERNAL_STORAGE',
] as const satisfies ReadonlyArray<ShapeWithTextNode['shapeType']>

export const STICKY_SPECIFIC: Record<string, Spec> = {
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

export const SHAPE_SPECIFIC: Record<string, Spec> = {
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
export const CONNECTOR_SPECIFIC: Record<string, Spec> = {
  connectorStart: connectorField('connectorStart', (v, ctx, op) => endpoint(ctx, op, v)),
  connectorEnd: connectorField('connectorEnd', (v, ctx, op) => endpoint(ctx, op, v)),
  connectorLineType: connectorField('connectorLineType', (v, ctx, op) => ctx.validate.oneOf(op, v, ['ELBOWED', 'STRAIGHT', 'CURVED'] as const)),
  connectorStartStrokeCap: connectorField('connectorStartStrokeCap', (v, ctx, op) => ctx.validate.oneOf(op, v, CONNECTOR_CAPS)),
  connectorEndStrokeCap: connectorField('connectorEndStrokeCap', (v, ctx, op) => ctx.validate.oneOf(op, v, CONNECTOR_CAPS)),
}

export const VECTOR_SPECIFIC: Record<string, Spec> = {
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

export const PAGE_SPECIFIC: Record<string, Spec> = {
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

export const DOCUMENT_SPECIFIC: Record<string, Spec> = {
  children: { get: (n, ctx) => Object.freeze(liveChildren(ctx, n).map((c) => c.proxy)) },
  ...findSpecs(
    (n, ctx, op) => {
      requireAllPages(ctx, op)
      return descendants(ctx, n)
    },
    (n, ctx) => liveChildren(ctx, n),
  ),
}
