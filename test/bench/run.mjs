// Bundles the benchmark (TypeScript) with esbuild and runs it in a fresh Node with
// --expose-gc, so memory readings start from a collected heap. Packages stay outside the
// bundle (playwright-core does not bundle), so it is written where node_modules resolves.
import * as esbuild from 'esbuild'
import { spawnSync } from 'node:child_process'
import { mkdirSync, rmSync } from 'node:fs'
import { join } from 'node:path'

const dir = join('node_modules', '.cache', 'journey-lanes-bench')
mkdirSync(dir, { recursive: true })
const out = join(dir, 'bench.mjs')
await esbuild.build({ entryPoints: ['test/bench/main.ts'], outfile: out, bundle: true, packages: 'external', platform: 'node', format: 'esm', target: 'node20', logLevel: 'warning' })
const run = spawnSync(process.execPath, ['--expose-gc', out], { stdio: 'inherit' })
rmSync(dir, { recursive: true, force: true })
process.exit(run.status ?? 1)
