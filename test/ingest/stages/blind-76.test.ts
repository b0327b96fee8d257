import { describe, expect, it } from 'vitest';
import type { ExtractOptions } from '../../../src/ingest/draft.js';
import { extractReadout } from '../../../src/ingest/extract.js';

// Classes from blind set 76's first run (test/fixtures/readouts/blind-76), each with its variants and the neighbouring
// cases that must not change. The texts are written for the class, not copied from the set.

const base: ExtractOptions = { initiatives: [], people: [] };
const draftOf = (text: string, options: Partial<ExtractOptions> = {}) => extractReadout(text, { ...base, ...options });
const speakerOf = (text: string, sentence: string): string | null => {
  const meeting = draftOf(text).meetings[0];
  const statement = meeting?.statements.find((s) => s.text.startsWith(sentence.slice(0, 24)));
  if (!statement || statement.kind === 'narrative') return null;
  return statement.speakerKey === null ? 'joint' : (meeting?.participants.find((p) => p.key === statement.speakerKey)?.name ?? null);
};

describe('a clause that a conjunction opens has its own subject ("… when Akufo-Addo visited Osinbajo")', () => {
  it.each([
    'Mr Laolu Akande quoted the two leaders as making the pledge when President Nana Akufo-Addo visited Acting President Yemi Osinbajo in Abuja on Sunday.',
    'Mr Laolu Akande reported the pledge made after President Nana Akufo-Addo visited Acting President Yemi Osinbajo in Abuja on Sunday.',
    'Mr Laolu Akande watched the leaders embrace as President Nana Akufo-Addo visited Acting President Yemi Osinbajo in Abuja on Sunday.',
  ])('%s', (text) => {
    const meeting = draftOf(text).meetings[0];
    expect(meeting?.participants.map((p) => p.name)).toEqual(['Nana Akufo-Addo', 'Yemi Osinbajo']);
  });

  it('a clause closed by a comma before the phrase is no subject of it', () => {
    const text =
      'When the delegation of Ghana arrived in Abuja on Sunday, Acting President Yemi Osinbajo received President Nana Akufo-Addo at the Villa.';
    expect(draftOf(text).meetings[0]?.participants.map((p) => p.name)).toEqual(['Yemi Osinbajo', 'Nana Akufo-Addo']);
  });
});

describe('who is quoted, and who tells of the meeting', () => {
  const lead =
    'Acting President Yemi Osinbajo received President Nana Akufo-Addo of Ghana in Abuja on Sunday.\n\nThe Senior Special Assistant to the Acting President on Media and Publicity, Mr. Laolu Akande, disclosed this in a statement.\n\n';
  it.each([
    ['“We are excited about the sub-region,” he quoted Osinbajo as saying during the visit.', 'Yemi Osinbajo'],
    ['The statement quoted Akufo-Addo as saying that Ghana values the ties.', 'Nana Akufo-Addo'],
  ])('%s', (sentence, speaker) => {
    expect(speakerOf(lead + sentence, sentence)).toBe(speaker);
  });

  it('one who discloses the meeting in a statement is not at it', () => {
    expect(draftOf(lead).meetings[0]?.participants.map((p) => p.name)).toEqual(['Yemi Osinbajo', 'Nana Akufo-Addo']);
  });
});

describe('the foreign ministers of two countries, then "Minister A" and "Minister B" in that order', () => {
  it.each([
    'Earlier today the foreign ministers of Belize and Guatemala met at the OAS office on the border. Minister Elrington updated Minister Jovel on the referendum.',
    'The foreign ministers of Belize and Guatemala met at the OAS office on the border today. Minister Elrington and Minister Jovel took stock of the process.',
  ])('%s', (text) => {
    const meeting = draftOf(text, { publisher: 'Government of Belize' }).meetings[0];
    expect(meeting?.participants.map((p) => [p.name, p.title, p.countryCode])).toEqual([
      ['Elrington', 'Minister', 'BZ'],
      ['Jovel', 'Minister', 'GT'],
    ]);
  });

  it('names of another office are not the group’s', () => {
    const text =
      'The foreign ministers of Belize and Guatemala met at the OAS office on the border today. Minister of Health Pablo Marin and Minister of Trade Mario Ruiz also attended.';
    const people = draftOf(text).meetings[0]?.participants.map((p) => [p.name, p.title]) ?? [];
    expect(people).toContainEqual(['Pablo Marin', 'Minister of Health']);
    expect(people.filter(([name]) => /^Foreign minister \((?:BZ|GT)\)$/.test(name ?? ''))).toHaveLength(2);
  });
});

describe('"who is hosting" is a reception, its antecedent wherever it stands', () => {
  it.each([
    'That was the assertion of Jamaica’s Prime Minister Andrew Holness, who is hosting his Trinidadian counterpart, Dr. Keith Rowley, on an official visit.',
    'Jamaica’s Prime Minister Andrew Holness, who is hosting his Trinidadian counterpart, Dr. Keith Rowley, on an official visit, said the talks went well.',
    'Jamaica’s Prime Minister Andrew Holness is hosting his Trinidadian counterpart, Dr. Keith Rowley, on an official visit.',
  ])('%s', (text) => {
    expect(draftOf(text).meetings[0]?.participants.map((p) => [p.name, p.role])).toEqual([
      ['Andrew Holness', 'host'],
      ['Keith Rowley', 'guest'],
    ]);
  });
});
