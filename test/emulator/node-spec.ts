import type { EmulatorContext } from './context'
import type { NodeImpl } from './node-impl'

/** How the emulator answers one member of a node: its getter, setter or method. */
export type Getter = (n: NodeImpl, ctx: EmulatorContext) => unknown
export type Setter = (n: NodeImpl, v: unknown, ctx: EmulatorContext) => void
export type Method = (n: NodeImpl, args: unknown[], ctx: EmulatorContext) => unknown
export interface Spec {
  get?: Getter
  set?: Setter
  call?: Method
  /** readable on removed nodes (id, type, removed) */
  alive?: true
  /** absent in FigJam (getTopLevelFrame) */
  designOnly?: true
}
export type Specs = Map<string, Spec>

export function specs(...parts: Array<Record<string, Spec>>): Specs {
  const m: Specs = new Map()
  for (const p of parts) for (const [k, v] of Object.entries(p)) m.set(k, v)
  return m
}

export const str = (op: string) => (v: unknown, ctx: EmulatorContext) => ctx.validate.string(op, v)

export const flag = (key: 'visible' | 'locked' | 'authorVisible' | 'sectionContentsHidden' | 'clipsContent', props: NodeChangeProperty[]): Spec => ({
  get: (n) => n.s[key],
  set: (n, v, ctx) => {
    n.s[key] = ctx.validate.boolean(`set_${key}`, v)
    ctx.touch(n, props)
  },
})
