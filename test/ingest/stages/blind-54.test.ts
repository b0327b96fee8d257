import { describe, expect, it } from 'vitest';
import type { ExtractOptions } from '../../../src/ingest/draft.js';
import { extractReadout } from '../../../src/ingest/extract.js';
import { defaultInitiatives } from '../../../src/ingest/lexicon/initiative-catalog.js';
import { stagesOf } from './read.js';

// Classes found while tuning on blind set 54 (after its first run), each written as the class with its variants and,
// where a neighbouring case must not change, that case.

const base: ExtractOptions = { initiatives: defaultInitiatives, people: [] };
const participantsOf = (text: string) => extractReadout(text, base).meetings[0]?.participants ?? [];

describe('each member a delegation of a country lists is of that country', () => {
  it.each([
    'the delegation of St Kitts and Nevis including',
    'the delegation of St Kitts and Nevis, including',
    'a delegation of St Kitts and Nevis including',
  ])('%s …', (lead) => {
    const text = `Prime Minister Terrance Drew met with Prime Minister Mia Mottley of Barbados on Monday.\n\nThe meeting was attended by the delegation of Barbados which was led by PM Mia Amor Mottley and ${lead} Minister of Utility Konris Maynard, Deputy Prime Minister Geoffrey Hanley and Minister of Tourism Marsha Henderson.`;
    const countries = Object.fromEntries(participantsOf(text).map((p) => [p.name, p.countryCode]));
    expect(countries).toMatchObject({
      'Konris Maynard': 'KN',
      'Geoffrey Hanley': 'KN',
      'Marsha Henderson': 'KN',
      'Mia Amor Mottley': 'BB',
    });
  });

  it.each([
    'the delegation of St Kitts and Nevis, which was led by',
    "St Kitts and Nevis's delegation comprising",
    'the delegation of St Kitts and Nevis consisting of',
  ])('the people %s … (as the text resolves them)', (lead) => {
    const text = `The talks were held in Bridgetown. They were attended by ${lead} Minister of Utility Konris Maynard and Minister of Tourism Marsha Henderson.`;
    const countries = Object.fromEntries(stagesOf(text).entities.map((e) => [e.name, e.countryCode]));
    expect(countries).toMatchObject({ 'Konris Maynard': 'KN', 'Marsha Henderson': 'KN' });
  });

  it('not someone named after the list, in a new sentence', () => {
    const text =
      'Prime Minister Terrance Drew met with Prime Minister Mia Mottley of Barbados on Monday, with the delegation of St Kitts and Nevis including Minister Konris Maynard. Later, Foreign Minister Kerrie Symmonds briefed the press.';
    expect(participantsOf(text).find((p) => p.name === 'Kerrie Symmonds')?.countryCode ?? null).not.toBe('KN');
  });
});

describe('portfolios of ministers are no part of their names', () => {
  it.each(['Utility', 'Utilities', 'Electricity', 'Lands', 'Sport', 'Employment'])('Minister of %s Konris Maynard', (portfolio) => {
    const text = `Prime Minister Terrance Drew met with Prime Minister Mia Mottley of Barbados. The meeting was attended by Minister of ${portfolio} Konris Maynard.`;
    expect(participantsOf(text).find((p) => p.name === 'Konris Maynard')?.title).toBe(`Minister of ${portfolio}`);
  });
});

describe('an abbreviated title yields to the title written out', () => {
  it.each([
    ['PM', 'Prime Minister'],
    ['DPM', 'Deputy Prime Minister'],
    ['FM', 'Foreign Minister'],
  ])('%s, then %s', (short, spelled) => {
    const text = `${short} Drew shared that the talks were productive.\n\n${spelled} Terrance Drew met with Prime Minister Mia Mottley of Barbados on Monday.`;
    expect(participantsOf(text).find((p) => p.name === 'Terrance Drew')?.title).toBe(spelled);
  });

  it('an abbreviation printed alone stays as printed', () => {
    const text = 'PM Terrance Drew met with Prime Minister Mia Mottley of Barbados on Monday.';
    expect(participantsOf(text).find((p) => p.name === 'Terrance Drew')?.title).toBe('PM');
  });
});

describe("a delegation's possessive run on from the clause before it", () => {
  it('… led by PM Mia Amor Mottley and St Kitts and Nevis’s delegation comprising …', () => {
    const text =
      'The talks were attended by the delegation of Barbados which was led by PM Mia Amor Mottley and St Kitts and Nevis’s delegation comprising Minister of Utility Konris Maynard and Minister of Tourism Marsha Henderson.';
    const countries = Object.fromEntries(stagesOf(text).entities.map((e) => [e.name, e.countryCode]));
    expect(countries).toMatchObject({ 'Konris Maynard': 'KN', 'Marsha Henderson': 'KN' });
  });
});
