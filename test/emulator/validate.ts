import { describeValue, type ErrorFactory } from './errors'

/** Value validation shared by node setters; messages mimic Figma's `in set_x: …` style. */
export class Validator {
  constructor(private readonly errors: ErrorFactory) {}

  number(op: string, v: unknown, opts: { min?: number; max?: number; integer?: boolean } = {}): number {
    if (typeof v !== 'number' || Number.isNaN(v)) throw this.errors.invalid(op, `Expected number, received ${describeValue(v)}`)
    if (!Number.isFinite(v)) throw this.errors.invalid(op, 'Expected a finite number')
    if (opts.integer === true && !Number.isInteger(v)) throw this.errors.invalid(op, `Expected integer, received ${v}`)
    if (opts.min !== undefined && v < opts.min) throw this.errors.invalid(op, `Number must be greater than or equal to ${opts.min}`)
    if (opts.max !== undefined && v > opts.max) throw this.errors.invalid(op, `Number must be less than or equal to ${opts.max}`)
    return v
  }

  boolean(op: string, v: unknown): boolean {
    if (typeof v !== 'boolean') throw this.errors.invalid(op, `Expected boolean, received ${describeValue(v)}`)
    return v
  }

  string(op: string, v: unknown): string {
    if (typeof v !== 'string') throw this.errors.invalid(op, `Expected string, received ${describeValue(v)}`)
    return v
  }

  oneOf<T extends string>(op: string, v: unknown, options: readonly T[]): T {
    if (typeof v !== 'string' || !(options as readonly string[]).includes(v)) {
      throw this.errors.invalid(op, `Invalid enum value. Expected ${options.map((o) => `'${o}'`).join(' | ')}, received '${String(v)}'`)
    }
    return v as T
  }

  object(op: string, v: unknown, at = ''): Record<string, unknown> {
    if (typeof v !== 'object' || v === null || Array.isArray(v)) {
      throw this.errors.invalid(op, `Expected object, received ${describeValue(v)}${at ? ` at ${at}` : ''}`)
    }
    return v as Record<string, unknown>
  }

  keys(op: string, o: Record<string, unknown>, allowed: readonly string[], at: string): void {
    const extra = Object.keys(o).filter((k) => !allowed.includes(k))
    if (extra.length > 0) throw this.errors.invalid(op, `Unrecognized key(s) in object: ${extra.map((k) => `'${k}'`).join(', ')}${at ? ` at ${at}` : ''}`)
  }

  unit(op: string, v: unknown, at: string): number {
    if (typeof v !== 'number' || Number.isNaN(v)) throw this.errors.invalid(op, `Expected number, received ${describeValue(v)} at ${at}`)
    if (v < 0) throw this.errors.invalid(op, `Number must be greater than or equal to 0 at ${at}`)
    if (v > 1) throw this.errors.invalid(op, `Number must be less than or equal to 1 at ${at}`)
    return v
  }

  /**
   * Paint arrays (fills/strokes). SolidPaint is checked strictly (keys, 0..1
   * channels, no `a` in color); other paint types are accepted with a type check.
   * The stored value is normalised the way Figma reads it back.
   */
  paints(op: string, v: unknown): Paint[] {
    if (!Array.isArray(v)) throw this.errors.invalid(op, `Expected array, received ${describeValue(v)}`)
    return v.map((p, i) => this.paint(op, p, `[${i}]`))
  }

  private paint(op: string, p: unknown, at: string): Paint {
    const o = this.object(op, p, at)
    const types = ['SOLID', 'GRADIENT_LINEAR', 'GRADIENT_RADIAL', 'GRADIENT_ANGULAR', 'GRADIENT_DIAMOND', 'IMAGE', 'VIDEO', 'PATTERN']
    if (typeof o.type !== 'string' || !types.includes(o.type)) {
      throw this.errors.invalid(op, `Invalid discriminator value. Expected ${types.map((t) => `'${t}'`).join(' | ')} at ${at}.type`)
    }
    if (o.type !== 'SOLID') return structuredClone(o) as unknown as Paint
    this.keys(op, o, ['type', 'color', 'opacity', 'visible', 'blendMode', 'boundVariables'], at)
    const c = this.object(op, o.color, `${at}.color`)
    this.keys(op, c, ['r', 'g', 'b'], `${at}.color`)
    const color = { r: this.unit(op, c.r, `${at}.color.r`), g: this.unit(op, c.g, `${at}.color.g`), b: this.unit(op, c.b, `${at}.color.b`) }
    const opacity = o.opacity === undefined ? 1 : this.unit(op, o.opacity, `${at}.opacity`)
    if (o.visible !== undefined && typeof o.visible !== 'boolean') throw this.errors.invalid(op, `Expected boolean, received ${describeValue(o.visible)} at ${at}.visible`)
    if (o.blendMode !== undefined && typeof o.blendMode !== 'string') throw this.errors.invalid(op, `Expected string at ${at}.blendMode`)
    const paint: SolidPaint = {
      type: 'SOLID',
      visible: o.visible === undefined ? true : o.visible,
      opacity,
      blendMode: (o.blendMode ?? 'NORMAL') as BlendMode,
      color,
      boundVariables: {},
    }
    return paint
  }

