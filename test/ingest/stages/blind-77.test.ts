import { describe, expect, it } from 'vitest';
import type { ExtractOptions } from '../../../src/ingest/draft.js';
import { extractReadout } from '../../../src/ingest/extract.js';
import { findPeople } from '../../../src/ingest/recognize/people.js';
import { wordsOfSentence } from './read.js';

// Classes from blind set 77's first run (test/fixtures/readouts/blind-77) and new-user trial 132, each with its
// variants and the neighbouring cases that must not change. The texts are written for the class, not copied from a set.

const base: ExtractOptions = { initiatives: [], people: [] };
const draftOf = (text: string) => extractReadout(text, base);
const named = (sentence: string) =>
  findPeople(wordsOfSentence(sentence))
    .filter((m) => m.name !== null)
    .map((m) => ({
      name: sentence.slice(m.name!.start, m.name!.end),
      title: m.title ? sentence.slice(m.title.start, m.title.end) : null,
      countryCode: m.countryCode,
    }));

describe('a list of "Office of Country, His Excellency Name" items', () => {
  it.each([
    [
      'Thus, Ambassador of Indonesia, His Excellency Meidyatama Suryodiningrat and Ambassador of Ireland, His Excellency Brendan Ward were accredited.',
      [
        { name: 'Meidyatama Suryodiningrat', title: 'Ambassador', countryCode: 'ID' },
        { name: 'Brendan Ward', title: 'Ambassador', countryCode: 'IE' },
      ],
    ],
    [
      'Ambassador of Denmark, H.E. Søren Jensen, Ambassador of Indonesia, H.E. Meidyatama Suryodiningrat and Ambassador of Ireland, H.E. Brendan Ward presented their credentials.',
      [
        { name: 'Søren Jensen', title: 'Ambassador', countryCode: 'DK' },
        { name: 'Meidyatama Suryodiningrat', title: 'Ambassador', countryCode: 'ID' },
        { name: 'Brendan Ward', title: 'Ambassador', countryCode: 'IE' },
      ],
    ],
    // A Turkic patronymic inside the name.
    [
      'Ambassador of Azerbaijan, His Excellency Ulvi Vagif oglu Bakhshaliyev, was accredited.',
      [{ name: 'Ulvi Vagif oglu Bakhshaliyev', title: 'Ambassador', countryCode: 'AZ' }],
    ],
  ])('%s', (sentence, people) => {
    expect(named(sentence)).toEqual(people);
  });

  it('a title before a comma is still no holder of a name a verb follows ("In a meeting with the ambassador, Mottaki criticized")', () => {
    expect(named('In a meeting with the Australian ambassador, Manouchehr Mottaki criticized the decision.')).toEqual([
      { name: 'Manouchehr Mottaki', title: null, countryCode: null },
    ]);
  });
});

describe('envoys accredited at one ceremony', () => {
  const lead = 'Chisinau, 23 January 2024 - President Maia Sandu today received the accreditation letters of three new ambassadors.\n\n';
  it.each([
    'Thus, Ambassador of Denmark, His Excellency Søren Jensen, Ambassador of Indonesia, His Excellency Meidyatama Suryodiningrat and Ambassador of Ireland, His Excellency Brendan Ward were accredited.',
    'The ambassadors who presented their credentials are Ambassador Søren Jensen of Denmark, Ambassador Meidyatama Suryodiningrat of Indonesia and Ambassador Brendan Ward of Ireland.',
  ])('are one meeting of the head of state with each of them, of kind meeting: %s', (list) => {
    const { meetings } = draftOf(`${lead}${list}`);
    expect(meetings).toHaveLength(1);
    expect(meetings[0]?.kind).toBe('meeting');
    expect(meetings[0]?.participants.map((p) => [p.name, p.countryCode, p.role])).toEqual([
      ['Maia Sandu', 'MD', 'host'],
      ['Søren Jensen', 'DK', 'guest'],
      ['Meidyatama Suryodiningrat', 'ID', 'guest'],
      ['Brendan Ward', 'IE', 'guest'],
    ]);
  });

  it('at separate ceremonies, one meeting each', () => {
    const text =
      'Chisinau, 23 January 2024 - President Maia Sandu today received at separate ceremonies the accreditation letters of three new ambassadors.\n\nThus, Ambassador of Denmark, His Excellency Søren Jensen, Ambassador of Indonesia, His Excellency Meidyatama Suryodiningrat and Ambassador of Ireland, His Excellency Brendan Ward were accredited.';
    expect(draftOf(text).meetings.map((m) => m.participants.map((p) => p.name))).toEqual([
      ['Maia Sandu', 'Søren Jensen'],
      ['Maia Sandu', 'Meidyatama Suryodiningrat'],
      ['Maia Sandu', 'Brendan Ward'],
    ]);
  });

  it('a conference of three countries’ ministers stays multilateral', () => {
    const text =
      'The foreign ministers of Azerbaijan, Georgia and Turkey, Elmar Mammadyarov, Mikheil Janelidze and Mevlut Cavusoglu, met in Tbilisi on 19 February 2016.';
    expect(draftOf(text).meetings[0]?.kind).toBe('multilateral');
  });
});

