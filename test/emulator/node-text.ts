import type { EmulatorContext } from './context'
import type { NodeImpl, TextState } from './node-impl'
import { specs, type Spec, type Specs } from './node-spec'
import { autoLineHeight, measureText, round2, stickyHeight, stickyWidth } from './text-metrics'
import { frozenCopy } from './validate'

/** Text: the members of text nodes and text sublayers, and the sizes text makes a node grow to. */

const isText = (n: NodeImpl): boolean => n.type === 'TEXT'
const textOf = (n: NodeImpl): TextState => {
  if (!n.s.text) throw new Error(`[figma-emulator] ${n.type} has no text state`)
  return n.s.text
}

function lineHeightPx(t: TextState): number {
  const lh = t.lineHeight
  if (lh.unit === 'AUTO') return autoLineHeight(t.fontSize)
  return lh.unit === 'PIXELS' ? lh.value : round2((t.fontSize * lh.value) / 100)
}

/** Re-applies text-driven sizes (sticky growth, auto-resizing text) and reports width/height changes. */
export function relayout(ctx: EmulatorContext, n: NodeImpl): void {
  const t = n.s.text
  if (!t) return
  const { width, height } = n.s
  if (n.type === 'STICKY') {
    n.s.width = stickyWidth(n.s.isWideWidth === true)
    n.s.height = stickyHeight(t.characters, n.s.isWideWidth === true, t.fontSize, lineHeightPx(t))
  } else if (n.type === 'TEXT') {
    if (t.textAutoResize === 'WIDTH_AND_HEIGHT') {
      const m = measureText(t.characters, t.fontSize, Infinity, lineHeightPx(t))
      n.s.width = m.width
      n.s.height = m.height
    } else if (t.textAutoResize === 'HEIGHT') {
      n.s.height = measureText(t.characters, t.fontSize, n.s.width, lineHeightPx(t)).height
    }
  }
  const props: NodeChangeProperty[] = []
  if (n.s.width !== width) props.push('width')
  if (n.s.height !== height) props.push('height')
  if (props.length > 0) ctx.touch(n, props)
}

const changeProp = (n: NodeImpl, ctx: EmulatorContext, prop: NodeChangeProperty): NodeChangeProperty =>
  isText(n) ? prop : prop === 'characters' ? ctx.options.stickyTextChangeProperty : 'text'

function requireFont(ctx: EmulatorContext, t: TextState, prop: string): void {
  if (t.fontName === null) throw ctx.errors.invalid(`set_${prop}`, 'The text has no valid fontName yet; set fontName (with a loaded font) first')
  ctx.fonts.assertLoaded(prop, t.fontName)
}

/** A text property whose write needs the current font loaded. */
const textProp = <K extends keyof TextState>(key: K, parse: (v: unknown, ctx: EmulatorContext, op: string) => TextState[K], copyOut = false): Spec => ({
  get: (n) => (copyOut ? frozenCopy(textOf(n)[key]) : textOf(n)[key]),
  set: (n, v, ctx) => {
    const t = textOf(n)
    requireFont(ctx, t, key)
    t[key] = parse(v, ctx, `set_${key}`)
    ctx.touch(n, [changeProp(n, ctx, key)])
    relayout(ctx, n)
  },
})

const FONT_WEIGHTS: Record<string, number> = { Thin: 100, 'Extra Light': 200, Light: 300, Regular: 400, Medium: 500, 'Semi Bold': 600, Bold: 700, 'Extra Bold': 800, Black: 900 }

export function setCharacters(ctx: EmulatorContext, n: NodeImpl, chars: string): void {
  const t = textOf(n)
  t.characters = chars
  const props: NodeChangeProperty[] = [changeProp(n, ctx, 'characters')]
  if (n.type === 'TEXT' && t.autoRename === true) {
    n.s.name = chars
    props.push('name')
  }
  ctx.touch(n, props)
  relayout(ctx, n)
}

