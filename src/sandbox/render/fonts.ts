import { UserError } from '../../core/i18n/user-error'

/** FigJam's default for stickies and shapes; we use it for every text the board has. */
export const BOARD_FONT: FontName = { family: 'Inter', style: 'Medium' }

function fontLabel(font: FontName): string {
  return `${font.family} ${font.style}`
}

/**
 * Loads each distinct font once per run. Figma caches loads too, but every await
 * costs a round trip, and the renderer calls `ensure` for every node it makes.
 */
export class FontLoader {
  private readonly loaded = new Set<string>()

  async load(font: FontName): Promise<void> {
    const label = fontLabel(font)
    if (this.loaded.has(label)) return
    try {
      await figma.loadFontAsync(font)
    } catch {
      throw new UserError('error.fontLoad', { font: label })
    }
    this.loaded.add(label)
  }

  /** For fonts we did not choose (a sticky's default may change): load only if new. */
  async ensure(font: FontName | PluginAPI['mixed']): Promise<void> {
    if (font === figma.mixed) return
    await this.load(font)
  }

  has(font: FontName): boolean {
    return this.loaded.has(fontLabel(font))
  }
}
