import { execFileSync } from 'node:child_process'

/**
 * Tests in test/sandbox run the built dist/code.js, and the browser tests the built
 * playground; building first means they never judge a stale bundle, whichever way
 * vitest was started.
 */
export default function setup(): void {
  execFileSync(process.execPath, ['build.mjs', '--playground'], { stdio: 'inherit' })
}
