import { existsSync } from 'node:fs'
import { chromium, type Browser } from 'playwright-core'

/**
 * Debian's Chromium, driven by playwright-core: nothing downloads a browser. CI
 * installs the `chromium` package (.ci/run); elsewhere set CHROMIUM_PATH.
 */
export async function launchChromium(): Promise<Browser> {
  const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'
  if (!existsSync(executablePath)) {
    throw new Error(`Chromium is not at ${executablePath}. Install Debian's chromium package (apt-get install chromium) or set CHROMIUM_PATH.`)
  }
  return chromium.launch({
    executablePath,
    // The machine has no network: without these Chromium keeps trying to reach its services.
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--font-render-hinting=none'],
  })
}
