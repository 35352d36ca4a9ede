import { DELIMITERS, type Delimiter } from './types'

/**
 * Which of `,` `;` tab `|` separates the cells. Each candidate splits the first records
 * (respecting quotes, so a multi-line cell is one record); the one whose records agree on
 * a number of cells above one wins, and among equally consistent ones the one giving more
 * cells. Russian Excel writes `;` with commas inside the text, which fools guessers that
 * count characters per line.
 */

const SAMPLE_CHARS = 65536
const SAMPLE_RECORDS = 40

/** Cells per record for one delimiter, over the start of the text. */
function fieldCounts(text: string, delimiter: string, truncated: boolean): number[] {
  const counts: number[] = []
  const d = delimiter.charCodeAt(0)
  let fields = 1
  let inQuotes = false
  let atFieldStart = true
  let nonEmpty = false
  const n = text.length
  for (let i = 0; i < n && counts.length < SAMPLE_RECORDS; i++) {
    const c = text.charCodeAt(i)
    if (inQuotes) {
      if (c === 34) {
        if (text.charCodeAt(i + 1) === 34) i++
        else inQuotes = false
      }
      continue
    }
    if (c === 34 && atFieldStart) {
      inQuotes = true
      atFieldStart = false
      nonEmpty = true
    } else if (c === d) {
      fields++
      atFieldStart = true
    } else if (c === 10 || c === 13) {
      if (c === 13 && text.charCodeAt(i + 1) === 10) i++
      if (nonEmpty) counts.push(fields)
      fields = 1
      atFieldStart = true
      nonEmpty = false
    } else {
      atFieldStart = false
      if (c !== 32 && c !== 9) nonEmpty = true
    }
  }
  // The last record of a cut sample may be cut too.
  if (nonEmpty && !truncated && counts.length < SAMPLE_RECORDS) counts.push(fields)
  return counts
}

function score(counts: readonly number[]): { consistency: number; cells: number } {
  if (counts.length === 0) return { consistency: 0, cells: 1 }
  const tally = new Map<number, number>()
  for (const c of counts) tally.set(c, (tally.get(c) ?? 0) + 1)
  let cells = 1
  let best = 0
  for (const [c, k] of tally) {
    if (k > best || (k === best && c > cells)) [cells, best] = [c, k]
  }
  // Excel pads rows with empty trailing cells, so rows with more cells than the mode count as agreeing
  // only when equal; shorter rows (a ragged end) count half.
  let agree = 0
  for (const c of counts) agree += c === cells ? 1 : c > 1 && c < cells ? 0.5 : 0
  return { consistency: agree / counts.length, cells }
}

export function detectDelimiter(text: string): Delimiter {
  const truncated = text.length > SAMPLE_CHARS
  const sample = truncated ? text.slice(0, SAMPLE_CHARS) : text
  let best: Delimiter = ','
  let bestScore = 0
  for (const d of DELIMITERS) {
    const { consistency, cells } = score(fieldCounts(sample, d, truncated))
    if (cells < 2) continue
    // Consistency matters most; more cells breaks near-ties (a `;` file with one comma per row).
    const value = consistency * consistency * Math.log2(1 + Math.min(cells, 64))
    if (value > bestScore) [best, bestScore] = [d, value]
  }
  return best
}
