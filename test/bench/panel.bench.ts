import { existsSync, readFileSync } from 'node:fs'
import { gzipSync } from 'node:zlib'
import { pathToFileURL } from 'node:url'
import { resolve } from 'node:path'
import { launchChromium } from '../browser/chromium'
import { median, type BenchRow } from './table'

/**
 * Bundle sizes against their budgets, and how long the built panel takes in headless
 * Chromium from navigation to a form a person can use. Budgets and why they are what
 * they are: docs/performance.md.
 */

export const BUDGET = {
  codeJs: 120_000,
  codeJsGzip: 40_000,
  uiHtml: 400_000,
  uiHtmlGzip: 120_000,
  panelReadyMs: 250,
} as const

function size(file: string): { raw: number; gzip: number } {
  const bytes = readFileSync(file)
  return { raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length }
}

const kb = (n: number): string => `${(n / 1000).toFixed(1)} kB`

export function bundleBench(): BenchRow[] {
  const code = size('dist/code.js')
  const ui = size('dist/ui.html')
  return [
    { area: 'bundle', what: 'dist/code.js (sandbox), minified', value: kb(code.raw), count: code.raw, limit: BUDGET.codeJs },
    { area: 'bundle', what: 'dist/code.js, gzip -9', value: kb(code.gzip), count: code.gzip, limit: BUDGET.codeJsGzip },
    { area: 'bundle', what: 'dist/ui.html (panel, JS and CSS inlined)', value: kb(ui.raw), count: ui.raw, limit: BUDGET.uiHtml },
    { area: 'bundle', what: 'dist/ui.html, gzip -9', value: kb(ui.gzip), count: ui.gzip, limit: BUDGET.uiHtmlGzip },
  ]
}

/** Navigation start to the panel's first render (its form usable), median of 7 loads. */
export async function panelBench(): Promise<BenchRow[]> {
  const path = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'
  if (!existsSync(path)) return [{ area: 'panel', what: 'ui.html to an interactive form', value: `not measured: no Chromium at ${path}` }]
  const browser = await launchChromium()
  try {
    const url = pathToFileURL(resolve('dist/ui.html')).href
    const times: number[] = []
    for (let run = 0; run < 8; run++) {
      const page = await browser.newPage({ viewport: { width: 420, height: 680 } })
      await page.goto(url)
      await page.waitForSelector('button.button--primary:not([disabled])')
      // Marked by the panel right after its first render (ui/main.tsx): no polling delay in it.
      times.push(await page.evaluate(() => performance.getEntriesByName('journey-lanes:ready')[0]?.startTime ?? Number.NaN))
      await page.close()
    }
    const ms = median(times.slice(1)) // the first load warms the browser's caches
    return [{ area: 'panel', what: 'ui.html in headless Chromium to an interactive form', value: `${ms.toFixed(0)} ms median`, count: Math.round(ms), limit: BUDGET.panelReadyMs }]
  } finally {
    await browser.close()
  }
}
