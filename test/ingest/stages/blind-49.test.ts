import { describe, expect, it } from 'vitest';
import type { ExtractOptions } from '../../../src/ingest/draft.js';
import { extractReadout } from '../../../src/ingest/extract.js';
import { defaultInitiatives } from '../../../src/ingest/lexicon/initiative-catalog.js';

// Classes found while tuning on blind set 49, each written as the class with its variants and, where a neighbouring
// case must not change, that case.

const base: ExtractOptions = { initiatives: defaultInitiatives, people: [] };

describe('a year the text recalls does not date a day printed without one', () => {
  const dateOf = (text: string) => extractReadout(text, base).meetings[0]?.date ?? null;
  it.each([
    'Minister Mangala Samaraweera held bilateral talks with Minister of External Affairs Sushma Swaraj on Sunday (18/01). This would be the first State Visit after the State Visit by former Prime Minister Rajiv Gandhi in 1987.',
    'Minister Mangala Samaraweera held bilateral talks with Minister of External Affairs Sushma Swaraj on Sunday (18/01). The two countries have been partners since 1987.',
    'Minister Mangala Samaraweera held bilateral talks with Minister of External Affairs Sushma Swaraj on Sunday (18/01). The Joint Commission was established in 1987.',
  ])('%s', (text) => {
    expect(dateOf(text)).toBeNull();
  });

  it('still takes the year of an edition the page prints', () => {
    expect(
      dateOf(
        'Minister Mangala Samaraweera held talks with Minister Sushma Swaraj on Sunday (18/01) at the 2015 edition of the Raisina Dialogue.',
      ),
    ).toBe('2015-01-18');
  });
});

describe('a date after "scheduled to …, " is what is scheduled', () => {
  it.each([
    'Foreign Minister Ali Mohamed Omar held discussions with Foreign Minister January Makamba in Kampala. The summit, scheduled to commence tomorrow, January 19, will address global issues.',
    'Foreign Minister Ali Mohamed Omar held discussions with Foreign Minister January Makamba in Kampala. The summit, planned to open, on January 19, will address global issues.',
  ])('%s', (text) => {
    expect(extractReadout(text, { ...base, publishedAt: '2024-01-18' }).meetings[0]?.date ?? null).not.toBe('2024-01-19');
  });
});

describe('"an audience (or encounter) of A with B" is a meeting of the two', () => {
  it.each([
    "The issue was on the table during an audience of Foreign Minister, Tete António, with Portugal's Secretary of State, Francisco André, in Luanda on 6 May 2022.",
    "The issue was raised during the encounter of Foreign Minister Tete António with Portugal's Secretary of State Francisco André in Luanda on 6 May 2022.",
  ])('%s', (text) => {
    const meetings = extractReadout(text, base).meetings;
    expect(meetings.map((m) => m.participants.map((p) => p.name).sort((a, b) => a.localeCompare(b)))).toEqual([
      ['Francisco André', 'Tete António'],
    ]);
  });
});

describe('"the British Minister" is the British participant whose double office has a minister\'s part', () => {
  it.each([
    'Secretary of State for Foreign Affairs, Unions and Development of the United Kingdom',
    'Secretary of State for Foreign, Commonwealth and Development Affairs of the United Kingdom',
    'Secretary of State for Foreign Affairs of the United Kingdom',
  ])('%s', (title) => {
    const [meeting] = extractReadout(
      `Azerbaijani Foreign Minister Jeyhun Bayramov had a telephone conversation with David Lammy, ${title}. The British Minister conveyed his congratulations on Independence Day.`,
      base,
    ).meetings;
    expect(meeting?.participants.map((p) => p.name)).toEqual(['Jeyhun Bayramov', 'David Lammy']);
    const speaker = meeting?.statements.find((s) => s.kind !== 'narrative')?.speakerKey;
    expect(meeting?.participants.find((p) => p.key === speaker)?.name).toBe('David Lammy');
  });
});

describe('"granted (three separate) audiences to" a group named in the next sentence: one meeting with each', () => {
  it.each([
    'granted three separate audiences to the two Ambassadors and a delegation',
    'granted separate audiences to two ambassadors and a delegation',
    'granted audiences to the visitors',
  ])('%s', (phrase) => {
    const meetings = extractReadout(
      `External Relations Minister Lejeune Mbella Mbella on Friday November 9, 2018 ${phrase}. They were Ambassador Wang Yingwu of China, Ambassador Ramon Maria Moreno Gonzalez of Spain and Mme Diana Grève.`,
      base,
    ).meetings;
    expect(meetings.map((m) => m.participants.map((p) => p.name).sort((a, b) => a.localeCompare(b)))).toEqual([
      ['Lejeune Mbella Mbella', 'Wang Yingwu'],
      ['Lejeune Mbella Mbella', 'Ramon Maria Moreno Gonzalez'],
      ['Diana Grève', 'Lejeune Mbella Mbella'],
    ]);
    expect(meetings.every((m) => m.date === '2018-11-09')).toBe(true);
  });
});

describe('a date with the Portuguese or Spanish "de" between month and year', () => {
  it.each([
    [
      'Luanda • Friday, 06 May de 2022 | 18h20\n\nLuanda - Foreign Minister Tete António met Secretary of State Francisco André on Friday.',
      '2022-05-06',
    ],
    ['Foreign Minister Tete António met Secretary of State Francisco André on 06 May de 2022.', '2022-05-06'],
    ['Foreign Minister Tete António met Secretary of State Francisco André on 12 October de 2021 in Luanda.', '2021-10-12'],
  ])('%s → %s', (text, date) => {
    expect(extractReadout(text, base).meetings[0]?.date).toBe(date);
  });
});

describe('"He …" before anyone has spoken in the paragraph is the previous sentence\'s subject', () => {
  const speakerOf = (text: string) => {
    const [meeting] = extractReadout(text, base).meetings;
    const statement = meeting?.statements.find((s) => s.text.startsWith('He '));
    return meeting?.participants.find((p) => p.key === statement?.speakerKey)?.name;
  };
  it.each([
    [
      'External Relations Minister Lejeune Mbella Mbella granted audiences to two Ambassadors on Friday November 9, 2018. They were Ambassador Wang Yingwu of China and Ambassador Ramon Maria Moreno Gonzalez of Spain.\n\nAmbassador Wang Yingwu of the Peoples’ Republic of China transmitted a message from H.E Wang Yi, State Adviser and Minister of Foreign Affairs for China to the government of Cameroon through the Minister of External Relations. He noted that they also discussed on bilateral relations between Cameroon and China.',
      'Wang Yingwu',
    ],
    [
      'External Relations Minister Lejeune Mbella Mbella received Ambassador Wang Yingwu of China on 9 November 2018.\n\nThe Minister Lejeune Mbella Mbella welcomed the ambassador to Yaoundé and recalled the support of China. He noted that relations were excellent.',
      'Lejeune Mbella Mbella',
    ],
  ])('%s', (text, name) => {
    expect(speakerOf(text)).toBe(name);
  });

  it('keeps the last speaker of the paragraph', () => {
    expect(
      speakerOf(
        'External Relations Minister Lejeune Mbella Mbella received Ambassador Wang Yingwu of China on 9 November 2018.\n\nMinister Mbella Mbella said relations were excellent. Ambassador Wang Yingwu was accompanied by two advisers. He noted that cooperation would grow.',
      ),
    ).toBe('Lejeune Mbella Mbella');
  });
});
