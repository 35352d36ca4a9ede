/**
 * Fewer emotion points with the same picture: each group's (a stage's, per persona) scores
 * are sorted and kept at evenly spaced ranks, lowest and highest included, so the curve's
 * mean moves little and its spread not at all. Used only past the schema's limit.
 * Returns the indexes kept, in their original order.
 */
export function thinEvenly(groups: readonly string[], scores: readonly number[], limit: number): number[] {
  const members = new Map<string, number[]>()
  groups.forEach((g, i) => {
    let list = members.get(g)
    if (!list) members.set(g, (list = []))
    list.push(i)
  })
  const share = limit / scores.length
  const kept: number[] = []
  let budget = limit
  let left = members.size
  for (const list of members.values()) {
    left--
    // Every later group must still get at least one point.
    const k = Math.max(1, Math.min(list.length, Math.floor(list.length * share), budget - left))
    budget -= k
    list.sort((a, b) => scores[a]! - scores[b]! || a - b)
    for (let i = 0; i < k; i++) kept.push(list[k === 1 ? (list.length - 1) >> 1 : Math.round((i * (list.length - 1)) / (k - 1))]!)
  }
  return kept.sort((a, b) => a - b)
}
