import { describe, expect, it } from 'vitest';
import type { ExtractOptions } from '../../../src/ingest/draft.js';
import { extractReadout } from '../../../src/ingest/extract.js';

// A counterpart the text never names, with the country after the word ("his counterpart from Guinea").

const base: ExtractOptions = { initiatives: [], people: [] };
const meetingsOf = (text: string) => extractReadout(text, base).meetings.map((m) => m.participants.map((p) => [p.name, p.countryCode]));

describe('"met his counterpart from X" is a meeting with an unnamed person of X', () => {
  it.each([
    ['his counterpart from Guinea', 'GN'],
    ['her counterpart from Guinea', 'GN'],
    ['his counterpart of the Philippines', 'PH'],
    ['the counterpart from Papua New Guinea', 'PG'],
  ])('Ali also met %s', (phrase, code) => {
    const text = `Foreign Minister Ahmed Ali of Egypt met Foreign Minister Jan Novak in Prague on 4 May 2023.\n\nAli also met ${phrase} and discussed ways to enhance cooperation on energy security.`;
    const meetings = meetingsOf(text);
    expect(meetings).toHaveLength(2);
    expect(meetings[1]).toContainEqual([`Counterpart (${code})`, code]);
    expect(meetings[1]?.map(([name]) => name)).toContain('Ahmed Ali');
    expect(meetings[0]?.map(([name]) => name).sort()).toEqual(['Ahmed Ali', 'Jan Novak']);
  });

  it('a plural\'s countries stay the members of its group: "his counterparts from Angola, Benin and Comoros"', () => {
    const text =
      'Foreign Minister Badr Abdelatty held separate meetings with his counterparts from Angola, Benin and Comoros in Addis Ababa on 14 February 2024.';
    expect(meetingsOf(text).map((people) => people.map(([name]) => name))).toEqual([
      ['Badr Abdelatty', 'Counterpart (AO)'],
      ['Badr Abdelatty', 'Counterpart (BJ)'],
      ['Badr Abdelatty', 'Counterpart (KM)'],
    ]);
  });
});
