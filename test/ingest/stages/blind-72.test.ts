import { describe, expect, it } from 'vitest';
import type { ExtractOptions } from '../../../src/ingest/draft.js';
import { extractReadout } from '../../../src/ingest/extract.js';

// Classes from blind set 72's first run (test/fixtures/readouts/blind-72), each with its variants and the neighbouring
// cases that must not change. The texts are written for the class, not copied from the set.

const base: ExtractOptions = { initiatives: [], people: [] };
const draftOf = (text: string) => extractReadout(text, base);
const names = (text: string, meeting = 0) =>
  (draftOf(text).meetings[meeting]?.participants ?? []).map((p) => p.name).sort((a, b) => a.localeCompare(b));

describe('who convenes, hosts or chairs a call is in it, with those it names', () => {
  it.each([
    'President Cyril Ramaphosa convened a teleconference with French President Emmanuel Macron and German Chancellor Angela Merkel.',
    'President Cyril Ramaphosa hosted a video conference with French President Emmanuel Macron and German Chancellor Angela Merkel.',
    'President Cyril Ramaphosa chaired a virtual meeting with French President Emmanuel Macron and German Chancellor Angela Merkel.',
    'President Cyril Ramaphosa convened a critical teleconference with several African Heads of State, French President Emmanuel Macron and German Chancellor Angela Merkel.',
    'President Cyril Ramaphosa convened a teleconference with many leaders, French President Emmanuel Macron and German Chancellor Angela Merkel.',
  ])('%s', (text) => {
    expect(names(text)).toEqual(['Angela Merkel', 'Cyril Ramaphosa', 'Emmanuel Macron']);
  });

  it('an office in lower case after the body it is of keeps the list going', () => {
    const text =
      'President Cyril Ramaphosa convened a teleconference with French President Emmanuel Macron and World Health Organisation (WHO) director-general Dr Tedros Ghebreyesus.';
    expect(names(text)).toEqual(['Cyril Ramaphosa', 'Emmanuel Macron', 'Tedros Ghebreyesus']);
  });

  it('a call one only joined ("took part in a teleconference") is not convened by them', () => {
    const text = 'President Cyril Ramaphosa took part in a teleconference on Friday.';
    expect(draftOf(text).meetings.length).toBeLessThanOrEqual(1);
  });
});

describe('who a meeting comprised, or who was part of it, is at it', () => {
  const lead = 'President Cyril Ramaphosa convened a teleconference with French President Emmanuel Macron on Friday.';
  it.each([
    [
      'The teleconference comprised President Paul Kagame of Rwanda and Prime Minister Abiy Ahmed of Ethiopia.',
      ['Abiy Ahmed', 'Paul Kagame'],
    ],
    ['The call also included President Paul Kagame of Rwanda and Prime Minister Abiy Ahmed of Ethiopia.', ['Abiy Ahmed', 'Paul Kagame']],
    ['Chairperson of the AU Commission Dr Moussa Faki was also part of the high-level discussions.', ['Moussa Faki']],
    ['President Paul Kagame of Rwanda was part of the teleconference.', ['Paul Kagame']],
  ])('%s', (sentence, more) => {
    expect(names(`${lead} ${sentence}`)).toEqual(['Cyril Ramaphosa', 'Emmanuel Macron', ...more].sort((a, b) => a.localeCompare(b)));
    expect(draftOf(`${lead} ${sentence}`).meetings).toHaveLength(1);
  });

  it('"the talks included discussions on trade" adds nobody', () => {
    expect(names(`${lead} The talks included discussions on trade and vaccines.`)).toEqual(['Cyril Ramaphosa', 'Emmanuel Macron']);
  });
});

