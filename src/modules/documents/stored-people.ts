import { Prisma } from '../../generated/prisma/client.js';
import { foldedContainsPattern } from '../../http/name-match.js';
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
  // Candidates: people with a long word of the name in theirs, folded (case and accents ignored: "Cavusoglu" finds
  // "Çavuşoğlu"), or whose name resembles it as a whole (pg_trgm word similarity ≥ 0.3: "Quentyn Zorvathek" finds
  // "Quentin Zorvatek", where every word is spelled otherwise) — both over the people lookup's trigram text, whose GIN
  // index serves LIKE and `%>`. The most similar come first, so a common word ("Mohammed") shared by many people cannot
  // push the right one past the limit.
  const similar =
    exact.length || searched.length === 0
      ? []
      : (await similarPeople(tx, name, searched)).filter(
          (person) => [person.name, ...person.aliases].some(sameWords) || spelledAlike(person),
        );
  const candidates = exact.length ? exact : similar;
  const compatible = candidates.filter(
    (person) => person.countryCode === null || countryCode === null || person.countryCode === countryCode,
  );
  return (compatible.find((person) => person.countryCode === countryCode) ?? compatible[0])?.id ?? null;
}

/** The word-similarity threshold of the candidates' lookup (pg_trgm, 0–1): low, since matchPerson decides. */
const candidateSimilarity = '0.3';
/** pg_trgm's own default word-similarity threshold, restored when the backend had not loaded pg_trgm yet. */
const pgTrgmDefault = '0.6';

/**
 * Up to 100 stored people whose folded trigram text holds one of `words` (folded, LIKE) or resembles `name` (pg_trgm
 * `%>` at word similarity ≥ candidateSimilarity, set for the transaction and restored after — to pg_trgm's default when the
 * backend had not loaded pg_trgm before, whose setting does not exist until then), most similar
 * first, then oldest.
 */
async function similarPeople(
  tx: Prisma.TransactionClient,
  name: string,
  words: readonly string[],
): Promise<Array<{ id: string; countryCode: string | null; name: string; aliases: string[] }>> {
  const [previous] = await tx.$queryRaw<Array<{ threshold: string }>>`
    SELECT coalesce(current_setting('pg_trgm.word_similarity_threshold', true), ${pgTrgmDefault}) AS threshold,
           set_config('pg_trgm.word_similarity_threshold', ${candidateSimilarity}, true) AS changed`;
  const people = await tx.$queryRaw<Array<{ id: string; countryCode: string | null; name: string; aliases: string[] }>>`
    SELECT id::text AS id, country_code AS "countryCode", name, aliases FROM people
    WHERE person_trigram_text(name, aliases) LIKE ANY (
            SELECT ${foldedContainsPattern(Prisma.sql`word`)} FROM unnest(CAST(${words} AS text[])) AS word)
       OR person_trigram_text(name, aliases) %> fold_text(${name})
    ORDER BY word_similarity(fold_text(${name}), person_trigram_text(name, aliases)) DESC, created_at, id
    LIMIT 100`;
  await tx.$queryRaw`SELECT set_config('pg_trgm.word_similarity_threshold', ${previous?.threshold ?? pgTrgmDefault}, true)`;
  return people;
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