export const TEXT_COMMON: Record<string, Spec> = {
  characters: {
    get: (n) => textOf(n).characters,
    set: (n, v, ctx) => {
      requireFont(ctx, textOf(n), 'characters')
      setCharacters(ctx, n, ctx.validate.string('set_characters', v))
    },
  },
  fontName: {
    get: (n) => {
      const f = textOf(n).fontName
      return Object.freeze(f === null ? { family: '', style: '' } : { family: f.family, style: f.style })
    },
    set: (n, v, ctx) => {
      const o = ctx.validate.object('set_fontName', v)
      const family = ctx.validate.string('set_fontName', o.family)
      const style = ctx.validate.string('set_fontName', o.style)
      ctx.fonts.assertLoaded('fontName', { family, style })
      textOf(n).fontName = { family, style }
      ctx.touch(n, [changeProp(n, ctx, 'fontName')])
      relayout(ctx, n)
    },
  },
  fontSize: textProp('fontSize', (v, ctx, op) => ctx.validate.number(op, v, { min: 1 })),
  fontWeight: { get: (n) => FONT_WEIGHTS[textOf(n).fontName?.style ?? 'Regular'] ?? 400 },
  hasMissingFont: {
    get: (n, ctx) => {
      const f = textOf(n).fontName
      return f !== null && textOf(n).characters !== '' && !ctx.fonts.isAvailable(f)
    },
  },
  letterSpacing: textProp('letterSpacing', (v, ctx, op) => {
    const o = ctx.validate.object(op, v)
    return { value: ctx.validate.number(op, o.value), unit: ctx.validate.oneOf(op, o.unit, ['PIXELS', 'PERCENT'] as const) }
  }, true),
  lineHeight: textProp('lineHeight', (v, ctx, op) => {
    const o = ctx.validate.object(op, v)
    const unit = ctx.validate.oneOf(op, o.unit, ['AUTO', 'PIXELS', 'PERCENT'] as const)
    return unit === 'AUTO' ? { unit } : { unit, value: ctx.validate.number(op, o.value, { min: 0 }) }
  }, true),
  textCase: textProp('textCase', (v, ctx, op) => ctx.validate.oneOf(op, v, ['ORIGINAL', 'UPPER', 'LOWER', 'TITLE', 'SMALL_CAPS', 'SMALL_CAPS_FORCED'] as const)),
  textDecoration: textProp('textDecoration', (v, ctx, op) => ctx.validate.oneOf(op, v, ['NONE', 'UNDERLINE', 'STRIKETHROUGH'] as const)),
  insertCharacters: {
    call: (n, [start, chars], ctx) => {
      const t = textOf(n)
      requireFont(ctx, t, 'characters')
      const at = ctx.validate.number('insertCharacters', start, { integer: true, min: 0, max: t.characters.length })
      setCharacters(ctx, n, t.characters.slice(0, at) + ctx.validate.string('insertCharacters', chars) + t.characters.slice(at))
    },
  },
  deleteCharacters: {
    call: (n, [start, end], ctx) => {
      const t = textOf(n)
      requireFont(ctx, t, 'characters')
      const a = ctx.validate.number('deleteCharacters', start, { integer: true, min: 0, max: t.characters.length })
      const b = ctx.validate.number('deleteCharacters', end, { integer: true, min: a, max: t.characters.length })
      setCharacters(ctx, n, t.characters.slice(0, a) + t.characters.slice(b))
    },
  },
}

export const TEXT_NODE: Record<string, Spec> = {
  textAlignHorizontal: textProp('textAlignHorizontal', (v, ctx, op) => ctx.validate.oneOf(op, v, ['LEFT', 'CENTER', 'RIGHT', 'JUSTIFIED'] as const)),
  textAlignVertical: textProp('textAlignVertical', (v, ctx, op) => ctx.validate.oneOf(op, v, ['TOP', 'CENTER', 'BOTTOM'] as const)),
  textAutoResize: textProp('textAutoResize', (v, ctx, op) => ctx.validate.oneOf(op, v, ['NONE', 'WIDTH_AND_HEIGHT', 'HEIGHT', 'TRUNCATE'] as const)),
  textTruncation: textProp('textTruncation', (v, ctx, op) => ctx.validate.oneOf(op, v, ['DISABLED', 'ENDING'] as const)),
  maxLines: textProp('maxLines', (v, ctx, op) => (v === null ? null : ctx.validate.number(op, v, { integer: true, min: 1 }))),
  autoRename: {
    get: (n) => textOf(n).autoRename,
    set: (n, v, ctx) => {
      textOf(n).autoRename = ctx.validate.boolean('set_autoRename', v)
      ctx.touch(n, ['autoRename'])
    },
  },
}

export const SUBLAYER_SPECS: Specs = specs(TEXT_COMMON, {
  fills: {
    get: (n) => frozenCopy(textOf(n).fills),
    set: (n, v, ctx) => {
      textOf(n).fills = ctx.validate.paints('set_fills', v)
      ctx.touch(n, ['text'])
    },
  },
})

export const TEXT_SUBLAYER_PROP: Record<string, Spec> = {
  text: { get: (n) => n.textProxy },
}
