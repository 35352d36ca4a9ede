import { execFileSync } from 'node:child_process'
import { importBench, importPeakMb, type Encoding } from './import.bench'
import { generateBench } from './generate.bench'
import { bundleBench, panelBench } from './panel.bench'
import { regenerateBench } from './regenerate.bench'
import { syncBench } from './sync.bench'
import { printTable, type BenchRow } from './table'

/**
 * `npm run bench`: prints one table; exits non-zero when a budget is broken.
 * Called with `--peak-import <encoding>` it is the child process that measures memory.
 */
const args = process.argv.slice(2)
if (args[0] === '--peak-import') {
  console.log(importPeakMb(args[1] as Encoding).toFixed(1))
} else {
  const peakInChild = (encoding: Encoding): number =>
    Number(execFileSync(process.execPath, ['--expose-gc', process.argv[1]!, '--peak-import', encoding], { encoding: 'utf8' }).trim())
  const rows: BenchRow[] = [
    ...(await generateBench()),
    ...(await regenerateBench()),
    ...(await syncBench()),
    ...importBench(peakInChild),
    ...bundleBench(),
    ...(await panelBench()),
  ]
  const ok = printTable(rows)
  process.exit(ok ? 0 : 1)
}
