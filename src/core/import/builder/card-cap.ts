/**
 * How many distinct notes each cell keeps as stickies when the map would have more than
 * `cap`. Every cell that loses notes gets one summary card, which counts against the cap.
 * Cells share the room fairly: each keeps up to the same number q (the largest that fits),
 * and what is left goes one by one to cells in order. Sizes are distinct notes per cell.
 */
export function allocateCards(sizes: readonly number[], cap: number): number[] {
  const total = sizes.reduce((a, b) => a + b, 0)
  if (total <= cap) return [...sizes]
  const cost = (q: number): number => {
    let c = 0
    for (const n of sizes) c += n > q ? q + 1 : n
    return c
  }
  let lo = 0
  let hi = Math.max(0, ...sizes)
  // Largest q with cost(q) <= cap; cost grows with q. q = 0 (only summary cards) is the floor.
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2)
    if (cost(mid) <= cap) lo = mid
    else hi = mid - 1
  }
  const q = lo
  const kept = sizes.map((n) => Math.min(n, q))
  let left = cap - cost(q)
  for (let i = 0; i < sizes.length && left >= 0; i++) {
    const n = sizes[i]!
    if (n <= q) continue
    // Showing one more note: free when it was the last hidden one (its summary card goes).
    const extra = n === q + 1 ? 0 : 1
    if (left >= extra) {
      kept[i] = q + 1
      left -= extra
    }
  }
  return kept
}
