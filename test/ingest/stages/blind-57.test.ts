import { describe, expect, it } from 'vitest';
import type { ExtractOptions } from '../../../src/ingest/draft.js';
import { extractReadout } from '../../../src/ingest/extract.js';
import { defaultInitiatives } from '../../../src/ingest/lexicon/initiative-catalog.js';
import { findPeople } from '../../../src/ingest/recognize/people.js';
import { wordsOfSentence } from './read.js';

// Classes found while tuning on blind set 57 (after its first run), each written as the class with its variants and,
// where a neighbouring case must not change, that case.

const base: ExtractOptions = { initiatives: defaultInitiatives, people: [] };
const draftOf = (text: string, options: Partial<ExtractOptions> = {}) => extractReadout(text, { ...base, ...options });

describe('two who chair a meeting together met', () => {
  it.each([
    'co-chaired the 8th ministerial-level political consultation',
    'co-chaired the meeting of the joint commission',
    'jointly chaired the second session',
    'co-hosted a working lunch',
  ])('A and his counterpart B %s in Hanoi', (phrase) => {
    const text = `Lao, Vietnamese foreign ministers meet\n\nForeign Minister Saleumxay Kommasith and his Vietnamese counterpart Bui Thanh Son ${phrase} in Hanoi, Vietnam on Dec 28.`;
    const meetings = draftOf(text).meetings;
    expect(meetings.map((m) => [m.city, m.participants.map((p) => p.name).sort()])).toEqual([
      ['Hanoi', ['Bui Thanh Son', 'Saleumxay Kommasith']],
    ]);
  });

  it('one person who co-chaired a session is its only participant the text names (no counterpart is made up)', () => {
    const meetings = draftOf('Foreign Minister Saleumxay Kommasith co-chaired the session on Monday.').meetings;
    expect(meetings.map((m) => m.participants.map((p) => p.name))).toEqual([['Saleumxay Kommasith']]);
  });
});

describe('a language an outlet writes in names no country', () => {
  it.each(['Arabs Today (arabstoday.net), English AMP page', 'Arabs Today, English mobile site', 'Arabs Today English website'])(
    'publisher "%s"',
    (publisher) => {
      const text =
        'Foreign Affairs and Expatriates Minister Gebran Bassil met on Thursday with US Ambassador to Lebanon Elizabeth Richard. Richard said the talks were useful.';
      const host = draftOf(text, { publisher }).meetings[0]?.participants.find((p) => p.name === 'Gebran Bassil');
      expect(host?.countryCode).not.toBe('GB');
    },
  );

  it('but an English outlet is British', () => {
    const text = 'Foreign Secretary James Cleverly met Foreign Minister Retno Marsudi in London on Monday.';
    const host = draftOf(text, { publisher: 'The English Gazette' }).meetings[0]?.participants.find((p) => p.name === 'James Cleverly');
    expect(host?.countryCode).toBe('GB');
  });
});

describe('a chargé d’affaires is a head of mission, whatever the case it is printed in', () => {
  it.each(["The US chargée d'affaires, Judes DeBaere,", 'The US chargé d’affaires, Judes DeBaere,', "US Chargé d'Affaires Judes DeBaere"])(
    '%s …',
    (printed) => {
      const sentence = `${printed} paid a courtesy call on the Minister for Foreign Affairs and Tourism, Sylvestre Radegonde.`;
      const judes = findPeople(wordsOfSentence(sentence)).find(
        (m) => m.name && sentence.slice(m.name.start, m.name.end) === 'Judes DeBaere',
      );
      expect(judes?.countryCode).toBe('US');
      expect(judes?.title).not.toBeNull();
    },
  );

  it('…so the one who paid the call is the guest of a Seychelles release', () => {
    const text =
      "Minister Radegonde discusses bilateral affairs with the US chargée d’affaires\n\nThe US chargée d'affaires, Judes DeBaere, yesterday paid a courtesy call on the Minister for Foreign Affairs and Tourism, Sylvestre Radegonde, at Maison Quéau de Quinssy.";
    const participants =
      draftOf(text, { publisher: 'Seychelles Nation (nation.sc)', publishedAt: '2021-10-01' }).meetings[0]?.participants ?? [];
    expect(participants.map((p) => [p.name, p.countryCode, p.role])).toEqual([
      ['Sylvestre Radegonde', 'SC', 'host'],
      ['Judes DeBaere', 'US', 'guest'],
    ]);
  });
});

describe('a region of a country after "for" is the remit of a title, and a shorter form of that title its holder', () => {
  const lead = (title: string, name: string) =>
    `The ${title}, Rt Hon ${name} MP met with the Tánaiste, Minister for Foreign Affairs, Trade and Minister for Defence, Simon Harris TD, at Iveagh House, Dublin, on 26 February 2025.\n\nSpeaking afterwards, the Secretary of State said: "It was a pleasure to meet the Tánaiste."`;
  it.each([
    ['Secretary of State for Northern Ireland', 'Hilary Benn'],
    ['Secretary of State for Southern Africa', 'Jane Doe'],
  ])('"%s"', (title, name) => {
    const [meeting] = draftOf(lead(title, name)).meetings;
    const benn = meeting?.participants.find((p) => p.name === name);
    expect(benn?.title).toBe(title);
    expect(benn?.countryCode ?? null).toBeNull();
    expect(meeting?.statements.map((s) => meeting.participants.find((p) => p.key === s.speakerKey)?.name)).toEqual([name]);
  });

  it('"Minister for Foreign Affairs of Ireland" still ends at its country', () => {
    const [meeting] = draftOf(
      'Foreign Secretary David Lammy met the Minister for Foreign Affairs of Ireland, Simon Harris, in London on 3 March 2025.',
    ).meetings;
    expect(meeting?.participants.find((p) => p.name === 'Simon Harris')).toMatchObject({
      title: 'Minister for Foreign Affairs',
      countryCode: 'IE',
    });
  });

  it("a title printed whole is its holder's, not that of one whose title begins with it", () => {
    const [meeting] = draftOf(
      'Secretary of State Antony Blinken met Secretary of State for Foreign Affairs Jorge Moragas in Madrid on 3 March 2022. The Secretary of State said the alliance was strong.',
    ).meetings;
    expect(meeting?.statements.map((s) => meeting.participants.find((p) => p.key === s.speakerKey)?.name)).toEqual(['Antony Blinken']);
  });
});
