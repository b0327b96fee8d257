import { describe, expect, it } from 'vitest';
import type { ExtractOptions } from '../../../src/ingest/draft.js';
import { extractReadout } from '../../../src/ingest/extract.js';
import { officeOf } from '../../../src/ingest/lexicon/titles.js';

// Blind-84's misses, each as its class with texts written for it (not the set's) and the neighbours that keep their
// reading.

const base: ExtractOptions = { initiatives: [], people: [], publishedAt: '2024-07-20' };
const draft = (text: string) => extractReadout(text, base);
const pairs = (text: string) =>
  draft(text).meetings.map((meeting) =>
    meeting.participants
      .map((p) => p.name)
      .sort()
      .join(' + '),
  );

describe('several delegations received, each led by someone named', () => {
  it.each([
    [
      'received two delegations led by A and B',
      'On 6 May, Party Secretary Tran Van Minh received two delegations led by Lao Deputy PM Somsak Vong and Cambodian Deputy PM Chea Sophal.',
      ['Somsak Vong + Tran Van Minh', 'Chea Sophal + Tran Van Minh'],
    ],
    [
      'welcomed the three delegations headed by …',
      'Speaker Tran Van Minh welcomed the three delegations headed by Senator Ana Lira, Senator Tomas Vidal and Senator Pedro Ruiz.',
      ['Ana Lira + Tran Van Minh', 'Tomas Vidal + Tran Van Minh', 'Pedro Ruiz + Tran Van Minh'],
    ],
  ])('%s', (_case, text, expected) => {
    expect(pairs(`Reception\n\n${text}`)).toEqual(expected);
  });

  it('a delegation named with no leader is still no meeting with its country', () => {
    expect(pairs('Reception\n\nParty Secretary Tran Van Minh received two delegations from Laos on Monday.')).toEqual([]);
  });
});

describe('"PM" is "Prime Minister" inside an office, as "FM" is "Foreign Minister"', () => {
  it.each([
    ['Deputy PM', 'deputy prime minister'],
    ['Deputy Prime Minister', 'deputy prime minister'],
    ['Deputy FM', 'deputy foreign minister'],
  ])('%s', (title, office) => {
    expect(officeOf(title)).toBe(office);
  });

  it('"the Lao and Cambodian Deputy Prime Ministers" are the two "Deputy PM"s the text names', () => {
    const text =
      'Reception\n\nThe Lao and Cambodian Deputy Prime Ministers praised the relationship.\n\nOn 6 May, Party Secretary Tran Van Minh received two delegations led by Lao Deputy PM Somsak Vong and Cambodian Deputy PM Chea Sophal.';
    const people = draft(text).meetings.flatMap((m) => m.participants.map((p) => [p.name, p.countryCode]));
    expect(people).toContainEqual(['Tran Van Minh', null]);
    expect(people).not.toContainEqual(['Tran Van Minh', 'LA']);
  });
});

describe('"met <day>, <date>, in <place>, with": the day and the place between the verb and "with"', () => {
  it.each([
    'Minister Ana Lira met last Tuesday, May 15, in his temporary office in the Sipopo Conference Center, with Ambassador Tomas Vidal of Chile.',
    'Minister Ana Lira met on Monday, 14 May, in Malabo, with Ambassador Tomas Vidal of Chile.',
    'Minister Ana Lira met this Friday, in Malabo, with Ambassador Tomas Vidal of Chile.',
  ])('%s', (text) => {
    expect(pairs(`Meeting\n\n${text}`)).toEqual(['Ana Lira + Tomas Vidal']);
  });
});

describe('a meeting split off a list is the one the text then tells as held together', () => {
  const text = (after: string) =>
    `Minister receives ambassadors\n\nMinister Ana Lira met on Tuesday, in Malabo, with diplomats from Cameroon, Paul Mbida, Brazil, Clara Souza, and Venezuela, Pedro Ruiz.\n\n${after}`;

  it('"received in a joint audience the Ambassadors of Brazil and Venezuela, B and C"', () => {
    expect(
      pairs(
        text(
          'After the meeting with the Cameroonian diplomat, Minister Lira received in a joint audience the Ambassadors of Brazil and Venezuela, Clara Souza and Pedro Ruiz.',
        ),
      ),
    ).toEqual(['Ana Lira + Paul Mbida', 'Ana Lira + Clara Souza + Pedro Ruiz']);
  });

  it('told one by one afterwards, they stay apart', () => {
    expect(
      pairs(text('Minister Lira then received the Ambassador of Brazil, Clara Souza. She later received Ambassador Pedro Ruiz.')),
    ).toEqual(['Ana Lira + Paul Mbida', 'Ana Lira + Clara Souza', 'Ana Lira + Pedro Ruiz']);
  });

  it('a trilateral told before bilaterals keeps them (blind-2)', () => {
    const trilateral =
      'Talks\n\nForeign Ministers Ana Lira of Chile, Tomas Vidal of Peru and Pedro Ruiz of Bolivia held a trilateral meeting in Lima on Monday.\n\nAt a press conference after the meeting, Minister Lira said she discussed trade with her Peruvian and Bolivian counterparts.';
    expect(pairs(trilateral)).toContain('Ana Lira + Pedro Ruiz + Tomas Vidal');
  });
});

