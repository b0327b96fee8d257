import { describe, expect, it } from 'vitest';
import type { ExtractOptions } from '../../../src/ingest/draft.js';
import { extractReadout } from '../../../src/ingest/extract.js';
import { defaultInitiatives } from '../../../src/ingest/lexicon/initiative-catalog.js';
import { findPeople } from '../../../src/ingest/recognize/people.js';
import { wordsOfSentence } from './read.js';

// Classes found while tuning on blind set 58 (after its first run), each written as the class with its variants and,
// where a neighbouring case must not change, that case.

const base: ExtractOptions = { initiatives: defaultInitiatives, people: [] };
const draftOf = (text: string, options: Partial<ExtractOptions> = {}) => extractReadout(text, { ...base, ...options });
const countriesOf = (sentence: string) =>
  Object.fromEntries(
    findPeople(wordsOfSentence(sentence)).flatMap((m) => (m.name ? [[sentence.slice(m.name.start, m.name.end), m.countryCode]] : [])),
  );

describe('countries listed, then their holders after a dash', () => {
  it.each([' - ', ' – ', ' — '])('"his counterparts from Montenegro and Kosovo%sNebojsa Kaludjerovic and Enver Hoxhaj"', (dash) => {
    const sentence = `Foreign Minister Nikola Poposki held bilateral talks with his counterparts from Montenegro and Kosovo${dash}Nebojsa Kaludjerovic and Enver Hoxhaj${dash.trimEnd()} and with the Secretary General.`;
    expect(countriesOf(sentence)).toMatchObject({ 'Nebojsa Kaludjerovic': 'ME', 'Enver Hoxhaj': 'XK' });
  });

  it('but a dash after each country binds its own holder', () => {
    const sentence =
      'The meeting was attended by the Foreign Ministers of the Republic of Kazakhstan – Mukhtar Tleuberdi, the Kyrgyz Republic – Ruslan Kazakbaev and Tajikistan – Sirojiddin Muhriddin.';
    expect(countriesOf(sentence)).toMatchObject({ 'Mukhtar Tleuberdi': 'KZ', 'Ruslan Kazakbaev': 'KG', 'Sirojiddin Muhriddin': 'TJ' });
  });
});

describe('someone called while new to an office', () => {
  it.each(['telephoned new', 'phoned newly elected', 'called incoming'])(
    '"Clinton %s Jamaican Prime Minister Portia Simpson Miller"',
    (phrase) => {
      const text = `Hillary Clinton Phones Jamaican Prime Minister\n\nUnited States Secretary of State Hillary Clinton ${phrase} Jamaican Prime Minister Portia Simpson Miller today to congratulate her on her election victory.`;
      const meeting = draftOf(text, { publishedAt: '2012-01-27' }).meetings[0];
      expect([meeting?.kind, meeting?.participants.map((p) => p.name).sort()]).toEqual([
        'phone_call',
        ['Hillary Clinton', 'Portia Simpson Miller'],
      ]);
    },
  );

  it('"Phones" in a headline is no part of a name', () => {
    const sentence = 'Hillary Clinton Phones Jamaican Prime Minister, Offers Assistance';
    expect(Object.keys(countriesOf(sentence))).toContain('Hillary Clinton');
  });

  it('not "called new elections"', () => {
    expect(draftOf('President Mahmoud Abbas called new elections for the spring. He said the vote was overdue.').meetings).toEqual([]);
  });
});

describe('the meeting someone held, told in a relative clause, beside other meetings of theirs', () => {
  it.each([
    'raised the concern during a bilateral meeting he held with his Czech counterpart',
    'raised the concern at a meeting that he had with his Czech counterpart',
    'raised the concern in the meeting which he conducted with his Czech counterpart',
  ])('"%s"', (clause) => {
    const text =
      `Mr Phandu Skelemani, Minister of Foreign Affairs and International Cooperation ${clause}. The meeting was held in the sidelines of the AU general assembly.\n\n` +
      'Minister Skelemani also attended a political consultative meeting between China and Africa.';
    const [meeting] = draftOf(text).meetings;
    expect(meeting?.participants.map((p) => [p.name, p.countryCode])).toEqual([
      ['Phandu Skelemani', null],
      ['Counterpart (CZ)', 'CZ'],
    ]);
  });
});

describe('a country met stands for its unnamed representative, one meeting per country', () => {
  const meetingsOf = (sentence: string) =>
    draftOf(`Foreign Minister Phandu Skelemani ${sentence}`).meetings.map((m) => m.participants.map((p) => p.countryCode ?? p.name));
  it.each([
    [
      'also had bilateral meetings with Portugal and Finland both of whom want support.',
      [
        ['Phandu Skelemani', 'PT'],
        ['Phandu Skelemani', 'FI'],
      ],
    ],
    ['met with Kosovo and discussions were focused on recognition.', [['Phandu Skelemani', 'XK']]],
    [
      'held meetings with Portugal, Finland and Kosovo on the sidelines.',
      [
        ['Phandu Skelemani', 'PT'],
        ['Phandu Skelemani', 'FI'],
        ['Phandu Skelemani', 'XK'],
      ],
    ],
  ])('"%s"', (sentence, expected) => {
    expect(meetingsOf(sentence)).toEqual(expected);
  });

  it.each([
    // A meeting sought, a heading, a country's person, its delegation: no representative of the country.
    'travelled to Muscat for talks with US, and met his Omani counterpart Badr Albusaidi.',
    'met with Russia’s Sergey Lavrov in Moscow.',
    'met with the Chinese delegation in Beijing.',
  ])('"%s"', (sentence) => {
    const names = draftOf(`Foreign Minister Phandu Skelemani ${sentence}`).meetings.flatMap((m) => m.participants.map((p) => p.name));
    expect(names.filter((name) => name.startsWith('Counterpart'))).toEqual([]);
  });

  it('a heading "Meeting with Tuvalu" makes no meeting of its own', () => {
    const text =
      'Meeting with Tuvalu\n\nForeign Minister Abdulla Khaleel met Minister Paulson Panapa of Tuvalu in New York on 24 September 2025.';
    expect(draftOf(text).meetings.map((m) => m.participants.map((p) => p.name))).toEqual([['Abdulla Khaleel', 'Paulson Panapa']]);
  });
});
