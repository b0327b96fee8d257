import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { KnownPerson, Span } from '../../src/ingest/draft.js';
import { extractReadout } from '../../src/ingest/extract.js';
import { defaultInitiatives } from '../../src/ingest/lexicon/initiative-catalog.js';
import { expectDraftConsistentWith } from './draft-assertions.js';

const text = readFileSync(new URL('../../prisma/seed/wang-yi-tileuberdi-2021-07-15.txt', import.meta.url), 'utf8');
const people: KnownPerson[] = [
  { id: '0190a0b0-0000-7000-8000-000000000001', name: 'Wang Yi', aliases: ['王毅'], countryCode: 'CN' },
  { id: '0190a0b0-0000-7000-8000-000000000002', name: 'Mukhtar Tileuberdi', aliases: ['Mukhtar Tleuberdi'], countryCode: 'KZ' },
];
const readout = extractReadout(text, {
  publishedAt: '2021-07-15',
  publisher: "Ministry of Foreign Affairs of the People's Republic of China",
  initiatives: defaultInitiatives,
  people,
});
const draft = readout.meetings[0]!;
const at = (span: Span | null | undefined): string | null => (span ? text.slice(span.start, span.end) : null);

describe('the seed readout (Wang Yi meets Mukhtar Tileuberdi, Tashkent, 15 July 2021)', () => {
  it('is a consistent draft of one meeting without warnings', () => {
    expectDraftConsistentWith(text, readout);
    expect(readout.meetings).toHaveLength(1);
    expect(readout.warnings).toEqual([]);
    expect(readout.confidence).toBeGreaterThan(0.8);
  });

  it('takes the headline as the title of the readout and of its meeting', () => {
    expect(readout.title).toBe('Wang Yi meets with Kazakh Deputy Prime Minister and Foreign Minister Mukhtar Tileuberdi');
    expect(readout.titleSpan).toEqual({ start: 0, end: readout.title?.length });
    expect(draft.title).toBe(readout.title);
  });

  it('reads the date, kind, place and timezone from the meeting sentence', () => {
    expect(draft.date).toBe('2021-07-15');
    expect(draft.datePrecision).toBe('day');
    expect(at(draft.dateSpan)).toBe('July 15, 2021');
    expect(draft.kind).toBe('meeting');
    expect(at(draft.kindSpan)).toBe('met with');
    expect(draft.city).toBe('Tashkent');
    expect(draft.countryCode).toBe('UZ');
    expect(draft.timezone).toBe('Asia/Tashkent');
    expect(at(draft.locationSpan)).toBe('Tashkent');
  });

  it('finds the two participants with their titles, countries, roles and stored people', () => {
    expect(draft.participants).toHaveLength(2);
    const [host, guest] = draft.participants;
    expect(host).toMatchObject({
      key: 'p1',
      name: 'Wang Yi',
      title: 'State Councilor and Foreign Minister',
      printedTitle: 'State Councilor and Foreign Minister',
      countryCode: 'CN',
      role: 'host',
      printedName: 'Wang Yi',
      personId: '0190a0b0-0000-7000-8000-000000000001',
    });
    expect(guest).toMatchObject({
      key: 'p2',
      name: 'Mukhtar Tileuberdi',
      title: 'Deputy Prime Minister and Foreign Minister',
      printedTitle: 'Kazakh Deputy Prime Minister and Foreign Minister',
      countryCode: 'KZ',
      role: 'guest',
      printedName: 'Mukhtar Tileuberdi',
      personId: '0190a0b0-0000-7000-8000-000000000002',
    });
    // The first mentions are in the meeting sentence, not the headline.
    const meetingSentence = text.indexOf('On July 15');
    expect(host?.span?.start).toBe(text.indexOf('Wang Yi met', meetingSentence));
    expect(at(host?.titleSpan)).toBe('State Councilor and Foreign Minister');
    expect(at(guest?.span)).toBe('Mukhtar Tileuberdi');
    expect(guest?.span?.start).toBeGreaterThan(meetingSentence);
    expect(at(guest?.titleSpan)).toBe('Deputy Prime Minister and Foreign Minister');
  });

  it('attributes each paragraph to its speaker, in order, without the page furniture', () => {
    expect(draft.statements.map((s) => [s.kind, s.speakerKey])).toEqual([
      ['reported', 'p1'],
      ['reported', 'p1'],
      ['reported', 'p2'],
    ]);
    const [first, second, third] = draft.statements;
    expect(first?.text.startsWith('Wang Yi said that with the personal commitment')).toBe(true);
    expect(first?.text.endsWith('to a new height.')).toBe(true);
    expect(second?.text.startsWith('Wang Yi said China will join Kazakhstan')).toBe(true);
    expect(second?.text.endsWith('Confidence Building Measures in Asia.')).toBe(true);
    expect(third?.text.startsWith('Mukhtar Tileuberdi said his country')).toBe(true);
    expect(third?.text.endsWith('Kazakhstan opposes tracing being a political issue.')).toBe(true);
    for (const statement of draft.statements) {
      expect(at(statement.span)).toBe(statement.text);
      expect(statement.text).not.toMatch(/Leave A Reply|email address/);
    }
  });

  it('matches every agreed or discussed initiative to the catalogue and to the statement it came from', () => {
    const bySlug = Object.fromEntries(draft.initiatives.map((i) => [i.slug, i]));
    expect(Object.keys(bySlug).sort()).toEqual(
      [
        'belt-and-road-initiative',
        'china-central-asia-foreign-ministers-meeting',
        'cica',
        'covid-19-origin-tracing',
        'covid-19-vaccine-supply',
        'diplomatic-relations-anniversary',
        'nurly-zhol',
        'sco-summit-hosting',
      ].sort(),
    );
    expect(draft.initiatives.every((i) => !i.isCandidate)).toBe(true);
    const expectations: [string, string, number, string][] = [
      ['diplomatic-relations-anniversary', 'anniversary of the establishment of Sino-Kazakhstani diplomatic relations', 0, 'discussed'],
      ['belt-and-road-initiative', 'Belt and Road', 1, 'discussed'],
      ['nurly-zhol', 'light path', 1, 'discussed'],
      ['covid-19-vaccine-supply', 'pandemic supplies', 1, 'discussed'],
      ['covid-19-origin-tracing', 'origin tracing', 1, 'discussed'],
      ['china-central-asia-foreign-ministers-meeting', 'China + Central Asia', 1, 'discussed'],
      ['sco-summit-hosting', 'Council of Heads of Government', 1, 'supported'],
      ['cica', 'Conference on Interaction and Confidence Building Measures in Asia', 1, 'discussed'],
    ];
    for (const [slug, printed, statementIndex, status] of expectations) {
      const initiative = bySlug[slug];
      expect(at(initiative?.span), slug).toBe(printed);
      expect(initiative?.statementIndex, slug).toBe(statementIndex);
      expect(initiative?.status, slug).toBe(status);
    }
    expect(bySlug['sco-summit-hosting']?.committedParties).toEqual(['CN']);
    expect(bySlug['covid-19-vaccine-supply']?.committedParties).toEqual(['CN']);
  });
});
