import { describe, expect, it } from 'vitest';
import type { KnownInitiative } from '../../src/ingest/draft.js';
import { extractReadout } from '../../src/ingest/extract.js';
import { defaultInitiatives } from '../../src/ingest/lexicon/initiative-catalog.js';
import { slugify } from '../../src/ingest/linking/initiative-candidates.js';
import { expectDraftConsistentWith } from './draft-assertions.js';

// Facts of one meeting read end to end: kinds with participants, statements, initiatives. The first meeting of the
// draft is the one each text reports.
const empty = { kind: null, participants: [], statements: [], initiatives: [], city: null, countryCode: null, timezone: null };
const extract = (text: string, initiatives: readonly KnownInitiative[] = defaultInitiatives) => {
  const draft = extractReadout(text, { publishedAt: '2022-03-04', initiatives, people: [] });
  expectDraftConsistentWith(text, draft);
  return draft.meetings[0] ?? empty;
};

describe('meeting kinds', () => {
  const cases: [string, string][] = [
    ['Foreign Minister Wang Yi met with Pakistani Foreign Minister Bilawal Bhutto Zardari in Beijing.', 'meeting'],
    ['Foreign Minister Wang Yi held talks with Pakistani Foreign Minister Bilawal Bhutto Zardari in Beijing.', 'talks'],
    ['Foreign Minister Wang Yi had a phone call with Pakistani Foreign Minister Bilawal Bhutto Zardari.', 'phone_call'],
    ['Foreign Minister Wang Yi had a telephone conversation with Pakistani Foreign Minister Bilawal Bhutto Zardari.', 'phone_call'],
    ['Foreign Minister Wang Yi spoke by phone with Pakistani Foreign Minister Bilawal Bhutto Zardari.', 'phone_call'],
    ['Foreign Minister Wang Yi held a video call with Pakistani Foreign Minister Bilawal Bhutto Zardari.', 'video_call'],
    ['Foreign Minister Wang Yi held a virtual meeting with Pakistani Foreign Minister Bilawal Bhutto Zardari.', 'video_call'],
    [
      'Foreign Minister Wang Yi met with Pakistani Foreign Minister Bilawal Bhutto Zardari on the sidelines of the G20 Summit in Bali.',
      'sideline_meeting',
    ],
  ];
  for (const [sentence, kind] of cases) {
    it(`${kind}: ${sentence.slice(20, 60)}…`, () => {
      const draft = extract(`On March 3, ${sentence}`);
      expect(draft.kind).toBe(kind);
      // Without a publisher, a host of no stated country who receives a guest in Beijing is Chinese; a call or a
      // meeting on the sidelines of a summit says nothing of the host's country.
      expect(draft.participants.map((p) => [p.name, p.role, p.countryCode])).toEqual([
        ['Wang Yi', 'host', sentence.includes('in Beijing') ? 'CN' : null],
        ['Bilawal Bhutto Zardari', 'guest', 'PK'],
      ]);
    });
  }

  it('gives calls no venue and sideline meetings their city', () => {
    expect(extract(`On March 3, ${cases[3]?.[0] ?? ''}`).city).toBeNull();
    const sideline = extract(`On March 3, ${cases[7]?.[0] ?? ''}`);
    expect([sideline.city, sideline.countryCode, sideline.timezone]).toEqual(['Bali', 'ID', 'Asia/Makassar']);
  });

  it('makes the visiting subject the guest and gives the host the country visited', () => {
    const draft = extract(
      'On March 3, External Affairs Minister of India Dr. S. Jaishankar who was on an official visit to Sri Lanka met with Foreign Minister Vijitha Herath.',
    );
    expect(draft.participants.map((p) => [p.printedName, p.role, p.countryCode])).toEqual([
      ['Vijitha Herath', 'host', 'LK'],
      ['S. Jaishankar', 'guest', 'IN'],
    ]);
    expect(draft.countryCode).toBe('LK');
  });
});

