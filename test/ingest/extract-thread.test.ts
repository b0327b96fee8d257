import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { closeExtraction, extractOffThread, maxQueued } from '../../src/ingest/extract-pool.js';
import { extractReadout } from '../../src/ingest/extract.js';
import { defaultInitiatives } from '../../src/ingest/lexicon/initiative-catalog.js';

// A readout is read on a thread of its own (ingest/extract-pool.ts): while it is read, the request's thread goes on
// serving (a long readout stalled every request, health probes included). Nothing here measures a duration: what is
// asserted is that the event loop turns while a readout is read, and that the draft is the one extractReadout gives.

const options = { publishedAt: '2024-03-05', publisher: null, initiatives: defaultInitiatives, people: [] };
const readout =
  'Foreign Secretary meets Brazilian Foreign Minister\n\nLONDON, 4 March 2024 – The Foreign Secretary Jane Holloway and Brazilian Minister of Foreign Affairs Carlos Mendes met in London.';
afterAll(async () => closeExtraction());

describe('extraction on its own thread', () => {
  it('gives the draft extractReadout gives', async () => {
    expect(await extractOffThread(readout, options)).toEqual(extractReadout(readout, options));
  });

  it('leaves the event loop turning while a long readout is read', async () => {
    await extractOffThread(readout, options); // the thread and its extractor are loaded
    const long = `${readout}\n\n${'The Foreign Secretary said the talks covered trade, energy and security in depth. '.repeat(2_400)}`;
    let turns = 0;
    let reading = true;
    const turn = (): void => {
      turns += 1;
      if (reading) setImmediate(turn);
    };
    setImmediate(turn);
    const draft = await extractOffThread(long, options);
    reading = false;
    expect(draft.meetings).toHaveLength(1);
    // On the request's thread, the loop would not turn at all until the draft was done.
    expect(turns).toBeGreaterThan(20);
  });

  it(`refuses a readout (503) when ${maxQueued} are already waiting, and reads the others`, async () => {
    const results = await Promise.allSettled(Array.from({ length: maxQueued + 3 }, () => extractOffThread(readout, options)));
    const refused = results.filter((result) => result.status === 'rejected');
    expect(refused.length).toBeGreaterThan(0);
    for (const result of refused) expect(result.reason).toMatchObject({ code: 'service_unavailable' });
    expect(results.filter((result) => result.status === 'fulfilled').length).toBeGreaterThanOrEqual(maxQueued);
  });
});

describe('the extraction thread of a process with its heap capped', () => {
  // `npm start` caps the API's old generation (src/heap-limit.ts); V8 would give the same cap to the extraction thread,
  // and a 1 MB readout needs more than the API's own heap does. The cap here is far below what the reading takes.
  it('reads a 1 MB readout within a limit of its own', async () => {
    const script = fileURLToPath(new URL('./capped-extract.script.ts', import.meta.url));
    const child = spawn(process.execPath, ['--max-old-space-size=40', '--import', 'tsx', script], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const killer = setTimeout(() => child.kill('SIGKILL'), 240_000);
    let out = '';
    child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
    const code = await new Promise<number | null>((resolve) => child.once('exit', resolve));
    clearTimeout(killer);
    expect(out.trim()).toMatch(/^meetings [1-9]\d*$/);
    expect(code).toBe(0);
  }, 250_000);
});
