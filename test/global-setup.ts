import { execFileSync } from 'node:child_process'

/**
 * Tests in test/sandbox run the built dist/code.js; building first means they never
 * judge a stale bundle, whichever way vitest was started.
 */
export default function setup(): void {
  execFileSync(process.execPath, ['build.mjs'], { stdio: 'inherit' })
}