describe("a country's envoy office stands for the one of that country the text named by a generic word", () => {
  it('"diplomats from Cameroon, Paul Mbida … the Ambassador of Cameroon"', () => {
    const [meeting] = draft(
      'Minister receives ambassador\n\nMinister Ana Lira met on Tuesday with diplomats from Cameroon, Paul Mbida, Gabon, Jean Nze, and Chile, Tomas Vidal.\n\nThe audience between the Minister and the Ambassador of Cameroon was the first of all. "We expect to sign agreements," said Ambassador Paul Mbida.',
    ).meetings;
    expect(meeting?.participants.map((p) => [p.name, p.title, p.countryCode])).toEqual([
      ['Ana Lira', 'Minister', null],
      ['Paul Mbida', 'Ambassador', 'CM'],
    ]);
  });
});

describe('a dateline whose agency bracket lost its name still dates the text', () => {
  it.each([
    ['Caracas, January 17, 2007 (— ', '2007-01-16'],
    ['Caracas, January 17, 2007 — ', '2007-01-16'],
    ['Caracas, January 17, 2007 (Prensa Latina) — ', '2007-01-16'],
  ])('"%s"', (dateline, date) => {
    const text = `Agreements signed\n\n${dateline}Venezuela and Ecuador yesterday signed nine energy accords.\n\nPresident Ana Lira of Venezuela and her Ecuadorian counterpart Tomas Vidal signed the agreements in Quito yesterday.`;
    expect(extractReadout(text, { ...base, publishedAt: null }).meetings.map((m) => m.date)).toEqual([date]);
  });
});

describe('the day a ministry published the details of meetings is not their day', () => {
  it.each([
    'The Ministry of Foreign Affairs announced on Tuesday details of the meetings held by Foreign Minister Ana Lira during her visit to Lima.',
    'The Ministry of Foreign Affairs released on Tuesday the outcome of the talks held by Foreign Minister Ana Lira during her visit to Lima.',
  ])('%s', (lead) => {
    const text = `Visit\n\n${lead}\n\nIn a statement, the Ministry said that Lira met with Peruvian President Tomas Vidal.`;
    expect(extractReadout(text, { ...base, publishedAt: '2022-08-30' }).meetings.map((m) => m.date)).toEqual([null]);
  });

  it('"… met on Tuesday", in the same text, still dates it', () => {
    const text =
      'Visit\n\nThe Ministry of Foreign Affairs announced on Tuesday details of the meetings held by Foreign Minister Ana Lira during her visit to Lima.\n\nLira met with Peruvian President Tomas Vidal on Monday.';
    expect(extractReadout(text, { ...base, publishedAt: '2022-08-30' }).meetings.map((m) => m.date)).toEqual(['2022-08-29']);
  });
});

describe("an international wire's copy is nobody's readout, whoever prints it", () => {
  const text = (dateline: string) =>
    `Talks\n\n${dateline} Senator Ana Lira met Peruvian President Tomas Vidal in Lima on Monday.\n\nVidal said Peru valued the ties.`;
  it.each(['SYDNEY (Reuters) –', 'PARIS (AFP) -', 'NEW YORK (AP) —'])('"%s" on a U.S. station\'s site', (dateline) => {
    const [meeting] = extractReadout(text(dateline), { ...base, publisher: 'WKZO, a U.S. radio station' }).meetings;
    expect(meeting?.participants.map((p) => [p.name, p.countryCode, p.role])).toEqual([
      ['Tomas Vidal', 'PE', 'host'],
      ['Ana Lira', null, 'guest'],
    ]);
  });

  it("a ministry's own release keeps its side as the host", () => {
    const [meeting] = extractReadout(text('SANTIAGO, 4 March 2024 –'), {
      ...base,
      publisher: 'Ministry of Foreign Affairs of Chile',
    }).meetings;
    expect(meeting?.participants.map((p) => [p.name, p.countryCode, p.role])).toEqual([
      ['Ana Lira', 'CL', 'host'],
      ['Tomas Vidal', 'PE', 'guest'],
    ]);
  });
});

