import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { KnownPerson, MeetingDraft, ReadoutDraft } from '../../src/ingest/draft.js';
import { extractReadout } from '../../src/ingest/extract.js';
import { defaultInitiatives } from '../../src/ingest/lexicon/initiative-catalog.js';
import { partiesSuffix } from '../../src/ingest/linking/generic-instruments.js';
import { lookupCity, placeKey } from '../../src/ingest/recognize/places.js';
import { foldKey } from '../../src/ingest/text/fold.js';
import { titleText } from '../../src/ingest/text/title-text.js';

export const fixturesDir = fileURLToPath(new URL('../fixtures/readouts/', import.meta.url));
export const fixtureSets = [
  'development',
  'blind-1',
  'blind-2',
  'blind-3',
  'blind-4',
  'blind-5',
  'blind-6',
  'blind-7',
  'blind-8',
  'blind-9',
  'blind-10',
  'blind-11',
  'blind-12',
  'blind-13',
  'blind-14',
  'blind-15',
  'blind-16',
  'blind-17',
  'blind-18',
  'blind-19',
  'blind-20',
  'blind-21',
  'blind-22',
  'blind-23',
  'blind-24',
  'blind-25',
  'blind-26',
  'blind-27',
  'blind-28',
  'blind-29',
  'blind-30',
  'blind-31',
  'blind-32',
  'blind-33',
  'blind-34',
  'blind-35',
  'blind-36',
  'blind-37',
  'blind-38',
  'blind-39',
  'blind-40',
  'blind-41',
  'blind-42',
  'blind-43',
  'blind-44',
  'blind-45',
  'blind-46',
  'blind-47',
  'blind-48',
  'blind-49',
  'blind-50',
  'blind-51',
  'blind-52',
  'blind-53',
  'blind-54',
  'blind-55',
  'blind-56',
  'blind-57',
  'blind-58',
  'blind-59',
  'blind-60',
  'blind-61',
  'blind-62',
  'blind-63',
  'blind-64',
  'blind-65',
  'blind-66',
  'blind-67',
  'blind-68',
  'blind-69',
  'blind-70',
  'blind-71',
  'blind-72',
  'blind-73',
  'blind-74',
  'blind-75',
  'blind-76',
  'blind-77',
  'blind-78',
  'blind-79',
  'blind-80',
  'blind-81',
  'blind-82',
  'blind-83',
  'blind-84',
  'blind-85',
  'blind-86',
  'blind-87',
  'blind-88',
  'blind-89',
  'blind-90',
  'readout-pairs',
] as const;
export type FixtureSet = (typeof fixtureSets)[number];

export interface ExpectedParticipant {
  name: string;
  unnamed?: boolean;
  title: string | null;
  countryCode: string | null;
  organization?: string | null;
  role: 'host' | 'guest' | 'third_party';
}

export interface ExpectedMeeting {
  date: string | null;
  datePrecision?: 'day' | 'month' | 'year';
  kind: MeetingDraft['kind'];
  city: string | null;
  countryCode: string | null;
  participants: ExpectedParticipant[];
  /** Speakers of the reported and joint statements in order: a participant's name, or "joint". */
  statementSpeakers: string[];
  initiatives: string[];
}

/** A hand-checked expected result (see fixtures/readouts/ANNOTATING.md). */
export interface ExpectedReadout {
  sourceUrl: string | null;
  publisher: string;
  publishedAt: string | null;
  annotatedBlind?: boolean;
  annotator?: string;
  notes: string | null;
  meetings: ExpectedMeeting[];
}

export interface Fixture {
  set: FixtureSet | 'issue-examples';
  slug: string;
  text: string;
  expected: ExpectedReadout;
}

/** The readouts of one folder of test/fixtures/readouts with their expected results, by slug. */
export function loadFixtures(set: FixtureSet | 'issue-examples'): Fixture[] {
  // test/fixtures/readout-pairs: a folder per meeting with the readouts of its two sides, and the false candidates.
  if (set === 'readout-pairs') {
    const root = join(fixturesDir, '..', 'readout-pairs');
    return readdirSync(root, { withFileTypes: true })
      .filter((entry) => entry.isDirectory())
      .sort((a, b) => a.name.localeCompare(b.name))
      .flatMap((entry) => loadFolder(set, join(root, entry.name)));
  }
  return loadFolder(set, join(fixturesDir, set));
}

