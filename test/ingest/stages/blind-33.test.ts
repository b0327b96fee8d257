import { describe, expect, it } from 'vitest';
import type { ExtractOptions } from '../../../src/ingest/draft.js';
import { extractReadout } from '../../../src/ingest/extract.js';
import { defaultInitiatives } from '../../../src/ingest/lexicon/initiative-catalog.js';
import { findDates } from '../../../src/ingest/recognize/dates.js';

// Classes found while tuning on blind sets 32 and 33 (the session of blind set 33), each written as the class with its
// variants and, where a neighbouring case must not change, that case.

const base: ExtractOptions = { initiatives: defaultInitiatives, people: [], publishedAt: '2014-10-21' };
const draftOf = (text: string, options: Partial<ExtractOptions> = {}) => extractReadout(text, { ...base, ...options });

describe('where and when someone is invited to is not the meeting’s place or date', () => {
  it.each([
    'also invites President Jokowi to present at the G-20 meeting in Brisbane, Australia, in November 2014',
    'invited the President to attend the summit in Brisbane, Australia, in November 2014',
    'invited him to visit Brisbane, Australia, in November 2014',
    'is inviting the President to take part in the forum in Brisbane, Australia, in November 2014',
  ])('"%s"', (invitation) => {
    const text = `President Joko Widodo received Prime Minister Tony Abbott.\n\nPrime Minister Abbott ${invitation}. They discussed trade.`;
    const [meeting] = draftOf(text, { publishedAt: null }).meetings;
    expect(meeting?.city).toBeNull();
    expect(meeting?.date).toBeNull();
  });

  it('a meeting held in a city the same sentence names is still there', () => {
    const text = 'President Joko Widodo received Prime Minister Tony Abbott in Brisbane, Australia, on 20 October 2014.';
    const [meeting] = draftOf(text).meetings;
    expect([meeting?.city, meeting?.date]).toEqual(['Brisbane', '2014-10-20']);
  });
});

describe('a group someone received, illustrated by "among them", is each of its members met in turn', () => {
  it.each([
    'receives guests of states, among them are',
    'received foreign leaders, among them',
    'received several guests, among whom were',
    'received several foreign guests, including',
  ])('"%s A and B"', (phrase) => {
    const text = `President Joko Widodo ${phrase} the Prime Minister of Australia Tony Abbott and the Prime Minister of Malaysia Najib Razak, at Istana Merdeka, Jakarta, on Monday.`;
    const meetings = draftOf(text).meetings;
    expect(meetings.map((m) => m.participants.map((p) => p.name))).toEqual([
      ['Joko Widodo', 'Tony Abbott'],
      ['Joko Widodo', 'Najib Razak'],
    ]);
  });
});

describe('a name after "at" that a large city follows is a venue in that city', () => {
  it.each([
    ['at Istana Merdeka, Jakarta', 'Jakarta'],
    ['at Villa Madama, Rome', 'Rome'],
    ['at the Akasaka Palace, Tokyo', 'Tokyo'],
    ['at Bayan Palace, Kuwait City', 'Kuwait City'],
  ])('"%s"', (venue, city) => {
    const [meeting] = draftOf(`President Joko Widodo received Prime Minister Tony Abbott ${venue} on Monday.`).meetings;
    expect(meeting?.city).toBe(city);
  });

  it('"at the invitation of X, Y" is no venue', () => {
    const [meeting] = draftOf(
      'President Joko Widodo received Prime Minister Tony Abbott at the invitation of Jakarta, on Monday.',
    ).meetings;
    expect(meeting?.city).toBeNull();
  });
});

describe('a weekday and its day in brackets are one date', () => {
  it.each([
    ['on Monday (20/10)', 10, 20, 1],
    ['Monday (20/10/2014)', 10, 20, 1],
    ['on Tuesday (7/5)', 5, 7, 2],
  ])('"%s"', (printed, month, day, weekday) => {
    const text = `The President received guests ${printed}.`;
    const dates = findDates(text, 0, text.length);
    expect(dates).toHaveLength(1);
    expect(dates[0]).toMatchObject({ month, day, weekday });
  });

  it('a page that prints no date of its own takes the year in which that day is that weekday', () => {
    const text =
      'President Joko Widodo received Prime Minister Tony Abbott at Istana Merdeka, Jakarta, on Monday (20/10). Abbott invited him to the G-20 meeting in November 2014.';
    expect(draftOf(text, { publishedAt: null }).meetings[0]?.date).toBe('2014-10-20');
  });
});

