import { Prisma } from '../../generated/prisma/client.js';
import { conflict, inBody } from '../../http/errors.js';
import { foldedContainsPattern, foldedNameSql as nameKey, spacedName as spaced } from '../../http/name-match.js';

type Tx = Prisma.TransactionClient;

/** A name a request gives an initiative and where in the body it is (`/name`, `/aliases/2`). */
export interface GivenInitiativeName {
  name: string;
  at: string;
}

/** The names POST /v1/initiatives gives an entry: the name at `/name`, each alias at its own pointer. */
export const initiativeNamesOf = (entry: { name: string; aliases?: readonly string[] | null }): GivenInitiativeName[] => [
  { name: entry.name, at: '/name' },
  ...(entry.aliases ?? []).map((alias, index) => ({ name: alias, at: `/aliases/${index}` })),
];

interface StoredEntry {
  id: string;
  slug: string;
  name: string;
  key: string;
}

/**
 * Throws 409 `conflict` at the pointer of the first given name that is another catalogue entry's name or alias —
 * case, accents and runs of white space aside (new-user trial 142 F7: "belt and road initiative" was stored beside the
 * Belt and Road Initiative, and the extractor could link a readout to either). One query for all the names; `except`
 * is the entry being patched. The message names the entry to use instead.
 */
export async function assertNoInitiativeNamesake(tx: Tx, names: readonly GivenInitiativeName[], except?: string): Promise<void> {
  if (names.length === 0) return;
  // Two requests naming one new entry at once: the second waits for the first's commit, then finds its name.
  await tx.$queryRaw`SELECT pg_advisory_xact_lock(hashtextextended('initiatives.names', 0))::text`;
  const keys = names.map((given) => spaced(given.name));
  const rows = await tx.$queryRaw<StoredEntry[]>(initiativeNamesakeSql(keys, except));
  for (const given of names) {
    const stored = rows.find((row) => row.key === spaced(given.name));
    if (!stored) continue;
    throw conflict(
      `Initiative ${stored.id} ("${stored.slug}", "${stored.name}") has the name "${given.name}" already, as its name or an alias: link that entry, or name this one apart.`,
      inBody(given.at),
    );
  }
}

/**
 * The query of assertNoInitiativeNamesake: each stored entry whose name or an alias is one of `keys` (spaced names),
 * `{id, slug, name, key}`, oldest first; the trigram index picks the candidates, an exact comparison decides.
 */
export function initiativeNamesakeSql(keys: readonly string[], except?: string): Prisma.Sql {
  return Prisma.sql`
    SELECT i.id::text AS id, i.slug, i.name, k.key
    FROM unnest(${[...keys]}::text[]) AS k(key)
    JOIN initiatives i
      ON initiative_trigram_text(i.slug, i.name, i.aliases) LIKE replace(${foldedContainsPattern(Prisma.sql`k.key`)}, ' ', '%')
      AND (${nameKey(Prisma.sql`i.name`)} = fold_text(k.key)
        OR fold_text(k.key) = ANY (SELECT ${nameKey(Prisma.sql`alias`)} FROM unnest(i.aliases) AS alias))
    WHERE i.id IS DISTINCT FROM ${except ?? null}::uuid
    ORDER BY i.created_at, i.id`;
}
