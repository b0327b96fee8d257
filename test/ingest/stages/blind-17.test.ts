import { describe, expect, it } from 'vitest';
import type { ExtractOptions } from '../../../src/ingest/draft.js';
import { extractReadout } from '../../../src/ingest/extract.js';
import { findPeople } from '../../../src/ingest/recognize/people.js';
import { nameOf, stagesOf, wordsOfSentence } from './read.js';

// The classes of miss blind set 17 showed on its first run (EVALUATION.md), each with the sentences of its kind that
// the stage must read right; the fixtures themselves are scored in readout-fixtures.test.ts (which also holds every
// span of every draft equal to its slice of the text: one group title was not, on this set's first run).

const base: ExtractOptions = { initiatives: [], people: [] };
const meetingsOf = (text: string) => extractReadout(text, base).meetings;
const peopleOf = (meeting: { participants: { name: string; countryCode: string | null }[] } | undefined) =>
  meeting?.participants.map((p) => [p.name, p.countryCode]) ?? [];
const lead = (body: string) => `Foreign Minister meets counterpart\n\n${body}`;

describe('titles', () => {
  it.each([
    [
      'HE Minister of State for International Cooperation at the Ministry of Foreign Affairs Lolwah Al Khater met.',
      'Lolwah Al Khater',
      'Minister of State for International Cooperation at the Ministry of Foreign Affairs',
    ],
    [
      'He met HE Minister of Health and Population of the Arab Republic of Egypt Dr. Khaled Abdel Ghaffar.',
      'Khaled Abdel Ghaffar',
      'Minister of Health and Population',
    ],
  ])('reads the whole office of "%s"', (sentence, name, title) => {
    const mention = findPeople(wordsOfSentence(sentence)).find((m) => m.name && sentence.slice(m.name.start, m.name.end) === name);
    expect(mention?.title && sentence.slice(mention.title.start, mention.title.end)).toBe(title);
  });
});

describe('a letter handed over in person', () => {
  it.each([
    'The message was handed over by Kuwaiti Foreign Minister Abdullah Al-Yahya to UK Deputy Prime Minister Angela Rayner on Wednesday.',
    'Kuwaiti Foreign Minister Abdullah Al-Yahya handed over a letter from the Amir to UK Deputy Prime Minister Angela Rayner on Wednesday.',
  ])('is a meeting of who handed it and who received it: "%s"', (sentence) => {
    const meetings = meetingsOf(lead(sentence));
    expect(meetings).toHaveLength(1);
    expect(peopleOf(meetings[0]).sort()).toEqual([
      ['Abdullah Al-Yahya', 'KW'],
      ['Angela Rayner', 'GB'],
    ]);
  });
});

describe('a group that met someone, named in the sentence after', () => {
  const text = lead(
    'The visiting Foreign Ministers called on Foreign Minister Ali Sabry at the Foreign Ministry in Colombo. These included Dr. A.K. Abdul Momen from Bangladesh, Jai Bir Rai from Bhutan, and Hina Rabbani Khar from Pakistan.',
  );

  it('gives each name the country printed after it, not the one before', () => {
    const people = stagesOf(text).entities.filter((e) => e.name !== null);
    expect(people.map((e) => [nameOf(e), e.countryCode])).toEqual(
      expect.arrayContaining([
        ['A.K. Abdul Momen', 'BD'],
        ['Jai Bir Rai', 'BT'],
        ['Hina Rabbani Khar', 'PK'],
      ]),
    );
  });

  it('reads one meeting of each with the person they called on', () => {
    expect(meetingsOf(text).map((m) => m.participants.map((p) => p.name))).toEqual([
      ['Ali Sabry', 'A.K. Abdul Momen'],
      ['Ali Sabry', 'Jai Bir Rai'],
      ['Ali Sabry', 'Hina Rabbani Khar'],
    ]);
  });
});

describe('people named in other ways', () => {
  it('reads "Minister IWAYA", a surname in capitals after a title, as the person named in full before', () => {
    const text = lead(
      'On August 22, Mr. IWAYA Takeshi, Minister for Foreign Affairs of Japan, held a meeting with Hon. Mr. Samuel Okudzeto ABLAKWA, Minister for Foreign Affairs of the Republic of Ghana. At the outset, Minister IWAYA expressed his condolences.',
    );
    const iwaya = stagesOf(text).entities.find((e) => e.name === 'IWAYA Takeshi');
    expect(iwaya?.mentions).toHaveLength(2);
  });

  it('takes a surname that twice does what officials do for the minister the readout introduced by title', () => {
    const text = lead(
      "Ethiopia's Minister of Foreign Affairs held a phone conversation with his Estonian counterpart Urmas Reinsalu. Gedu extended his congratulations to Estonia. Gedu also briefed Reinsalu on the Grand Ethiopian Renaissance Dam.",
    );
    expect(peopleOf(meetingsOf(text)[0])).toEqual([
      ['Gedu', 'ET'],
      ['Urmas Reinsalu', 'EE'],
    ]);
  });
});

describe('the day "today" is', () => {
  it('is the date the page prints for the article, before the later publication date given with it', () => {
    const text =
      'Directors of Chile and Colombia meet\n\nTuesday, June 19, 2018\n\nToday a working meeting took place between Chilean Director Patricio Latapiat and Colombian Director Patricia Cortés.';
    const [meeting] = extractReadout(text, { ...base, publishedAt: '2018-07-13' }).meetings;
    expect(meeting?.date).toBe('2018-06-19');
  });
});
