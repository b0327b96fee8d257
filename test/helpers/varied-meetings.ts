import { createHash, randomUUID } from 'node:crypto';
import type { Db } from '../../src/db/prisma.js';
import { datePrecisions, initiativeStatuses, meetingKinds, participantRoles } from '../../src/ingest/draft.js';

// Meetings generated from a seeded random source, written straight to the database, to hold the reads to every corner
// of the contract: text in every script and with every character JSON must escape (quotes, backslashes, control
// characters, U+2028, characters outside the BMP), nulls in every nullable field, empty lists and long ones (ties
// in order included), dates from year 1 to 9999, instants with and without milliseconds, numbers small and large, and
// provenance spans that cut characters outside the BMP in half.

/** A seeded pseudo-random source (mulberry32), so a failure can be replayed. */
export function randomSource(seed: number) {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (min: number, max: number) => min + Math.floor(next() * (max - min + 1));
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)]!;
  return { next, int, pick, chance: (p: number) => next() < p };
}
type Random = ReturnType<typeof randomSource>;

const pieces = [
  'a', 'Z', ' ', '  ', 'talks', 'é', 'e\u0301', 'ﬁ', '中文', '王毅', 'Тілеуберді', 'عربي', 'עברית', 'हिन्दी', '😀', '👩‍👩‍👧', '𝄞', '𠀀',
  '"', '\\', '/', '\n', '\r\n', '\t', '\b', '\f', '\u0001', '\u001f', '\u007f', '\u0085', '\u00a0', '\u2028', '\u2029', '\ufeff', '\uffff',
  '<', '>', '&', "'", '</script>', '${x}', '%s', '?', '$1', '{"a":1}', 'null',
]; // prettier-ignore

/** A string of 1 to `max` pieces (may be long). */
export function variedText(random: Random, max = 12): string {
  return Array.from({ length: random.int(1, max) }, () => random.pick(pieces)).join('');
}

const orNull = <T>(random: Random, value: () => T, p = 0.3): T | null => (random.chance(p) ? null : value());

/** An instant between 1970 and 2100, a third of them on a whole second. */
function instant(random: Random): Date {
  const ms = random.int(0, 4_102_444_800_000);
  return new Date(random.chance(0.3) ? ms - (ms % 1000) : ms);
}

const calendarDates = ['0001-01-01', '0999-12-31', '1970-01-01', '2021-07-15', '2024-02-29', '9999-12-31'];
const confidences = [0, -0, 1, 0.5, 0.1, 1 / 3, 0.123456789012345, 1e-4, 1e-5, 1.5e-7, 1e-7, 1e-300, 5e-324, 0.99999999999999];

export interface VariedMeetings {
  meetingIds: string[];
  /** A meeting whose statements alone are far past 16 KiB. */
  bigMeetingId: string;
}

function documentText(random: Random, index: number): string {
  if (index === 0) return 'A readout in plain ASCII. '.repeat(20);
  if (index === 1) return '😀𝄞 astral first, then text '.repeat(30);
  return Array.from({ length: random.int(20, 400) }, () => random.pick(pieces)).join('');
}

/** Writes people, initiatives, documents and `count` meetings with their parts; returns the meetings' ids. */
export async function createVariedMeetings(prisma: Db, seed: number, count: number): Promise<VariedMeetings> {
  const random = randomSource(seed);
  const people = Array.from({ length: 80 }, (_, index) => ({ id: randomUUID(), name: `${variedText(random, 4)} ${index}` }));
  await prisma.person.createMany({ data: people });
  const initiatives = Array.from({ length: 8 }, (_, index) => ({ id: randomUUID(), slug: `varied-${index}`, name: variedText(random, 4) }));
  await prisma.initiative.createMany({ data: initiatives });
  const documents = Array.from({ length: 5 }, (_, index) => {
    const text = documentText(random, index);
    return { id: randomUUID(), text, sha256: createHash('sha256').update(`${index}:${text}`).digest('hex') };
  });
  await prisma.sourceDocument.createMany({ data: documents });
  const meetingIds: string[] = [];
  for (let index = 0; index < count; index++) {
    meetingIds.push(await createMeeting(prisma, random, { index, people, initiatives, documents, parents: meetingIds }));
  }
  const bigMeetingId = await createMeeting(prisma, random, { index: -1, people, initiatives, documents, parents: [] });
  return { meetingIds, bigMeetingId };
}

interface Catalogue {
  index: number;
  people: Array<{ id: string }>;
  initiatives: Array<{ id: string }>;
  documents: Array<{ id: string; text: string }>;
  parents: string[];
}