  /** Figma's vectorPaths grammar: absolute M/L/Q/C/Z, tokens separated by whitespace. */
  vectorPaths(op: string, v: unknown): { paths: VectorPath[]; points: Array<[number, number]> } {
    if (!Array.isArray(v)) throw this.errors.invalid(op, `Expected array, received ${describeValue(v)}`)
    const points: Array<[number, number]> = []
    const paths = v.map((raw, i) => {
      const o = this.object(op, raw, `[${i}]`)
      this.keys(op, o, ['windingRule', 'data'], `[${i}]`)
      const windingRule = this.oneOf(op, o.windingRule, ['NONZERO', 'EVENODD', 'NONE'] as const)
      const data = this.string(op, o.data)
      points.push(...this.pathPoints(op, data))
      return { windingRule, data }
    })
    return { paths, points }
  }

  private pathPoints(op: string, data: string): Array<[number, number]> {
    const ARITY: Record<string, number> = { M: 2, L: 2, Q: 4, C: 6, Z: 0 }
    const tokens = data.trim() === '' ? [] : data.trim().split(/\s+/)
    const isNum = (t: string): boolean => /^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i.test(t)
    const bad = (t: string): Error => this.errors.invalid(op, `Failed to convert path. Invalid command at ${t}`)
    const out: Array<[number, number]> = []
    let cursor: [number, number] | null = null
    let start: [number, number] | null = null
    let i = 0
    while (i < tokens.length) {
      const cmd = tokens[i] as string
      const arity = ARITY[cmd]
      if (arity === undefined) throw bad(cmd)
      if (cursor === null && cmd !== 'M') throw this.errors.invalid(op, `Failed to convert path. Path must start with M, found ${cmd}`)
      const nums: number[] = []
      for (let k = 1; k <= arity; k++) {
        const t = tokens[i + k]
        if (t === undefined) throw this.errors.invalid(op, `Failed to convert path. Missing coordinates after ${cmd}`)
        if (!isNum(t)) throw bad(t)
        nums.push(Number(t))
      }
      i += arity + 1
      const pt = (k: number): [number, number] => [nums[k] as number, nums[k + 1] as number]
      if (cmd === 'M') {
        cursor = pt(0)
        start = cursor
        out.push(cursor)
      } else if (cmd === 'L') {
        cursor = pt(0)
        out.push(cursor)
      } else if (cmd === 'Z') {
        if (start) cursor = start
      } else if (cursor) {
        // Sample the curve so bounds follow the curve, not its control points.
        const p0 = cursor
        const ctrl = cmd === 'Q' ? [pt(0)] : [pt(0), pt(2)]
        const end = cmd === 'Q' ? pt(2) : pt(4)
        for (let s = 1; s <= 24; s++) out.push(bezier([p0, ...ctrl, end], s / 24))
        cursor = end
      }
    }
    return out
  }
}

function bezier(pts: Array<[number, number]>, t: number): [number, number] {
  let level = pts
  while (level.length > 1) {
    const next: Array<[number, number]> = []
    for (let k = 0; k + 1 < level.length; k++) {
      const a = level[k] as [number, number]
      const b = level[k + 1] as [number, number]
      next.push([a[0] + (b[0] - a[0]) * t, a[1] + (b[1] - a[1]) * t])
    }
    level = next
  }
  return level[0] as [number, number]
}

export function deepFreeze<T>(v: T): T {
  if (typeof v === 'object' && v !== null && !Object.isFrozen(v)) {
    Object.freeze(v)
    for (const k of Object.keys(v)) deepFreeze((v as Record<string, unknown>)[k])
  }
  return v
}

/** A fresh, deeply frozen copy (what Figma hands out for fills, strokes, fontName…). */
export function frozenCopy<T>(v: T): T {
  return deepFreeze(structuredClone(v))
}