describe('two names in full as the subject of a meeting verb (new-user trial 132)', () => {
  it.each([
    ['Vladimir Putin and Barack Obama met in Moscow on 25 June 2015.', ['Vladimir Putin', 'Barack Obama']],
    ['Angela Merkel and Emmanuel Macron held talks in Berlin on 25 June 2018.', ['Angela Merkel', 'Emmanuel Macron']],
    ['Vladimir Putin and Barack Obama spoke by telephone on 25 June 2015.', ['Vladimir Putin', 'Barack Obama']],
  ])('%s', (text, people) => {
    expect(draftOf(text).meetings[0]?.participants.map((p) => p.name)).toEqual(people);
  });

  it('names that only did something else meet nobody', () => {
    expect(draftOf('Vladimir Putin and Barack Obama signed the letter on 25 June 2015.').meetings).toEqual([]);
  });
});

describe('others made to meet later are no meeting held (new-user trial 132 F1)', () => {
  const lead = 'Russian President Vladimir Putin and U.S. President Barack Obama spoke by telephone on 25 June 2015.\n\n';
  it.each([
    'The Kremlin said the two men agreed to have Russian Foreign Minister Sergei Lavrov and U.S. Secretary of State John Kerry meet to review the issue.',
    'They decided to let Russian Foreign Minister Sergei Lavrov and U.S. Secretary of State John Kerry meet in Geneva.',
    'The presidents will have Russian Foreign Minister Sergei Lavrov and U.S. Secretary of State John Kerry meet next week.',
  ])('%s', (sentence) => {
    const { meetings } = draftOf(`${lead}${sentence}`);
    expect(meetings.map((m) => m.participants.map((p) => p.name))).toEqual([['Vladimir Putin', 'Barack Obama']]);
  });

  it('a meeting the ministers held is still one', () => {
    const sentence = 'Russian Foreign Minister Sergei Lavrov and U.S. Secretary of State John Kerry met in Geneva on 26 June 2015.';
    expect(draftOf(`${lead}${sentence}`).meetings).toHaveLength(2);
  });
});

describe('meetings a sentence says were held bilaterally', () => {
  it.each([
    'Foreign Minister Fayssal Mikdad met bilaterally on Tuesday with Sameh Shoukry, Minister of Foreign Affairs of Egypt, and Ayman Safadi, Jordan’s Deputy Prime Minister, in addition to Saudi Foreign Minister, Faisal bin Farhan.',
    'Mikdad discusses with Egyptian, Jordanian and Saudi counterparts\n\nForeign Minister Fayssal Mikdad met bilaterally on Tuesday with Sameh Shoukry, Minister of Foreign Affairs of Egypt, and Ayman Safadi, Jordan’s Deputy Prime Minister, in addition to Saudi Foreign Minister, Faisal bin Farhan.',
    'Foreign Minister Fayssal Mikdad held bilaterals with Sameh Shoukry, Minister of Foreign Affairs of Egypt, Ayman Safadi, Jordan’s Deputy Prime Minister, and Saudi Foreign Minister Faisal bin Farhan on 1 May 2023.',
  ])('are one meeting each, also under a headline that names them together: %s', (text) => {
    expect(draftOf(text).meetings.map((m) => m.participants.map((p) => p.name))).toEqual([
      ['Fayssal Mikdad', 'Sameh Shoukry'],
      ['Fayssal Mikdad', 'Ayman Safadi'],
      ['Fayssal Mikdad', 'Faisal bin Farhan'],
    ]);
  });

  it('a table of three they met at together stays one', () => {
    const text =
      'Foreign Minister Fayssal Mikdad met on Tuesday with Sameh Shoukry, Minister of Foreign Affairs of Egypt, and Ayman Safadi, Jordan’s Deputy Prime Minister, in a trilateral meeting.';
    expect(draftOf(text).meetings).toHaveLength(1);
  });
});

describe('offices that name their country', () => {
  it.each([
    ['Under Secretary for Political Affairs of the State Department, Ambassador David Hale, met officials in Quito.', 'US'],
    ['The Minister of Foreign Affairs and Human Mobility, José Valencia, met officials in Quito.', 'EC'],
  ])('%s', (sentence, code) => {
    expect(named(sentence)[0]?.countryCode).toBe(code);
  });
});

describe('a date that closes an opening phrase of an earlier event', () => {
  it.each([
    [
      'Following the visit of the Vice President of the United States, Mike Pence, to Ecuador in June 2018, Minister of Foreign Affairs José Valencia and Under Secretary David Hale met in Quito on May 22, 2019.',
      '2019-05-22',
    ],
    [
      'After the summit of the two presidents in March 2019, Minister of Foreign Affairs José Valencia met Under Secretary David Hale in Quito on 22 May 2019.',
      '2019-05-22',
    ],
    // The clause's own date after the comma stays the meeting's.
    [
      'Following the Prime Minister’s call with Prime Minister Erdogan on Monday, Foreign Secretary William Hague spoke to Foreign Minister Ahmet Davutoglu on 14 June 2011, to congratulate him.',
      '2011-06-14',
    ],
  ])('%s', (text, date) => {
    expect(draftOf(text).meetings[0]?.date).toBe(date);
  });
});

