import type { Box } from './plan'

/** Space kept between a new board and what is already on the page. */
export const PLACEMENT_GAP = 200

function overlaps(a: Box, b: Box): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height
}

/**
 * Where a new board of `size` goes: centred on `center` (the middle of the viewport)
 * when that spot is free, otherwise moved right past whatever it would cover, so a
 * generated board never lands on top of a team's work.
 */
export function placeBoard(size: { width: number; height: number }, center: { x: number; y: number }, taken: readonly Box[]): Box {
  const box: Box = { x: Math.round(center.x - size.width / 2), y: Math.round(center.y - size.height / 2), ...size }
  // Each move clears at least one obstacle to its right, so this ends within taken.length steps.
  for (let i = 0; i <= taken.length; i++) {
    const hit = taken.filter((t) => overlaps(box, t))
    if (hit.length === 0) return box
    box.x = Math.max(...hit.map((t) => t.x + t.width)) + PLACEMENT_GAP
  }
  return box
}
