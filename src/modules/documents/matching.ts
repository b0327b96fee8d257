import { Prisma } from '../../generated/prisma/client.js';
import type { Db } from '../../db/prisma.js';
import type { MeetingDraft } from '../../ingest/draft.js';
import { namesAgree, nameTokensOf } from '../../ingest/attribution/entities.js';
import { foldKey } from '../../ingest/text/fold.js';
import { isOfficeName } from './stored-people.js';
import { officeOf } from '../../ingest/lexicon/titles.js';

// Matching a readout's meeting to a meeting already recorded (most meetings are reported by both governments): the
// draft names every stored meeting it probably describes, with a score and the evidence, and the editor decides.

/** How a stored meeting's place compares with the draft's: same city, same country only, another place, or not given. */
export type PlaceAgreement = 'same' | 'same_country' | 'different' | 'unknown' | 'not_applicable';

/** A stored meeting a draft's meeting probably describes (GET /v1/documents/{id} `candidates`). */
export interface MeetingCandidate {
  /** Index of the meeting in the document's draft. */
  draftMeeting: number;
  meetingId: string;
  title: string;
  /** YYYY-MM-DD. */
  date: string;
  /** 0–1: people 0.5 (shared over the smaller side), date 0.2, kind 0.15, place 0.15. */
  score: number;
  evidence: {
    /** |draft date − meeting date| in days: 0 or 1 (two sides' readouts differ by a day across time zones). */
    dateDifferenceDays: number;
    kind: { draft: string; meeting: string };
    /** The people both record, as the stored meeting names them. */
    people: Array<{ personId: string; name: string }>;
    place: PlaceAgreement;
  };
}

/** A participant of a stored meeting, as matching compares people. */
export interface StoredParticipant {
  personId: string;
  name: string;
  aliases: string[];
  countryCode: string | null;
  /** The title the meeting records for them, which tells an office-holder a readout never names. */
  title?: string | null;
}

interface StoredMeeting {
  id: string;
  title: string;
  kind: string;
  date: Date;
  city: string | null;
  country_code: string | null;
  people: StoredParticipant[];
}

// Kinds one encounter can be printed as: "met", "held talks", "on the sidelines", "visit" are one family; a call
// another. `meeting` is what a readout that never says how they met gets ("spoke today with"): it agrees with all.
const family = (kind: string) => (kind === 'meeting' ? 'any' : kind === 'phone_call' || kind === 'video_call' ? 'remote' : 'in_person');
/** True when two kinds can be one encounter: the same family (in person, or a call), or either a bare `meeting`. */
export const kindsAgree = (a: string, b: string) => family(a) === 'any' || family(b) === 'any' || family(a) === family(b);

// "met" on one side, "held talks" on the other, "on the sidelines of" or "during the visit" (new-user trial 141 F4: the
// Polish readout of the German one scored 0.93, kind "talks" against "meeting", and was recorded twice): the words of
// an encounter in person, which two readouts of one meeting choose differently. Calls keep their medium.
const inPersonWords = new Set(['meeting', 'talks', 'sideline_meeting', 'visit']);
/** True when two kinds name one encounter in other words: equal, or both words of an encounter in person. */
const sameKindInOtherWords = (a: string, b: string) => a === b || (inPersonWords.has(a) && inPersonWords.has(b));

const day = (date: Date) => date.toISOString().slice(0, 10);
const dayNumber = (iso: string) => Math.round(Date.parse(`${iso}T00:00:00Z`) / 86_400_000);

/**
 * True when a draft's participant is the stored one: the same person id, or a name that agrees with the stored name
 * or an alias — every word of the shorter in the longer, at least two words, never an office ("Foreign Minister") —
 * and no other country. A different person id does not rule the name out: two readouts printing one name differently
 * ("Antony J. Blinken", "Antony Blinken") may have been stored as two people.
 */
export function samePerson(
  draft: Pick<MeetingDraft['participants'][number], 'personId' | 'name' | 'countryCode'> & { title?: string | null },
  stored: StoredParticipant,
): boolean {
  if (draft.personId === stored.personId) return true;
  if (draft.countryCode && stored.countryCode && draft.countryCode !== stored.countryCode) return false;
  // "the Foreign Secretary" one side never names ("Foreign Secretary (GB)") is the other side's James Cleverly, Foreign
  // Secretary of GB: the same office of the same country, either way round.
  if (isOfficeName(draft.name) || isOfficeName(stored.name)) return sameOffice(draft, stored);
  const tokens = nameTokensOf(draft.name);
  return [stored.name, ...stored.aliases].some((name) => {
    const other = nameTokensOf(name);
    if (Math.min(tokens.length, other.length) >= 2) return namesAgree(tokens, other) || foldKey(name) === foldKey(draft.name);
    return initialsAgree(draft.name, tokens, other) || initialsAgree(name, other, tokens);
  });
}

// An office-holder by office: both countries known and equal, and the office of each side's title (or of the name it
// was stored under, "Foreign Secretary (GB)") the same (officeOf: "Minister of Foreign Affairs" is "Foreign Minister").
function sameOffice(draft: { name: string; countryCode: string | null; title?: string | null }, stored: StoredParticipant): boolean {
  if (!draft.countryCode || draft.countryCode !== stored.countryCode) return false;
  const office = (title: string | null | undefined, name: string) => {
    const printed = title ?? (isOfficeName(name) ? name.replace(/\s*\([A-Z]{2}\)\s*$/, '') : null);
    return printed ? officeOf(printed) : null;
  };
  const mine = office(draft.title, draft.name);
  return mine !== null && mine.length > 0 && mine === office(stored.title, stored.name);
}

/**
 * "S. Jaishankar" and "Subrahmanyam Jaishankar": a surname of five letters or more alone, with initials that are the
 * first letters of the other name's remaining words.
 */
