import { describe, expect, it } from 'vitest';
import type { ExtractOptions } from '../../../src/ingest/draft.js';
import { extractReadout } from '../../../src/ingest/extract.js';
import { defaultInitiatives } from '../../../src/ingest/lexicon/initiative-catalog.js';
import { officeOf } from '../../../src/ingest/lexicon/titles.js';

// Classes found while tuning on blind set 42, each written as the class with its variants and, where a neighbouring
// case must not change, that case.

const base: ExtractOptions = { initiatives: defaultInitiatives, people: [], publishedAt: '2022-06-01' };
const meetingsOf = (text: string, options: Partial<ExtractOptions> = {}) => extractReadout(text, { ...base, ...options }).meetings;
const names = (text: string) => meetingsOf(text).map((m) => m.participants.map((p) => p.name).sort());

describe('offices by another name', () => {
  it.each([
    ['Minister of Foreign and European Affairs', 'foreign-minister'],
    ['Minister for European and International Affairs', 'foreign-minister'],
    ['Federal Minister for European and International Affairs', 'foreign-minister'],
    ['Minister of Foreign and Commonwealth Affairs', 'foreign-minister'],
    ['Head of the Indian State', 'head-of-state'],
    ['head of the Mauritian Government', 'head-of-government'],
    ['Head of Government', 'head-of-government'],
  ])('%s', (title, office) => {
    expect(officeOf(title)).toBe(office);
  });

  it.each([['Minister of Foreign Trade and Economic Affairs'], ['Minister of European and Economic Affairs']])(
    '%s is another office',
    (title) => {
      expect(officeOf(title)).not.toBe('foreign-minister');
    },
  );

  it.each([
    [
      'head of X’s diplomacy after a paired portfolio',
      'Asselborn in Paris\n\nLuxembourg’s Minister of Foreign and European Affairs, Jean Asselborn, was received by his French counterpart, Jean-Yves Le Drian, for a bilateral meeting.\nIn this context, the head of Luxembourg’s diplomacy welcomed the close cooperation between the two countries.',
      [['Jean Asselborn', 'Jean-Yves Le Drian']],
    ],
    [
      'head of state and head of government by function',
      'Jugnauth in New Delhi\n\nPrime Minister Pravind Jugnauth had a tête-à-tête with the President of the Republic of India, Droupadi Murmu, in New Delhi yesterday.\nThe Head of the Indian State and the Head of the Mauritian Government spoke about the progress of the projects.',
      [['Droupadi Murmu', 'Pravind Jugnauth']],
    ],
  ])('%s: one person, one meeting', (_case, text, expected) => {
    expect(names(text)).toEqual(expected);
  });
});

describe('a place in a visit dated in the past is where that one was', () => {
  const text = (sentence: string) =>
    `Jugnauth in India\n\nPrime Minister Pravind Jugnauth had a tête-à-tête with the President of India, Droupadi Murmu, in New Delhi yesterday.\n${sentence}\n\nPrime Minister Pravind Jugnauth also spoke with Indian Foreign Minister Dr Jaishankar.`;
  it.each([
    ['last March', 'They spoke about the projects initiated during the President’s visit to Mauritius last March.'],
    ['last year', 'They recalled the talks in Port Louis last year.'],
    ['earlier this year', 'They recalled the President’s trip to Mauritius earlier this year.'],
  ])('%s', (_case, sentence) => {
    const meetings = meetingsOf(text(sentence));
    expect(meetings.map((m) => [m.city, m.countryCode])).toEqual([
      ['New Delhi', 'IN'],
      ['New Delhi', 'IN'],
    ]);
  });

  it('the visit at hand in the same sentence still places the meeting', () => {
    const meetings = meetingsOf(
      'Motegi in Jakarta\n\nJapanese Foreign Minister Motegi Toshimitsu held a strategic dialogue with Retno Marsudi, Minister of Foreign Affairs of Indonesia.\nMinister Retno welcomed the visit of Foreign Minister Motegi to Jakarta, and was happy to meet again after the meeting in Nagoya last November.',
    );
    expect(meetings.map((m) => m.city)).toEqual(['Jakarta']);
  });
});

