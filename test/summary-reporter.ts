import type { Reporter, TestModule } from 'vitest/node'

/**
 * Prints the plain closing line CI's runner detection reads ("N passed, N failed"),
 * after vitest's own summary. A run with no tests at all says so as a failure count
 * of zero and zero passed, which CI treats as "ran no test".
 */
export default class SummaryReporter implements Reporter {
  onTestRunEnd(testModules: ReadonlyArray<TestModule>, unhandledErrors: ReadonlyArray<unknown>): void {
    let passed = 0
    let failed = 0
    let skipped = 0
    for (const module of testModules) {
      for (const test of module.children.allTests()) {
        const state = test.result().state
        if (state === 'passed') passed += 1
        else if (state === 'failed') failed += 1
        else skipped += 1
      }
      // A file that failed to load has no tests to count but is still a failure.
      if (module.state() === 'failed' && module.children.size === 0) failed += 1
    }
    failed += unhandledErrors.length
    const tail = skipped > 0 ? `, ${skipped} skipped` : ''
    process.stdout.write(`\n${passed} passed, ${failed} failed${tail}\n`)
  }
}
