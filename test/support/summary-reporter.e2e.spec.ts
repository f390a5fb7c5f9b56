import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const run = promisify(execFile);
const reporter = fileURLToPath(new URL('./summary-reporter.ts', import.meta.url));
const vitest = fileURLToPath(new URL('../../node_modules/vitest/vitest.mjs', import.meta.url));

/** One file per way a test file can fail, beside one that passes. */
const files = {
  'cannot-import.spec.mjs': `import { it } from 'vitest';\nimport { missing } from './nowhere.mjs';\nit('never runs', () => missing);\n`,
  'before-all-throws.spec.mjs': `import { beforeAll, expect, it } from 'vitest';\nbeforeAll(() => { throw new Error('no browser'); });\nit('one', () => expect(1).toBe(1));\nit('two', () => expect(1).toBe(1));\n`,
  'throws-after-collecting.spec.mjs': `import { expect, it } from 'vitest';\nit('one', () => expect(1).toBe(1));\nthrow new Error('late');\n`,
  'after-all-throws.spec.mjs': `import { afterAll, expect, it } from 'vitest';\nafterAll(() => { throw new Error('teardown'); });\nit('one', () => expect(1).toBe(1));\n`,
  'a-test-fails.spec.mjs': `import { expect, it } from 'vitest';\nit('fails', () => expect(1).toBe(2));\nit('passes', () => expect(1).toBe(1));\n`,
  'passes.spec.mjs': `import { expect, it } from 'vitest';\nit('one', () => expect(1).toBe(1));\n`,
};

describe('the closing summary line', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'summary-reporter-'));
    for (const [name, text] of Object.entries(files)) await writeFile(path.join(dir, name), text);
    await writeFile(path.join(dir, 'vitest.config.mjs'), `export default { test: { include: ['*.spec.mjs'], reporters: [${JSON.stringify(reporter)}] } };\n`);
  });
  afterAll(() => rm(dir, { recursive: true, force: true }));

  it('counts a test file that fails to load or to start as failed, as well as each failed test', async () => {
    const outcome = await run(process.execPath, [vitest, 'run', '--root', dir, '--config', path.join(dir, 'vitest.config.mjs')], { cwd: dir }).then(
      () => ({ code: 0, stdout: '' }),
      (error: { code: number; stdout: string }) => error,
    );
    expect(outcome.code).toBe(1);
    // Passed: passes, a-test-fails/passes, after-all-throws/one. Failed: a-test-fails/fails, and
    // the four files that failed outside a test. Skipped: the two tests whose beforeAll threw.
    expect(outcome.stdout.trim().split('\n').at(-1)).toBe('vitest: 3 passed, 5 failed, 2 skipped');
  }, 60_000);
});