describe('a post in the first person, its author named by the line that introduces it', () => {
  it.each([
    [
      'writes',
      'President Hichilema writes',
      'During a phone call with Ukrainian President Volodymyr Zelensky this evening, we noted our appreciation.',
    ],
    [
      'wrote on Facebook',
      'President Hakainde Hichilema wrote on Facebook:',
      'I held a phone call with Ukrainian President Volodymyr Zelensky this evening.',
    ],
    ['posted', 'President Hichilema posted:', 'This evening I had a phone call with Ukrainian President Volodymyr Zelensky.'],
  ])('%s', (_case, line, sentence) => {
    const [meeting] = meetingsOf(`Hichilema reaches out to Ukraine\n\n${line}\n\n${sentence}`);
    expect(meeting?.participants.map((p) => p.name.split(' ').at(-1)).sort()).toEqual(['Hichilema', 'Zelensky']);
    expect(meeting?.kind).toBe('phone_call');
  });

  it('without such a line, no one is made its author', () => {
    const [meeting] = meetingsOf(
      'Hichilema reaches out to Ukraine\n\nPresident Hichilema was in Lusaka.\n\nDuring a phone call with Ukrainian President Volodymyr Zelensky this evening, we noted our appreciation.',
    );
    expect(meeting?.participants.map((p) => p.name)).toEqual(['Volodymyr Zelensky']);
  });
});

describe('a kingdom named by its king’s style', () => {
  it('"Ambassador of the Custodian of the Two Holy Mosques" is Saudi Arabia’s', () => {
    const [meeting] = meetingsOf(
      'Talks in Pretoria\n\nSouth African Minister of International Relations Naledi Pandor received the Ambassador of the Custodian of the Two Holy Mosques, Faisal Al-Ankari, in Pretoria today.',
    );
    expect(meeting?.participants.find((p) => p.name.endsWith('Al-Ankari'))?.countryCode).toBe('SA');
  });
});

describe('"The Prime Minister stressed …", "The President said …": whose words a head of state or government spoke', () => {
  const speakerOf = (text: string, opening: string) => {
    const [meeting] = meetingsOf(text);
    const statement = meeting?.statements.find((s) => s.text.startsWith(opening));
    return meeting?.participants.find((p) => p.key === statement?.speakerKey)?.name;
  };
  it.each([
    [
      'the one participant with no office',
      'Giorgi Kvirikashvili held a meeting with Cristian Urse, the Head of the Council of Europe Office in Georgia.\nAccording to Cristian Urse, the Council of Europe welcomes Georgia’s participation.\nThe Prime Minister stressed the close cooperation with the Council of Europe.',
      'The Prime Minister stressed',
      'Giorgi Kvirikashvili',
    ],
    [
      'the participant who holds the office',
      'Prime Minister Giorgi Kvirikashvili held a meeting with Cristian Urse, the Head of the Council of Europe Office in Georgia.\nAccording to Cristian Urse, the Council of Europe welcomes Georgia’s participation.\nThe Prime Minister stressed the close cooperation with the Council of Europe.',
      'The Prime Minister stressed',
      'Giorgi Kvirikashvili',
    ],
    [
      'a head of state by the title of the office',
      'President Salome Zourabichvili received Cristian Urse, the Head of the Council of Europe Office in Georgia.\nAccording to Cristian Urse, the Council of Europe welcomes Georgia’s participation.\nThe Head of State stressed the close cooperation with the Council of Europe.',
      'The Head of State stressed',
      'Salome Zourabichvili',
    ],
  ])('%s', (_case, body, opening, speaker) => {
    expect(speakerOf(`Meeting in Tbilisi\n\n${body}`, opening)).toBe(speaker);
  });
});
