import { describe, expect, it } from 'vitest';
import type { ExtractOptions } from '../../../src/ingest/draft.js';
import { extractReadout } from '../../../src/ingest/extract.js';

// New-user trial 140's extractor findings, each as its class with texts written for it (not the trial's) and the
// neighbours that keep their reading.

const base: ExtractOptions = { initiatives: [], people: [], publishedAt: '2025-04-20' };
const draft = (text: string) => extractReadout(text, base);

describe("F2: a dateline's date in the language of the place", () => {
  it.each([
    ['Brasília, 14 de abril –', '2025-04-14', 'Brasília', 'BR'],
    ['BRASÍLIA, 14 de abril de 2025 –', '2025-04-14', 'Brasília', 'BR'],
    ['Lima, 3 de marzo de 2025 —', '2025-03-03', 'Lima', 'PE'],
    ['PARIS, 14 avril 2025 –', '2025-04-14', 'Paris', 'FR'],
    ['Rome, 3 marzo 2025 -', '2025-03-03', 'Rome', 'IT'],
  ])('%s', (dateline, date, city, country) => {
    const result = draft(`Talks\n\n${dateline} Minister Carlos Mendes received the Foreign Minister of Chile, Ana Lira.`);
    expect(result.meetings.map((m) => [m.date, m.city, m.countryCode])).toEqual([[date, city, country]]);
  });

  it('an English dateline reads as before, and a line without a date is no dateline', () => {
    expect(
      draft('Talks\n\nLIMA, 3 March 2025 – Minister Carlos Mendes received the Foreign Minister of Chile, Ana Lira.').meetings.map((m) => [
        m.date,
        m.city,
      ]),
    ).toEqual([['2025-03-03', 'Lima']]);
    expect(
      draft('Talks\n\nLima, de facto – Minister Carlos Mendes received the Foreign Minister of Chile, Ana Lira.').meetings.map(
        (m) => m.date,
      ),
    ).toEqual([null]);
  });
});
