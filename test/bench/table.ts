/** One line of `npm run bench`: a measurement, and its budget when it has one. */
export interface BenchRow {
  area: string
  what: string
  value: string
  /** our cost over the baseline's, when the row compares two things */
  ratio?: number
  /** the largest ratio allowed */
  budget?: number
}

export function printTable(rows: BenchRow[]): boolean {
  let ok = true
  const lines = rows.map((r) => {
    const verdict = r.budget === undefined || r.ratio === undefined ? '' : r.ratio <= r.budget ? 'ok' : 'OVER BUDGET'
    if (verdict === 'OVER BUDGET') ok = false
    const ratio = r.ratio === undefined ? '' : `${r.ratio.toFixed(2)}×`
    const budget = r.budget === undefined ? '' : `≤ ${r.budget}×`
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
