import type { EmulatorContext } from './context'
import type { NodeImpl } from './node-impl'

/** The document tree: parents and children, inserting and removing nodes. */

export const childrenOf = (n: NodeImpl): string[] => {
  if (!n.s.children) throw new Error(`[figma-emulator] ${n.type} has no children`)
  return n.s.children
}

export function parentOf(ctx: EmulatorContext, n: NodeImpl): NodeImpl | undefined {
  return n.s.parent === null ? undefined : ctx.nodes.get(n.s.parent)
}

export function liveChildren(ctx: EmulatorContext, n: NodeImpl): NodeImpl[] {
  return childrenOf(n).map((id) => ctx.nodes.get(id)).filter((c): c is NodeImpl => c !== undefined && !c.removed)
}

export function descendants(ctx: EmulatorContext, n: NodeImpl, out: NodeImpl[] = []): NodeImpl[] {
  for (const c of liveChildren(ctx, n)) {
    out.push(c)
    if (c.s.children) descendants(ctx, c, out)
  }
  return out
}

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

export function insertInto(ctx: EmulatorContext, parent: NodeImpl, child: unknown, index: unknown, op: string): void {
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

/** Appends a fresh node to the current page and reports it. */
export function attachNew(ctx: EmulatorContext, impl: NodeImpl): NodeImpl {
  impl.s.parent = ctx.page.id
  childrenOf(ctx.page).push(impl.id)
  ctx.undo.dirty = true
  ctx.changes.created(impl)
  return impl
}