describe('another name in brackets or quotes after a name is the same person', () => {
  it.each([
    ['President Joko Widodo (Jokowi)', 'President Jokowi', 'Joko Widodo'],
    ['Prime Minister Pushpa Kamal Dahal ‘Prachanda’', 'Prime Minister Prachanda', 'Pushpa Kamal Dahal'],
    ['President Ferdinand Marcos (Bongbong)', 'President Bongbong', 'Ferdinand Marcos'],
  ])('"%s" … "%s said"', (first, later, name) => {
    const text = `${first} received Prime Minister Tony Abbott in Jakarta on Monday.\n\n${later} said the two countries were close friends.`;
    const [meeting] = draftOf(text).meetings;
    expect(meeting?.participants.map((p) => p.name)).toEqual([name, 'Tony Abbott']);
    expect(meeting?.statements.find((s) => s.kind === 'reported')?.speakerKey).toBe(meeting?.participants[0]?.key);
  });

  it.each([
    ['Myint Swe (Myanmar)', 'Myint Swe'],
    ['Ahmed Musa (Chairman)', 'Ahmed Musa'],
  ])('not a country or an office in brackets: "%s"', (printed, name) => {
    const text = `President Joko Widodo received ${printed} in Jakarta on Monday. Myanmar and the Chairman were not mentioned again.`;
    const names = draftOf(text).meetings[0]?.participants.map((p) => p.name);
    expect(names).toContain(name);
    expect(names).not.toContain('Myanmar');
  });

  it('a list goes on after a bracketed other name', () => {
    const text =
      'Minister Jaishankar also called on Nepal Prime Minister Pushpa Kamal Dahal (Prachanda), Mauritius Prime Minister Pravind Jugnauth and Bhutan PM Tshering Tobgay in New Delhi on Monday.';
    expect(draftOf(text).meetings.map((m) => m.participants[1]?.name)).toEqual([
      'Pushpa Kamal Dahal',
      'Pravind Jugnauth',
      'Tshering Tobgay',
    ]);
  });
});

describe('a phone as a device is no call', () => {
  it.each(['takes a photo of himself by cell phone', 'showed him pictures on his mobile phone', 'shared his phone number'])(
    '"%s"',
    (device) => {
      const text = `President Joko Widodo received Prime Minister Najib Razak at Istana Merdeka, Jakarta, on Monday. Najib ${device}.`;
      expect(draftOf(text).meetings[0]?.kind).toBe('meeting');
    },
  );

  it.each(['held a telephone conversation with', 'spoke by phone with', 'phoned'])('"%s" still is', (phrase) => {
    expect(draftOf(`President Joko Widodo ${phrase} Prime Minister Najib Razak on Monday.`).meetings[0]?.kind).toBe('phone_call');
  });
});

describe('a cookie-consent banner above the article is page furniture', () => {
  const banner = [
    'Customize Consent Preferences',
    'We use cookies to help you navigate efficiently and perform certain functions.',
    'The cookies that are categorized as "Necessary" are stored on your browser as they are essential for enabling the basic functionalities of the site.',
    'Always Active',
    'Necessary cookies are required to enable the basic features of this site.',
    'No cookies to display.',
    'Advertisement cookies are used to provide visitors with customized advertisements based on the pages you visited previously.',
  ];
  it.each(banner.map((line) => [line]))('"%s"', (line) => {
    const text = `${line}\n\nMasisi pays Geingob courtesy call in New York\n\nBotswana’s president, Mokgweetsi Masisi, yesterday paid a courtesy call on Namibia’s President, Hage Geingob, in New York.`;
    const draft = draftOf(text);
    expect(draft.meetings[0]?.title).toBe('Masisi pays Geingob courtesy call in New York');
    expect(draft.meetings[0]?.initiatives).toEqual([]);
  });
});

