/**
 * Fewer emotion points with the same picture: each group's (a stage's, per persona) scores
 * are sorted and kept at evenly spaced ranks, lowest and highest included, so the curve's
 * mean moves little and its spread not at all. Used only past the schema's limit.
 * Returns the indexes kept, in their original order.
 */
export function thinEvenly<G>(groups: readonly G[], scores: readonly number[], limit: number): number[] {
  const members = new Map<G, number[]>()
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
    sortByScore(list, scores)
    for (let i = 0; i < k; i++) kept.push(list[k === 1 ? (list.length - 1) >> 1 : Math.round((i * (list.length - 1)) / (k - 1))]!)
  }
  return Array.from(Int32Array.from(kept).sort())
}

/**
 * Sorts indexes (given in increasing order) by their score, lower index first among equal
 * scores. Scores take few values, so the indexes are grouped by score rather than compared.
 */
function sortByScore(list: number[], scores: readonly number[]): void {
  const byScore = new Map<number, number[]>()
  for (const i of list) {
    const same = byScore.get(scores[i]!)
    if (same) same.push(i)
    else if (byScore.size < 64) byScore.set(scores[i]!, [i])
    else {
      list.sort((a, b) => scores[a]! - scores[b]! || a - b)
      return
    }
  }
  let n = 0
  for (const score of [...byScore.keys()].sort((a, b) => a - b)) for (const i of byScore.get(score)!) list[n++] = i
}
