import type { Prisma } from '../../generated/prisma/client.js';
import { nameTokensOf } from '../../ingest/attribution/entities.js';
import { titleWords } from '../../ingest/lexicon/titles.js';
import { romanize } from '../../ingest/linking/name-tokens.js';
import { matchPerson } from '../../ingest/linking/people-matching.js';

/**
 * The stored person a committed participant is, when the draft left `personId` null: the draft was computed when the
 * document was posted, and someone committed since (from another readout) must not be created a second time — two
 * people of one name make every later match ambiguous, and the copies multiply. A person of the same name (ignoring
 * case; or one of their aliases; failing that, the same words in any order without initials: "KISHIDA Fumio" is
 * "Fumio Kishida", "Antony J. Blinken" "Antony Blinken"; or every word another spelling of theirs, as the draft's matching
 * has it: "Sergei Shoigu" is "Sergey Shoigu") and a compatible country (the same, or either unknown) is taken, the one of the same
 * country first, then the oldest. Null for a name that is an office ("Secretary-General", "Foreign Minister of
 * Tajikistan": a participant the readout never names), which two readouts can use for two different people.
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
  const spelledAlike = (person: { id: string; name: string; aliases: string[]; countryCode: string | null }) =>
    words.length >= 2 && (matchPerson(name, null, [person])?.confidence ?? 0) >= 0.85;
  const similar =
    exact.length || searched.length === 0
      ? []
      : (
          await tx.person.findMany({
            where: { OR: searched.map((word) => ({ name: { contains: word, mode: 'insensitive' as const } })) },
            select: { id: true, countryCode: true, name: true, aliases: true },
            orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
            take: 100,
          })
        ).filter((person) => [person.name, ...person.aliases].some(sameWords) || spelledAlike(person));
  const candidates = exact.length ? exact : similar;
  const compatible = candidates.filter(
    (person) => person.countryCode === null || countryCode === null || person.countryCode === countryCode,
  );
  return (compatible.find((person) => person.countryCode === countryCode) ?? compatible[0])?.id ?? null;
}

/**
 * Takes a transaction-scoped advisory lock for each name a commit may look up and then create (`pg_advisory_xact_lock`
 * on the first letters of the name's words, romanized and sorted: "Sergei Shoigu", "Sergey Shoigu" and "SHOIGU Sergei"
 * take one lock), in one sorted order so that two commits cannot deadlock. A second commit of a
 * readout naming the same new person waits for the first and then finds its person (storedPersonFor), instead of
 * creating the person again. Names that are offices take no lock (they are never looked up).
 */
export async function lockPersonNames(tx: Prisma.TransactionClient, names: readonly string[]): Promise<void> {
  const keys = [...new Set(names.filter((name) => !isOfficeName(name)).map((name) => `person:${nameInitials(name)}`))].sort();
  for (const key of keys) await tx.$queryRaw`SELECT pg_advisory_xact_lock(hashtextextended(${key}, 0))::text`;
}

// The first letters of a name's words, romanized and sorted: every spelling the lookup takes for one name shares them
// (its words agree only when they begin alike), so they key the lock; unrelated names that share them only wait.
function nameInitials(name: string): string {
  return nameTokensOf(name)
    .map((word) => romanize(word).charAt(0))
    .sort()
    .join('');
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