describe('calls to several leaders in one sentence, styled as their offices print them', () => {
  const text =
    'On the occasion of the New Year, Prime Minister Shri Narendra Modi today had telephone conversation with Mr. Jigme Khesar Namgyel Wangchuck, The Druk Gyalpo of Kingdom of Bhutan and Mr. Lyonchhen (Dr.) Lotay Tshering, Prime Minister of Bhutan, Ms. Sheikh Hasina, Prime Minister of Bangladesh and Mr. K.P. Sharma Oli, Prime Minister of Nepal.';
  it('one call each, with their titles and countries', () => {
    const { meetings } = extractReadout(text, { ...base, publishedAt: '2020-01-01' });
    expect(meetings.map((m) => [m.kind, m.participants[1]?.name, m.participants[1]?.title, m.participants[1]?.countryCode])).toEqual([
      ['phone_call', 'Jigme Khesar Namgyel Wangchuck', 'Druk Gyalpo', 'BT'],
      ['phone_call', 'Lotay Tshering', 'Prime Minister', 'BT'],
      ['phone_call', 'Sheikh Hasina', 'Prime Minister', 'BD'],
      ['phone_call', 'K.P. Sharma Oli', 'Prime Minister', 'NP'],
    ]);
  });

  it('"the New Year" is no initiative; "the Year of Culture" is one', () => {
    const initiatives = draftOf(`${text} They agreed on the Year of Culture.`).meetings.flatMap((m) => m.initiatives.map((i) => i.name));
    expect(initiatives).not.toContain('New Year');
    expect(initiatives).toContain('Year of Culture');
  });

  it.each([
    ['Mr. Lyonchhen (Dr.) Lotay Tshering, Prime Minister of Bhutan, spoke.', 'Lotay Tshering'],
    ['H.E. (Dr.) Lotay Tshering, Prime Minister of Bhutan, spoke.', 'Lotay Tshering'],
  ])('a courtesy in brackets among the courtesies: %s', (sentence, name) => {
    expect(named(sentence)).toEqual([{ name, title: 'Prime Minister', countryCode: 'BT' }]);
  });

  it('a bracket that is no courtesy stays out of the name', () => {
    expect(named('Prime Minister (Bhutan) Lotay Tshering spoke.').map((m) => m.name)).toEqual(['Lotay Tshering']);
  });
});

describe('a seat of government places the meeting in its country (new-user trial 132 F2)', () => {
  it.each([
    ['Beijing: US President Joe Biden met with Foreign Minister Wang Yi at the White House on 27 October 2023.', null, 'US'],
    ['Moscow: President Vladimir Putin received Foreign Minister Wang Yi at the Kremlin on 20 March 2023.', 'Moscow', 'RU'],
    ['Paris: President Emmanuel Macron received Prime Minister Narendra Modi at the Élysée Palace on 14 July 2023.', 'Paris', 'FR'],
    // A city the sentence prints says more than the seat.
    [
      'Minister of Foreign Affairs Antonio Tajani met French Minister for Europe and Foreign Affairs Catherine Colonna at the Farnesina on 25 May 2023, thanking her for visiting Rome.',
      'Rome',
      'IT',
    ],
  ])('%s', (text, city, countryCode) => {
    const meeting = draftOf(text).meetings[0];
    expect([meeting?.city, meeting?.countryCode]).toEqual([city, countryCode]);
  });

  it('a seat that names several countries’ buildings ("Government House") places nothing', () => {
    const meeting = draftOf('Prime Minister Anthony Albanese met Prime Minister Ishmael Kalsakau at Government House on 15 February 2023.')
      .meetings[0];
    expect(meeting?.countryCode).toBe(null);
  });
});

describe('a range the meeting itself was held over', () => {
  const withPage = (text: string) => extractReadout(text, { ...base, publishedAt: '2021-07-15' }).meetings[0]?.date ?? null;
  it('"the consultations held in Windhoek from July 14 to 15" starts on its first day', () => {
    expect(
      withPage(
        'Minister Naledi Pandor said this during the consultations held in Windhoek from July 14 to 15, where she was hosted by Deputy Prime Minister Netumbo Nandi-Ndaitwah.',
      ),
    ).toBe('2021-07-14');
  });

  it.each([
    // Another event's days, and a past round's, date no meeting.
    'Secretary Enrique Manalo met Foreign Minister Pekka Haavisto of Finland in Munich. The conference was held from July 12 to 14.',
    'Minister Osman Saleh met Minister Gedu Andargachew in Addis Ababa. The third round of the consultations took place in Asmara from 12-13 July.',
  ])('%s', (text) => {
    expect(withPage(text)).toBe(null);
  });
});
