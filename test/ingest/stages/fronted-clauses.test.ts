import { describe, expect, it } from 'vitest';
import type { ExtractOptions } from '../../../src/ingest/draft.js';
import { extractReadout } from '../../../src/ingest/extract.js';
import { defaultInitiatives } from '../../../src/ingest/lexicon/initiative-catalog.js';

// Classes found on blind set 41's leftovers before blind set 42 first ran: the subject of a clause put in front of
// the main one, and a demonym over "A and B" of two offices.

const base: ExtractOptions = { initiatives: defaultInitiatives, people: [], publishedAt: '2022-07-06' };
const meetingsOf = (text: string) => extractReadout(text, base).meetings;
const names = (text: string) => meetingsOf(text).map((m) => m.participants.map((p) => p.name).sort());

describe('"he" or "she" after a clause put in front is the subject, not the people named in that clause', () => {
  const lead = 'Minister of Foreign Affairs Tanja Fajon paid her first visit to neighbouring Croatia.';
  it.each([
    [
      'as well as',
      'As well as spending time with her host, Croatian Minister of Foreign and European Affairs Gordan Grlić Radman, she also met with Croatian President Zoran Milanović.',
    ],
    [
      'after',
      'After talks with Croatian Minister of Foreign and European Affairs Gordan Grlić Radman, she met with Croatian President Zoran Milanović.',
    ],
    [
      'following',
      'Following a working lunch hosted by Croatian Minister of Foreign and European Affairs Gordan Grlić Radman, she then met with Croatian President Zoran Milanović.',
    ],
    [
      'during',
      'During her stay, which began with a welcome by Croatian Minister of Foreign and European Affairs Gordan Grlić Radman, she met with Croatian President Zoran Milanović.',
    ],
  ])('%s', (_case, sentence) => {
    expect(names(`Fajon in Zagreb\n\n${lead}\n\n${sentence}`)).toContainEqual(['Tanja Fajon', 'Zoran Milanović']);
    expect(names(`Fajon in Zagreb\n\n${lead}\n\n${sentence}`)).not.toContainEqual(['Gordan Grlić Radman', 'Zoran Milanović']);
  });

  it('a pronoun after ", and" goes on from the clause before it', () => {
    const text =
      'Lao leader visits Cambodia\n\nPrime Minister Hun Sen held talks with Lao President Bounnhang Vorachith at the Peace Palace.\n\nThis morning, Lao President Bounnhang Vorachith was granted a royal audience by His Majesty the King, and this afternoon, he met with Cambodian Foreign Minister Prak Sokhonn.';
    expect(names(text)).toContainEqual(['Bounnhang Vorachith', 'Prak Sokhonn']);
  });
});

describe('a demonym before the first title of "A and B" of two offices gives B the country too', () => {
  const countryOf = (text: string, name: string) =>
    meetingsOf(text)
      .flatMap((m) => m.participants)
      .find((p) => p.name === name)?.countryCode;
  it.each([
    ['President and Prime Minister', 'Croatian President Zoran Milanović and Prime Minister Andrej Plenković', 'Andrej Plenković', 'HR'],
    ['President and Foreign Minister', 'Indonesian President Joko Widodo and Foreign Minister Retno Marsudi', 'Retno Marsudi', 'ID'],
    ['with "the"', 'Maldivian President Abdulla Yameen and the Foreign Minister Dunya Maumoon', 'Dunya Maumoon', 'MV'],
  ])('%s', (_case, list, name, country) => {
    const text = `Visit\n\nIndia's Foreign Secretary S Jaishankar met ${list} yesterday in the capital.`;
    expect(countryOf(text, name)).toBe(country);
  });

  it('two holders of one office are of two sides', () => {
    const text =
      'Visit\n\nCroatian Foreign Minister Gordan Grlić Radman and Foreign Minister Tanja Fajon of Slovenia held talks in Zagreb yesterday.';
    expect(countryOf(text, 'Tanja Fajon')).toBe('SI');
  });
});
