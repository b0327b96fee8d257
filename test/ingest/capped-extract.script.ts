// Run by extract-thread.test.ts in a process of its own started with a small old generation
// (--max-old-space-size), as `npm start` starts the API with one: reads a long readout on the extraction thread and
// prints how many meetings it found, or the error.
import { closeExtraction, extractOffThread } from '../../src/ingest/extract-pool.js';
import { defaultInitiatives } from '../../src/ingest/lexicon/initiative-catalog.js';
import { fixtureSets, loadFixtures } from './fixture-scoring.js';

// Set by set, keeping only the texts: this process's own heap is as small as the API's is capped (every fixture with
// its expected result at once came within a megabyte of the 40 MB cap, and past it as the corpus grew).
let text = '';
for (const set of fixtureSets) {
  for (const fixture of loadFixtures(set)) text += `${fixture.text}\n\n`;
  if (text.length >= 1_000_000) break;
}
while (text.length < 1_000_000) text += text;
text = text.slice(0, 1_000_000);
try {
  const draft = await extractOffThread(text, { publishedAt: null, publisher: null, initiatives: defaultInitiatives, people: [] });
  process.stdout.write(`meetings ${draft.meetings.length}\n`);
} catch (error) {
  process.stdout.write(`failed ${(error as Error).message}\n`);
} finally {
  await closeExtraction();
}
