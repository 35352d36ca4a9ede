import { readFileSync, writeFileSync } from 'node:fs'
import { basename, extname } from 'node:path'
import { importI18n } from '../../src/core/i18n/import-catalog'
import { importFile, type ImportProblem } from '../../src/core/import'
import { runPluginInRealm, requestOnce } from '../sandbox/run-plugin'
import { pageToSvg, type Theme } from './board-svg'
import { nodesAsJson } from './board-json'

/**
 * `npm run preview -- <file> [--out board.svg|board.png] [--json] [--figma] [--dark] [--locale ru]`
 * Imports a file as the panel does, draws the board with the real dist/code.js in
 * the emulator, and writes a picture of it. Exit 0: drawn; 2: the file was refused;
 * 1: anything else went wrong.
 */

interface Args {
  file: string
  out: string | null
  json: boolean
  editorType: 'figjam' | 'figma'
  theme: Theme
  locale: 'en' | 'ru'
}

function parseArgs(argv: string[]): Args | string {
  const args: Args = { file: '', out: null, json: false, editorType: 'figjam', theme: 'light', locale: 'en' }
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!
    if (a === '--out') args.out = argv[++i] ?? ''
    else if (a === '--json') args.json = true
    else if (a === '--figma') args.editorType = 'figma'
    else if (a === '--dark') args.theme = 'dark'
    else if (a === '--locale') args.locale = argv[++i] === 'ru' ? 'ru' : 'en'
    else if (a.startsWith('--')) return `Unknown option ${a}.`
    else args.file = a
  }
  if (!args.file) return 'Usage: npm run preview -- <file.csv|.tsv|.txt|.mmd|.json> [--out board.svg|board.png] [--json] [--figma] [--dark] [--locale ru]'
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
  const i18n = importI18n
  const say = (p: ImportProblem): string => {
    const where = [p.row !== null ? `row ${p.row}` : '', p.column !== null ? `column "${p.column}"` : ''].filter(Boolean).join(', ')
    const text = i18n.translate(args.locale, p.message.key, p.message.params)
    return `${p.level === 'fatal' ? 'refused' : p.level === 'row' ? 'problem' : 'note'}${where ? ` (${where})` : ''}: ${text}`
  }

  const bytes = new Uint8Array(readFileSync(args.file))
  const result = importFile(bytes, basename(args.file), { locale: args.locale })
  for (const p of result.problems) (p.level === 'note' ? console.log : console.error)(say(p))
  if (!result.journey) return 2

  // This file runs bundled as dist/preview.mjs, beside the plugin it draws with.
  const code = readFileSync(new URL('./code.js', import.meta.url), 'utf8')
  const emulator = runPluginInRealm(code, { editorType: args.editorType })
  const reply = await requestOnce(emulator, { type: 'generate', id: 'preview', journey: result.journey })
  if (reply.type === 'error') {
    const m = reply.error as { key: string; params?: Record<string, string | number> }
    console.error(`The board was not drawn: ${i18n.translate(args.locale, m.key, m.params)}`)
    return 1
  }
  const page = emulator.figma.currentPage
  if (args.json) console.log(JSON.stringify(nodesAsJson(page), null, 2))
  const out = args.out ?? `${basename(args.file, extname(args.file))}.board.svg`
  const svg = pageToSvg(page, { theme: args.theme })
  if (out.toLowerCase().endsWith('.png')) await writePng(svg, out)
  else writeFileSync(out, svg)
  const s = result.summary
  console.error(`Drew ${result.journey.stages.length} stages, ${s.cards} cards, ${s.emotions} scores → ${out}`)
  return 0
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : String(error))
    process.exit(1)
  },
)
