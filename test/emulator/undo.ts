import type { EmulatorContext } from './context'
import type { NodeImpl, NodeState, TextState } from './node-impl'

type Snapshot = Map<string, NodeState>

/**
 * Snapshot-based undo history. The document (page tree, node properties,
 * plugin data) is snapshotted at creation and at every figma.commitUndo().
 * controls.undo() behaves like Ctrl+Z:
 * - uncommitted changes since the last commit form the open step and are undone first;
 * - otherwise the last committed step is undone (the document returns to the
 *   previous commit point).
 * Restored nodes keep their ids (and the plugin's references to them work again);
 * nodes created after the restored point become removed. The restore is reported
 * to documentchange listeners as LOCAL changes.
 * A local person's edit is a step of its own (see personStep), as in Figma.
 * Limitation: remote edits inside a step are undone too (Figma would keep them).
 */
export class UndoHistory {
  /** number of figma.commitUndo() calls */
  commits = 0
  dirty = false
  private readonly stack: Snapshot[] = []

  constructor(private readonly ctx: EmulatorContext) {}

  get depth(): number {
    return this.stack.length - 1
  }

  init(): void {
    this.stack.length = 0
    this.stack.push(this.snapshot())
    this.dirty = false
  }

  commit(): void {
    this.commits++
    this.stack.push(this.snapshot())
    this.dirty = false
  }

  /** A person's edit closes its own step (not a commitUndo, so `commits` does not count it). */
  personStep(): void {
    if (!this.dirty) return
    this.stack.push(this.snapshot())
    this.dirty = false
  }

  undo(): boolean {
    if (this.dirty) {
      const top = this.stack[this.stack.length - 1]
      if (top) this.restore(top)
      this.dirty = false
      return true
    }
    if (this.stack.length <= 1) {
      this.ctx.warn('undo: nothing to undo')
      return false
    }
    this.stack.pop()
    const top = this.stack[this.stack.length - 1]
    if (top) this.restore(top)
    this.dirty = false
    return true
  }

  private snapshot(): Snapshot {
    const snap: Snapshot = new Map()
    for (const impl of this.ctx.nodes.values()) if (!impl.removed) snap.set(impl.id, structuredClone(impl.s))
    return snap
  }

  private restore(snap: Snapshot): void {
    const before = new Map<string, { removed: boolean; s: NodeState }>()
    for (const impl of this.ctx.nodes.values()) before.set(impl.id, { removed: impl.removed, s: impl.s })
    for (const impl of this.ctx.nodes.values()) {
      const state = snap.get(impl.id)
      if (state) {
        impl.s = structuredClone(state)
        impl.removed = false
      } else {
        impl.removed = true
      }
    }
    this.ctx.selection = this.ctx.selection.filter((id) => this.ctx.nodes.get(id)?.removed === false)
    this.report(before)
  }

  private report(before: Map<string, { removed: boolean; s: NodeState }>): void {
    const ch = this.ctx.changes
    const wasLive = (id: string | null): boolean => id !== null && before.get(id)?.removed === false
    const isLive = (id: string | null): boolean => id !== null && this.ctx.nodes.get(id)?.removed === false
    for (const impl of this.ctx.nodes.values()) {
      if (impl.type === 'PAGE' || impl.type === 'DOCUMENT') continue
      const prev = before.get(impl.id)
      if (!prev) continue
      if (prev.removed && !impl.removed) {
        if (!(impl.s.parent !== null && !wasLive(impl.s.parent) && isLive(impl.s.parent))) ch.created(impl)
      } else if (!prev.removed && impl.removed) {
        if (!(prev.s.parent !== null && wasLive(prev.s.parent) && !isLive(prev.s.parent))) ch.deleted(impl, prev.s.parent)
      } else if (!impl.removed) {
        ch.property(impl, diffProps(impl, prev.s, impl.s, this.ctx.options.stickyTextChangeProperty))
      }
    }
  }
}

const SIMPLE: Partial<Record<keyof NodeState, NodeChangeProperty[]>> = {
  name: ['name'],
  parent: ['parent'],
  x: ['x', 'relativeTransform'],
  y: ['y', 'relativeTransform'],
  rotation: ['rotation', 'relativeTransform'],
  width: ['width'],
  height: ['height'],
  visible: ['visible'],
  locked: ['locked'],
  opacity: ['opacity'],
  blendMode: ['blendMode'],
  fills: ['fills'],
  strokes: ['strokes'],
  strokeWeight: ['strokeWeight'],
  strokeAlign: ['strokeAlign'],
  strokeJoin: ['strokeJoin'],
  strokeCap: ['strokeCap'],
  dashPattern: ['dashPattern'],
  cornerRadius: ['cornerRadius'],
  pluginData: ['pluginData'],
  sharedPluginData: ['pluginData'],
  authorVisible: ['authorVisible'],
  authorName: ['authorName'],
  shapeType: ['shapeType'],
  vectorPaths: ['vectorNetwork'],
  connectorStart: ['connectorStart'],
  connectorEnd: ['connectorEnd'],
  connectorLineType: ['connectorLineType'],
  connectorStartStrokeCap: ['connectorStartStrokeCap'],
  connectorEndStrokeCap: ['connectorEndStrokeCap'],
}

function diffProps(impl: NodeImpl, a: NodeState, b: NodeState, stickyTextProp: 'text' | 'characters'): NodeChangeProperty[] {
  const out: NodeChangeProperty[] = []
  const differs = (x: unknown, y: unknown): boolean => JSON.stringify(x) !== JSON.stringify(y)
  for (const [key, props] of Object.entries(SIMPLE) as Array<[keyof NodeState, NodeChangeProperty[]]>) {
    if (differs(a[key], b[key])) out.push(...props)
  }
  if (differs(a.text, b.text)) {
    if (impl.type === 'TEXT' && a.text && b.text) {
      for (const k of Object.keys(b.text) as Array<keyof TextState>) {
        if (differs(a.text[k], b.text[k])) out.push(k)
      }
    } else {
      out.push(differs(a.text?.characters, b.text?.characters) ? stickyTextProp : 'text')
    }
  }
  return [...new Set(out)]
}
