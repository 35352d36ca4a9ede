import { API_MEMBERS, type ApiOwner } from './api-members'
import type { EmulatorContext } from './context'
import type { NodeImpl } from './node-impl'
import type { Method, Spec, Specs } from './node-spec'

/** The proxy a plugin holds for a node: strict about members the emulator lacks or the typings do not have. */

const NODE_OWNERS: ApiOwner[] = [
  'DOCUMENT', 'PAGE', 'SECTION', 'STICKY', 'SHAPE_WITH_TEXT', 'CONNECTOR', 'TEXT', 'FRAME', 'VECTOR', 'ELLIPSE', 'LINE',
  'RECTANGLE', 'GROUP', 'TABLE', 'CODE_BLOCK', 'POLYGON', 'STAR', 'COMPONENT', 'INSTANCE', 'TEXT_SUBLAYER',
]
/** every member name of any node type in the typings */
const ANY_NODE_MEMBER = new Set<string>(NODE_OWNERS.flatMap((o) => API_MEMBERS[o].split(' ')))
/** keys that test tooling probes; they read as undefined on every node */
const TOOLING_KEYS = new Set(['then', 'toJSON', 'asymmetricMatch', '$$typeof', 'nodeType', 'constructor', 'inspect', 'nodeName', 'tagName', '_isMockFunction'])

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

export function makeProxy(ctx: EmulatorContext, impl: NodeImpl, table: Specs, typeMembers: Set<string>, label: string): object {
  return new Proxy({}, new NodeTraps(ctx, impl, table, typeMembers, label))
}
