import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { defaultHeapLimitMb, heapLimitFlag } from '../src/heap-limit.js';

// The API's heap limit (src/heap-limit.ts) is given by whatever starts it: npm start, the Docker image, the benchmarks.
// One default, in one place: the start script and the image's command say the same.

describe('the heap limit the API is started with', () => {
  it.each([
    [{}, `--max-old-space-size=${defaultHeapLimitMb}`],
    [{ HEAP_LIMIT_MB: '256' }, '--max-old-space-size=256'],
    [{ HEAP_LIMIT_MB: '0' }, '--max-old-space-size=0'],
  ])('%j → %s', (env, flag) => {
    expect(heapLimitFlag(env)).toBe(flag);
  });

  it.each(['', '128MB', '-1', '1.5', 'lots'])('refuses HEAP_LIMIT_MB=%j', (value) => {
    expect(() => heapLimitFlag({ HEAP_LIMIT_MB: value })).toThrow(/HEAP_LIMIT_MB/);
  });

  it.each([
    ['package.json start script', JSON.parse(readFileSync('package.json', 'utf8')).scripts.start as string],
    [
      'Dockerfile CMD',
      readFileSync('Dockerfile', 'utf8')
        .split('\n')
        .find((line) => line.startsWith('CMD ')) ?? '',
    ],
  ])('%s applies it with the same default', (_, command) => {
    expect(command).toContain(`--max-old-space-size=\${HEAP_LIMIT_MB:-${defaultHeapLimitMb}} dist/server.js`);
  });
});