function loadFolder(set: FixtureSet | 'issue-examples', dir: string): Fixture[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((file) => file.endsWith('.expected.json'))
    .sort()
    .map((file) => {
      const slug = file.replace(/\.expected\.json$/, '');
      return {
        set,
        slug,
        text: readFileSync(join(dir, `${slug}.txt`), 'utf8'),
        expected: JSON.parse(readFileSync(join(dir, file), 'utf8')) as ExpectedReadout,
      };
    });
}

/** The people a freshly seeded database knows: the seed meeting's two participants. */
export function knownPeople(): KnownPerson[] {
  return JSON.parse(readFileSync(join(fixturesDir, 'known-people.json'), 'utf8')) as KnownPerson[];
}

/** The draft of a fixture as the API would make it: its page's date and publisher, the default catalogue, `people`. */
export function draftOfFixture(fixture: Fixture, people: readonly KnownPerson[]): ReadoutDraft {
  return extractReadout(fixture.text, {
    publishedAt: fixture.expected.publishedAt,
    publisher: fixture.expected.publisher,
    url: fixture.expected.sourceUrl,
    initiatives: defaultInitiatives,
    people,
  });
}

export const scoredFields = [
  'meetings',
  'date',
  'kind',
  'city',
  'country',
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

/** A fact the extractor gave with its confidence, and whether the expected result agrees. */
export interface CalibrationPoint {
  field: 'date' | 'kind' | 'location' | 'participant' | 'statement' | 'initiative';
  confidence: number;
  correct: boolean;
}

export interface ReadoutScore {
  fields: Record<ScoredField, FieldScore>;
  calibration: CalibrationPoint[];
  empty: boolean;
  spans: { valid: number; total: number };
}

const zero = (): FieldScore => ({ truePositives: 0, predicted: 0, expected: 0 });
type DraftParticipant = MeetingDraft['participants'][number];

export function scoreReadout(text: string, draft: ReadoutDraft, expected: ExpectedReadout): ReadoutScore {
  const fields = Object.fromEntries(scoredFields.map((field) => [field, zero()])) as Record<ScoredField, FieldScore>;
  const calibration: CalibrationPoint[] = [];
  const pairs = pairMeetings(draft.meetings, expected.meetings);
  fields.meetings = {
    truePositives: pairs.filter(([d, e]) => d && e).length,
    predicted: draft.meetings.length,
    expected: expected.meetings.length,
  };
  for (const [got, want] of pairs) scoreMeeting(got, want, fields, calibration);
  return { fields, calibration, empty: draft.meetings.length === 0, spans: spanValidity(text, draft) };
}

function scoreMeeting(
  got: MeetingDraft | null,
  want: ExpectedMeeting | null,
  fields: Record<ScoredField, FieldScore>,
  calibration: CalibrationPoint[],
): void {
  const add = (field: ScoredField, tp: number, predicted: number, expected: number) => {
    fields[field].truePositives += tp;
    fields[field].predicted += predicted;
    fields[field].expected += expected;
  };
  const people = got && want ? pairParticipants(got.participants, want.participants) : [];
  const present = (value: unknown) => (value === null || value === undefined ? 0 : 1);
  const dateRight = got?.date != null && got.date === want?.date;
  add('date', dateRight ? 1 : 0, present(got?.date), present(want?.date));
  if (got?.date) calibration.push({ field: 'date', confidence: got.dateConfidence, correct: dateRight });
  const kindRight = got !== null && want !== null && got.kind === want.kind;
  add('kind', kindRight ? 1 : 0, got ? 1 : 0, want ? 1 : 0);
  if (got) calibration.push({ field: 'kind', confidence: got.kindConfidence, correct: kindRight });
  // One city under two spellings ("Naypyidaw", "Naypyitaw") is one city: the gazetteer's name for the expected one counts.
  const cityRight =
    got?.city != null && want?.city != null && (placeKey(got.city) === placeKey(want.city) || lookupCity(want.city)?.name === got.city);
  add('city', cityRight ? 1 : 0, present(got?.city), present(want?.city));
  const countryRight = got?.countryCode != null && got.countryCode === want?.countryCode;
  add('country', countryRight ? 1 : 0, present(got?.countryCode), present(want?.countryCode));
  if (got?.countryCode)
    calibration.push({ field: 'location', confidence: got.locationConfidence, correct: countryRight && (got.city === null || cityRight) });
  const gotPeople = got?.participants ?? [];
  const wantPeople = want?.participants ?? [];
  add('participants', people.length, gotPeople.length, wantPeople.length);
  for (const participant of gotPeople)
    calibration.push({ field: 'participant', confidence: participant.confidence, correct: people.some(([d]) => d === participant) });
  const titled = (title: string | null | undefined) => title != null && title.length > 0;
  add(
    'titles',
    people.filter(([d, e]) => titled(d.title) && titled(e.title) && foldKey(d.title ?? '') === foldKey(e.title ?? '')).length,
    gotPeople.filter((p) => titled(p.title)).length,
    wantPeople.filter((p) => titled(p.title)).length,
  );
  add(
    'countries',
    people.filter(([d, e]) => d.countryCode !== null && d.countryCode === e.countryCode).length,
    gotPeople.filter((p) => p.countryCode !== null).length,
    wantPeople.filter((p) => p.countryCode !== null).length,
  );
  add('roles', people.filter(([d, e]) => d.role === e.role).length, gotPeople.length, wantPeople.length);
  const labels = speakerLabels(got, people);
  const wanted = want?.statementSpeakers ?? [];
  const matched = alignment(labels, wanted);
  add('speakers', matched.size, labels.length, wanted.length);
  (got?.statements.filter((s) => s.kind !== 'narrative') ?? []).forEach((statement, index) =>
    calibration.push({ field: 'statement', confidence: statement.confidence, correct: matched.has(index) }),
  );
  // Slugs compare without their hyphens: "U.S." gives "us" or "u-s" depending on who wrote it. A generic instrument's
  // slug ends with its parties' codes (linking/generic-instruments.ts), which annotators do not write: they are left out.
  const parties = got ? partiesSuffix(got.participants) : null;
  const slugKey = (slug: string) => (parties && slug.endsWith(`-${parties}`) ? slug.slice(0, -parties.length - 1) : slug).replace(/-/g, '');
  const expectedSlugs = new Set((want?.initiatives ?? []).map(slugKey));
  const gotSlugs = new Set(got?.initiatives.map((i) => slugKey(i.slug)) ?? []);
  add('initiatives', [...gotSlugs].filter((slug) => expectedSlugs.has(slug)).length, gotSlugs.size, expectedSlugs.size);
  for (const initiative of got?.initiatives ?? [])
    calibration.push({ field: 'initiative', confidence: initiative.confidence, correct: expectedSlugs.has(slugKey(initiative.slug)) });
}

/**
 * Meetings paired by shared participants; a one-meeting readout pairs its one meeting with the one extracted.
 * The pairs maximise the participants they share, greedily over all pairs (most shared first, then the closest in
 * order), so a readout whose host is in every meeting is not paired off by one when one meeting was missed.
 */
export function pairMeetings(
  got: readonly MeetingDraft[],
  want: readonly ExpectedMeeting[],
): [MeetingDraft | null, ExpectedMeeting | null][] {
  if (got.length === 1 && want.length === 1) return [[got[0] as MeetingDraft, want[0] as ExpectedMeeting]];
  const candidates: { g: number; w: number; shared: number }[] = [];
  got.forEach((candidate, g) =>
    want.forEach((meeting, w) => {
      const shared = pairParticipants(candidate.participants, meeting.participants).length;
      if (shared > 0) candidates.push({ g, w, shared });
    }),
  );
  candidates.sort((a, b) => b.shared - a.shared || Math.abs(a.g - a.w) - Math.abs(b.g - b.w) || a.w - b.w || a.g - b.g);
  const gotFor = new Map<number, number>();
  const usedGot = new Set<number>();
  for (const { g, w } of candidates) {
    if (gotFor.has(w) || usedGot.has(g)) continue;
    gotFor.set(w, g);
    usedGot.add(g);
  }
  const pairs: [MeetingDraft | null, ExpectedMeeting | null][] = want.map((meeting, w) => {
    const g = gotFor.get(w);
    return [g === undefined ? null : (got[g] as MeetingDraft), meeting];
  });
  got.forEach((extra, g) => {
    if (!usedGot.has(g)) pairs.push([extra, null]);
  });
  return pairs;
}

const stop = new Set(['the', 'and', 'for', 'of']);

/** Extracted and expected participants paired by a shared name word of three letters or more. */
export function pairParticipants(
  got: readonly DraftParticipant[],
  want: readonly ExpectedParticipant[],
): [DraftParticipant, ExpectedParticipant][] {
  const pairs: [DraftParticipant, ExpectedParticipant][] = [];
  const free = [...want];
  for (const participant of got) {
    const own = new Set(
      foldKey(`${participant.name} ${participant.printedName}`)
        .split(/[\s-]+/)
        .filter((t) => t.length >= 3 && !stop.has(t)),
    );
    // The candidate sharing the most words, the first of equals: "Anwar bin Mohammed Gargash" is "Anwar bin Mohammed
    // Gargash", not the "Prince Faisal bin Farhan" listed before him, who shares only "bin".
    const shared = free.map(
      (candidate) =>
        foldKey(candidate.name)
          .split(/[\s-]+/)
          .filter((t) => t.length >= 3 && !stop.has(t) && own.has(t)).length,
    );
    const most = Math.max(0, ...shared);
    const at = most > 0 ? shared.indexOf(most) : -1;
    if (at < 0) continue;
    pairs.push([participant, free[at] as ExpectedParticipant]);
    free.splice(at, 1);
  }
  return pairs;
}

function speakerLabels(got: MeetingDraft | null, people: readonly [DraftParticipant, ExpectedParticipant][]): string[] {
  return (got?.statements ?? [])
    .filter((statement) => statement.kind !== 'narrative')
    .map((statement) => {
      if (statement.speakerKey === null) return 'joint';
      const pair = people.find(([d]) => d.key === statement.speakerKey);
      return pair ? pair[1].name : `unexpected speaker ${statement.speakerKey}`;
    });
}

/** Indexes of `a` in a longest common subsequence with `b`. */
function alignment(a: readonly string[], b: readonly string[]): Set<number> {
  const table = Array.from({ length: a.length + 1 }, () => new Array<number>(b.length + 1).fill(0));
  for (let i = 1; i <= a.length; i++)
    for (let j = 1; j <= b.length; j++) {
      const row = table[i] as number[];
      const above = table[i - 1] as number[];
      row[j] = a[i - 1] === b[j - 1] ? (above[j - 1] as number) + 1 : Math.max(above[j] as number, row[j - 1] as number);
    }
  const matched = new Set<number>();
  for (let i = a.length, j = b.length; i > 0 && j > 0;) {
    if (a[i - 1] === b[j - 1]) {
      matched.add(i - 1);
      i--;
      j--;
    } else if (((table[i - 1] as number[])[j] as number) >= ((table[i] as number[])[j - 1] as number)) i--;
    else j--;
  }
  return matched;
}

/**
 * Every span of the draft is inside the text and its slice is what the draft says was printed there: the headline,
 * a participant's printed name and title, a statement's text, a candidate initiative's name, the city (ignoring case:
 * a dateline prints "TOKYO"; a former name, "Kiev" for Kyiv; or a description, "the Turkish capital").
 */
export function spanValidity(text: string, draft: ReadoutDraft): { valid: number; total: number } {
  const checks: [{ start: number; end: number } | null, string | null, boolean | 'whitespace'][] = [[draft.titleSpan, draft.title, false]];
  for (const m of draft.meetings) {
    checks.push([m.titleSpan, m.title, false], [m.kindSpan, null, false], [m.dateSpan, null, false], [m.locationSpan, m.city, true]);
    // A title is one line however the page wrapped it: its slice is compared with its whitespace collapsed.
    for (const p of m.participants) checks.push([p.span, p.printedName, false], [p.titleSpan, p.title, 'whitespace']);
    for (const s of m.statements) checks.push([s.span, s.text, false]);
    for (const i of m.initiatives) checks.push([i.span, i.isCandidate ? i.name : null, false]);
  }
  let valid = 0;
  let total = 0;
  for (const [span, printed, loose] of checks) {
    if (span === null) continue;
    total++;
    if (span.start < 0 || span.end > text.length || span.end <= span.start) continue;
    const slice = text.slice(span.start, span.end);
    // A place may be printed as a description of the city: "in the Turkish capital".
    const samePlace = () =>
      placeKey(slice) === placeKey(printed ?? '') || lookupCity(slice)?.name === printed || /\bcapital\b/i.test(slice);
    const sameLine = () => titleText(slice) === printed;
    if (printed === null || slice === printed || (loose === true && samePlace()) || (loose === 'whitespace' && sameLine())) valid++;
  }
  return { valid, total };
}

export function addScores(into: FieldScore, more: FieldScore): void {
  into.truePositives += more.truePositives;
  into.predicted += more.predicted;
  into.expected += more.expected;
}

export const precision = (score: FieldScore): number | null => (score.predicted === 0 ? null : score.truePositives / score.predicted);
export const recall = (score: FieldScore): number | null => (score.expected === 0 ? null : score.truePositives / score.expected);
export function f1(score: FieldScore): number | null {
  const p = precision(score);
  const r = recall(score);
  return p === null || r === null || p + r === 0 ? null : (2 * p * r) / (p + r);
}
