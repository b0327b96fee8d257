import { describe, expect, it } from 'vitest';
import type { ExtractOptions } from '../../../src/ingest/draft.js';
import { extractReadout } from '../../../src/ingest/extract.js';

// Classes found while tuning on blind set 23, after its first run (each written as the class, with its variants).

const base: ExtractOptions = { initiatives: [], people: [], publishedAt: '2023-11-10' };
const peopleOf = (text: string) => extractReadout(text, base).meetings.map((m) => m.participants.map((p) => [p.name, p.title, p.role]));

describe('a sovereign grants an audience', () => {
  it.each([
    'granted an Audience to',
    'granted an audience to',
    'gave an audience to',
    'granted a private audience to',
    'accorded an audience to',
  ])('"King Jigme Khesar Namgyel Wangchuck %s …"', (phrase) => {
    const text = `King Jigme Khesar Namgyel Wangchuck ${phrase} Indian Foreign Secretary Vinay Mohan Kwatra in Gelephu yesterday.`;
    expect(peopleOf(text)).toEqual([
      [
        ['Jigme Khesar Namgyel Wangchuck', 'King', 'host'],
        ['Vinay Mohan Kwatra', 'Foreign Secretary', 'guest'],
      ],
    ]);
  });
});

describe('a sovereign styled as one is a person though the text never names them', () => {
  it.each([
    ['His Majesty The King', 'King'],
    ['His Majesty the King', 'King'],
    ['Her Majesty the Queen', 'Queen'],
    ['His Highness the Emir', 'Emir'],
    ['His Highness the Crown Prince', 'Crown Prince'],
  ])('"%s received …"', (styled, title) => {
    const text = `${styled} received Indian Foreign Secretary Vinay Mohan Kwatra yesterday.`;
    const [meeting] = extractReadout(text, base).meetings;
    expect(meeting?.participants.map((p) => p.title)).toEqual([title, 'Foreign Secretary']);
  });

  it('"the King" without the style stays no participant of its own', () => {
    const text = 'The King received Indian Foreign Secretary Vinay Mohan Kwatra yesterday.';
    expect(extractReadout(text, base).meetings[0]?.participants.map((p) => p.name)).toEqual(['Vinay Mohan Kwatra']);
  });
});

describe('a day printed without its year, on a page that prints no date of its own', () => {
  const undatedPage: ExtractOptions = { initiatives: [], people: [], publishedAt: null };
  const dateOf = (text: string) => extractReadout(text, undatedPage).meetings.map((m) => m.date);

  it.each([
    // the year of a day the page prints in full within six weeks ("19.8.2019" in a release's header)
    [
      'Government Communications Department 19.8.2019 20.58 | Published in English on 20.8.2019\n\nOn Monday 19 August, Prime Minister Antti Rinne met Icelandic Prime Minister Katrín Jakobsdóttir in Reykjavik.',
      '2019-08-19',
    ],
    ['President Ali met Secretary-General Scotland on January 10. The visit began on 9 January 2022 in Georgetown.', '2022-01-10'],
    // the one year, of those printed (± 1), in which the day is that weekday
    [
      'In a Monday June 13 meeting, Iranian Foreign Minister Mohammad Javad Zarif met Norwegian Prime Minister Erna Solberg. He attended the 2016 edition of the Oslo Forum.',
      '2016-06-13',
    ],
    [
      'On Friday, 3 March, German Chancellor Olaf Scholz met US President Joe Biden in Washington, before the 2023 edition of the Munich Security Conference.',
      '2023-03-03',
    ],
  ])('%s → %s', (text, date) => {
    expect(dateOf(text)).toEqual([date]);
  });

  it.each([
    // a weekday no printed year fits (3 March 2016 was a Thursday; the year after is not printed)
    'On Friday, 3 March, German Chancellor Olaf Scholz met US President Joe Biden in Washington. They first met in 2016.',
    // a weekday two printed years fit (3 March was a Friday in 2017 and in 2023)
    'On Friday, 3 March, German Chancellor Olaf Scholz met US President Joe Biden in Washington, as in 2017 and 2023.',
    // no weekday, and no printed day near it: "September 9" beside "July 23, 2023"
    'On the evening of September 9, Prime Minister Hun Manet held a telephone conversation with Cuban President Miguel Díaz-Canel. He congratulated the party on its victory on July 23, 2023.',
    // a recalled day does not lend its year ("established on 2nd October 1991")
    'Sultan Hassanal Bolkiah on 10th November received Qatari Minister of State Soltan bin Saad Al-Muraikhi. Diplomatic relations were established on 2nd October 1991.',
    // the meeting's own sentence says "today", and nothing says which day that is
    'Prime Minister Andrew Holness today met with United States Secretary of State Antony Blinken. He arrived in Washington DC on Tuesday March 29, 2022.',
    // "met on Wednesday": another day of the paragraph that is not a Wednesday is not the meeting's
    'Prime Minister Andrew Holness and US Vice President Kamala Harris met on Wednesday. He had arrived in Washington DC on Tuesday, March 29, 2022.',
  ])('stays undated: %s', (text) => {
    expect(dateOf(text)).toEqual([null]);
  });

  it('a weekday the printed day agrees with dates the meeting: "met on Tuesday … Tuesday, June 6, 2006"', () => {
    const text =
      'EU foreign policy chief Javier Solana met Iranian negotiator Ali Larijani on Tuesday. Solana arrived on Tuesday, June 6, 2006.';
    expect(dateOf(text)).toEqual(['2006-06-06']);
  });
});
