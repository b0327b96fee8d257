import { describe, expect, it } from 'vitest';
import type { ExtractOptions } from '../../../src/ingest/draft.js';
import { extractReadout } from '../../../src/ingest/extract.js';

// "X was received by Y": the one who received is the host, with or without an adverb; someone new who received a
// guest of a meeting already told gave another audience; a visitor who goes on to meet the host's compatriots is the
// one who met them; "the talks were led by A and B" seats both at the meeting at hand. Classes from blind sets 7, 9
// and 18.

const base: ExtractOptions = { initiatives: [], people: [] };
const meetingsOf = (text: string) =>
  extractReadout(text, base).meetings.map((m) => m.participants.map((p) => [p.name, p.countryCode, p.role]));

describe('"X was received by Y"', () => {
  it.each(['was received by', 'was also received by', 'was warmly received by', 'was cordially welcomed by', 'was later hosted by'])(
    '"Sri Lankan Foreign Minister Ali Sabry %s Qatari Prime Minister …": the Prime Minister hosts',
    (phrase) => {
      expect(
        meetingsOf(`DOHA, 3 May 2023 – Sri Lankan Foreign Minister Ali Sabry ${phrase} Qatari Prime Minister Mohammed Al Thani.`),
      ).toEqual([
        [
          ['Mohammed Al Thani', 'QA', 'host'],
          ['Ali Sabry', 'LK', 'guest'],
        ],
      ]);
    },
  );

  it('someone new who receives a guest of the talks told before gives another audience', () => {
    const meetings = meetingsOf(
      'BISHKEK, 3 November 2022 – Minister of Foreign Affairs of Kyrgyzstan Jeenbek Kulubaev held talks with Minister of Foreign Affairs of Uzbekistan Vladimir Norov.\n\nAs part of the official visit, the Minister of Foreign Affairs of Uzbekistan was also received by President of Kyrgyzstan Sadyr Zhaparov.',
    );
    expect(meetings.map((people) => people.map(([name]) => name))).toEqual([
      ['Jeenbek Kulubaev', 'Vladimir Norov'],
      ['Sadyr Zhaparov', 'Vladimir Norov'],
    ]);
  });

  it("a visitor told of alone is received at the visit's meeting, and goes on to meet the host's compatriot", () => {
    const meetings = meetingsOf(
      'NUR-SULTAN, 4 June 2022 – U.S. Assistant Secretary of State Donald Lu paid a working visit to Kazakhstan.\n\nThe American diplomat was received by the Deputy Prime Minister - Minister of Foreign Affairs of Kazakhstan Mukhtar Tileuberdi.\n\nAt the meeting with the First Deputy Minister of Foreign Affairs of Kazakhstan Akan Rakhmetullin, a wide range of issues were touched upon.',
    );
    expect(meetings.map((people) => people.map(([name]) => name))).toEqual([
      ['Mukhtar Tileuberdi', 'Donald Lu'],
      ['Akan Rakhmetullin', 'Donald Lu'],
    ]);
  });
});

describe('"The talks were led by A and B"', () => {
  it('seats both at the meeting at hand, which keeps what was said after it', () => {
    const draft = extractReadout(
      'BAKU, 3 May 2023 – Political consultations between Azerbaijan and Kenya took place in Nairobi.\n\nThe talks were led by Azerbaijani Deputy FM Yalchin Rafiyev and Kenyan Principal Secretary Abraham Korir Sing’Oei.\n\nThe sides discussed trade.\n\nThe Azerbaijani Deputy FM was also received by Kenyan Prime Cabinet Secretary Musalia Mudavadi.',
      base,
    );
    expect(draft.meetings.map((m) => m.participants.map((p) => p.name).sort())).toEqual([
      ['Abraham Korir Sing’Oei', 'Yalchin Rafiyev'],
      ['Musalia Mudavadi', 'Yalchin Rafiyev'],
    ]);
    expect(draft.meetings[0]!.statements.map((s) => s.text)).toEqual(['The sides discussed trade.']);
  });
});
