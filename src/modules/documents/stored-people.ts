import { Prisma } from '../../generated/prisma/client.js';
import { foldKey } from '../../ingest/text/fold.js';
import { audit, type Actor } from '../audit/audit.js';
import { toPersonDto } from '../people/people.dto.js';
import { lockPeopleCreation } from '../people/namesakes.js';
import { personCreateSchema } from '../people/people.schemas.js';
import { foldedContainsPattern } from '../../http/name-match.js';
import { nameTokensOf } from '../../ingest/attribution/entities.js';
import { titleWords } from '../../ingest/lexicon/titles.js';
import { hasInitial, matchPerson, spelledOut } from '../../ingest/linking/people-matching.js';

/**
 * The stored person a committed participant is, when the draft left `personId` null: the draft was computed when the
 * document was posted, and someone committed since (from another readout) must not be created a second time — two
 * people of one name make every later match ambiguous, and the copies multiply. A person of the same name (ignoring
 * case; or one of their aliases; failing that, the same words in any order without initials: "KISHIDA Fumio" is
 * "Fumio Kishida", "Antony J. Blinken" "Antony Blinken"; or, as the draft's matching has it, every word of one name
 * another spelling of one of the other's, accents ignored: "Sergei Shoigu" is "Sergey Shoigu", "Mevlut Cavusoglu"
 * "Mevlüt Çavuşoğlu", "Khalid Al Marzouqi" "Sheikh Khalid bin Ahmed Al Marzouqi"; an initial for a word it begins:
 * "S. Jaishankar" "Subrahmanyam Jaishankar") and a compatible country (the same,
 * or either unknown) is taken, the one of the same country first, then the oldest; `{ among }` when two or more are
 * equally likely and something tells them apart: two countries, or identifiers on any of them. Null for a name that is an office
 * ("Secretary-General", "Foreign Minister of Tajikistan": a participant the readout never names), which two readouts
 * can use for two different people.
 */
export async function storedPersonFor(tx: Prisma.TransactionClient, name: string, countryCode: string | null): Promise<StoredLookup> {
  if (isOfficeName(name)) return null;
  const words = nameTokensOf(name);
  const people = await peopleLike(tx, name, [...new Set(words.filter((word) => word.length >= 4))]);
  // The same name, ignoring case, or one of a person's aliases: the oldest first.
  const exact = people
    .filter((person) => person.exact)
    .sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime() || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  // The same words in another order, case or with an initial ("KISHIDA Fumio", "Antony J. Blinken"), or every word a
  // spelling of the other's ("Sergei Shoigu" / "Sergey Shoigu"): the test the draft's people matching applies.
  const sameWords = (other: string) => {
    const theirs = nameTokensOf(other);
    return theirs.length === words.length && words.length >= 2 && [...words].sort().join(' ') === [...theirs].sort().join(' ');
  };
  // Either way round: "Khalid Al Marzouqi" is in "Sheikh Khalid bin Ahmed Al Marzouqi", and the longer name is the same
  // person as the shorter one stored before it (two words at least on both sides, or a word and an initial).
  // "S. Jaishankar" too, one word and an initial: not a lone surname.
  const spelledAlike = (person: StoredPerson) =>
    (words.length >= 2 || (words.length === 1 && hasInitial(name))) &&
    ((matchPerson(name, null, [person])?.confidence ?? 0) >= 0.85 ||
      spelledOut(person).some(
        (known) =>
          (nameTokensOf(known).length >= 2 || hasInitial(known)) &&
          (matchPerson(known, null, [{ id: person.id, name, aliases: [], countryCode: null }])?.confidence ?? 0) >= 0.85,
      ));
  const candidates = exact.length
    ? exact
    : people.filter((person) => [person.name, ...person.aliases].some(sameWords) || spelledAlike(person));
  const compatible = candidates.filter(
    (person) => person.countryCode === null || countryCode === null || person.countryCode === countryCode,
  );
  // Those of the same country first. Two or more people it may equally be whom something tells apart — two countries,
  // or identifiers on any of them (a namesake, as POST /v1/people stores one) — are for the editor to choose between
  // (new-user trial 139 F9: the oldest had been taken silently; trial 140 F1: so had the one with identifiers). Copies
  // of one person that nothing tells apart (a meeting's body creates its people inline) are one person: the oldest.
  const sameCountry = compatible.filter((person) => countryCode !== null && person.countryCode === countryCode);
  const likeliest = sameCountry.length ? sameCountry : compatible;
  if (likeliest.length <= 1) return likeliest[0] ? { id: likeliest[0].id } : null;
  const countries = new Set(likeliest.flatMap((person) => (person.countryCode ? [person.countryCode] : [])));
  const identified = await identifiedAmong(
    tx,
    likeliest.map((person) => person.id),
  );
  if (countries.size >= 2 || identified.size >= 1)
    return { among: likeliest.map(({ id, name, countryCode }) => ({ id, name, countryCode })) };
  return { id: likeliest[0]!.id };
}

