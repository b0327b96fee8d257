import { describe, expect, it } from 'vitest';
import type { ExtractOptions } from '../../../src/ingest/draft.js';
import { extractReadout } from '../../../src/ingest/extract.js';
import { defaultInitiatives } from '../../../src/ingest/lexicon/initiative-catalog.js';

// Classes from new-user trial 101 (an analyst loading readouts and digests of their own).

const base: ExtractOptions = { initiatives: defaultInitiatives, people: [], publishedAt: '2024-03-27' };
const meetings = (text: string) =>
  extractReadout(text, base).meetings.map((m) => ({ date: m.date, city: m.city, people: m.participants.map((p) => p.name).sort() }));

const pair = ['Hana Kovač', 'Kwame Mensah-Bello'];

describe('the same people on another stated day is another meeting', () => {
  it.each([
    [
      'On 16 March 2024, Foreign Minister Hana Kovač met with Foreign Minister Kwame Mensah-Bello in Oslo.\n\nOn 26 March 2024, Foreign Minister Kwame Mensah-Bello met with Foreign Minister Hana Kovač in Accra.',
      [
        { date: '2024-03-16', city: 'Oslo', people: pair },
        { date: '2024-03-26', city: 'Accra', people: pair },
      ],
    ],
    [
      'Foreign Minister Hana Kovač met with Foreign Minister Kwame Mensah-Bello in Oslo on March 16, 2024.\n\nThe two ministers met again in Bergen on March 17, 2024: Foreign Minister Kovač held talks with Foreign Minister Mensah-Bello on energy.',
      [
        { date: '2024-03-16', city: 'Oslo', people: pair },
        { date: '2024-03-17', city: 'Bergen', people: pair },
      ],
    ],
  ])('%s', (text, expected) => {
    expect(meetings(text)).toEqual(expected);
  });
});

describe('the same day, or a day that dates something else, is the same meeting', () => {
  it.each([
    // The day again, once with its year and once without.
    'On 16 March 2024, Foreign Minister Hana Kovač met with Foreign Minister Kwame Mensah-Bello in Oslo.\n\nKovač and Mensah-Bello met again on 16 March at a dinner in Oslo.',
    // A day in a relative clause dates the appointment, not the meeting (blind-37's "who were appointed … on August 22").
    'Foreign Minister Hana Kovač held talks with Foreign Minister Kwame Mensah-Bello in Oslo on 16 March 2024.\n\nBoth Kovač and Mensah-Bello, who were appointed as ministers on 22 August, congratulated each other when they met at the Palace.',
    // No day in the second sentence.
    'On 16 March 2024, Foreign Minister Hana Kovač met with Foreign Minister Kwame Mensah-Bello in Oslo.\n\nKovač and Mensah-Bello met later at a dinner.',
  ])('%s', (text) => {
    expect(meetings(text)).toHaveLength(1);
    expect(meetings(text)[0]).toMatchObject({ date: '2024-03-16', city: 'Oslo', people: pair });
  });
});