describe('a gathering of several countries’ leaders has no home side', () => {
  it('a leader of no stated country in a list of leaders of several is given none', () => {
    const text =
      'President Cyril Ramaphosa of South Africa convened a teleconference with French President Emmanuel Macron. The teleconference comprised president Emmerson Mnangagwa, Paul Kagame (Rwanda), Uhuru Kenyatta (Kenya) and Macky Sall (Senegal).';
    const mnangagwa = draftOf(text).meetings[0]?.participants.find((p) => p.name === 'Emmerson Mnangagwa');
    expect(mnangagwa?.countryCode).toBeNull();
  });

  it('an attendee of a bilateral meeting is still of the host’s side', () => {
    const text =
      'Foreign Minister Marise Payne of Australia met Japanese Foreign Minister Toshimitsu Motegi in Sydney. The meeting was also attended by Ambassador Peter Roggero.';
    const roggero = draftOf(text).meetings[0]?.participants.find((p) => p.name === 'Peter Roggero');
    expect(roggero?.countryCode).toBe('AU');
  });
});

describe('a count and its unit open no name', () => {
  it.each(['during the 21 Day Lockdown', 'under the 10 Point Plan', 'after the 3 Day Summit'])('"%s" is nobody', (phrase) => {
    const text = `President Emmerson Mnangagwa held talks with President Cyril Ramaphosa of South Africa in Harare ${phrase}.`;
    expect(names(text)).toEqual(['Cyril Ramaphosa', 'Emmerson Mnangagwa']);
  });

  it('a name after a year is still a name', () => {
    const text = 'In 2019 President Vladimir Putin met Prime Minister Shinzo Abe of Japan in Osaka.';
    expect(names(text)).toEqual(['Shinzo Abe', 'Vladimir Putin']);
  });
});

describe('a meeting hosted by one person, with those the same sentence says took part, is one table', () => {
  it.each([
    'The meeting was hosted by Foreign Minister Vivian Balakrishnan of Singapore, and Foreign Minister Retno Marsudi of Indonesia and Foreign Minister Saifuddin Abdullah of Malaysia were also a part of the virtual meeting.',
    'The meeting was hosted by Foreign Minister Vivian Balakrishnan of Singapore, and Foreign Minister Retno Marsudi of Indonesia and Foreign Minister Saifuddin Abdullah of Malaysia were also part of the meeting.',
  ])('%s', (text) => {
    const [meeting] = draftOf(text).meetings;
    expect(meeting?.participants.map((p) => [p.name, p.role])).toEqual([
      ['Vivian Balakrishnan', 'host'],
      ['Retno Marsudi', 'guest'],
      ['Saifuddin Abdullah', 'guest'],
    ]);
  });
});

describe('who took part is named in the clause that says so, and joins the host of the meeting the body opens with', () => {
  const table = [
    ['Vivian Balakrishnan', 'host'],
    ['Retno Marsudi', 'guest'],
    ['Saifuddin Abdullah', 'guest'],
  ];
  it.each([
    // Two clauses of taking part in the host's sentence: both join the host.
    'The meeting was hosted by Foreign Minister Vivian Balakrishnan of Singapore, while Foreign Minister Retno Marsudi of Indonesia was also a part of the virtual meeting and Foreign Minister Saifuddin Abdullah of Malaysia also took part in the meeting.',
    // The host alone in the opening sentence, who took part in the next.
    'The meeting was hosted by Foreign Minister Vivian Balakrishnan of Singapore. Foreign Minister Retno Marsudi of Indonesia was part of the meeting, and Foreign Minister Saifuddin Abdullah of Malaysia was also part of the meeting.',
    'The call was chaired by Foreign Minister Vivian Balakrishnan of Singapore. Foreign Minister Retno Marsudi of Indonesia took part in the call. Foreign Minister Saifuddin Abdullah of Malaysia also participated in the call.',
  ])('%s', (text) => {
    const meetings = draftOf(text).meetings;
    expect(meetings).toHaveLength(1);
    expect(meetings[0]?.participants.map((p) => [p.name, p.role])).toEqual(table);
  });

  it("the second clause's subject is its own, not the first clause's", () => {
    const text =
      'President Cyril Ramaphosa met President Paul Kagame of Rwanda in Pretoria on Monday. Prime Minister Abiy Ahmed of Ethiopia was part of the meeting, and President Macky Sall of Senegal was also part of the meeting.';
    expect(names(text)).toEqual(['Abiy Ahmed', 'Cyril Ramaphosa', 'Macky Sall', 'Paul Kagame']);
  });

  it('after a meeting told, a lone frame is of it: who was present later joins that meeting, not the lone one', () => {
    const text =
      'Secretary General José Miguel Insulza met today with the Minister of Foreign Affairs of Chile, Heraldo Muñoz, in Asunción. Minister Muñoz discussed the theme of the session. Also present at the meeting was the Ambassador of Chile to the OAS, Juan Pablo Lira Bianchi.';
    const meetings = draftOf(text).meetings;
    expect(meetings).toHaveLength(1);
    expect(names(text)).toEqual(['Heraldo Muñoz', 'José Miguel Insulza', 'Juan Pablo Lira Bianchi']);
  });

  it('one who received a group the text does not name keeps the meeting; those also present join it', () => {
    const text =
      'The Minister of Foreign Affairs, Roberto Ampuero, received today a delegation of Peruvian columnists. The Ambassador of Chile in Peru, Roberto Ibarra, and the Ambassador of Peru in Chile, Jorge Valdez, were also present.';
    expect(draftOf(text).meetings[0]?.participants[0]?.name).toBe('Roberto Ampuero');
  });
});

