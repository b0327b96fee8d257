import { describe, expect, it } from 'vitest';
import type { ExtractOptions } from '../../../src/ingest/draft.js';
import { extractReadout } from '../../../src/ingest/extract.js';
import { findPeople } from '../../../src/ingest/recognize/people.js';
import { wordsOfSentence } from './read.js';

// The classes of miss blind set 18 showed on its first run (EVALUATION.md), each with the sentences of its kind that
// the stage must read right; the fixtures themselves are scored in readout-fixtures.test.ts.

const base: ExtractOptions = { initiatives: [], people: [] };
const meetingsOf = (text: string) => extractReadout(text, base).meetings;
const peopleOf = (meeting: { participants: { name: string; title: string | null; countryCode: string | null }[] } | undefined) =>
  meeting?.participants.map((p) => [p.name, p.title, p.countryCode]) ?? [];
const lead = (body: string) => `Minister receives counterpart\n\n${body}`;

describe('the second word of a city is no name', () => {
  it.each(['Port Louis', 'Port Moresby', 'Kuala Lumpur', 'Addis Ababa'])(
    '"received, today at the Treasury in %s, the Minister …, Dr Grace Pandor"',
    (city) => {
      const meetings = meetingsOf(
        lead(
          `The Prime Minister, Mr Pravind Jugnauth, received, today at the Treasury Building in ${city}, the Minister of International Relations and Cooperation of the Republic of South Africa, Dr Grace Pandor.`,
        ),
      );
      expect(peopleOf(meetings[0]).map(([name]) => name)).toEqual(['Pravind Jugnauth', 'Grace Pandor']);
    },
  );
});

describe('a style abbreviated with its dot', () => {
  it.each(['Eng.', 'Engr.', 'Capt.', 'Amb.'])(
    '"Vice Minister of Foreign Affairs %s Waleed El-Khereiji" is one person with his title',
    (style) => {
      const text = lead(
        `Saudi Foreign Minister Prince Faisal bin Farhan held talks today in Riyadh with Turkish Foreign Minister Hakan Fidan.\n\nThe meeting was attended by Vice Minister of Foreign Affairs ${style} Waleed El-Khereiji and Advisor Prince Musab Al-Farhan.`,
      );
      expect(peopleOf(meetingsOf(text)[0])).toContainEqual(['Waleed El-Khereiji', 'Vice Minister of Foreign Affairs', 'SA']);
    },
  );

  it('is one word, and ends no sentence', () => {
    expect(wordsOfSentence('It was attended by Vice Minister Eng. Waleed El-Khereiji.').map((w) => w.text)).toContain('Eng.');
  });
});

describe('"the Foreign Minister" who speaks', () => {
  it('is the one participant of the meeting holding the office, though another spoke last', () => {
    const text = lead(
      [
        'The Ambassador of the Russian Federation to Sri Lanka Yury Materiy has called on the Minister of Foreign Affairs Ali Sabry at the Foreign Ministry.',
        '',
        'Ambassador Materiy handed over a message from the Russian Foreign Minister Sergey Lavrov.',
        '',
        'The Russian Ambassador apprised the Foreign Minister of the partnership between Sri Lanka and Russia.',
        '',
        'The Foreign Minister expressed his deep appreciation for Russia’s support.',
      ].join('\n'),
    );
    const meeting = meetingsOf(text)[0];
    const speakers = meeting?.statements.map((s) => meeting.participants.find((p) => p.key === s.speakerKey)?.name);
    expect(speakers).toEqual(['Yury Materiy', 'Yury Materiy', 'Ali Sabry']);
  });
});

describe('a country a title names by default ("Foreign Secretary" → the UK)', () => {
  const countryOf = (text: string, publisher: string, name: string) =>
    extractReadout(text, { ...base, publisher }).meetings[0]?.participants.find((p) => p.name === name)?.countryCode;

  it("yields to the publisher's for its side when the text never names that country", () => {
    const text = lead(
      'Foreign Secretary Vinay Kwatra called on Sri Lankan Foreign Minister Ali Sabry in Colombo. They discussed the visit of the President to India.',
    );
    expect(countryOf(text, 'Ministry of External Affairs of India', 'Vinay Kwatra')).toBe('IN');
  });

  it('stays when the text names it', () => {
    const text = lead(
      'Foreign Secretary James Cleverly met Sri Lankan Foreign Minister Ali Sabry in Colombo. They discussed trade between the United Kingdom and Sri Lanka.',
    );
    expect(countryOf(text, 'Ministry of Foreign Affairs of Sri Lanka', 'James Cleverly')).toBe('GB');
  });
});

