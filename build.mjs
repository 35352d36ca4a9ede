// Builds the two files the manifest names:
//   dist/code.js  — the sandbox script: one IIFE for es2017, which Figma's plugin sandbox runs;
//   dist/ui.html  — the panel: one HTML file with its JS and CSS inlined, because the
//                   plugin iframe loads no other files. The same script also runs as the
//                   import worker, started from its own text (ui/main.tsx).
// `node build.mjs --watch` rebuilds both on change.
import * as esbuild from 'esbuild'
import { mkdir, writeFile } from 'node:fs/promises'

const watch = process.argv.includes('--watch')
// The playground (npm start) runs the built plugin against our emulator in a browser page.
const withPlayground = process.argv.includes('--playground')
const production = !watch

/** @type {esbuild.BuildOptions} */
const sandbox = {
  entryPoints: ['src/sandbox/main.ts'],
  outfile: 'dist/code.js',
  bundle: true,
  format: 'iife',
  target: 'es2017',
  platform: 'neutral',
  mainFields: ['module', 'main'],
  minify: production,
  sourcemap: false,
  legalComments: 'none',
  // Cyrillic and Hebrew as UTF-8, not \uXXXX escapes: a third of the size.
  charset: 'utf8',
  logLevel: 'warning',
}

/** @type {esbuild.BuildOptions} */
const panel = {
  entryPoints: ['ui/main.tsx'],
  outdir: 'dist/ui-parts',
  bundle: true,
  format: 'iife',
  target: 'es2020',
  jsx: 'automatic',
  jsxImportSource: 'preact',
  minify: production,
  write: false,
  legalComments: 'none',
  // Cyrillic and Hebrew as UTF-8, not \uXXXX escapes: a third of the size.
  charset: 'utf8',
  logLevel: 'warning',
}

// Inline scripts end at the first "</script"; escape it inside the bundle.
const inlineScript = (js) => js.replace(/<\/script/gi, '<\\/script')
const inlineStyle = (css) => css.replace(/<\/style/gi, '<\\/style')

function page(js, css) {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Journey Lanes</title>
<style>${inlineStyle(css)}</style>
</head>
<body>
<div id="app"></div>
<script>${inlineScript(js)}</script>
</body>
</html>
`
}

async function writePanel(result) {
  const js = result.outputFiles.find((f) => f.path.endsWith('.js'))?.text ?? ''
  const css = result.outputFiles.find((f) => f.path.endsWith('.css'))?.text ?? ''
  await mkdir('dist', { recursive: true })
  await writeFile('dist/ui.html', page(js, css))
}

const inlinePanel = {
  name: 'inline-panel',
  setup(build) {
    build.onEnd(async (result) => {
      if (result.errors.length === 0 && result.outputFiles) await writePanel(result)
    })
  },
}

/** @type {esbuild.BuildOptions} */
const playground = {
  entryPoints: ['test/playground/host.ts'],
  outfile: 'dist/playground.js',
  bundle: true,
  format: 'iife',
  target: 'es2020',
  platform: 'browser',
  charset: 'utf8',
  legalComments: 'none',
  logLevel: 'warning',
}

if (watch) {
  const contexts = await Promise.all([esbuild.context(sandbox), esbuild.context({ ...panel, plugins: [inlinePanel] })])
  await Promise.all(contexts.map((c) => c.watch()))
  console.log('Watching src/ and ui/ — dist/code.js and dist/ui.html rebuild on change.')
} else {
  await Promise.all([
    esbuild.build(sandbox),
    esbuild.build(panel).then(writePanel),
    withPlayground ? esbuild.build(playground) : Promise.resolve(),
  ])
}