describe('leaders who convened or gathered in a place met', () => {
  it.each(['convened in', 'gathered in', 'convened on Friday in'])('"The presidents of A, B and C %s Astana"', (verb) => {
    const text = `The presidents of Kazakhstan, Kyrgyzstan and Tajikistan ${verb} Astana for a consultative meeting. Presidents Sadyr Japarov of Kyrgyzstan and Emomali Rahmon of Tajikistan arrived on August 8. Kazakh President Kassym-Jomart Tokayev greeted his counterparts.`;
    expect(names(text)).toEqual(['Emomali Rahmon', 'Kassym-Jomart Tokayev', 'Sadyr Japarov']);
  });

  it('"convened a meeting of the council" is no gathering of people by itself', () => {
    const text = 'President Kassym-Jomart Tokayev convened the Security Council to discuss floods.';
    expect(draftOf(text).meetings).toEqual([]);
  });
});

describe('a communications officer who reports a meeting is no party to it', () => {
  it.each([
    'According to a statement issued by State House Chief Communication Specialist Clayson Hamasaka, the two leaders met on the sidelines of the inauguration.',
    'According to Presidential Communications Director Anthony Bwalya, the two leaders met on the sidelines of the inauguration.',
    'According to Media Officer John Banda, the two leaders met on the sidelines of the inauguration.',
  ])('%s', (sentence) => {
    const text = `President Hakainde Hichilema of Zambia has held bilateral discussions with Mozambican President Daniel Chapo. ${sentence}`;
    expect(names(text)).toEqual(['Daniel Chapo', 'Hakainde Hichilema']);
  });
});

describe('"After the meeting with X’s counterpart, Mr. Y …": Y is the subject, not the counterpart', () => {
  it.each([
    'After the meeting with Mongolia’s counterpart, Mr. Katsuya Okada paid respects to the Chinggis Khaan Statue.',
    'Following the talks with his Mongolian counterpart, Mr. Katsuya Okada laid a wreath.',
    'During the meeting with the Mongolian counterpart, Katsuya Okada raised the economic partnership.',
  ])('%s', (sentence) => {
    const text = `Foreign Minister Katsuya Okada of Japan held talks with Mongolian Foreign Minister G. Zandanshatar in Ulaanbaatar. ${sentence}`;
    const okada = draftOf(text)
      .meetings.flatMap((m) => m.participants)
      .filter((p) => p.name === 'Katsuya Okada');
    expect(okada.map((p) => p.countryCode)).toEqual(['JP']);
  });

  it('"his Mongolian counterpart, Mr. G. Zandanshatar" in the main clause is the counterpart', () => {
    const text = 'Foreign Minister Katsuya Okada of Japan met his Mongolian counterpart, Mr. G. Zandanshatar, in Ulaanbaatar.';
    const zandanshatar = draftOf(text).meetings[0]?.participants.find((p) => p.name === 'G. Zandanshatar');
    expect(zandanshatar?.countryCode).toBe('MN');
  });
});