describe('who attended the event was at none of the separate meetings told before', () => {
  const text = (second: string) =>
    `Talks in Tashkent\n\nForeign Minister Ana Lira on Friday held separate bilateral talks with her counterparts from Tajikistan, Kyrgyzstan and Uzbekistan on the margins of an SCO conclave in Tashkent.\n\n${second}`;

  it('"The meeting of the SCO was also attended by …"', () => {
    expect(
      pairs(text('The meeting of the Shanghai Cooperation Organisation was also attended by Chinese Foreign Minister Wang Yi.')),
    ).toEqual(['Ana Lira + Counterpart (TJ)', 'Ana Lira + Counterpart (KG)', 'Ana Lira + Counterpart (UZ)']);
  });

  it('a meeting told on its own keeps who attended it', () => {
    const told = draft(
      'Talks\n\nForeign Minister Ana Lira held talks with Foreign Minister Tomas Vidal of Peru in Lima on Friday.\n\nThe meeting was also attended by Ambassador Pedro Ruiz.',
    );
    expect(told.meetings.map((m) => m.participants.map((p) => p.name).sort())).toEqual([['Ana Lira', 'Pedro Ruiz', 'Tomas Vidal']]);
  });
});

describe('"At the meeting, A and B …": who the meeting at hand was with', () => {
  it('a minister who presents at the reception took part in it', () => {
    const text =
      'Reception\n\nToday, President Ana Lira received the Minister of Foreign Affairs of Peru Tomas Vidal.\n\nAt the meeting, Tomas Vidal and Pedro Ruiz presented to Ana Lira the steps undertaken by the two ministries.';
    expect(pairs(text)).toEqual(['Ana Lira + Pedro Ruiz + Tomas Vidal']);
  });

  it('"At the meeting of the council, …" names no one of this meeting', () => {
    const text =
      'Reception\n\nToday, President Ana Lira received the Minister of Foreign Affairs of Peru Tomas Vidal.\n\nAt the meeting of the council last year, Pedro Ruiz presented the steps undertaken by the two ministries.';
    expect(pairs(text)).toEqual(['Ana Lira + Tomas Vidal']);
  });
});

describe('a place named after a gathering is a venue, not an initiative', () => {
  const slugs = (text: string) => draft(text).meetings.flatMap((m) => m.initiatives.map((i) => i.slug));
  it.each([
    ['Center', 'the Sipopo Conference Center'],
    ['Centre', 'the Lancaster Summit Centre'],
    ['Hall', 'the Great Forum Hall'],
  ])('"… %s"', (_venue, place) => {
    const text = `Meeting\n\nMinister Ana Lira met Ambassador Tomas Vidal of Chile in ${place} on Monday. They discussed trade.`;
    expect(slugs(text).join(' ')).not.toMatch(/sipopo|lancaster|great-forum/);
  });

  it('the gathering itself, named, still is one', () => {
    const text =
      'Meeting\n\nMinister Ana Lira met Ambassador Tomas Vidal of Chile on Monday. They discussed the preparations for the Sipopo Conference on Ocean Trade.';
    expect(slugs(text)).toContain('sipopo-conference-on-ocean-trade');
  });
});

describe('"the video call" is no telephone call', () => {
  const kind = (text: string) => draft(text).meetings.map((m) => m.kind);
  it.each([
    ['the video call', 'video_call'],
    ['the virtual call', 'video_call'],
    ['the conference call', 'phone_call'],
  ])('"Participants in %s …"', (call, expected) => {
    const text = `Leaders meet\n\nPrime Minister Ana Lira on Thursday held talks with Prime Minister Tomas Vidal of Peru.\n\nParticipants in ${call} included their foreign ministers.`;
    expect(kind(text)).toEqual([expected]);
  });

  it('"the call" alone after a meeting told with no medium is still a call', () => {
    const text =
      'Readout\n\nPrime Minister Ana Lira spoke with Prime Minister Tomas Vidal of Peru on Thursday.\n\nDuring the call, the leaders discussed trade.';
    expect(kind(text)).toEqual(['phone_call']);
  });
});