// Those of `ids` who have external identifiers (on the index of person_identifiers.person_id).
async function identifiedAmong(tx: Prisma.TransactionClient, ids: readonly string[]): Promise<Set<string>> {
  const rows = await tx.$queryRaw<Array<{ id: string }>>`
    SELECT DISTINCT person_id::text AS id FROM person_identifiers WHERE person_id = ANY(CAST(${ids} AS uuid[]))`;
  return new Set(rows.map((row) => row.id));
}

/** What storedPersonFor finds: one person, several it may equally be, or nobody. */
export type StoredLookup = { id: string } | { among: Array<{ id: string; name: string; countryCode: string | null }> } | null;

interface StoredPerson {
  id: string;
  countryCode: string | null;
  name: string;
  aliases: string[];
  createdAt: Date;
  /** The same name ignoring case, or an alias equal to it. */
  exact: boolean;
}

/** The word-similarity threshold of the candidates' lookup (pg_trgm, 0–1): low, since matchPerson decides. */
const candidateSimilarity = '0.3';
/** pg_trgm's own default word-similarity threshold, restored when the backend had not loaded pg_trgm before. */
const pgTrgmDefault = '0.6';

/**
 * Up to 100 stored people a committed participant called `name` may be, most similar first, then oldest: those whose
 * folded trigram text (person_trigram_text: names and aliases, case and accents ignored, "Cavusoglu" finds
 * "Çavuşoğlu") holds the whole name or one of `words`, or resembles `name` as a whole (pg_trgm word similarity ≥
 * candidateSimilarity: "Quentyn Zorvathek" finds "Quentin Zorvatek", where every word is spelled otherwise). The
 * threshold is set for the transaction and restored after — to pg_trgm's default when the backend had not loaded
 * pg_trgm before, whose setting does not exist until then. Every condition is one the trigram GIN index
 * people_trigram_idx serves (storedPeopleSql; test/trigram-lookups-explain.test.ts), so the lookup costs the same on
 * ten people and on a million; a common word ("Mohammed") shared by many people cannot push the right one past the
 * limit, since the most similar come first and those of the same name before all.
 */
async function peopleLike(tx: Prisma.TransactionClient, name: string, words: readonly string[]): Promise<StoredPerson[]> {
  const [previous] = await tx.$queryRaw<Array<{ threshold: string }>>`
    SELECT coalesce(current_setting('pg_trgm.word_similarity_threshold', true), ${pgTrgmDefault}) AS threshold,
           set_config('pg_trgm.word_similarity_threshold', ${candidateSimilarity}, true) AS changed`;
  const people = await tx.$queryRaw<StoredPerson[]>(storedPeopleSql(name, words));
  await tx.$queryRaw`SELECT set_config('pg_trgm.word_similarity_threshold', ${previous?.threshold ?? pgTrgmDefault}, true)`;
  return people;
}

/**
 * The query of peopleLike: rows `{id, countryCode, name, aliases, createdAt, exact}`. The patterns are an array the
 * query computes once (an InitPlan), not a subquery per row: `LIKE ANY (SELECT …)` cannot use an index, and made every
 * lookup read and fold the whole table (2.2 s a participant at 20,000 people).
 */
export function storedPeopleSql(name: string, words: readonly string[]): Prisma.Sql {
  const text = Prisma.sql`person_trigram_text(name, aliases)`;
  return Prisma.sql`
    SELECT id::text AS id, country_code AS "countryCode", name, aliases, created_at AS "createdAt",
           (lower(name) = lower(${name}) OR ${name} = ANY(aliases)) AS exact
    FROM people
    WHERE ${text} LIKE ANY (ARRAY(
            SELECT ${foldedContainsPattern(Prisma.sql`word`)} FROM unnest(CAST(${[name, ...words]} AS text[])) AS word))
       OR ${text} %> fold_text(${name})
    ORDER BY (lower(name) = lower(${name}) OR ${name} = ANY(aliases)) DESC, word_similarity(fold_text(${name}), ${text}) DESC,
             created_at, id
    LIMIT 100`;
}

