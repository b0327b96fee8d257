import { describe, expect, it } from 'vitest';
import type { ExtractOptions } from '../../../src/ingest/draft.js';
import { extractReadout } from '../../../src/ingest/extract.js';
import { defaultInitiatives } from '../../../src/ingest/lexicon/initiative-catalog.js';

// Classes from new-user trial 103 (an editor's readouts, written for the trial), each with its variants.

const base: ExtractOptions = { initiatives: defaultInitiatives, people: [] };

describe('a U.S. publisher’s numeric page date is month first', () => {
  const text =
    "Secretary Rubio's Meeting with Ukrainian Foreign Minister Sybiha\n\n03/07/2025\n\nSecretary of State Marco Rubio met with Ukrainian Foreign Minister Andrii Sybiha in Jeddah on Tuesday. The Secretary reaffirmed support for a durable peace.";
  it.each([
    [{ publisher: 'U.S. Department of State' }, '2025-03-04'],
    [{ publisher: 'Office of the Spokesperson', url: 'https://www.state.gov/secretary-rubios-meeting' }, '2025-03-04'],
    // Elsewhere "03/07/2025" is 3 July, as before.
    [{ publisher: 'Ministry of Foreign Affairs of Ukraine' }, '2025-07-01'],
  ])('%j dates the Tuesday %s', (page, date) => {
    expect(extractReadout(text, { ...base, ...page }).meetings[0]?.date).toBe(date);
  });
});

describe('"Said" inside a name is the name’s ("Omar Said", "Badr Said Albusaidi")', () => {
  const names = (text: string) => extractReadout(text, base).meetings.flatMap((m) => m.participants.map((p) => p.name));
  it.each([
    ['Foreign Minister Ayman Safadi met the Foreign Minister of Oman, Omar Said. Safadi said Jordan valued the talks.', 'Omar Said'],
    ['Foreign Minister Ayman Safadi met Omani Foreign Minister Badr Said Albusaidi on Monday.', 'Badr Said Albusaidi'],
    ['Foreign Minister Ayman Safadi met Omani Foreign Minister Omar Said and the Kuwaiti envoy on Monday.', 'Omar Said'],
  ])('%s', (text, name) => {
    expect(names(text)).toContain(name);
  });

  it('keeps a speech verb in lower case, and a title-case headline’s "Said", out of the name', () => {
    const text =
      'Foreign Minister Ayman Safadi met Omani Foreign Minister Badr Albusaidi on Monday.\nAlbusaidi said Oman valued the talks.';
    expect(names(text)).toEqual(['Ayman Safadi', 'Badr Albusaidi']);
    expect(
      names('Safadi Said To Meet Albusaidi\n\nForeign Minister Ayman Safadi met Omani Foreign Minister Badr Albusaidi on Monday.'),
    ).toEqual(['Ayman Safadi', 'Badr Albusaidi']);
  });
});

describe('after a reception, a meeting of no stated subject with someone of no stated country is the visitor’s', () => {
  const pairs = (text: string) =>
    extractReadout(text, base).meetings.map((m) => m.participants.map((p) => p.name).sort((a, b) => a.localeCompare(b)));
  it.each([
    'The visit concluded with a meeting with the Speaker of Parliament, Igor Grosu, on the reform agenda.',
    'A meeting with the Speaker of Parliament, Igor Grosu, followed.',
  ])('%s', (rest) => {
    const text = `Foreign Minister Ţuţu Ştefănescu of Romania paid an official visit to Chişinău on 14 May 2025. He was received by President Maia Sandu, with whom he discussed Moldova's EU accession.\n\n${rest}`;
    expect(pairs(text)).toEqual([
      ['Maia Sandu', 'Ţuţu Ştefănescu'],
      ['Igor Grosu', 'Ţuţu Ştefănescu'],
    ]);
  });

  it('keeps the host going on when the one met is of another stated country', () => {
    const text =
      "Foreign Minister Ţuţu Ştefănescu of Romania paid an official visit to Chişinău on 14 May 2025. He was received by President Maia Sandu, with whom he discussed Moldova's EU accession.\n\nA meeting with the Japanese Ambassador Kenji Sato followed.";
    expect(pairs(text)[1]).toEqual(['Kenji Sato', 'Maia Sandu']);
  });
});
