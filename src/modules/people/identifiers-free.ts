import { Prisma } from '../../generated/prisma/client.js';
import type { SqlTx } from '../../db/sql-transaction.js';
import { AppError, type FieldError } from '../../http/errors.js';

/** An identifier a request gives a person, with the JSON pointer of its member in the request body. */
export interface PointedIdentifier {
  scheme: string;
  value: string;
  pointer: string;
}

/**
 * Throws 409 `conflict` when an identifier the request gives a new or changed person is taken — by a stored person
 * other than `ownerId` (naming the holder), or by another person of the same request — with an error at the member,
 * so that a nested person in `POST /v1/meetings`, a participant's person or a committed draft's say where, as
 * `POST /v1/people` does. The unique index still decides when two requests race.
 */
export async function assertIdentifiersFree(tx: SqlTx, identifiers: readonly PointedIdentifier[], ownerId?: string): Promise<void> {
  if (!identifiers.length) return;
  const seen = new Map<string, string>();
  for (const identifier of identifiers) {
    const key = `${identifier.scheme}:${identifier.value}`;
    const first = seen.get(key);
    if (first !== undefined)
      throw conflictAt(`The identifier ${key} is given twice in this request (first at ${first}).`, identifier.pointer);
    seen.set(key, identifier.pointer);
  }
  const [taken] = await tx.$queryRaw<TakenIdentifier[]>(takenSql(identifiers, ownerId ?? null));
  if (!taken) return;
  const at = identifiers.find((identifier) => identifier.scheme === taken.scheme && identifier.value === taken.value);
  throw conflictAt(
    `The identifier ${taken.scheme}:${taken.value} already belongs to ${taken.name} (${taken.personId}).`,
    at?.pointer ?? '',
  );
}

interface TakenIdentifier {
  scheme: string;
  value: string;
  personId: string;
  name: string;
}

/** One of the identifiers held by a person other than `ownerId` (any person when null), with the holder's id and name. */
const takenSql = (identifiers: readonly PointedIdentifier[], ownerId: string | null) => Prisma.sql`
  SELECT i.scheme, i.value, CAST(p.id AS text) AS "personId", p.name
  FROM person_identifiers AS i JOIN people AS p ON p.id = i.person_id
  JOIN unnest(CAST(${identifiers.map((identifier) => identifier.scheme)} AS text[]), CAST(${identifiers.map((identifier) => identifier.value)} AS text[]))
    AS wanted(scheme, value) ON wanted.scheme = i.scheme AND wanted.value = i.value
  WHERE CAST(${ownerId} AS uuid) IS NULL OR i.person_id <> CAST(${ownerId} AS uuid)
  LIMIT 1`;

function conflictAt(detail: string, pointer: string): AppError {
  const errors: FieldError[] = [{ in: 'body', pointer, message: detail }];
  return new AppError('conflict', detail, errors);
}
