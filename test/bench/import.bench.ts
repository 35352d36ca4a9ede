import { readFileSync, writeFileSync } from 'node:fs'
import Papa from 'papaparse'
import { importFile } from '../../src/core/import'
import { makeBigCsv } from '../core/import/big-csv'
import { encodeCp1251 } from './cp1251'
import { median, type BenchRow } from './table'

/**
 * 200,000 rows / ~10 MB through the importer, against a bare papaparse parse of the
 * same bytes (decoding included on both sides), alternated in one run so the ratio
 * holds on a noisy machine. Peak memory is measured in a child process that imports
 * the file once: its peak resident size beyond the peak it had after making the file.
 */

const ROWS = 200_000
const RUNS = 5

function gc(): void {
  ;(globalThis as { gc?: () => void }).gc?.()
}

function timeIt(fn: () => unknown): number {
  gc()
  const t0 = performance.now()
  fn()
  return performance.now() - t0
}

export type Encoding = 'UTF-8' | 'Windows-1251'

export function bigFile(encoding: Encoding): Uint8Array {
  const text = makeBigCsv(ROWS)
  return encoding === 'UTF-8' ? new TextEncoder().encode(text) : encodeCp1251(text.replace(/Common note/g, 'Частая заметка'))
}

/** Where the parent leaves the file for the child that measures memory. */
export const fileFor = (encoding: Encoding): string => `node_modules/.cache/journey-lanes-bench/big-${encoding}.csv`

/**
 * Run in a child process: reads the file the parent wrote (so making it leaves no high-water
 * mark behind), imports it once and returns the peak resident memory the import added, in MB.
 * The peak is a high-water mark, so the child does nothing else before it.
 */
export function importPeakMb(encoding: Encoding): number {
  const bytes = new Uint8Array(readFileSync(fileFor(encoding)))
  gc()
  const before = process.resourceUsage().maxRSS
  importFile(bytes, 'big.csv')
  return (process.resourceUsage().maxRSS - before) / 1024
}

export function importBench(peakMb: (encoding: Encoding) => number): BenchRow[] {
  const rows: BenchRow[] = []
  for (const encoding of ['UTF-8', 'Windows-1251'] as const) {
    const bytes = bigFile(encoding)
    writeFileSync(fileFor(encoding), bytes)
    const label = encoding === 'UTF-8' ? 'utf-8' : 'windows-1251'
    const bare: number[] = []
    const ours: number[] = []
    let cards = 0
    // One round more than counted: the first compiles both sides' code and is left out.
    for (let i = 0; i <= RUNS; i++) {
      const b = timeIt(() => Papa.parse(new TextDecoder(label).decode(bytes)))
      const o = timeIt(() => {
        cards = importFile(bytes, 'big.csv').summary.cards
      })
      if (i === 0) continue
      bare.push(b)
      ours.push(o)
    }
    rows.push({
      area: 'import',
      what: `${ROWS.toLocaleString('en')} rows, ${(bytes.length / 1e6).toFixed(1)} MB, ${encoding} → Journey (${cards} cards)`,
      value: `${median(ours).toFixed(0)} ms vs papaparse ${median(bare).toFixed(0)} ms; peak +${peakMb(encoding).toFixed(0)} MB`,
      ratio: median(ours) / median(bare),
      budget: 1.5,
    })
  }
  return rows
}
