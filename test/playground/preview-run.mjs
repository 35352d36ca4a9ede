// `npm run preview -- <file> …`: bundles the preview command (TypeScript) with esbuild
// and runs it with the arguments given. See test/playground/preview.ts. Paths are the
// repository's, so the command works from any folder; files named on the command line
// are the caller's.
import * as esbuild from 'esbuild'
import { spawnSync } from 'node:child_process'
import { mkdirSync } from 'node:fs'
import { fileURLToPath } from 'node:url'

const root = (path) => fileURLToPath(new URL(`../../${path}`, import.meta.url))
mkdirSync(root('dist'), { recursive: true })
await esbuild.build({
  entryPoints: [root('test/playground/preview.ts')],
  outfile: root('dist/preview.mjs'),
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  // playwright-core is loaded only for --out *.png, from node_modules.
  external: ['playwright-core'],
  logLevel: 'warning',
})
const run = spawnSync(process.execPath, [root('dist/preview.mjs'), ...process.argv.slice(2)], { stdio: 'inherit' })
process.exit(run.status ?? 1)
