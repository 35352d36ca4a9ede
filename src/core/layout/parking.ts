import { GEOMETRY } from './layout'
import type { Box, Point } from './plan'
import { STICKY_SIZE } from './text-metrics'

/**
 * Where the Parking lot goes and where parked stickies sit in it. The lot is a
 * section beside its map (on the side the journey runs towards), three stickies
 * wide; parked stickies queue below whatever it already holds.
 */

const ACROSS = 3
/** Room between the map and its Parking lot. */
export const PARKING_GAP = 120
export const PARKING_WIDTH = 2 * GEOMETRY.padding + ACROSS * STICKY_SIZE + (ACROSS - 1) * GEOMETRY.gap

function overlaps(a: Box, b: Box): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height
}

/** The lot's place on the page: where it is, unless the map has grown into it; then beside the map. */
export function parkingSpot(map: Box, direction: 'ltr' | 'rtl', size: { width: number; height: number }, current: Point | null): Point {
  if (current && !overlaps({ ...current, ...size }, map)) return current
  const x = direction === 'rtl' ? map.x - PARKING_GAP - size.width : map.x + map.width + PARKING_GAP
  return { x, y: map.y }
}

/**
 * Section-local positions for stickies of the given heights, in rows of three below the
 * lot's current content (`contentBottom`, or the lot's top padding when empty), and the
 * lot's height afterwards.
 */
export function parkingSlots(heights: readonly number[], contentBottom: number | null, minHeight = STICKY_SIZE + 2 * GEOMETRY.padding): { slots: Point[]; height: number } {
  const g = GEOMETRY
  let top = contentBottom === null ? g.padding : contentBottom + g.gap
  const slots: Point[] = []
  for (let i = 0; i < heights.length; i += ACROSS) {
    const row = heights.slice(i, i + ACROSS)
    row.forEach((_, c) => slots.push({ x: g.padding + c * (STICKY_SIZE + g.gap), y: top }))
    top += Math.max(...row) + g.gap
  }
  const bottom = slots.length > 0 ? top - g.gap : (contentBottom ?? 0)
  return { slots, height: Math.max(minHeight, bottom + g.padding) }
}
