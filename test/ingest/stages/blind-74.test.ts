import { describe, expect, it } from 'vitest';
import type { ExtractOptions } from '../../../src/ingest/draft.js';
import { extractReadout } from '../../../src/ingest/extract.js';

// Classes from blind set 74's first run (test/fixtures/readouts/blind-74), each with its variants and the neighbouring
// cases that must not change. The texts are written for the class, not copied from the set.

const base: ExtractOptions = { initiatives: [], people: [] };
const draftOf = (text: string, options: Partial<ExtractOptions> = {}) => extractReadout(text, { ...base, ...options });
const people = (text: string) => (draftOf(text).meetings[0]?.participants ?? []).map((p) => [p.name, p.countryCode, p.role]);

describe('who met an arrival ("were met at … by X") is its host', () => {
  it.each([
    'President Alassane Ouattara and his delegation were met at the Jubilee Lounge of the Kotoka International by President Nana Addo Dankwa Akufo-Addo.',
    'President Alassane Ouattara was met at the airport by President Nana Addo Dankwa Akufo-Addo.',
    'President Alassane Ouattara was greeted by President Nana Addo Dankwa Akufo-Addo.',
    'President Alassane Ouattara was warmly met by President Nana Addo Dankwa Akufo-Addo.',
  ])('%s', (text) => {
    expect(draftOf(text).meetings[0]?.participants.map((p) => [p.name, p.role])).toEqual([
      ['Nana Addo Dankwa Akufo-Addo', 'host'],
      ['Alassane Ouattara', 'guest'],
    ]);
  });

  it('"met by chance" is no passive of a meeting verb with its host', () => {
    const text = 'President Alassane Ouattara met President Nana Addo Dankwa Akufo-Addo in Accra. The two presidents met by the lake.';
    expect(draftOf(text).meetings).toHaveLength(1);
  });
});

describe('"the 5th May of 2016": a month and its year joined by "of"', () => {
  it.each([
    ['met in Yogyakarta, Indonesia, on the 5th May of 2016, to discuss', '2016-05-05'],
    ['met in Yogyakarta, Indonesia, on 5 May of 2016 to discuss', '2016-05-05'],
    ['met in Yogyakarta, Indonesia, on May 5 of 2016 to discuss', '2016-05-05'],
  ])('%s', (phrase, date) => {
    const text = `Foreign Minister Retno Marsudi of Indonesia and Foreign Minister Anifah Aman of Malaysia ${phrase} maritime security.`;
    expect(draftOf(text).meetings[0]?.date).toBe(date);
  });

  it('"in May of 2016" is the month', () => {
    const meeting = draftOf(
      'Foreign Minister Retno Marsudi of Indonesia met Foreign Minister Anifah Aman of Malaysia in Jakarta in May of 2016.',
    ).meetings[0];
    expect([meeting?.date, meeting?.datePrecision]).toEqual(['2016-05-01', 'month']);
  });
});

describe('the people listed one to a line under a participants heading are at the meeting, of the country line above them', () => {
  const cable = (heading: string) =>
    [
      'SUBJECT: Secretary Rice’s December 5, 2008 Meeting with Danish Prime Minister Anders Fogh Rasmussen',
      '',
      heading,
      '',
      'U.S.',
      'The Secretary',
      'Ambassador James Cain',
      'Damon Wilson, NSC Staff',
      '',
      'Denmark',
      'Anders Fogh Rasmussen, Prime Minister',
      'Kirsten Dybvad, Permanent Secretary of State',
      'Michael Ulveman, PM Press Advisor',
      '',
      '2. (C) SUMMARY. Danish Prime Minister Anders Fogh Rasmussen told the Secretary that Denmark will continue to partner with the United States to promote freedom in Afghanistan.',
    ].join('\n');
  it.each(['1.  (U)  Participants:', 'Participants:', 'Attendees:'])('%s', (heading) => {
    const listed = people(cable(heading));
    expect(listed).toEqual(
      expect.arrayContaining([
        ['James Cain', 'US', expect.any(String)],
        ['Damon Wilson', 'US', expect.any(String)],
        ['Anders Fogh Rasmussen', 'DK', expect.any(String)],
        ['Kirsten Dybvad', 'DK', expect.any(String)],
        ['Michael Ulveman', 'DK', expect.any(String)],
      ]),
    );
  });

  it('without the heading, a column of names is no list of participants', () => {
    const names = people(cable('Distribution:')).map(([name]) => name);
    expect(names).not.toContain('Michael Ulveman');
  });

  it('the list ends at the first paragraph of prose', () => {
    const text = [
      'Participants:',
      'Ambassador James Cain',
      'Prime Minister Anders Fogh Rasmussen',
      '',
      'The Prime Minister later received Foreign Minister Carl Bildt of Sweden, who had arrived in Copenhagen from Stockholm on Friday morning for the talks.',
      'Ambassador Lene Espersen joined them.',
    ].join('\n');
    expect(draftOf(text).meetings[0]?.participants.map((p) => p.name)).not.toContain('Lene Espersen');
  });
});
