import { describe, expect, it } from 'vitest';
import type { ExtractOptions } from '../../../src/ingest/draft.js';
import { extractReadout } from '../../../src/ingest/extract.js';
import { defaultInitiatives } from '../../../src/ingest/lexicon/initiative-catalog.js';

// "Later the same day" is the day of the meeting told before, not the day a quoted speaker's "today" resolves to
// against the page's date (new-user trial 93: the second meeting was dated the day the page was published).

const base: ExtractOptions = { initiatives: defaultInitiatives, people: [], publishedAt: '2024-03-14' };
const dates = (text: string) => extractReadout(text, base).meetings.map((m) => m.date);
const lead = 'The Foreign Secretary, David Lammy, met India’s External Affairs Minister Dr S. Jaishankar in London on 13 March 2024.';
const later = 'Later the same day, the Foreign Secretary held talks with the Foreign Minister of Kazakhstan, Murat Nurtleu.';

describe('"later the same day" after a quotation that says "today"', () => {
  it.each([
    ['curly quotes, one sentence', 'The Foreign Secretary said: “Today we agreed to accelerate work on trade.”'],
    [
      'curly quotes, the second sentence',
      'The Foreign Secretary said: “The UK and India are partners. Today we agreed to accelerate work.”',
    ],
    [
      'straight quotes, the second sentence',
      'The Foreign Secretary said: "The UK and India are partners. Today we agreed to accelerate work."',
    ],
  ])('%s', (_case, quotation) => {
    expect(dates(`Ministers meet\n\n${lead}\n\n${quotation}\n\n${later}`)).toEqual(['2024-03-13', '2024-03-13']);
  });

  it('a "today" the narrative itself says still counts', () => {
    const text = `Ministers meet\n\nThe Foreign Secretary, David Lammy, met India’s External Affairs Minister Dr S. Jaishankar in London today.\n\n${later}`;
    expect(dates(text)).toEqual(['2024-03-14', '2024-03-14']);
  });
});
