import { API_MEMBERS, type ApiOwner } from './api-members'
import type { EmulatorContext } from './context'
import { INTER_MEDIUM, INTER_REGULAR } from './fonts'
import { NodeImpl, baseState, solid, textState, type EmulatedNodeType, type NodeState, type TextState } from './node-impl'
import { BASE, BLEND, CHILDREN, CORNER, CORNER_READONLY, DIMS, FILLS, GEOMETRY, LAYOUT, RESCALE, RESIZE, RESIZE_WC, ROTATION, SCENE, STROKES } from './node-members'
import { makeProxy } from './node-proxy'
import { flag, specs, type Spec, type Specs } from './node-spec'
import { SUBLAYER_SPECS, TEXT_COMMON, TEXT_NODE, TEXT_SUBLAYER_PROP, relayout } from './node-text'
import { attachNew } from './node-tree'
import { CONNECTOR_SPECIFIC, DOCUMENT_SPECIFIC, PAGE_SPECIFIC, SHAPE_SPECIFIC, STICKY_SPECIFIC, VECTOR_SPECIFIC } from './node-type-members'
import { SHAPE_FONT_SIZE, STICKY_FONT_SIZE, TEXT_FONT_SIZE, autoLineHeight } from './text-metrics'

/** Making nodes: each type's defaults and member table, registration, and cloning. */

const members = (owner: ApiOwner): Set<string> => new Set<string>(API_MEMBERS[owner].split(' '))

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

export function cloneTree(ctx: EmulatorContext, n: NodeImpl, parentId: string | null): NodeImpl {
  const s = structuredClone(n.s)
  s.parent = parentId
  const kids = s.children
  const c = register(ctx, n.type, s)
  if (kids) c.s.children = kids.map((id) => ctx.nodes.get(id)).filter((k): k is NodeImpl => k !== undefined && !k.removed).map((k) => cloneTree(ctx, k, c.id).id)
  return c
}

const CLONE: Record<string, Spec> = {
  clone: {
    call: (n, _a, ctx) => {
      // Figma: "By default, the duplicate will be parented under figma.currentPage"; plugin data is copied (UNCONFIRMED).
      const c = cloneTree(ctx, n, null)
      return attachNew(ctx, c).proxy
    },
  },
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
