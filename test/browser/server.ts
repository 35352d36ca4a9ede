import { spawn, type ChildProcess } from 'node:child_process'
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll } from 'vitest'
import { launchChromium } from './chromium'

/** Starts `test/playground/serve.mjs` on a free loopback port; resolves with its address. */
export function startPlayground(): Promise<{ url: string; stop: () => void }> {
  return new Promise((resolve, reject) => {
    const child: ChildProcess = spawn(process.execPath, ['test/playground/serve.mjs'], { env: { ...process.env, PORT: '0' }, stdio: ['ignore', 'pipe', 'inherit'] })
    let out = ''
    child.stdout!.on('data', (chunk: Buffer) => {
      out += chunk.toString()
      const found = /http:\/\/127\.0\.0\.1:\d+\//.exec(out)
      if (found) resolve({ url: found[0], stop: () => child.kill() })
    })
    child.on('exit', (code) => reject(new Error(`the playground server stopped (${code}) before it listened`)))
  })
}

/**
 * For one test file: the playground server and Chromium, started before its tests and
 * stopped after. Returns an opener for pages on it, each collecting the page's errors.
 */
export function playgroundPages(): (viewport: { width: number; height: number }, query?: string) => Promise<{ page: Page; errors: string[] }> {
  let browser: Browser | undefined
  let server: { url: string; stop: () => void } | undefined
  beforeAll(async () => {
    server = await startPlayground()
    browser = await launchChromium()
  })
  afterAll(async () => {
    await browser?.close()
    server?.stop()
  })
  return async (viewport, query = '') => {
    const page = await browser!.newPage({ viewport })
    const errors: string[] = []
    page.on('pageerror', (e) => errors.push(e.message))
    await page.goto(`${server!.url}${query}`)
    return { page, errors }
  }
}