describe('statements', () => {
  const readout = [
    'Wang Yi meets with Kazakh Foreign Minister Mukhtar Tileuberdi',
    '',
    'On March 3, State Councilor and Foreign Minister Wang Yi met with Kazakh Foreign Minister Mukhtar Tileuberdi in Beijing.',
    '',
    'Wang Yi said that relations are strong. He added that both sides should deepen trade. The two sides should also expand tourism.',
    '',
    'Tileuberdi noted that Kazakhstan values the partnership. Kazakhstan will work closely with China.',
    '',
    'The two sides agreed to step up cooperation under the Belt and Road Initiative. They also exchanged views on Afghanistan.',
    '',
    'President Kassym-Jomart Tokayev sent his greetings to President Xi Jinping.',
    '',
    'Leave A Reply',
  ].join('\n');
  const draft = extract(readout);

  // ANNOTATING.md: every attribution starts a passage — "He added …" one of the speaker before, "They …" one of the
  // sides together; unattributed sentences run on in the passage before them.
  it('splits attributed passages, continues "He" and surname-only references, and keeps joint passages', () => {
    expect(draft.statements.map((s) => [s.kind, s.speakerKey])).toEqual([
      ['reported', 'p1'],
      ['reported', 'p1'],
      ['reported', 'p2'],
      ['joint', null],
      ['joint', null],
    ]);
    expect(draft.statements.slice(0, 2).map((s) => s.text)).toEqual([
      'Wang Yi said that relations are strong.',
      'He added that both sides should deepen trade. The two sides should also expand tourism.',
    ]);
    expect(draft.statements.slice(3).map((s) => s.text)).toEqual([
      'The two sides agreed to step up cooperation under the Belt and Road Initiative.',
      'They also exchanged views on Afghanistan.',
    ]);
  });

  it('does not make people who are only mentioned participants', () => {
    expect(draft.participants.map((p) => p.name)).toEqual(['Wang Yi', 'Mukhtar Tileuberdi']);
  });

  it('links an agreed initiative to the joint statement and both parties', () => {
    expect(draft.initiatives).toHaveLength(1);
    expect(draft.initiatives[0]).toMatchObject({ slug: 'belt-and-road-initiative', status: 'agreed', statementIndex: 3 });
    expect(draft.initiatives[0]?.committedParties.sort()).toEqual(['CN', 'KZ']);
  });
});

describe('initiatives', () => {
  const lead = 'On March 3, Foreign Minister Wang Yi met with Kazakh Foreign Minister Mukhtar Tileuberdi in Beijing.\n\n';

  it('takes "the Afghan peace process" and "the Afghanistan peace process" for one initiative', () => {
    const draft = extract(
      `${lead}Wang Yi said China supports the Afghan peace process. Tileuberdi said Kazakhstan backs the Afghanistan peace process.`,
      [],
    );
    expect(draft.initiatives.map((i) => i.slug)).toEqual(['afghan-peace-process']);
  });

  it('matches aliases case-insensitively and across typographic quotes, acronyms only in capitals', () => {
    const catalogue: KnownInitiative[] = [
      { slug: 'nurly-zhol', name: 'Nurly Zhol', aliases: ['“light path”', 'Bright Road'] },
      { slug: 'cc5', name: 'China + Central Asia', aliases: ['“China + Central Asia”'] },
      { slug: 'sco', name: 'SCO', aliases: ['SCO'] },
    ];
    const draft = extract(
      `${lead}Wang Yi said the "Light Path" and the China+Central Asia mechanism matter, and the disco is closed.`,
      catalogue,
    );
    expect(draft.initiatives.map((i) => i.slug)).toEqual(['nurly-zhol', 'cc5']);
  });

  it('infers the status from the verb of the clause', () => {
    const draft = extract(
      `${lead}Wang Yi said China supports Kazakhstan hosting the SCO summit, proposed a Green Silk Road Initiative, and the two sides signed the Eurasian Economic Union agreement.`,
    );
    const status = Object.fromEntries(draft.initiatives.map((i) => [i.slug, i.status]));
    expect(status).toEqual({
      'sco-summit-hosting': 'supported',
      'green-silk-road-initiative': 'proposed',
      'eurasian-economic-union': 'signed',
    });
    expect(draft.initiatives.find((i) => i.slug === 'green-silk-road-initiative')?.isCandidate).toBe(true);
  });

  it.each([
    ['the two sides agreed to sign the Eurasian Economic Union agreement', 'agreed'],
    ['the two sides agree to sign the Eurasian Economic Union agreement', 'agreed'],
    ['the two sides will sign the Eurasian Economic Union agreement', 'proposed'],
    ['the two sides signed the Eurasian Economic Union agreement', 'signed'],
  ])('"%s": %s', (clause, status) => {
    const draft = extract(`${lead}Wang Yi said ${clause}.`);
    expect(draft.initiatives.find((i) => i.slug === 'eurasian-economic-union')?.status).toBe(status);
  });

  it('proposes candidates for quoted or capitalised programmes not in the catalogue, once per slug', () => {
    const draft = extract(
      `${lead}Wang Yi said China will align with the "New Kazakhstan" agenda and the Digital Silk Road Programme. Tileuberdi said the Digital Silk Road Programme matters.`,
    );
    expect(draft.initiatives.map((i) => [i.slug, i.isCandidate])).toEqual([
      ['new-kazakhstan', true],
      ['digital-silk-road-programme', true],
    ]);
    expect(slugify('China-Uzbekistan Long-term Economic and Trade Cooperation Plan')).toBe(
      'china-uzbekistan-long-term-economic-and-trade-cooperation-plan',
    );
  });

  it('returns no meeting, hence no initiatives, when no meeting was found', () => {
    expect(
      extractReadout('The Belt and Road Initiative turned ten this year.', { initiatives: defaultInitiatives, people: [] }).meetings,
    ).toEqual([]);
  });
});
