import { Prisma } from '../../generated/prisma/client.js';
import { conflict, inBody } from '../../http/errors.js';
import { foldedContainsPattern } from '../../http/name-match.js';

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

/** The query of namesakeOf: at most one row `{id, name, countryCode}`, the oldest. */
export function namesakeSql(name: string, countryCode: string | null, except?: string): Prisma.Sql {
  return Prisma.sql`
    SELECT id::text AS id, name, country_code AS "countryCode"
    FROM people
    WHERE person_trigram_text(name, aliases) LIKE ${foldedContainsPattern(name)}
      AND (lower(name) = lower(${name}) OR lower(${name}) = ANY (SELECT lower(alias) FROM unnest(aliases) AS alias))
      AND country_code IS NOT DISTINCT FROM ${countryCode}
      AND id IS DISTINCT FROM ${except ?? null}::uuid
    ORDER BY created_at, id
    LIMIT 1`;
}

/**
 * Throws 409 `conflict` at `pointer` (`/name`, or the member a patch changed) when a person named `name` of
 * `countryCode`, without identifiers, would duplicate a stored one (namesakeOf); the message names the stored person's
 * id, to use instead.
 */
export async function assertNoNamesake(
  tx: Tx,
  person: { name: string; countryCode: string | null; identifiers: readonly unknown[] },
  except?: string,
  pointer = '/name',
): Promise<void> {
  if (person.identifiers.length > 0) return;
  const namesake = await namesakeOf(tx, person.name, person.countryCode, except);
  if (!namesake) return;
  const country = namesake.countryCode ? `, ${namesake.countryCode}` : ', no country';
  // Trial 140 F7: a name that is the stored person's alias is said to be one.
  const held = namesake.name.toLowerCase() === person.name.toLowerCase() ? 'has this name already' : 'has this name as an alias';
  throw conflict(
    `Person ${namesake.id} ("${namesake.name}"${country}) ${held}: refer to them by that id, or tell a namesake apart by identifiers ({"scheme": "wikidata", "value": "Q…"}).`,
    inBody(pointer),
  );
}