async function createMeeting(prisma: Db, random: Random, { index, people, initiatives, documents, parents }: Catalogue): Promise<string> {
  const big = index < 0;
  const id = randomUUID();
  const createdAt = instant(random);
  await prisma.meeting.create({
    data: {
      id,
      title: variedText(random),
      kind: random.pick(meetingKinds),
      date: new Date(`${random.pick(calendarDates)}T00:00:00Z`),
      datePrecision: random.pick(datePrecisions),
      startTime: orNull(random, () => `${String(random.int(0, 23)).padStart(2, '0')}:${String(random.int(0, 59)).padStart(2, '0')}`),
      timezone: orNull(random, () => 'Asia/Tashkent'),
      city: orNull(random, () => variedText(random, 3)),
      countryCode: orNull(random, () => random.pick(['KZ', 'CN', 'UZ'])),
      parentId: parents.length ? orNull(random, () => random.pick(parents), 0.7) : null,
      summary: orNull(random, () => (random.chance(0.2) ? variedText(random, 2000) : variedText(random, 40))),
      sourceDocumentId: orNull(random, () => random.pick(documents).id),
      version: random.int(1, 2_000_000_000),
      createdAt,
      updatedAt: random.chance(0.5) ? createdAt : instant(random),
    },
  });
  const participantCount = big ? 3 : random.pick([0, 1, 2, 5, 40]);
  const participants = Array.from({ length: participantCount }, (_, position) => ({
    id: randomUUID(),
    meetingId: id,
    personId: people[(index * 7 + position * 13 + 1000) % people.length]!.id,
    title: orNull(random, () => variedText(random, 5)),
    countryCode: orNull(random, () => random.pick(['KZ', 'CN'])),
    organization: orNull(random, () => variedText(random, 3), 0.7),
    role: random.pick(participantRoles),
    printedName: orNull(random, () => variedText(random, 3)),
    printedTitle: orNull(random, () => variedText(random, 5)),
    // Ties on position are broken by id.
    position: random.pick([0, 1, position, 2_147_483_647]),
    version: random.int(1, 5),
    createdAt: instant(random),
    updatedAt: instant(random),
  }));
  await prisma.participant.createMany({ data: participants });
  const statementCount = big ? 300 : random.pick([0, 1, 3, 10, 120]);
  const statements = Array.from({ length: statementCount }, (_, position) => {
    const speaker = participants.length && random.chance(0.7) ? random.pick(participants) : null;
    return {
      id: randomUUID(),
      meetingId: id,
      speakerId: speaker?.id ?? null,
      speakerMeetingId: speaker ? id : null,
      kind: speaker ? ('reported' as const) : random.pick(['joint', 'narrative'] as const),
      text: big
        ? `${position}: ${'Both sides agreed. '.repeat(60)}`
        : random.chance(0.05)
          ? ''
          : variedText(random, random.pick([5, 60, 600])),
      position: position === statementCount - 1 ? 2_147_483_647 : position * 3 + random.int(0, 2),
      topics: random.chance(0.5) ? [] : Array.from({ length: random.int(1, 3) }, () => variedText(random, 3)),
      version: random.int(1, 5),
      createdAt: instant(random),
      updatedAt: instant(random),
    };
  });
  await prisma.statement.createMany({ data: statements });
  const linkCreatedAt = instant(random);
  const links = initiatives.slice(0, big ? 2 : random.pick([0, 1, 3, 8])).map((initiative) => ({
    id: randomUUID(),
    meetingId: id,
    initiativeId: initiative.id,
    status: random.pick(initiativeStatuses),
    description: orNull(random, () => variedText(random, 10)),
    committedParties: random.chance(0.4) ? [] : Array.from({ length: random.int(1, 3) }, () => variedText(random, 2)),
    statementId: statements.length ? orNull(random, () => random.pick(statements).id) : null,
    version: random.int(1, 5),
    // Ties on createdAt are broken by id.
    createdAt: random.chance(0.5) ? linkCreatedAt : instant(random),
    updatedAt: instant(random),
  }));
  await prisma.meetingInitiative.createMany({ data: links });
  const spans = Array.from({ length: big ? 2 : random.pick([0, 1, 5, 30]) }, () => {
    const document = random.pick(documents);
    const start = random.int(0, document.text.length + 2);
    return {
      id: randomUUID(),
      documentId: document.id,
      meetingId: id,
      recordType: random.pick(['meeting', 'participant', 'statement', 'meeting_initiative'] as const),
      recordId: randomUUID(),
      field: variedText(random, 2),
      start,
      end: start + random.int(1, 40),
      confidence: orNull(random, () => random.pick(confidences), 0.2),
    };
  });
  await prisma.provenanceSpan.createMany({ data: spans });
  return id;
}

/** Every subset of the lists a meeting embeds, as `include=` values ('' for none: send no include then). */
export function includeCombinations(lists: readonly string[]): string[] {
  return Array.from({ length: 2 ** lists.length }, (_, mask) => lists.filter((_, bit) => mask & (1 << bit)).join(','));
}