function initialsAgree(short: string, shortTokens: readonly string[], longTokens: readonly string[]): boolean {
  const initials = [...short.matchAll(/(?:^|\s)(\p{Lu})\.(?=\s|\p{Lu})/gu)].map((match) => match[1]!.toLowerCase());
  if (shortTokens.length !== 1 || initials.length === 0 || (shortTokens[0]?.length ?? 0) < 5 || longTokens.length < 2) return false;
  if (!longTokens.includes(shortTokens[0]!)) return false;
  const firstLetters = longTokens.filter((token) => token !== shortTokens[0]).map((token) => token[0]);
  return initials.every((initial) => firstLetters.includes(initial));
}

// A call or a video call has no place: when both are remote, the place cannot differ, and agrees in full (trial 99: a
// call committed twice scored 0.93 and was recorded twice).
function placeAgreement(draft: MeetingDraft, stored: StoredMeeting): PlaceAgreement {
  if (family(draft.kind) === 'remote' && family(stored.kind) === 'remote') return 'not_applicable';
  if (draft.city && stored.city) {
    if (foldKey(draft.city) === foldKey(stored.city)) return 'same';
    return draft.countryCode && draft.countryCode === stored.country_code ? 'same_country' : 'different';
  }
  if (draft.countryCode && stored.country_code) return draft.countryCode === stored.country_code ? 'same_country' : 'different';
  return 'unknown';
}

const placeScore: Record<PlaceAgreement, number> = { same: 1, not_applicable: 1, same_country: 0.7, unknown: 0.5, different: 0 };

/**
 * The candidate for one draft meeting, or null when `stored` is not the same encounter: a date more than a day apart,
 * kinds of different families (a call and a visit), or too few people in common — at least two, or the one person a
 * side names when nothing else differs. A false candidate — the same principal on the same day with another
 * counterpart — shares one person of two on each side and is left out.
 */
export function scoreCandidate(draftMeeting: number, draft: MeetingDraft, stored: StoredMeeting): MeetingCandidate | null {
  if (!draft.date) return null;
  const difference = Math.abs(dayNumber(draft.date) - dayNumber(day(stored.date)));
  if (difference > 1 || !kindsAgree(draft.kind, stored.kind)) return null;
  // One to one: each draft participant pairs with at most one stored participant (two stored people of one name, a
  // draft naming one person twice, count once).
  const free = [...draft.participants];
  const shared = stored.people.filter((person) => {
    const at = free.findIndex((participant) => samePerson(participant, person));
    if (at >= 0) free.splice(at, 1);
    return at >= 0;
  });
  const smaller = Math.min(draft.participants.length, stored.people.length);
  const place = placeAgreement(draft, stored);
  if (shared.length === 0) return null;
  // One person in common is the same principal's day unless every other sign agrees: one side names nobody else, the
  // other names a counterpart, and the day, the kind and the place do not differ.
  if (shared.length < 2) {
    const alone = smaller === 1 && Math.max(draft.participants.length, stored.people.length) >= 2;
    if (!alone || difference !== 0 || draft.kind !== stored.kind || place === 'different') return null;
  }
  const score =
    0.5 * (shared.length / smaller) +
    0.2 * (difference === 0 ? 1 : 0.5) +
    0.15 * (sameKindInOtherWords(draft.kind, stored.kind) ? 1 : 0.5) +
    0.15 * placeScore[place];
  return {
    draftMeeting,
    meetingId: stored.id,
    title: stored.title,
    date: day(stored.date),
    score: Math.round(score * 100) / 100,
    evidence: {
      dateDifferenceDays: difference,
      kind: { draft: draft.kind, meeting: stored.kind },
      people: shared.map((person) => ({ personId: person.personId, name: person.name })),
      place,
    },
  };
}

/**
 * Stored meetings each of the draft's meetings probably describes, best first per draft meeting (at most five each),
 * leaving out meetings `documentId` is already a source of. One query per dated draft meeting, on the meetings' date
 * index.
 */
export async function findCandidates(db: Db, meetings: readonly MeetingDraft[], documentId: string): Promise<MeetingCandidate[]> {
  const candidates: MeetingCandidate[] = [];
  for (const [index, draft] of meetings.entries()) {
    if (!draft.date || !/^\d{4}-\d{2}-\d{2}$/.test(draft.date)) continue;
    const rows = await db.$queryRaw<StoredMeeting[]>(Prisma.sql`
      SELECT m.id, m.title, m.kind::text AS kind, m.date, m.city, m.country_code,
             coalesce(json_agg(json_build_object('personId', pa.person_id, 'name', pe.name, 'aliases', pe.aliases,
                                                 'countryCode', pa.country_code, 'title', pa.title) ORDER BY pa.position, pa.id)
                      FILTER (WHERE pa.id IS NOT NULL), '[]') AS people
      FROM meetings AS m
      LEFT JOIN participants AS pa ON pa.meeting_id = m.id
      LEFT JOIN people AS pe ON pe.id = pa.person_id
      WHERE m.date BETWEEN CAST(${draft.date} AS date) - 1 AND CAST(${draft.date} AS date) + 1
        AND NOT EXISTS (SELECT 1 FROM meeting_sources AS s WHERE s.meeting_id = m.id AND s.document_id = CAST(${documentId} AS uuid))
      GROUP BY m.id
      ORDER BY m.date DESC, m.id DESC
      LIMIT 500`);
    const scored = rows.map((row) => scoreCandidate(index, draft, row)).filter((candidate) => candidate !== null);
    candidates.push(...scored.sort((a, b) => b.score - a.score || a.meetingId.localeCompare(b.meetingId)).slice(0, 5));
  }
  return candidates;
}
