import { describe, expect, it } from 'vitest';
import type { ExtractOptions } from '../../../src/ingest/draft.js';
import { extractReadout } from '../../../src/ingest/extract.js';

// Classes from new-user trial 119: counterparts of several countries at one table, a gathering attended "together
// with" others, and the bilaterals on its margins.

const base: ExtractOptions = { initiatives: [], people: [] };
const meetingsOf = (text: string) =>
  extractReadout(text, base).meetings.map((m) => ({ kind: m.kind, people: m.participants.map((p) => p.countryCode).sort() }));

describe('counterparts of several countries: one table when the next sentence seats them together', () => {
  const lead =
    'Secretary of State Antony J. Blinken met with his counterparts from France, Germany, and the United Kingdom today in Brussels.';
  it.each([
    'The Secretary and the ministers discussed the Iran nuclear talks.',
    'The four ministers discussed the Iran nuclear talks.',
    'All three ministers agreed to coordinate on Ukraine.',
  ])('%s', (next) => {
    expect(meetingsOf(`${lead} ${next}`)).toEqual([{ kind: 'multilateral', people: ['DE', 'FR', 'GB', 'US'] }]);
  });

  it('one meeting each when nothing says they sat together (unchanged)', () => {
    expect(meetingsOf(`${lead} The Secretary discussed the Iran nuclear talks with each.`)).toHaveLength(3);
  });
});

describe('a gathering attended "together with" others, and meetings on its margins', () => {
  const text =
    "On November 26, 2023, Chinese Foreign Minister Wang Yi attended the 10th China-Japan-ROK Foreign Ministers' Meeting in Busan, together with ROK Foreign Minister Park Jin and Japanese Foreign Minister Kamikawa Yoko.\n\n" +
    'The three sides agreed to accelerate negotiations on the free trade agreement.\n\n' +
    'On the sidelines of the meeting, Wang Yi met with Park Jin. Wang Yi also met with Kamikawa Yoko.';

  it('the gathering seats all three; each bilateral on its margins is a meeting of its own', () => {
    expect(meetingsOf(text)).toEqual([
      { kind: 'multilateral', people: ['CN', 'JP', 'KR'] },
      { kind: 'sideline_meeting', people: ['CN', 'KR'] },
      { kind: expect.any(String), people: ['CN', 'JP'] },
    ]);
  });

  it('"attended … together with" alone: one meeting of all', () => {
    expect(meetingsOf(text.split('\n\n')[0] as string)).toEqual([{ kind: 'multilateral', people: ['CN', 'JP', 'KR'] }]);
  });
});
