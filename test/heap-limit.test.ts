import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../src/config.js';
import { defaultHeapLimitMb, heapLimitFlag, minHeapLimitMb } from '../src/heap-limit.js';

// The API's heap limit (src/heap-limit.ts) is given by whatever starts it: npm start, the Docker image, the benchmarks.
// One default, in one place: the start script and the image's command say the same, the variable reaches node as one
// argument, and a value node would take with a warning only stops the server at its configuration check.

const startScript = JSON.parse(readFileSync('package.json', 'utf8')).scripts.start as string;
const dockerCommand = (
  JSON.parse(
    readFileSync('Dockerfile', 'utf8')
      .split('\n')
      .find((line) => line.startsWith('CMD '))!
      .slice(4),
  ) as string[]
)[2]!;

describe('the heap limit the API is started with', () => {
  it.each([
    [{}, `--max-old-space-size=${defaultHeapLimitMb}`],
    [{ HEAP_LIMIT_MB: '' }, `--max-old-space-size=${defaultHeapLimitMb}`],
    [{ HEAP_LIMIT_MB: '256' }, '--max-old-space-size=256'],
    [{ HEAP_LIMIT_MB: String(minHeapLimitMb) }, `--max-old-space-size=${minHeapLimitMb}`],
    [{ HEAP_LIMIT_MB: '0' }, '--max-old-space-size=0'],
  ])('%j → %s', (env, flag) => {
    expect(heapLimitFlag(env)).toBe(flag);
  });

  it.each(['128MB', '-1', '-5', '1.5', 'lots', '40', '5', '128 --version'])(
    'refuses HEAP_LIMIT_MB=%j, in the benchmarks and at start',
    (value) => {
      expect(() => heapLimitFlag({ HEAP_LIMIT_MB: value })).toThrow(/HEAP_LIMIT_MB/);
      expect(() => loadConfig({ HEAP_LIMIT_MB: value })).toThrow(ConfigError);
      expect(() => loadConfig({ HEAP_LIMIT_MB: value })).toThrow(/HEAP_LIMIT_MB: must be 0/);
    },
  );

  it.each([
    ['package.json start script', startScript],
    ['Dockerfile CMD', dockerCommand],
  ])('%s applies it with the same default, quoted', (_, command) => {
    expect(command).toContain(`"--max-old-space-size=\${HEAP_LIMIT_MB:-${defaultHeapLimitMb}}" dist/server.js`);
  });

  it.each([
    [undefined, `${defaultHeapLimitMb}`],
    ['', `${defaultHeapLimitMb}`],
    ['256', '256'],
  ])('through the shell, HEAP_LIMIT_MB=%j gives node a limit of %s MiB', (value, limit) => {
    const command = startScript.replace('dist/server.js', `-p "require('v8').getHeapStatistics().heap_size_limit"`);
    const env: NodeJS.ProcessEnv = { ...process.env };
    if (value === undefined) delete env.HEAP_LIMIT_MB;
    else env.HEAP_LIMIT_MB = value;
    const run = spawnSync('sh', ['-c', command], { env, encoding: 'utf8', timeout: 60_000 });
    expect(run.status).toBe(0);
    // V8 adds its young generation to the old one it was given.
    expect(Number(run.stdout) / 1048576).toBeGreaterThanOrEqual(Number(limit));
    expect(Number(run.stdout) / 1048576).toBeLessThan(Number(limit) + 64);
  });

  it('passes HEAP_LIMIT_MB to node as one argument: words in it are no flags of their own', () => {
    const command = startScript.replace('dist/server.js', '-e "1"');
    const run = spawnSync('sh', ['-c', command], {
      env: { ...process.env, HEAP_LIMIT_MB: '128 --version' },
      encoding: 'utf8',
      timeout: 60_000,
    });
    expect(run.stdout).not.toMatch(/^v\d+\./);
    expect(run.status).not.toBe(0);
  });
});
