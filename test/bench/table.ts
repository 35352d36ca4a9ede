/** The middle value of several runs, so one slow garbage collection does not decide a row. */
export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.floor(sorted.length / 2)]!
}

/** One line of `npm run bench`: a measurement, and its budget when it has one. */
export interface BenchRow {
  area: string
  what: string
  value: string
  /** our cost over the baseline's, when the row compares two things */
  ratio?: number
  /** the largest ratio allowed */
  budget?: number
  /** an absolute count with a limit, for rows where a ratio means nothing (writes that must be 0) */
  count?: number
  limit?: number
}

export function printTable(rows: BenchRow[]): boolean {
  let ok = true
  const lines = rows.map((r) => {
    const within = r.count !== undefined && r.limit !== undefined ? r.count <= r.limit : r.ratio !== undefined && r.budget !== undefined ? r.ratio <= r.budget : null
    const verdict = within === null ? '' : within ? 'ok' : 'OVER BUDGET'
    if (verdict === 'OVER BUDGET') ok = false
    const ratio = r.ratio !== undefined ? `${r.ratio.toFixed(2)}×` : ''
    const budget = r.budget !== undefined ? `≤ ${r.budget}×` : r.limit !== undefined ? `≤ ${r.limit.toLocaleString('en')}` : ''
    return [r.area, r.what, r.value, ratio, budget, verdict]
  })
  const head = ['area', 'what', 'measured', 'ratio', 'budget', '']
  const widths = head.map((h, i) => Math.max(h.length, ...lines.map((l) => l[i]!.length)))
  const fmt = (cells: string[]): string => `| ${cells.map((c, i) => c.padEnd(widths[i]!)).join(' | ')} |`
  console.log(fmt(head))
  console.log(`|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`)
  for (const l of lines) console.log(fmt(l))
  return ok
}
