import { describe, expect, it } from 'vitest';
import type { ExtractOptions } from '../../../src/ingest/draft.js';
import { extractReadout } from '../../../src/ingest/extract.js';

// Classes found while tuning on blind set 24, after its first run (each written as the class, with its variants).

const base: ExtractOptions = { initiatives: [], people: [], publishedAt: '2025-06-11' };
const namesOf = (text: string) => extractReadout(text, base).meetings.map((m) => m.participants.map((p) => p.name).sort());

describe('a speaker tells of a meeting of their own that has happened ("said he had …")', () => {
  it.each([
    'Foreign Minister Samuel Ablakwa said he had met Burkina Faso’s Foreign Minister Karamoko Traoré in Ouagadougou.',
    'Foreign Minister Samuel Ablakwa said that he had held talks with Burkina Faso’s Foreign Minister Karamoko Traoré.',
    'Foreign Minister Samuel Ablakwa, in a post on Wednesday, said he had taken time off to hold telephone conversations with Burkina Faso’s Foreign Minister Karamoko Traoré.',
    'Foreign Minister Samuel Ablakwa disclosed that he has spoken by phone with Burkina Faso’s Foreign Minister Karamoko Traoré.',
    'Foreign Minister Samuel Ablakwa said he met Burkina Faso’s Foreign Minister Karamoko Traoré on Monday.',
  ])('%s', (text) => {
    expect(namesOf(text)).toEqual([['Karamoko Traoré', 'Samuel Ablakwa']]);
  });

  it.each([
    // meetings counted over a past period are recalled
    'Foreign Minister Samuel Ablakwa said that he had met Burkina Faso’s Foreign Minister Karamoko Traoré five times since 2023.',
    // what was hoped or planned did not happen
    'Foreign Minister Samuel Ablakwa said he had hoped to meet Burkina Faso’s Foreign Minister Karamoko Traoré.',
    'Foreign Minister Samuel Ablakwa said he would meet Burkina Faso’s Foreign Minister Karamoko Traoré.',
    'Foreign Minister Samuel Ablakwa said he will hold talks with Burkina Faso’s Foreign Minister Karamoko Traoré.',
    'Foreign Minister Samuel Ablakwa said he had never met Burkina Faso’s Foreign Minister Karamoko Traoré before.',
  ])('no meeting: %s', (text) => {
    expect(namesOf(text)).toEqual([]);
  });
});

describe('quotation marks inside a meeting phrase do not break it', () => {
  it.each([
    'Foreign Minister Samuel Ablakwa held “fruitful telephone conversations” with Foreign Minister Karamoko Traoré of Burkina Faso.',
    'Foreign Minister Samuel Ablakwa held "fruitful talks" with Foreign Minister Karamoko Traoré of Burkina Faso.',
    'Foreign Minister Samuel Ablakwa held «productive talks» with Foreign Minister Karamoko Traoré of Burkina Faso.',
  ])('%s', (text) => {
    expect(namesOf(text)).toEqual([['Karamoko Traoré', 'Samuel Ablakwa']]);
  });
});

describe('a body the lexicon does not know, named with "the" after a title, is part of the title', () => {
  const options: ExtractOptions = { initiatives: [], people: [], publishedAt: '2024-05-06' };
  it('"met the President of Estonia, Alar Karis, the President of the Riigikogu (Parliament), Lauri Hussar, and …"', () => {
    const text =
      'Latvian Foreign Minister Baiba Braže met the President of Estonia, Alar Karis, the President of the Riigikogu (Parliament), Lauri Hussar, and the Minister of Foreign Affairs, Margus Tsahkna.';
    const people = extractReadout(text, options).meetings.flatMap((m) => m.participants.map((p) => [p.name, p.title]));
    expect(people).toEqual(
      expect.arrayContaining([
        ['Alar Karis', 'President'],
        ['Lauri Hussar', 'President of the Riigikogu (Parliament)'],
        ['Margus Tsahkna', 'Minister of Foreign Affairs'],
      ]),
    );
    expect(people.map(([name]) => name)).not.toContain('Riigikogu');
  });

  it.each([
    ['Speaker of the Seimas', 'Vydas Gedvilas'],
    ['Speaker of the Storting', 'Masud Gharahkhani'],
    ['Chairman of the Jatiya Sangsad', 'Shirin Chaudhury'],
  ])('"the %s, %s, received …"', (title, name) => {
    const text = `The ${title}, ${name}, received German Foreign Minister Annalena Baerbock on 6 May 2024.`;
    const people = extractReadout(text, options).meetings.flatMap((m) => m.participants.map((p) => [p.name, p.title]));
    expect(people).toContainEqual([name, title]);
  });
});
