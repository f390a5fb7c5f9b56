import type { SerializedError } from 'vitest';
import type { Reporter, TestModule } from 'vitest/node';

/**
 * Ends the run with one plain line, 'vitest: N passed, N failed, N skipped', for CI logs. A test
 * file that fails outside its tests (it cannot be imported, a beforeAll or afterAll throws) counts
 * as one failure of its own, and so does an error no test caught: neither may look like a pass.
 */
export default class SummaryReporter implements Reporter {
  onTestRunEnd(modules: ReadonlyArray<TestModule>, unhandledErrors: ReadonlyArray<SerializedError>) {
    const count = { passed: 0, failed: 0, skipped: 0 };
    for (const module of modules) {
      let failedTests = 0;
      for (const test of module.children.allTests()) {
        const state = test.result().state;
        if (state === 'passed') count.passed++;
        else if (state === 'failed') failedTests++;
        else count.skipped++;
      }
      count.failed += failedTests;
      if (module.state() === 'failed' && failedTests === 0) count.failed++;
    }
    count.failed += unhandledErrors.length;
    console.log(`\nvitest: ${count.passed} passed, ${count.failed} failed, ${count.skipped} skipped`);
  }
}
