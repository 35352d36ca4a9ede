import { readFileSync, writeFileSync } from 'node:fs'
import { basename, extname } from 'node:path'
import type { Message } from '../../src/core/i18n'
import { importFile } from '../../src/core/import'
import { LOCALES, type Locale } from '../../src/core/i18n/locale'
import { translatorFor } from '../../ui/i18n/catalogs'
import { problemReport } from '../../ui/import/view'
import { runPluginInRealm, requestOnce } from '../sandbox/run-plugin'
import { pageToSvg, type Theme } from './board-svg'
import { nodesAsJson } from './board-json'

/**
 * `npm run preview -- <file> [--out board.svg|board.png] [--json] [--figma] [--dark] [--locale ru]`
 * Imports a file as the panel does, draws the board with the real dist/code.js in
 * the emulator, and writes a picture of it. Problems are worded by the panel's own
 * code. With --json, stdout holds the JSON only: everything else goes to stderr, and
 * a picture is written only when --out asks for one. Exit 0: drawn; 2: the file was
 * refused; 1: anything else went wrong.
 */

interface Args {
  file: string
  out: string | null
  json: boolean
  editorType: 'figjam' | 'figma'
  theme: Theme
  locale: Locale
}

function parseArgs(argv: string[]): Args | string {
  const args: Args = { file: '', out: null, json: false, editorType: 'figjam', theme: 'light', locale: 'en' }
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!
    if (a === '--out') args.out = argv[++i] ?? ''
    else if (a === '--json') args.json = true
    else if (a === '--figma') args.editorType = 'figma'
    else if (a === '--dark') args.theme = 'dark'
    else if (a === '--locale') {
      const locale = argv[++i] ?? ''
      if (!(LOCALES as readonly string[]).includes(locale)) return `--locale takes one of ${LOCALES.join(', ')}; not "${locale}".`
      args.locale = locale as Locale
    }
    else if (a.startsWith('--')) return `Unknown option ${a}.`
    else args.file = a
  }
  if (!args.file) return 'Usage: npm run preview -- <file.csv|.tsv|.txt|.mmd|.json> [--out board.svg|board.png] [--json] [--figma] [--dark] [--locale en|ru|bg|he]'
  if (args.out !== null && !/\.(svg|png)$/i.test(args.out)) return '--out takes a file name ending in .svg or .png.'
  return args
}

async function writePng(svg: string, out: string): Promise<void> {
  const { chromium } = await import('playwright-core')
  const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'
  const browser = await chromium.launch({ executablePath, args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'] })
  try {
    const page = await browser.newPage()
    await page.setContent(`<body style="margin:0">${svg}</body>`)
    await page.locator('svg').screenshot({ path: out })
  } finally {
    await browser.close()
  }
}

async function main(): Promise<number> {
  const parsed = parseArgs(process.argv.slice(2))
  if (typeof parsed === 'string') {
    console.error(parsed)
    return 1
  }
  const args = parsed
  const t = translatorFor(args.locale)
  // With --json, stdout is for the JSON alone.
  const info = args.json ? console.error : console.log

  const bytes = new Uint8Array(readFileSync(args.file))
  const result = importFile(bytes, basename(args.file), { locale: args.locale })
  const report = problemReport(t, result)
  for (const line of [...report.refused, ...report.rows]) console.error(line)
  for (const line of report.notes) info(line)
  if (!result.journey) return 2

  // This file runs bundled as dist/preview.mjs, beside the plugin it draws with.
  const code = readFileSync(new URL('./code.js', import.meta.url), 'utf8')
  const emulator = runPluginInRealm(code, { editorType: args.editorType })
  const reply = await requestOnce(emulator, { type: 'generate', id: 'preview', journey: result.journey })
  if (reply.type === 'error') {
    console.error(`The board was not drawn: ${t.message(reply.error as Message)}`)
    return 1
  }
  const page = emulator.figma.currentPage
  const nodes = nodesAsJson(page)
  for (const n of nodes) if (n.emotionLaneOverlaps) info(`Emotion lane of "${n.name}": ${n.emotionLaneOverlaps.length} overlapping pairs`)
  if (args.json) console.log(JSON.stringify(nodes, null, 2))
  if (args.json && args.out === null) return 0
  const out = args.out ?? `${basename(args.file, extname(args.file))}.board.svg`
  const svg = pageToSvg(page, { theme: args.theme })
  if (out.toLowerCase().endsWith('.png')) await writePng(svg, out)
  else writeFileSync(out, svg)
  const s = result.summary
  console.error(`Drew ${result.journey.stages.length} stages, ${s.cards} cards, ${s.emotions} scores → ${out}`)
  return 0
}

// process.exit drops what stdout has not flushed yet: into a pipe (`--json | jq`) a big
// board's JSON would end mid-way. The empty write's callback runs after everything before it.
const exitAfterOutput = (code: number): void => {
  process.stdout.write('', () => process.exit(code))
}

main().then(exitAfterOutput, (error: unknown) => {
  console.error(error instanceof Error ? error.message : String(error))
  exitAfterOutput(1)
})