describe('a sentence opener or a programme’s head word alone is no initiative', () => {
  it.each([
    'According to the Presidency’s Facebook page, Masisi said the meeting was useful.',
    'According to the Summit’s organisers, Masisi said the meeting was useful.',
    'Masisi said the Presidency would publish a statement.',
  ])('"%s"', (sentence) => {
    const text = `Botswana’s President Mokgweetsi Masisi met Namibia’s President Hage Geingob in New York on Monday. ${sentence}`;
    expect(draftOf(text).meetings[0]?.initiatives.map((i) => i.slug)).toEqual([]);
  });

  it('a named programme still is', () => {
    const text =
      'Botswana’s President Mokgweetsi Masisi met Namibia’s President Hage Geingob in New York on Monday. They discussed the Trans-Kalahari Corridor Programme.';
    expect(draftOf(text).meetings[0]?.initiatives.map((i) => i.slug)).toContain('trans-kalahari-corridor-programme');
  });
});

describe('a meeting given as a cause, or as the latest, is recalled, not reported', () => {
  it.each([
    'relations had gained new impetus thanks to the latest meeting between President János Áder and President Ivan Gašparovič',
    'relations had improved owing to the meeting between President János Áder and President Ivan Gašparovič',
    'the latest meeting between President János Áder and President Ivan Gašparovič had helped',
  ])('"%s"', (clause) => {
    const text = `On Tuesday, Foreign Minister János Martonyi received Slovak Foreign Minister Miroslav Lajčák in Budapest.\n\nThe two foreign ministers agreed that ${clause}.`;
    expect(draftOf(text).meetings.map((m) => m.participants.map((p) => p.name))).toEqual([['János Martonyi', 'Miroslav Lajčák']]);
  });
});

describe('a ministry department named after an organisation is no membership of it', () => {
  it.each([
    'Head of the GCC and Regional Neighbourliness Department',
    'Director of the ASEAN Division',
    'Head of the African Union Directorate',
  ])('"%s"', (title) => {
    const text = `Kuwait’s Crown Prince Sheikh Sabah Khalid Al Sabah received Oman's Foreign Minister Sayyid Badr Al Busaidi at Bayan Palace today. The meeting was attended by Sheikh Ahmed Al Maskari, ${title}, and Oman's Ambassador Saleh Al Kharousi.`;
    const [meeting] = draftOf(text, { publishedAt: '2024-10-31' }).meetings;
    expect(meeting?.kind).toBe('meeting');
    expect(meeting?.participants.find((p) => p.name === 'Sheikh Ahmed Al Maskari')?.organization).toBeNull();
  });

  it('the head of the organisation itself still is of it', () => {
    const text =
      'Kuwait’s Crown Prince Sheikh Sabah Khalid Al Sabah received Jasem Albudaiwi, Secretary-General of the GCC, at Bayan Palace today.';
    const [meeting] = draftOf(text, { publishedAt: '2024-10-31' }).meetings;
    expect(meeting?.participants.find((p) => p.name === 'Jasem Albudaiwi')?.organization).toBe('Gulf Cooperation Council');
  });
});

describe("a city in another country than the one the meeting's sentence names is not where it was", () => {
  it.each(['Uganda’s High Commissioner to Addis Ababa Rebecca Otengo', 'the Ambassador to Addis Ababa Rebecca Otengo'])('"%s"', (envoy) => {
    const text = `KAMPALA – President Yoweri Museveni held a meeting with Prime Minister Abiy Ahmed Ali of Ethiopia who is in Uganda on a working visit.\n\nThe meeting was also attended by ${envoy}.`;
    const [meeting] = draftOf(text).meetings;
    expect([meeting?.city, meeting?.countryCode]).toEqual(['Kampala', 'UG']);
  });

  it('an envoy\'s post is no country of the meeting: "Ambassador to Ethiopia"', () => {
    const text =
      'Foreign Minister Sheikh Abdullah bin Zayed received Mahmoud Ali Youssouf in Abu Dhabi on Monday, with Mohamed Al Rashdi, Ambassador to Ethiopia.';
    expect(draftOf(text).meetings[0]?.city).toBe('Abu Dhabi');
  });
});
