import { describe, expect, it } from 'vitest';
import type { ExtractOptions } from '../../../src/ingest/draft.js';
import { extractReadout } from '../../../src/ingest/extract.js';

// Royal and religious styles beside offices: "Crown Prince" is an office, "Prince Sultan bin Saad" a styled name.

const base: ExtractOptions = { initiatives: [], people: [] };
const peopleOf = (text: string) =>
  extractReadout(text, base).meetings.map((m) => m.participants.map((p) => [p.name, p.title, p.countryCode]));

describe('"Crown Prince" before a styled name is the office', () => {
  it.each([
    ['Sheikh', 'Sheikh Sabah Khaled Al-Hamad Al-Mubarak Al-Sabah'],
    ['Sheikh', 'Sheikh Mishal Al-Ahmad'],
    ['Sheikha', 'Sheikha Mozah bint Nasser'],
  ])('Kuwait’s Crown Prince %s … is titled Crown Prince', (_style, name) => {
    expect(
      peopleOf(`Saudi Foreign Minister Prince Faisal bin Farhan met with Kuwait’s Crown Prince ${name} at Bayan Palace on 3 June 2024.`),
    ).toEqual([
      [
        ['Prince Faisal bin Farhan', 'Foreign Minister', 'SA'],
        [name, 'Crown Prince', 'KW'],
      ],
    ]);
  });
});

describe('a style makes the next word a name even when it is also a title word', () => {
  it.each(['Prince Sultan bin Saad bin Khalid', 'Sheikh Sultan bin Saad', 'Prince Sultan bin Salman'])(
    'Ambassador to Kuwait %s',
    (name) => {
      const text = `Saudi Foreign Minister Prince Faisal bin Farhan met with Kuwaiti Foreign Minister Abdullah Al-Yahya in Kuwait City on 3 June 2024.\n\nThe meeting was attended by Saudi Ambassador to Kuwait ${name}.`;
      expect(peopleOf(text)[0]).toContainEqual([name, 'Ambassador to Kuwait', 'SA']);
    },
  );
});

describe('courtesies written with dots, with or without spaces, are not part of the name', () => {
  it.each(['H.H.', 'H.R.H.', 'H. H.', 'H. E.', 'H. E. Mr.'])('%s Sheikh Abdullah bin Zayed Al Nahyan received …', (courtesy) => {
    const text = `${courtesy} Sheikh Abdullah bin Zayed Al Nahyan, Minister of Foreign Affairs, received Carlos Alvarado, Minister of Foreign Affairs of Guatemala, in Dubai on 4 February 2026.`;
    expect(peopleOf(text)[0]?.[0]).toEqual(['Sheikh Abdullah bin Zayed Al Nahyan', 'Minister of Foreign Affairs', 'AE']);
  });

  // These made the meeting grammar take a stray initial for a party, and the extractor threw (an empty draft).
  it.each([
    'Foreign Minister H. E. Prak Sokhonn met H. E. Mr. Wang Yi in Beijing on 4 February 2024.',
    'Jaishankar held a series of bilateral meetings with his global counterparts on A. K. the sidelines “ of the high-level United Nations General Assembly (UNGA) session in New York.',
  ])('a stray initial never empties the draft: %s', (text) => {
    const draft = extractReadout(text, base);
    expect(draft.warnings.filter((w) => w.includes('extractor failed'))).toEqual([]);
  });
});
