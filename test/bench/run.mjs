// Bundles the benchmark (TypeScript) with esbuild and runs it in a fresh Node with
// --expose-gc, so memory readings start from a collected heap.
import * as esbuild from 'esbuild'
import { spawnSync } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

const dir = mkdtempSync(join(tmpdir(), 'journey-lanes-bench-'))
const out = join(dir, 'bench.mjs')
await esbuild.build({ entryPoints: ['test/bench/main.ts'], outfile: out, bundle: true, platform: 'node', format: 'esm', target: 'node20', logLevel: 'warning' })
const run = spawnSync(process.execPath, ['--expose-gc', out], { stdio: 'inherit' })
rmSync(dir, { recursive: true, force: true })
process.exit(run.status ?? 1)
