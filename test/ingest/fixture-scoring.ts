import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { KnownPerson, MeetingDraft } from '../../src/ingest/draft.js';
import { foldKey } from '../../src/ingest/text-fold.js';

export const fixturesDir = fileURLToPath(new URL('../fixtures/readouts/', import.meta.url));

export interface ExpectedParticipant {
  name: string;
  title: string | null;
  countryCode: string | null;
  role: 'host' | 'guest' | 'third_party';
}

/** A hand-checked expected result: what a careful reader gets from the readout (see fixtures/readouts/README.md). */
export interface ExpectedReadout {
  sourceUrl: string | null;
  publisher: string;
  publishedAt: string | null;
  notes: string | null;
  /** The expected result was written before the extractor first ran on this text (see the fixtures README). */
  annotatedBlind?: boolean;
  date: string | null;
  kind: MeetingDraft['kind'];
  city: string | null;
  countryCode: string | null;
  participants: ExpectedParticipant[];
  /** Speakers of the reported and joint statements in order: a participant's name, or "joint". */
  statementSpeakers: string[];
  initiatives: string[];
}

export interface Fixture {
  slug: string;
  text: string;
  expected: ExpectedReadout;
}

export function loadFixtures(): Fixture[] {
  return readdirSync(fixturesDir)
    .filter((file) => file.endsWith('.expected.json'))
    .sort()
    .map((file) => {
      const slug = file.replace(/\.expected\.json$/, '');
      return {
        slug,
        text: readFileSync(join(fixturesDir, `${slug}.txt`), 'utf8'),
        expected: JSON.parse(readFileSync(join(fixturesDir, file), 'utf8')) as ExpectedReadout,
      };
    });
}

/** The people a freshly seeded database knows: the seed meeting's two participants. */
export function knownPeople(): KnownPerson[] {
  return JSON.parse(readFileSync(join(fixturesDir, 'known-people.json'), 'utf8')) as KnownPerson[];
}

export const scoredFields = [
  'date',
  'kind',
  'location',
  'participants',
  'titles',
  'countries',
  'roles',
  'speakers',
  'initiatives',
] as const;
export type ScoredField = (typeof scoredFields)[number];

/** True positives, and how many facts were extracted and expected: enough for precision and recall. */
export interface FieldScore {
  truePositives: number;
  predicted: number;
  expected: number;
}

export function scoreDraft(draft: MeetingDraft, expected: ExpectedReadout): Record<ScoredField, FieldScore> {
  const pairs = pairParticipants(draft, expected);
  const present = (value: unknown): number => (value === null || value === undefined ? 0 : 1);
  const sameCity = (a: string | null, b: string | null): boolean =>
    (a === null && b === null) || (a !== null && b !== null && foldKey(a) === foldKey(b));
  const hasLocation = (city: string | null, country: string | null): boolean => city !== null || country !== null;
  const titled = (title: string | null): boolean => title !== null && title.length > 0;
  const speakerLabels = draftSpeakerLabels(draft, pairs);
  const expectedSlugs = new Set(expected.initiatives);
  return {
    date: {
      truePositives: draft.date !== null && draft.date === expected.date ? 1 : 0,
      predicted: present(draft.date),
      expected: present(expected.date),
    },
    kind: { truePositives: draft.kind === expected.kind ? 1 : 0, predicted: 1, expected: 1 },
    location: {
      truePositives:
        hasLocation(draft.city, draft.countryCode) && draft.countryCode === expected.countryCode && sameCity(draft.city, expected.city)
          ? 1
          : 0,
      predicted: hasLocation(draft.city, draft.countryCode) ? 1 : 0,
      expected: hasLocation(expected.city, expected.countryCode) ? 1 : 0,
    },
    participants: { truePositives: pairs.length, predicted: draft.participants.length, expected: expected.participants.length },
    titles: {
      truePositives: pairs.filter(([d, e]) => titled(d.title) && titled(e.title) && foldKey(d.title ?? '') === foldKey(e.title ?? ''))
        .length,
      predicted: draft.participants.filter((p) => titled(p.title)).length,
      expected: expected.participants.filter((p) => titled(p.title)).length,
    },
    countries: {
      truePositives: pairs.filter(([d, e]) => d.countryCode !== null && d.countryCode === e.countryCode).length,
      predicted: draft.participants.filter((p) => p.countryCode !== null).length,
      expected: expected.participants.filter((p) => p.countryCode !== null).length,
    },
    roles: {
      truePositives: pairs.filter(([d, e]) => d.role === e.role).length,
      predicted: draft.participants.length,
      expected: expected.participants.length,
    },
    speakers: {
      truePositives: longestCommonSubsequence(speakerLabels, expected.statementSpeakers),
      predicted: speakerLabels.length,
      expected: expected.statementSpeakers.length,
    },
    initiatives: {
      truePositives: new Set(draft.initiatives.map((i) => i.slug).filter((slug) => expectedSlugs.has(slug))).size,
      predicted: new Set(draft.initiatives.map((i) => i.slug)).size,
      expected: expectedSlugs.size,
    },
  };
}

type DraftParticipant = MeetingDraft['participants'][number];

/** Extracted and expected participants paired by name, tolerating a missing given name or middle initial. */
export function pairParticipants(draft: MeetingDraft, expected: ExpectedReadout): [DraftParticipant, ExpectedParticipant][] {
  const pairs: [DraftParticipant, ExpectedParticipant][] = [];
  const free = [...expected.participants];
  for (const participant of draft.participants) {
    const at = free.findIndex((candidate) => sameName(participant, candidate.name));
    if (at < 0) continue;
    pairs.push([participant, free[at] as ExpectedParticipant]);
    free.splice(at, 1);
  }
  return pairs;
}

function sameName(participant: DraftParticipant, expectedName: string): boolean {
  const wanted = new Set(
    foldKey(expectedName)
      .split(/[\s-]+/)
      .filter((token) => token.length >= 3),
  );
  const own = foldKey(`${participant.name} ${participant.printedName}`).split(/[\s-]+/);
  return own.some((token) => token.length >= 3 && wanted.has(token));
}

function draftSpeakerLabels(draft: MeetingDraft, pairs: readonly [DraftParticipant, ExpectedParticipant][]): string[] {
  return draft.statements
    .filter((statement) => statement.kind !== 'narrative')
    .map((statement) => {
      if (statement.speakerKey === null) return 'joint';
      const pair = pairs.find(([d]) => d.key === statement.speakerKey);
      return pair ? pair[1].name : `unexpected speaker ${statement.speakerKey}`;
    });
}

function longestCommonSubsequence(a: readonly string[], b: readonly string[]): number {
  const table = Array.from({ length: a.length + 1 }, () => new Array<number>(b.length + 1).fill(0));
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const row = table[i] as number[];
      const above = table[i - 1] as number[];
      row[j] = a[i - 1] === b[j - 1] ? (above[j - 1] as number) + 1 : Math.max(above[j] as number, row[j - 1] as number);
    }
  }
  return (table[a.length] as number[])[b.length] as number;
}

export function addScores(into: FieldScore, more: FieldScore): void {
  into.truePositives += more.truePositives;
  into.predicted += more.predicted;
  into.expected += more.expected;
}

export function precision(score: FieldScore): number | null {
  return score.predicted === 0 ? null : score.truePositives / score.predicted;
}

export function recall(score: FieldScore): number | null {
  return score.expected === 0 ? null : score.truePositives / score.expected;
}