/**
 * Takes the transaction-scoped advisory lock of creating people (`pg_advisory_xact_lock`) when a commit may look up and
 * then create someone: a second commit of a readout naming the same new person — in any spelling the lookup takes
 * ("Sergei Shoigu", "SHOIGU Sergey", "Khalid Al Marzouqi" for "Sheikh Khalid bin Ahmed Al Marzouqi") — waits for the
 * first and then finds its person (storedPersonFor), instead of creating the person again. One lock for all names, so
 * no spelling can slip past a lock keyed on another; commits that create no one take none. Names that are offices are
 * never looked up.
 */
export async function lockPersonNames(tx: Prisma.TransactionClient, names: readonly string[]): Promise<void> {
  if (names.some((name) => !isOfficeName(name))) await lockPeopleCreation(tx);
}

/**
 * True for a stored name that is an office, not a person's: one word, or any word a title of office uses
 * ("Secretary-General", "Foreign Minister (TJ)" — what a commit stores for a participant the readout never names).
 * A style that opens a name is part of the name, not an office: "Prince Faisal bin Farhan", "Sheikh Tamim", "Lord
 * Cameron" (but "Emir of Qatar", "King (SA)" and "Crown Prince (SA)" are offices).
 */
export function isOfficeName(name: string): boolean {
  const words = name
    .toLowerCase()
    .replace(/[()]/g, ' ')
    .split(/[\s-]+/)
    .filter(Boolean);
  const named = styleWords.has(words[0] ?? '') && words.length >= 2 && !/^(?:of|for|to|[a-z]{2})$/.test(words[1] ?? '');
  const rest = named ? words.slice(1) : words;
  return rest.length < (named ? 1 : 2) || rest.some((word) => titleWords.has(word));
}

const styleWords = new Set([
  'prince',
  'princess',
  'king',
  'queen',
  'emir',
  'amir',
  'sultan',
  'sheikh',
  'sheikha',
  'lord',
  'lady',
  'senator',
]);

/** The most aliases a person holds (people.schemas.ts). */
const maxAliases = 50;

/**
 * Keeps the names a committed participant was written and printed under as aliases of the stored person the commit
 * found them to be (new-user trial 138 F2: "Subrahmanyam Jaishankar", committed as the stored "S. Jaishankar", was not
 * found by `GET /v1/people?q=Subrahmanyam`): each name that is not the person's name or an alias already (case, accents,
 * dots and spacing aside), of two words or a word and an initial, no office ("Foreign Minister"), and a valid alias, up
 * to the 50 a person holds. One update,
 * audited like any other (the person's version goes up); none when nothing is new.
 */
export async function learnNames(tx: Prisma.TransactionClient, who: Actor, personId: string, names: readonly string[]): Promise<void> {
  const before = await tx.person.findUnique({ where: { id: personId }, include: { identifiers: true } });
  if (!before) return;
  const known = new Set([before.name, ...before.aliases].map(foldKey));
  const learned: string[] = [];
  for (const given of names) {
    const name = given.trim();
    // A lone surname ("Lavrov") is no alias: it would name anyone of that surname as exactly this person.
    const full = nameTokensOf(name).length >= 2 || hasInitial(name);
    if (!full || known.has(foldKey(name)) || isOfficeName(name) || !personCreateSchema.shape.aliases.safeParse([name]).success) continue;
    known.add(foldKey(name));
    learned.push(name);
  }
  const aliases = [...before.aliases, ...learned].slice(0, Math.max(maxAliases, before.aliases.length));
  if (aliases.length === before.aliases.length) return;
  const after = await tx.person.update({
    where: { id: personId },
    data: { aliases, version: { increment: 1 } },
    include: { identifiers: true },
  });
  await audit(tx, who, {
    action: 'update',
    recordType: 'person',
    recordId: personId,
    before: toPersonDto(before),
    after: toPersonDto(after),
  });
}
