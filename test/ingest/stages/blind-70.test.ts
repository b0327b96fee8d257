import { describe, expect, it } from 'vitest';
import type { ExtractOptions } from '../../../src/ingest/draft.js';
import { extractReadout } from '../../../src/ingest/extract.js';
import { findDates } from '../../../src/ingest/recognize/dates.js';

// Classes found while tuning on blind set 70 (after its first run) and in new-user trial 127, each written as the
// class with its variants (texts invented in the style of the readouts) and, where a neighbouring case must not
// change, that case.

const base: ExtractOptions = { initiatives: [], people: [] };
const draftOf = (text: string, options: Partial<ExtractOptions> = {}) => extractReadout(text, { ...base, ...options });
const people = (text: string, options: Partial<ExtractOptions> = {}) =>
  draftOf(text, options).meetings.map((m) => m.participants.map((p) => ({ name: p.name, countryCode: p.countryCode })));
const names = (text: string) => draftOf(text).meetings.map((m) => m.participants.map((p) => p.name));

describe('a meeting convened or held under its name, with no "with"', () => {
  it.each([
    'convened the second U.S.-India-Japan ministerial-level trilateral dialogue on September 18, 2017 in New York',
    'held the 12th India-Japan-US trilateral dialogue on September 18, 2017 in New York',
    'held the annual strategic dialogue on September 18, 2017 in New York',
    'convened the inaugural ministerial-level meeting on September 18, 2017 in New York',
  ])('"A, B, and C %s" is one meeting of the three', (phrase) => {
    const text = `U.S. Secretary of State Rex Tillerson, Indian External Affairs Minister Sushma Swaraj, and Japanese Foreign Minister Taro Kono ${phrase}.`;
    expect(names(text)).toEqual([['Rex Tillerson', 'Sushma Swaraj', 'Taro Kono']]);
  });

  it('"have also held talks about …" is no name of a meeting: the verb after "have" is not read as one', () => {
    const text =
      'Prime Minister Roosevelt Skerrit met Commonwealth Secretary-General Patricia Scotland in Roseau on 1 May 2024. In addition, both leaders have also held talks about the priorities of small island states.';
    expect(draftOf(text).meetings.map((m) => m.kind)).toEqual(['meeting']);
  });
});

describe('a delegation headed by two people', () => {
  it.each([
    'met here Saturday morning with a U.S. presidential delegation to the closing ceremony of the Beijing Olympic Games, headed by',
    'met on Saturday with a U.S. presidential delegation, headed by',
    'received a U.S. presidential delegation headed by',
    'met with the U.S. delegation to the Olympic Games, led by',
  ])('"Premier Wen Jiabao %s Secretary of Labor A and Secretary of Health B": one meeting, both of the delegation’s country', (phrase) => {
    const text = `Chinese Premier Wen Jiabao ${phrase} Secretary of Labor Elaine L. Chao and Secretary of Health Michael O. Leavitt. Wen welcomed the delegation.`;
    expect(people(text)).toEqual([
      [
        { name: 'Wen Jiabao', countryCode: 'CN' },
        { name: 'Elaine L. Chao', countryCode: 'US' },
        { name: 'Michael O. Leavitt', countryCode: 'US' },
      ],
    ]);
  });

  it('two counterparts of two countries met in one sentence are still two meetings', () => {
    const text =
      'Chinese Premier Wen Jiabao met separately with Japanese Prime Minister Yasuo Fukuda and South Korean President Lee Myung-bak in Beijing on 8 August 2008.';
    expect(names(text)).toEqual([
      ['Wen Jiabao', 'Yasuo Fukuda'],
      ['Wen Jiabao', 'Lee Myung-bak'],
    ]);
  });
});

