import { Prisma } from '../../generated/prisma/client.js';
import { conflict, inBody } from '../../http/errors.js';
import { foldedContainsPattern, foldedNameSql as nameKey, spacedName } from '../../http/name-match.js';
import { foldKey } from '../../ingest/text/fold.js';

type Tx = Prisma.TransactionClient;

/**
 * Takes the transaction-scoped advisory lock of creating people (`pg_advisory_xact_lock`), held until the transaction
 * ends: a request that creates or renames someone, and a commit that may create someone (documents/stored-people.ts),
 * run one after the other, so that two of them at once cannot both find no such person and both write one.
 */
export async function lockPeopleCreation(tx: Tx): Promise<void> {
  await tx.$queryRaw`SELECT pg_advisory_xact_lock(hashtextextended('people:create', 0))::text`;
}

/** A stored person another one would duplicate. */
export interface StoredNamesake {
  id: string;
  name: string;
  countryCode: string | null;
}

/**
 * The stored person (not `except`) whom a person named `name` of `countryCode` would duplicate: one whose name, or one
 * of whose aliases, is `name` (case aside), of the same country (no country counting as one). Such a second person
 * could be told apart from the first by nobody — not by a lookup, not by the commit of a readout naming them — so
 * `POST /v1/people` and `PATCH /v1/people/{id}` refuse one (new-user trial 139 F9), unless the request gives the person
 * identifiers, which tell namesakes apart. Served by the trigram index of people (person_trigram_text), so it costs
 * the same on ten people and on a million. Null when there is none.
 */
export async function namesakeOf(tx: Tx, name: string, countryCode: string | null, except?: string): Promise<StoredNamesake | null> {
  const [row] = await tx.$queryRaw<StoredNamesake[]>(namesakeSql(name, countryCode, except));
  return row ?? null;
}

/**
 * The query of namesakeOf: at most one row `{id, name, countryCode}`, the oldest. Names are compared as lookups compare
 * them — case, accents and runs of white space aside (new-user trial 141 F1: "Penny  Wong" and "Peter Szijjarto" were
 * stored beside "Penny Wong" and "Péter Szijjártó").
 */
export function namesakeSql(name: string, countryCode: string | null, except?: string): Prisma.Sql {
  const key = spacedName(name);
  return Prisma.sql`
    SELECT id::text AS id, name, country_code AS "countryCode"
    FROM people
    WHERE person_trigram_text(name, aliases) LIKE replace(${foldedContainsPattern(key)}, ' ', '%')
      AND (${nameKey(Prisma.sql`name`)} = fold_text(${key})
        OR fold_text(${key}) = ANY (SELECT ${nameKey(Prisma.sql`alias`)} FROM unnest(aliases) AS alias))
      AND country_code IS NOT DISTINCT FROM ${countryCode}
      AND id IS DISTINCT FROM ${except ?? null}::uuid
    ORDER BY created_at, id
    LIMIT 1`;
}

/** A name a request gives a person, and where in the body it is (`/name`, `/aliases/2`, or the member that made it one). */
export interface GivenName {
  name: string;
  at: string;
  /** One of the person's aliases, not their name. */
  alias: boolean;
}

/**
 * Throws 409 `conflict` at the given name's pointer when a person of `countryCode`, without identifiers, would by that
 * name duplicate a stored one (namesakeOf): their name, or an alias of theirs that is a stored person's name or alias
 * (new-user trial 141 F2: "P. Wong" stored with the alias "Penny Wong" made every readout naming Penny Wong ask which
 * one). The message names the stored person's id, to use instead.
 */
export async function assertNoNamesake(
  tx: Tx,
  person: { countryCode: string | null; identifiers: readonly unknown[] },
  names: readonly GivenName[],
  except?: string,
): Promise<void> {
  if (person.identifiers.length > 0) return;
  for (const { name, at, alias } of names) {
    const namesake = await namesakeOf(tx, name, person.countryCode, except);
    if (!namesake) continue;
    const country = namesake.countryCode ? `, ${namesake.countryCode}` : ', no country';
    // Trial 140 F7: a name that is the stored person's alias is said to be one.
    const held = foldKey(namesake.name) === foldKey(name) ? 'has this name already' : 'has this name as an alias';
    const remedy = alias
      ? `"${name}" may not be an alias of another person of the same country: drop it, or tell the two apart by identifiers`
      : 'refer to them by that id, or tell a namesake apart by identifiers';
    throw conflict(
      `Person ${namesake.id} ("${namesake.name}"${country}) ${held}: ${remedy} ({"scheme": "wikidata", "value": "Q…"}).`,
      inBody(at),
    );
  }
}

/** The names POST /v1/people gives a person: the name at `/name`, each alias at its own pointer. */
export const namesOf = (person: { name: string; aliases: readonly string[] }): GivenName[] => [
  { name: person.name, at: '/name', alias: false },
  ...person.aliases.map((alias, index) => ({ name: alias, at: `/aliases/${index}`, alias: true })),
];
