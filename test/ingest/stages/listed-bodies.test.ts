import { describe, expect, it } from 'vitest';
import type { ExtractOptions } from '../../../src/ingest/draft.js';
import { extractReadout } from '../../../src/ingest/extract.js';
import { readText } from './read.js';

// People listed with the body each is of ("Chairman Wu Bangguo of the National People's Congress and Premier Wen
// Jiabao met …"): the body is no person, no title, and does not end the list.

const base: ExtractOptions = { initiatives: [], people: [] };
const namesOf = (text: string) => extractReadout(text, base).meetings.map((m) => m.participants.map((p) => p.name).sort());

describe('a list of people, each with the body they are of', () => {
  it.each([
    ["Chairman Wu Bangguo of the National People's Congress", 'Wu Bangguo'],
    ["Chairman Li Zhanshu of the Standing Committee of the National People's Congress", 'Li Zhanshu'],
    ['Speaker Ivan Gasparovic of the National Council', 'Ivan Gasparovic'],
    ['President Fausto Bertinotti of the Chamber of Deputies', 'Fausto Bertinotti'],
  ])('"%s" between two others', (listed, name) => {
    const text = `BEIJING, March 3, 2009 -- Chinese President Hu Jintao, ${listed} and Premier Wen Jiabao met with visiting Russian Foreign Minister Sergei Lavrov on Tuesday.`;
    expect(namesOf(text)).toEqual([['Hu Jintao', name, 'Sergei Lavrov', 'Wen Jiabao'].sort()]);
  });

  it('an office named after a body ("the Minister of Land Transport and Light Rail, …") is no list', () => {
    const text =
      'Prime Minister Pravind Kumar Jugnauth received South African Minister Naledi Pandor in Port Louis on 3 May 2023. ' +
      'The delegation also had a working session with the Minister of Land Transport and Light Rail, Minister of Foreign Affairs, Mr Alan Ganoo.';
    expect(namesOf(text).flat()).not.toContain('Light Rail');
  });
});

describe('"People" and "Chamber" are words of bodies, never of a name', () => {
  const mentionsOf = (text: string) =>
    readText(text).sentences.flatMap((s) =>
      s.people.map((m) => ({
        name: m.name && text.slice(m.name.start, m.name.end),
        title: m.title && text.slice(m.title.start, m.title.end),
      })),
    );
  it.each([
    [
      "Chairman Wu Bangguo of the National People's Congress and Premier Wen Jiabao attended.",
      [
        { name: 'Wu Bangguo', title: 'Chairman' },
        { name: 'Wen Jiabao', title: 'Premier' },
      ],
    ],
    ['He met the President of the Italian Chamber of Deputies.', [{ name: null, title: 'President' }]],
  ])('%s', (text, expected) => {
    expect(mentionsOf(text)).toEqual(expected);
  });
});

describe('two subjects each named with a title, a comma between them, are two people', () => {
  it('"President Hu Jintao, Chairman Wu Bangguo of the Standing Committee … met with the Prime Minister"', () => {
    const text =
      'Sir Michael Somare, Prime Minister of Papua New Guinea, made an official visit to China.\n\n' +
      "In Beijing, President Hu Jintao, Chairman Wu Bangguo of the Standing Committee of the National People's Congress met with the Prime Minister.";
    expect(namesOf(text)).toEqual([['Hu Jintao', 'Michael Somare', 'Wu Bangguo']]);
  });

  it("after the phrase, a titled name and the next clause's titled subject stay apart", () => {
    const text =
      'During the meeting with Indonesian Foreign Minister Retno Marsudi, Foreign Minister Cho Tae-yul requested support for the partnership on 26 July 2024.';
    expect(namesOf(text)).toEqual([['Cho Tae-yul', 'Retno Marsudi']]);
  });
});