describe('the days of one span printed as separate dates (trial 127 F7)', () => {
  // [printed, first day, days]: one mention from the first day, never the last day alone.
  it.each([
    ['on 4 and 5 March 2024', { year: 2024, month: 3, day: 4 }, 2],
    ['between 4 and 6 March 2024', { year: 2024, month: 3, day: 4 }, 3],
    ['on March 4 and 5, 2024', { year: 2024, month: 3, day: 4 }, 2],
    ['from 4 to 6 March 2024', { year: 2024, month: 3, day: 4 }, 3],
    ['on March 4-5, 2024', { year: 2024, month: 3, day: 4 }, 2],
    ['from 30 March to 2 April 2024', { year: 2024, month: 3, day: 30 }, undefined],
    ['30 March – 2 April 2024', { year: 2024, month: 3, day: 30 }, undefined],
    ['from 28 December to 2 January 2025', { year: 2024, month: 12, day: 28 }, undefined],
  ])('"%s" is one span from its first day', (printed, first, days) => {
    const text = `The visit took place ${printed}.`;
    const mentions = findDates(text, 0, text.length);
    expect(mentions).toHaveLength(1);
    expect(mentions[0]).toMatchObject({ ...first, range: true });
    expect(mentions[0]!.rangeDays).toBe(days);
  });

  it.each(['4 and 5 March 2024', 'between 4 and 6 March 2024', 'from 30 March to 2 April 2024', 'March 4 and 5, 2024'])(
    'a meeting during a visit of %s gets no day of it, and a warning naming the days',
    (printed) => {
      const text = `Foreign Minister Anna Kowal paid an official visit to Poland ${printed}. She met President Andrzej Duda in Warsaw.`;
      const draft = draftOf(text);
      expect(draft.meetings.map((m) => m.date)).toEqual([null]);
      expect(draft.warnings.join(' ')).toContain('several days');
    },
  );

  it.each([
    ['The ministers met on 5 March 2024.', '2024-03-05'],
    ['Articles 4 and 5 were discussed when the ministers met on 5 March 2024.', '2024-03-05'],
  ])('a single day stays one day: "%s"', (sentence, date) => {
    const text = `Foreign Minister Anna Kowal met President Andrzej Duda in Warsaw. ${sentence}`;
    expect(draftOf(text).meetings.map((m) => m.date)).toEqual([date]);
  });
});

describe('a language in the publisher’s name names no country', () => {
  const text = 'Chancellor Angela Merkel spoke with Russian President Vladimir Putin on the situation in Ukraine on 5 May 2015.';
  it.each([
    'Almaghrib Today (English), reprinting AFP',
    'Almaghrib Today (English edition)',
    'Almaghrib Today – English',
    'Almaghrib Today, English',
    'Almaghrib Today (German)',
  ])('"%s" gives Merkel no country (the text names none for her; "English" had made her British)', (publisher) => {
    const merkel = people(text, { publisher })
      .flat()
      .find((p) => p.name === 'Angela Merkel');
    expect(merkel?.countryCode).toBeNull();
  });

  it('a country in brackets still names the publisher’s country', () => {
    const text2 = 'Minister Anna Kowal met Foreign Minister Jan Berg in Oslo on 3 May 2023.';
    const host = people(text2, { publisher: 'News in English (newsinenglish.no, Norway)' }).flat()[0];
    expect(host).toEqual({ name: 'Anna Kowal', countryCode: 'NO' });
  });
});

describe('a title read from a possessive', () => {
  it.each([
    ['The Omani foreign minister’s visit to Tehran comes amid rising tensions.', 'foreign minister'],
    ["The Omani foreign minister's visit to Tehran comes amid rising tensions.", 'foreign minister'],
  ])('"%s" gives the title without its "’s"', (sentence, title) => {
    const text = `TEHRAN, July 28, 2019 – Iranian Foreign Minister Mohammad Javad Zarif and his Omani counterpart, Yusuf bin Alawi bin Abdullah, discussed bilateral ties on Saturday.\n\n${sentence}`;
    const alawi = draftOf(text)
      .meetings.flatMap((m) => m.participants)
      .find((p) => p.name === 'Yusuf bin Alawi bin Abdullah');
    expect(alawi?.title).toBe(title);
  });
});

describe('homage paid to a ruler', () => {
  it.each(['paid homage to', 'also paid a courtesy homage to'])(
    '"President Issoufou %s Emir of Daura, Farouk Umar" is a meeting with the Emir',
    (phrase) => {
      const text = `President Muhammadu Buhari received President Mahamadou Issoufou of Niger in Daura on 5 May 2017. Later, President Issoufou ${phrase} Emir of Daura, Farouk Umar.`;
      expect(names(text)).toContainEqual(expect.arrayContaining(['Farouk Umar']));
    },
  );

  it('"paid homage to the victims" is no meeting', () => {
    const text =
      'President Muhammadu Buhari received President Mahamadou Issoufou of Niger in Daura on 5 May 2017. President Issoufou paid homage to the victims of the attack.';
    expect(names(text)).toEqual([['Muhammadu Buhari', 'Mahamadou Issoufou']]);
  });
});
