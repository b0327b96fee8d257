// Run by extract-thread.test.ts in a process of its own started with a small old generation
// (--max-old-space-size), as `npm start` starts the API with one: reads a long readout on the extraction thread and
// prints how many meetings it found, or the error.
import { closeExtraction, extractOffThread } from '../../src/ingest/extract-pool.js';
import { defaultInitiatives } from '../../src/ingest/lexicon/initiative-catalog.js';
import { fixtureSets, loadFixtures } from './fixture-scoring.js';

const all = fixtureSets.flatMap((set) => loadFixtures(set));
let text = '';
for (let i = 0; text.length < 1_000_000; i++) text += `${(all[i % all.length] as { text: string }).text}\n\n`;
try {
  const draft = await extractOffThread(text, { publishedAt: null, publisher: null, initiatives: defaultInitiatives, people: [] });
  process.stdout.write(`meetings ${draft.meetings.length}\n`);
} catch (error) {
  process.stdout.write(`failed ${(error as Error).message}\n`);
} finally {
  await closeExtraction();
}
