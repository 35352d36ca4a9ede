import type { EmulatorContext } from './context'
import type { NodeImpl } from './node-impl'
import { cloneTree } from './node-create'
import { setCharacters } from './node-text'
import { childrenOf, insertInto } from './node-tree'

/** What a person does on the canvas, which a plugin then sees as changes made by someone else. */

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

/** Writes text as a person would (fonts are the editor's business). */
export function userSetText(ctx: EmulatorContext, n: NodeImpl, chars: string): void {
  setCharacters(ctx, n, chars)
}
