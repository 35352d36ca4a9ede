import type { PaletteName } from '../../core/model/palette'
import type { Fill } from './palette'
import type { Box, Point } from '../../core/layout/plan'

/**
 * How one editor draws each part of a board. FigJam and Figma Design differ in
 * what exists (stickies and shapes-with-text are FigJam-only), not in layout, so
 * each editor gets its own kit and the renderer does not care which.
 */
export interface NodeKit {
  /** A card with its text written; its height is final when the promise settles. */
  /** `fill`: a FigJam palette colour by name, or a hex colour (a persona's). */
  card(text: string, fill: Fill): Promise<SceneNode>
  label(box: Box, text: string, fill: PaletteName, role: 'stage-header' | 'lane-label'): Promise<SceneNode>
  rule(from: Point, to: Point, dashed: boolean): SceneNode
}

/** A short node name for the layers panel: the first line of the text, trimmed. */
export function nodeName(text: string): string {
  const first = text.split('\n')[0]?.trim() ?? ''
  return first.length > 60 ? `${first.slice(0, 59)}…` : first
}