describe('a tweet quoted in a readout', () => {
  const text = lead(
    [
      'Colombo: Foreign Secretary Vinay Kwatra held a meeting with Sri Lankan Foreign Minister Ali Sabry on Tuesday.',
      '',
      '"Good meeting with Indian Foreign Secretary Vinay Kwatra at the Ministry today. We discussed the upcoming State visit," Ali Sabry tweeted.',
      '',
      'Earlier, Kwatra met his Sri Lankan counterpart Aruni Wijewardane. "Foreign Secretary Wijewardane met her Indian counterpart this morning (11/7) at the Ministry," the Foreign Ministry of Sri Lanka said.',
    ].join('\n'),
  );
  const draft = extractReadout(text, { ...base, publisher: 'Indian Defence News', publishedAt: '2023-07-11' });

  it('is the words of whoever tweeted it', () => {
    const meeting = draft.meetings.find((m) => m.participants.some((p) => p.name === 'Ali Sabry'));
    const speakers = meeting?.statements.map((s) => meeting.participants.find((p) => p.key === s.speakerKey)?.name ?? 'joint');
    expect(speakers).toContain('Ali Sabry');
  });

  it('names one person once, though one mention gives the country a title implies and another the one printed', () => {
    for (const meeting of draft.meetings) {
      const names = meeting.participants.map((p) => p.name);
      expect(new Set(names).size).toBe(names.length);
    }
    expect(draft.meetings.flatMap((m) => m.participants).find((p) => p.name === 'Vinay Kwatra')?.countryCode).toBe('IN');
  });

  it('reads "(11/7)" without a year day first, as the other numeric dates', () => {
    const meeting = draft.meetings.find((m) => m.participants.some((p) => p.name === 'Aruni Wijewardane'));
    expect(meeting?.date).toBe('2023-07-11');
  });
});

describe("a national outlet's readout is hosted by its country's side", () => {
  const text = lead(
    'VIENNA\n\nDiplomatic sources said Foreign Minister Anna Berg held a meeting with Austrian Foreign Minister Beate Meinl-Reisinger in Vienna on the sidelines of the OSCE Ministerial Council.',
  );
  it.each([
    ['Hürriyet Daily News', 'TR'],
    ['Daily Sabah', 'TR'],
    ['The Korea Herald (Yonhap)', 'KR'],
    ['NDTV', 'IN'],
    ['China Daily', 'CN'],
    ['Ada Derana', 'LK'],
    ['The Business Standard (TBS)', 'BD'],
    ['VietNamNet (VNA/VNS)', 'VN'],
    ['The Age', 'AU'],
  ])('%s → %s', (publisher, country) => {
    const hosts = extractReadout(text, { ...base, publisher }).meetings[0]?.participants.filter((p) => p.role === 'host');
    expect(hosts?.map((p) => [p.name, p.countryCode])).toEqual([['Anna Berg', country]]);
  });
});

describe('"under" at the end of a title', () => {
  it('is no part of it: "re-appointed foreign secretary under Sunak" gives Sunak no title', () => {
    const sentence = 'It was tweeted by Cleverly, who was re-appointed foreign secretary under Sunak.';
    const sunak = findPeople(wordsOfSentence(sentence)).find((m) => m.name && sentence.slice(m.name.start, m.name.end) === 'Sunak');
    expect(sunak?.title ?? null).toBeNull();
  });
});

describe('a participant speaking after an opening clause', () => {
  const text = lead(
    [
      'Jakarta – Vietnamese Minister of Foreign Affairs Bùi Thanh Sơn met with ASEAN Secretary-General Kao Kim Hourn on July 11.',
      '',
      'Kao appreciated Việt Nam’s contributions.',
      '',
      'Emphasising that Vietnam attaches importance to the role of ASEAN and the Secretary-General, Minister Son voiced his belief that the Secretariat will be promoted.',
      '',
      'Son held that ASEAN should build a strong economic pillar.',
    ].join('\n'),
  );
  const meeting = meetingsOf(text)[0];
  const speakers = meeting?.statements.map((s) => meeting.participants.find((p) => p.key === s.speakerKey)?.name);

  it('is not taken for the holder of the title before the comma ("the Secretary-General, Minister Son")', () => {
    expect(speakers?.[1]).toBe('Bùi Thanh Sơn');
  });

  it('"held that …" is an opinion, not a meeting held', () => {
    expect(speakers?.[2]).toBe('Bùi Thanh Sơn');
  });
});

describe('a group named with a digit', () => {
  it.each(['G7', 'G20', 'C5'])('"the %s Foreign Ministers affirmed …" is the sides together', (group) => {
    const text = lead(
      `Mr. MOTEGI Toshimitsu, Minister for Foreign Affairs of Japan, attended the ${group} Foreign Ministers’ Meeting by video conference.\n\nFollowing up on the discussions of the leaders, the ${group} Foreign Ministers affirmed coordination at the foreign-ministerial level.`,
    );
    expect(meetingsOf(text)[0]?.statements.map((s) => s.kind)).toEqual(['joint']);
  });
});

describe('offices written short or after the name', () => {
  const text = lead(
    [
      'An Azerbaijani delegation headed by Deputy Foreign Minister Yalchin Rafiyev visited Kenya on Friday.',
      '',
      'The talks were led by Azerbaijani Deputy FM Yalchin Rafiyev and Abraham Korir Sing’Oei, Principal Secretary of Foreign Affairs at the Kenyan Ministry of Foreign and Diaspora Affairs.',
      '',
      'The Azerbaijani Deputy FM thanked his hosts.',
    ].join('\n'),
  );

  it('"Principal Secretary of Foreign Affairs" after a name is its title', () => {
    expect(peopleOf(meetingsOf(text)[0]).map(([name, title]) => [name, title])).toContainEqual([
      'Abraham Korir Sing’Oei',
      'Principal Secretary of Foreign Affairs',
    ]);
  });

  it('"the Azerbaijani Deputy FM" is the Deputy Foreign Minister named before', () => {
    const meeting = meetingsOf(text)[0];
    const last = meeting?.statements.at(-1);
    expect(meeting?.participants.find((p) => p.key === last?.speakerKey)?.name).toBe('Yalchin Rafiyev');
  });
});
