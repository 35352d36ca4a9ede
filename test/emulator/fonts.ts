import type { ErrorFactory } from './errors'

/** Fonts the emulated editor has unless `options.fonts` says otherwise. */
export const DEFAULT_FONTS: readonly FontName[] = [
  { family: 'Inter', style: 'Regular' },
  { family: 'Inter', style: 'Medium' },
  { family: 'Inter', style: 'Semi Bold' },
  { family: 'Inter', style: 'Bold' },
  { family: 'Inter', style: 'Italic' },
  { family: 'Roboto Mono', style: 'Medium' },
  { family: 'Merriweather', style: 'Regular' },
  { family: 'Figma Hand', style: 'Regular' },
]

export const INTER_REGULAR: FontName = { family: 'Inter', style: 'Regular' }
export const INTER_MEDIUM: FontName = { family: 'Inter', style: 'Medium' }

export function fontKey(font: { family: string; style: string }): string {
  return `${font.family}\u0000${font.style}`
}

export function sameFont(a: FontName | null, b: FontName | null): boolean {
  return a !== null && b !== null && a.family === b.family && a.style === b.style
}

/**
 * Per-emulator font state: available fonts, fonts loaded by the plugin, fonts
 * forced to fail. A font counts as loaded only when the loadFontAsync promise
 * resolves (a macrotask later), so un-awaited loads fail like in Figma.
 */
export class FontRegistry {
  loads = 0
  private readonly available: FontName[]
  private readonly availableKeys: Set<string>
  private readonly loaded = new Set<string>()
  private readonly failing = new Map<string, string>()
  private readonly failingOnce: Array<{ family: string; style: string | undefined; message: string | undefined }> = []

  constructor(
    available: readonly FontName[],
    private readonly errors: ErrorFactory,
    private readonly later: (task: () => void) => void,
  ) {
    this.available = available.map((f) => ({ family: f.family, style: f.style }))
    this.availableKeys = new Set(this.available.map(fontKey))
  }

  isAvailable(font: FontName): boolean {
    return this.availableKeys.has(fontKey(font))
  }

  isLoaded(font: FontName): boolean {
    return this.loaded.has(fontKey(font))
  }

  loadedFonts(): FontName[] {
    return this.available.filter((f) => this.loaded.has(fontKey(f))).map((f) => ({ ...f }))
  }

  /** Throws Figma's unloaded-font error for a write to `prop`. */
  assertLoaded(prop: string, font: FontName): void {
    if (!this.loaded.has(fontKey(font))) throw this.errors.unloadedFont(prop, font)
  }

  /** Makes loadFontAsync reject for this font (style omitted: the whole family). */
  failLoad(font: { family: string; style?: string }, message?: string): void {
    const styles = font.style === undefined ? this.available.filter((f) => f.family === font.family).map((f) => f.style) : [font.style]
    for (const style of styles) {
      const key = fontKey({ family: font.family, style })
      this.failing.set(key, message ?? `in loadFontAsync: Failed to load font "${font.family} ${style}"`)
      this.loaded.delete(key)
    }
  }

  /** Makes only the next loadFontAsync of this font (style omitted: any style of the family) reject. */
  failNext(font: { family: string; style?: string }, message?: string): void {
    this.failingOnce.push({ family: font.family, style: font.style, message })
  }

  /** Marks fonts loaded without a loadFontAsync call (e.g. fonts the editor already loaded). */
  markLoaded(font: FontName): void {
    this.loaded.add(fontKey(font))
  }

  list(): Font[] {
    return this.available.map((f) => ({ fontName: { family: f.family, style: f.style } }))
  }

  load(input: unknown): Promise<void> {
    this.loads++
    return new Promise<void>((resolve, reject) => {
      const fail = (e: Error): void => {
        this.later(() => reject(e))
      }
      if (typeof input !== 'object' || input === null || typeof (input as { family?: unknown }).family !== 'string') {
        fail(this.errors.invalid('loadFontAsync', 'Expected a FontName object like { family: "Inter", style: "Regular" }'))
        return
      }
      const { family, style } = input as { family: string; style?: unknown }
      if (style !== undefined && typeof style !== 'string') {
        fail(this.errors.invalid('loadFontAsync', `Expected string, received ${typeof style} at style`))
        return
      }
      const targets = style === undefined ? this.available.filter((f) => f.family === family) : [{ family, style }]
      if (targets.length === 0 || !targets.every((f) => this.isAvailable(f))) {
        // UNCONFIRMED wording; Figma rejects fonts that are not available to the editor.
        fail(this.errors.invalid('loadFontAsync', `The font "${family}${style === undefined ? '' : ` ${style}`}" is not available`))
        return
      }
      const once = this.failingOnce.findIndex((o) => o.family === family && (o.style === undefined || style === undefined || o.style === style))
      if (once >= 0) {
        const [o] = this.failingOnce.splice(once, 1)
        fail(this.errors.error(o?.message ?? `in loadFontAsync: Failed to load font "${family}${style === undefined ? '' : ` ${style}`}"`))
        return
      }
      for (const f of targets) {
        const failure = this.failing.get(fontKey(f))
        if (failure !== undefined) {
          fail(this.errors.error(failure))
          return
        }
      }
      this.later(() => {
        for (const f of targets) this.loaded.add(fontKey(f))
        resolve()
      })
    })
  }
}
