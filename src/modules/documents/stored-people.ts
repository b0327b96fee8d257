import type { Prisma } from '../../generated/prisma/client.js';
import { nameTokensOf } from '../../ingest/attribution/entities.js';
import { titleWords } from '../../ingest/lexicon/titles.js';
import { matchPerson } from '../../ingest/linking/people-matching.js';

/**
 * The stored person a committed participant is, when the draft left `personId` null: the draft was computed when the
 * document was posted, and someone committed since (from another readout) must not be created a second time — two
 * people of one name make every later match ambiguous, and the copies multiply. A person of the same name (ignoring
 * case; or one of their aliases; failing that, the same words in any order without initials: "KISHIDA Fumio" is
 * "Fumio Kishida", "Antony J. Blinken" "Antony Blinken"; or, as the draft's matching has it, every word of one name
 * another spelling of one of the other's, accents ignored: "Sergei Shoigu" is "Sergey Shoigu", "Mevlut Cavusoglu"
 * "Mevlüt Çavuşoğlu", "Khalid Al Marzouqi" "Sheikh Khalid bin Ahmed Al Marzouqi") and a compatible country (the same,
 * or either unknown) is taken, the one of the same country first, then the oldest. Null for a name that is an office
 * ("Secretary-General", "Foreign Minister of Tajikistan": a participant the readout never names), which two readouts
 * can use for two different people.
 */
export async function storedPersonFor(tx: Prisma.TransactionClient, name: string, countryCode: string | null): Promise<string | null> {
  if (isOfficeName(name)) return null;
  const exact = await tx.person.findMany({
    where: { OR: [{ name: { equals: name, mode: 'insensitive' } }, { aliases: { has: name } }] },
    select: { id: true, countryCode: true, name: true, aliases: true },
    orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
    take: 20,
  });
  // The same words in another order, case or with an initial ("KISHIDA Fumio", "Antony J. Blinken"), or every word a
  // spelling of the other's ("Sergei Shoigu" / "Sergey Shoigu"): the test the draft's people matching applies.
  const words = nameTokensOf(name);
  const searched = [...new Set(words.filter((word) => word.length >= 4))];
  const sameWords = (other: string) => {
    const theirs = nameTokensOf(other);
    return theirs.length === words.length && words.length >= 2 && [...words].sort().join(' ') === [...theirs].sort().join(' ');
  };
  // Either way round: "Khalid Al Marzouqi" is in "Sheikh Khalid bin Ahmed Al Marzouqi", and the longer name is the same
  // person as the shorter one stored before it (two words at least on both sides).
  const spelledAlike = (person: { id: string; name: string; aliases: string[]; countryCode: string | null }) =>
    words.length >= 2 &&
    ((matchPerson(name, null, [person])?.confidence ?? 0) >= 0.85 ||
      [person.name, ...person.aliases].some(
        (known) =>
          nameTokensOf(known).length >= 2 &&
          (matchPerson(known, null, [{ id: person.id, name, aliases: [], countryCode: null }])?.confidence ?? 0) >= 0.85,
      ));
  // Candidates by any long word of the name, folded (case and accents ignored: "Cavusoglu" finds "Çavuşoğlu"), over
  // the people lookup's trigram text (its GIN index serves LIKE).
  const similar =
    exact.length || searched.length === 0
      ? []
      : (
          await tx.$queryRaw<Array<{ id: string; countryCode: string | null; name: string; aliases: string[] }>>`
            SELECT id::text AS id, country_code AS "countryCode", name, aliases FROM people
            WHERE person_trigram_text(name, aliases) LIKE ANY (
              SELECT '%' || replace(replace(replace(fold_text(word), '\\', '\\\\'), '%', '\\%'), '_', '\\_') || '%'
              FROM unnest(CAST(${searched} AS text[])) AS word)
            ORDER BY created_at, id
            LIMIT 100`
        ).filter((person) => [person.name, ...person.aliases].some(sameWords) || spelledAlike(person));
  const candidates = exact.length ? exact : similar;
  const compatible = candidates.filter(
    (person) => person.countryCode === null || countryCode === null || person.countryCode === countryCode,
  );
  return (compatible.find((person) => person.countryCode === countryCode) ?? compatible[0])?.id ?? null;
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
  if (names.some((name) => !isOfficeName(name)))
    await tx.$queryRaw`SELECT pg_advisory_xact_lock(hashtextextended('people:create', 0))::text`;
}

/**
 * True for a stored name that is an office, not a person's: one word, or any word a title of office uses
 * ("Secretary-General", "Foreign Minister (TJ)" — what a commit stores for a participant the readout never names).
 */
export function isOfficeName(name: string): boolean {
  const words = name
    .toLowerCase()
    .replace(/[()]/g, ' ')
    .split(/[\s-]+/)
    .filter(Boolean);
  return words.length < 2 || words.some((word) => titleWords.has(word));
}
