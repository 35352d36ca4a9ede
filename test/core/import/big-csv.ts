/**
 * A long interview CSV of any length, for the import benchmark and the big-file test:
 * about 50 bytes a row (200,000 rows ≈ 10 MB), deterministic, with repeated and unique
 * notes, quoted cells with commas, emotion rows and four personas.
 */

const STAGES = ['Discover', 'Sign up', 'First ride', 'Pay', 'Come back', 'Share', 'Support', 'Leave']
const LANES = ['actions', 'goals', 'questions', 'barriers', 'touchpoints', 'emotion']
const PERSONAS = ['Commuter', 'Tourist', 'Student', 'Courier']
const COMMON = Array.from({ length: 60 }, (_, i) => `Common note ${i}`)

export const BIG_CSV_HEADER = 'participant,stage,lane,note,emotion,persona'

export function makeBigCsv(rows: number): string {
  let seed = 12345
  const next = (n: number): number => {
    seed = (seed * 1103515245 + 12345) & 0x7fffffff
    return (seed >>> 16) % n
  }
  const out: string[] = [BIG_CSV_HEADER]
  for (let i = 0; i < rows; i++) {
    const participant = `P${i % 997}`
    const stage = STAGES[(i >> 3) % STAGES.length]!
    const lane = LANES[i % LANES.length]!
    const persona = PERSONAS[next(PERSONAS.length)]!
    if (lane === 'emotion') {
      out.push(`${participant},${stage},emotion,,${next(5) - 2},${persona}`)
      continue
    }
    const r = next(10)
    const note = r < 6 ? COMMON[next(COMMON.length)]! : r < 9 ? `Note ${i} on the dock` : `"Paid ${i}, then again"`
    out.push(`${participant},${stage},${lane},${note},,${persona}`)
  }
  return out.join('\r\n') + '\r\n'
}
