import { describe, expect, it } from 'vitest';
import type { ExtractOptions } from '../../../src/ingest/draft.js';
import { extractReadout } from '../../../src/ingest/extract.js';
import { defaultInitiatives } from '../../../src/ingest/lexicon/initiative-catalog.js';

// Classes found while tuning on blind set 48, each written as the class with its variants and, where a neighbouring
// case must not change, that case.

const base: ExtractOptions = { initiatives: defaultInitiatives, people: [] };

describe('a printed weekday that fits the date a year off, near the page date, corrects the year', () => {
  const dateOf = (printed: string, publishedAt: string | null) =>
    extractReadout(`Foreign Minister Darren Henfield met Ambassador Alejandro Garcia del Toro on ${printed}, in Nassau.`, {
      ...base,
      publishedAt,
    }).meetings[0]?.date;
  it.each([
    // The old year written in a new one.
    ['Thursday, January 28, 2020', '2021-02-02', '2021-01-28'],
    ['Friday, 3 January 2019', '2020-01-06', '2020-01-03'],
    // A page that carries the year forward too early.
    ['Sunday, 29 December 2020', '2020-01-02', '2019-12-29'],
    // The weekday fits the printed year: kept.
    ['Thursday, January 28, 2021', '2021-02-02', '2021-01-28'],
    // No page date to weigh it against: as printed.
    ['Thursday, January 28, 2020', null, '2020-01-28'],
    // The year a year off is far from the page date: as printed (a typo in the weekday is as likely).
    ['Thursday, January 28, 2020', '2021-09-02', '2020-01-28'],
  ])('%s on a page of %s → %s', (printed, publishedAt, date) => {
    expect(dateOf(printed, publishedAt)).toBe(date);
  });
});

describe('a reprint is the readout of the one it carries', () => {
  const text =
    'Prince Faisal bin Farhan bin Abdullah, Minister of Foreign Affairs, met with the Minister of Foreign Affairs of the Republic of Uzbekistan Bakhtiyor Saidov in New York yesterday.';
  const hostCountry = (publisher: string) =>
    extractReadout(text, { ...base, publisher, publishedAt: '2023-09-20' }).meetings[0]?.participants.find((p) =>
      p.name.startsWith('Prince'),
    )?.countryCode;
  it.each([
    ['Emirates News Updates (emiratesnewsupdates.com), carrying the Saudi Press Agency', 'SA'],
    ['Emirates News Updates, relaying the Ministry of Foreign Affairs of Saudi Arabia', 'SA'],
    ['Emirates News Updates (reprinting SPA)', 'SA'],
    // "citing": the outlet's own report.
    ['Emirates News Updates, citing the Saudi Press Agency', 'AE'],
    ['Emirates News Updates', 'AE'],
  ])('%s → %s', (publisher, code) => {
    expect(hostCountry(publisher)).toBe(code);
  });
});

describe('the date of what a clause prepares for is no meeting date', () => {
  const dateOf = (text: string) => extractReadout(text, base).meetings[0]?.date ?? null;
  it.each([
    'Minister Pham Binh Minh held a bilateral meeting with Russian Deputy Prime Minister Arkady Dvorkovich. They agreed to prepare for the summit to celebrate the 20th anniversary of ASEAN-Russia Dialogue Partnership in May 2016.',
    'Minister Pham Binh Minh held a bilateral meeting with Russian Deputy Prime Minister Arkady Dvorkovich. The talks were part of preparations for the visit of the Russian Prime Minister to Hanoi on 12 May 2016.',
    'Minister Pham Binh Minh held a bilateral meeting with Russian Deputy Prime Minister Arkady Dvorkovich, ahead of the intergovernmental commission session of the two countries in May 2016.',
  ])('%s', (text) => {
    expect(dateOf(text)).toBeNull();
  });

  it('keeps the date of a meeting told after the clause', () => {
    expect(
      dateOf(
        'Ahead of the ASEAN-Russia summit, Minister Pham Binh Minh met Russian Deputy Prime Minister Arkady Dvorkovich on 5 May 2016.',
      ),
    ).toBe('2016-05-05');
  });
});

describe('who attended a roundtable was at a meeting', () => {
  it.each([
    'Foreign Minister Darren Henfield attended a Ministerial Roundtable in Kingston on January 22, 2020.',
    'Foreign Minister Darren Henfield took part in the round table of Caribbean foreign ministers in Kingston on January 22, 2020.',
    'Foreign Minister Darren Henfield participated in a roundtable with his Caribbean counterparts in Kingston on January 22, 2020.',
  ])('%s', (text) => {
    const meetings = extractReadout(text, base).meetings;
    expect(meetings.map((m) => [m.date, m.participants.map((p) => p.name)])).toEqual([['2020-01-22', ['Darren Henfield']]]);
  });
});

describe('"During the talks, A and B …" adds the clause\'s subjects, not every name after them', () => {
  const namesOf = (text: string) => extractReadout(text, base).meetings.flatMap((m) => m.participants.map((p) => p.name));
  it.each([
    [
      'Secretary Michael Pompeo met Foreign Minister Darren Henfield in Kingston on 22 January 2020. During the talks, Minister Henfield conveyed the gratitude of the Bahamian people, particularly those from Abaco and Grand Bahama, for the support.',
      ['Michael Pompeo', 'Darren Henfield'],
    ],
    [
      'The Kazakh diplomat Kairat Umarov met the heads of delegations in Geneva on 3 May 2023. During the talks, Special Envoy Geir O. Pedersen and Special Representative Alexander Lavrentyev commended the progress made in Astana and Sochi.',
      ['Kairat Umarov', 'Geir O. Pedersen', 'Alexander Lavrentyev'],
    ],
  ])('%s', (text, names) => {
    expect(namesOf(text).sort((a, b) => a.localeCompare(b))).toEqual([...names].sort((a, b) => a.localeCompare(b)));
  });
});

describe('a delegation "formed by" or "composed of" its members lists who attended', () => {
  it.each([
    'Vice President Pavel Telička met with the delegation of Guatemala in Brussels on 4 May 2017. The delegation was formed by Minister of Interior Francisco Manuel Rivas Lara and Minister of Labour Aura Leticia Teleguario Sincal.',
    'Vice President Pavel Telička met with the delegation of Guatemala in Brussels on 4 May 2017. The delegation was composed of Minister of Interior Francisco Manuel Rivas Lara and Minister of Labour Aura Leticia Teleguario Sincal.',
    'Vice President Pavel Telička met with the delegation of Guatemala in Brussels on 4 May 2017. Delegation was made up of Minister of Interior Francisco Manuel Rivas Lara and Minister of Labour Aura Leticia Teleguario Sincal.',
  ])('%s', (text) => {
    const [meeting, ...more] = extractReadout(text, base).meetings;
    expect(more).toEqual([]);
    expect(meeting?.participants.map((p) => p.name).sort((a, b) => a.localeCompare(b))).toEqual([
      'Aura Leticia Teleguario Sincal',
      'Francisco Manuel Rivas Lara',
      'Pavel Telička',
    ]);
  });
});
