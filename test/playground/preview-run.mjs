// `npm run preview -- <file> …`: bundles the preview command (TypeScript) with esbuild
// and runs it with the arguments given. See test/playground/preview.ts.
import * as esbuild from 'esbuild'
import { spawnSync } from 'node:child_process'
import { mkdirSync } from 'node:fs'

mkdirSync('dist', { recursive: true })
await esbuild.build({
  entryPoints: ['test/playground/preview.ts'],
  outfile: 'dist/preview.mjs',
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  // playwright-core is loaded only for --out *.png, from node_modules.
  external: ['playwright-core'],
  logLevel: 'warning',
})
const run = spawnSync(process.execPath, ['dist/preview.mjs', ...process.argv.slice(2)], { stdio: 'inherit' })
process.exit(run.status ?? 1)
