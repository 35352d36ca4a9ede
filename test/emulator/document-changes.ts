import type { EmulatorContext } from './context'
import type { NodeImpl } from './node-impl'

export type Origin = 'LOCAL' | 'REMOTE'

interface Pending {
  kind: 'CREATE' | 'DELETE' | 'PROPERTY_CHANGE'
  impl: NodeImpl
  origin: Origin
  props: NodeChangeProperty[]
  /** parent id at removal time (DELETE only) */
  parentId: string | null
}

/**
 * Collects document changes and delivers them as one `{documentChanges}` batch
 * per macrotask to figma.on('documentchange') listeners, and the same node changes
 * as one `{nodeChanges}` batch to figma.currentPage.on('nodechange') listeners:
 * - recorded only while a 'documentchange' or page 'nodechange' listener is registered;
 * - CREATE/DELETE only for the top-most created/removed node of the batch;
 * - PROPERTY_CHANGEs coalesced per node and origin, dropped for nodes created
 *   in the same batch;
 * - changes made synchronously inside a documentchange or nodechange callback are not recorded;
 * - nodechange carries only changes of nodes on the page (not the page or document itself);
 * - `node` is the live node, or a frozen `{removed: true, type, id}` once removed.
 */
export class ChangeTracker {
  scheduled = false
  private pending: Pending[] = []
  private readonly propIndex = new Map<string, Pending>()

  constructor(private readonly ctx: EmulatorContext) {}

  private get recording(): boolean {
    return !this.ctx.suppressChanges && !this.ctx.closed && this.listeners > 0
  }

  private get listeners(): number {
    return this.ctx.events.count('documentchange') + this.ctx.pageListeners.count
  }

  created(impl: NodeImpl): void {
    if (!this.recording) return
    this.push({ kind: 'CREATE', impl, origin: this.ctx.origin, props: [], parentId: null })
  }

  deleted(impl: NodeImpl, parentId: string | null): void {
    if (!this.recording) return
    this.push({ kind: 'DELETE', impl, origin: this.ctx.origin, props: [], parentId })
  }

  property(impl: NodeImpl, props: readonly NodeChangeProperty[]): void {
    if (!this.recording || props.length === 0) return
    const key = `${impl.id}|${this.ctx.origin}`
    const existing = this.propIndex.get(key)
    if (existing) {
      for (const p of props) if (!existing.props.includes(p)) existing.props.push(p)
      return
    }
    const entry: Pending = { kind: 'PROPERTY_CHANGE', impl, origin: this.ctx.origin, props: [...new Set(props)], parentId: null }
    this.propIndex.set(key, entry)
    this.push(entry)
  }

  private push(p: Pending): void {
    this.pending.push(p)
    if (!this.scheduled) {
      this.scheduled = true
      this.ctx.enqueue(() => this.deliver())
    }
  }

  private deliver(): void {
    this.scheduled = false
    const batch = this.pending
    this.pending = []
    this.propIndex.clear()
    if (this.ctx.closed || this.listeners === 0) return
    const created = new Set(batch.filter((c) => c.kind === 'CREATE').map((c) => c.impl.id))
    const deleted = new Set(batch.filter((c) => c.kind === 'DELETE').map((c) => c.impl.id))
    const ancestorIn = (startParent: string | null, set: Set<string>): boolean => {
      let id = startParent
      while (id !== null) {
        if (set.has(id)) return true
        id = this.ctx.nodes.get(id)?.s.parent ?? null
      }
      return false
    }
    const changes: DocumentChange[] = []
    for (const c of batch) {
      if (c.kind === 'CREATE' && ancestorIn(c.impl.s.parent, created)) continue
      if (c.kind === 'DELETE' && ancestorIn(c.parentId, deleted)) continue
      if (c.kind === 'PROPERTY_CHANGE' && created.has(c.impl.id)) continue
      const node = (c.impl.removed ? removedStub(c.impl) : c.impl.proxy) as SceneNode | RemovedNode
      const base = { id: c.impl.id, origin: c.origin, node }
      changes.push(c.kind === 'PROPERTY_CHANGE' ? { ...base, type: c.kind, properties: [...c.props] } : { ...base, type: c.kind })
    }
    if (changes.length === 0) return
    // One page: every scene node's change is a change on it.
    const onPage = changes.filter((c): c is NodeChange => c.type === 'CREATE' || c.type === 'DELETE' || c.type === 'PROPERTY_CHANGE').filter((c) => c.node.type !== 'PAGE' && c.node.type !== 'DOCUMENT')
    this.ctx.suppressChanges = true
    try {
      if (this.ctx.events.count('documentchange') > 0) this.ctx.events.dispatchNow('documentchange', [{ documentChanges: changes } satisfies DocumentChangeEvent])
      if (this.ctx.pageListeners.count > 0 && onPage.length > 0) {
        const event: NodeChangeEvent = { nodeChanges: onPage.map((c) => ({ ...c })) }
        this.ctx.pageListeners.dispatchNow(event)
      }
    } finally {
      this.ctx.suppressChanges = false
    }
  }
}

export function removedStub(impl: NodeImpl): RemovedNode {
  return Object.freeze({ removed: true as const, type: impl.type, id: impl.id })
}
