import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { ExtractOptions } from '../../src/ingest/draft.js';
import { extractReadout, maxAnalysedChars } from '../../src/ingest/extract.js';
import { defaultInitiatives } from '../../src/ingest/lexicon/initiative-catalog.js';
import { expectDraftConsistentWith } from './draft-assertions.js';

const options: ExtractOptions = { publishedAt: '2021-07-16', initiatives: defaultInitiatives, people: [] };
const seed = readFileSync(new URL('../../prisma/seed/wang-yi-tileuberdi-2021-07-15.txt', import.meta.url), 'utf8');

function expectEmptyDraftWithWarning(text: string, warning: RegExp): void {
  const draft = extractReadout(text, options);
  expectDraftConsistentWith(text, draft);
  expect(draft.meetings).toEqual([]);
  expect(
    draft.warnings.some((w) => warning.test(w)),
    draft.warnings.join(' | '),
  ).toBe(true);
}

describe('extractReadout on text that is no readout', () => {
  it('returns an empty draft for empty or blank text', () => {
    expectEmptyDraftWithWarning('', /empty/);
    expectEmptyDraftWithWarning(' \n\t\n ', /empty/);
  });

  it('returns an empty draft for binary data', () => {
    const bytes = Uint8Array.from({ length: 4096 }, (_, i) => (i * 7919 + 13) % 256);
    expectEmptyDraftWithWarning(new TextDecoder('latin1').decode(bytes), /binary/);
    expectEmptyDraftWithWarning('\u0000\u0001\u0002PK\u0003\u0004\uFFFD\uFFFD'.repeat(200), /binary/);
  });

  it('returns no participants and a warning for a recipe', () => {
    const recipe = [
      'Grandma’s Apple Pie',
      '',
      'Preheat the oven to 200 °C. Peel and slice six apples, toss them with sugar, cinnamon and lemon juice.',
      'Roll out the dough, line the dish and fill it with the apples. Cover with the second sheet and bake for 45 minutes.',
      'Serve warm with vanilla ice cream. The chef said it keeps for two days.',
    ].join('\n');
    expectEmptyDraftWithWarning(recipe, /does not look like a meeting readout/);
  });

  // Pure CPU: about 35 s alone on a loaded 2-core machine, over 100 s beside the rest of the suite. The timeout is a
  // safety net, not an assertion on time.
  it('never throws on hostile or odd input', () => {
    const odd = [
      'met with met with met with',
      'On On On On On, , , , ,',
      '"“‘«»’”"'.repeat(1000),
      'A'.repeat(100_000),
      `${'Minister '.repeat(5_000)}met with ${'Minister '.repeat(5_000)}.`,
      `${'a, '.repeat(50_000)}said`,
      'Wang Yi met with.',
      '\uD800\uDC00\uD800 lone surrogates \uDC00 met with Foreign Minister X.',
      'x'.repeat(10) + '\r\n'.repeat(10_000),
    ];
    for (const text of odd) {
      const draft = extractReadout(text, options);
      expectDraftConsistentWith(text, draft);
    }
  }, 600_000);
});

describe('extractReadout on very large text', () => {
  // Speed is measured by npm run eval:ingest and npm run bench, not here: these only check what is read.
  it('reads the beginning of a 10 MB text and says it only read the beginning', () => {
    const filler = 'The delegation toured the exhibition and discussed culture, tourism and sport with local officials. ';
    const text = seed + '\n\n' + filler.repeat(Math.ceil(10_000_000 / filler.length));
    expect(text.length).toBeGreaterThanOrEqual(10_000_000);
    const draft = extractReadout(text, options);
    expectDraftConsistentWith(text, draft);
    expect(draft.meetings.map((m) => m.participants.map((p) => p.printedName))).toEqual([['Wang Yi', 'Mukhtar Tileuberdi']]);
    expect(draft.warnings.some((w) => w.includes(String(maxAnalysedChars)))).toBe(true);
  });

  it('gives a valid draft for 10 MB of one unbroken line of readout-like words', () => {
    const text = 'Foreign Minister Wang Yi said that the two sides agreed, '.repeat(180_000);
    expectDraftConsistentWith(text, extractReadout(text, options));
  });
});
