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

describe('meetings split off one sentence: a passage of one counterpart is that meeting’s alone, and what it names', () => {
  const lead =
    'Foreign Minister Anna Berg held separate meetings with Foreign Minister Alberto van Klaveren of Chile and Foreign Minister Faisal bin Farhan of Saudi Arabia in New York on 20 September 2023.\n\n';
  const drafted = (text: string) =>
    extractReadout(lead + text, base).meetings.map((m) => ({
      counterpart: m.participants[1]?.name,
      statements: m.statements.map((s) => s.text),
      initiatives: m.initiatives.map((i) => i.slug),
    }));
  it.each([
    ['Faisal bin Farhan briefed Berg on the Middle East Green Initiative, which Berg welcomed.', [[], ['middle-east-green-initiative']]],
    ['With van Klaveren, Berg discussed the Middle East Green Initiative and trade.', [['middle-east-green-initiative'], []]],
    ['Berg told van Klaveren about the Middle East Green Initiative.', [['middle-east-green-initiative'], []]],
  ])('%s', (second, initiatives) => {
    const [chile, saudi] = drafted(second);
    expect([chile?.initiatives, saudi?.initiatives]).toEqual(initiatives);
    expect([chile?.statements.length, saudi?.statements.length]).toEqual(initiatives.map((list) => list.length));
  });

  it('a passage of the sides together still belongs to every one of them', () => {
    const [chile, saudi] = drafted('The ministers discussed the Middle East Green Initiative.');
    expect(chile?.initiatives).toEqual(['middle-east-green-initiative']);
    expect(saudi?.initiatives).toEqual(['middle-east-green-initiative']);
  });
});

describe('a candidate initiative’s name does not start with the person something was told ("briefed Berg on the …")', () => {
  const slugs = (text: string) => extractReadout(text, base).meetings.flatMap((m) => m.initiatives.map((i) => i.slug));
  const lead = 'Foreign Minister Anna Berg met Foreign Minister Faisal bin Farhan of Saudi Arabia in Riyadh on 20 September 2023.\n\n';
  it.each([
    ['Faisal bin Farhan briefed Berg on the Middle East Green Initiative.', 'middle-east-green-initiative'],
    ['Faisal bin Farhan agreed with Berg on the Red Sea Security Initiative.', 'red-sea-security-initiative'],
    // A name whose head comes before "on" keeps it.
    ['The ministers welcomed the Conference on Red Sea Security Initiative.', 'conference-on-red-sea-security-initiative'],
  ])('%s', (second, slug) => {
    expect(slugs(lead + second)).toContain(slug);
  });
});
