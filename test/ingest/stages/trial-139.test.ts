import { describe, expect, it } from 'vitest';
import type { ExtractOptions } from '../../../src/ingest/draft.js';
import { extractReadout } from '../../../src/ingest/extract.js';
import { findDates as findIn } from '../../../src/ingest/recognize/dates.js';

const findDates = (text: string) => findIn(text, 0, text.length);

// New-user trial 139's extractor findings, each as its class with texts written for it (not the trial's) and the
// neighbours that keep their reading.

const base: ExtractOptions = { initiatives: [], people: [], publishedAt: '2026-05-25' };
const draft = (text: string, options: Partial<ExtractOptions> = {}) => extractReadout(text, { ...base, ...options });

describe('F1: the month "May" is no modal verb before a meeting verb', () => {
  it.each([
    ['"on 24 May 2026 received"', 'President Ana Lira on 24 May 2026 received Foreign Minister Tomas Vidal of Peru in Lima.', '2026-05-24'],
    ['"on May 24 met"', 'President Ana Lira on May 24 met Foreign Minister Tomas Vidal of Peru in Lima.', '2026-05-24'],
    ['"on 3rd May met"', 'President Ana Lira on 3rd May met Foreign Minister Tomas Vidal of Peru in Lima.', '2026-05-03'],
  ])('%s', (_case, text, date) => {
    expect(draft(`Visit\n\n${text}`).meetings.map((m) => [m.date, m.participants.length])).toEqual([[date, 2]]);
  });

  it('"may meet" is still a meeting that may come', () => {
    const result = draft('Visit\n\nPresident Ana Lira may meet Foreign Minister Tomas Vidal of Peru in Lima next week.');
    expect(result.meetings).toEqual([]);
  });
});

describe("F2: a building named in the plural is a venue, not a city's name", () => {
  it.each([
    ['the Union Buildings', 'Pretoria', 'ZA'],
    ['Chequers Mansion', 'London', 'GB'],
    ['the Hofburg Complex', 'Vienna', 'AT'],
  ])('"at %s" under a dateline', (venue, city, country) => {
    const dateline = city === 'Pretoria' ? 'PRETORIA' : city === 'London' ? 'LONDON' : 'VIENNA';
    const [meeting] = draft(
      `Visit\n\n${dateline}, 21 May 2026 – President Ana Lira received Foreign Minister Tomas Vidal of Peru at ${venue}.`,
    ).meetings;
    expect([meeting?.city, meeting?.countryCode]).toEqual([city, country]);
  });
});

describe('F3: an institution\'s line above the release names the publishing side, for its bare "The Minister" too', () => {
  it('"Ministry of Foreign Affairs of Ireland" above the headline', () => {
    const [meeting] = draft(
      'Ministry of Foreign Affairs of Ireland\n\nMinister meets Estonian counterpart\n\nThe Minister met today with the Foreign Minister of Estonia, Margus Tsahkna, in Dublin.\n\nThe Minister said Ireland valued its partnership with Estonia. Minister Tsahkna thanked Ireland for its support.',
    ).meetings;
    expect(meeting?.participants.map((p) => [p.title, p.countryCode, p.role])).toEqual([
      ['Minister', 'IE', 'host'],
      ['Foreign Minister', 'EE', 'guest'],
    ]);
    const [own, other] = meeting?.participants ?? [];
    expect(meeting?.statements.map((s) => s.speakerKey)).toEqual([own?.key, other?.key]);
  });
});

describe('a sentence about all of the meetings names what each of them discussed (blind-48, after F1)', () => {
  const catalogue: ExtractOptions['initiatives'] = [
    { slug: 'economic-partnership-agreement', name: 'Economic Partnership Agreement', aliases: ['EPA'] },
  ];
  const text = (about: string) =>
    `Visit\n\nPresident Ana Lira on Thursday 26th of May 2026 met with the Peruvian President Tomas Vidal to discuss regional matters.\n\nLira had earlier visited the Ministry of Foreign Affairs where she conferred with the Minister of State Pedro Ruiz.\n\n${about} centered on the Economic Partnership Agreement.`;
  const slugs = (body: string) => draft(body, { initiatives: catalogue }).meetings.map((m) => m.initiatives.map((i) => i.slug));

  it('"Discussions during the meetings …"', () => {
    expect(slugs(text('Discussions during the meetings'))).toEqual([
      ['economic-partnership-agreement'],
      ['economic-partnership-agreement'],
    ]);
  });

  it('"Discussions during that conversation …" is the last one\'s', () => {
    expect(slugs(text('Discussions during that conversation'))).toEqual([[], ['economic-partnership-agreement']]);
  });
});

describe('F7: "the 16th day of September 2026" and "16 IX 2026" are days', () => {
  it.each([
    ['on the 16th day of September 2026', '2026-09-16'],
    ['on the 1st day of May, 2026', '2026-05-01'],
    ['on 16 IX 2026', '2026-09-16'],
    ['on 16.IX.2026', '2026-09-16'],
  ])('%s', (when, date) => {
    const result = draft(`Talks\n\nMinister Helen Byrne met Foreign Minister Kenji Mori of Japan ${when} in Dublin.`, {
      publishedAt: '2026-09-20',
    });
    expect(result.meetings.map((m) => [m.date, m.datePrecision])).toEqual([[date, 'day']]);
  });

  it('"the 31st day of September" is no day; "a day of talks in September 2026" stays a month', () => {
    expect(findDates('on the 31st day of September 2026').map((m) => m.day)).not.toContain(31);
    expect(findDates('a day of talks in September 2026').map((m) => [m.month, m.day])).toEqual([[9, null]]);
  });
});
