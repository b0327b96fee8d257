import type { Prisma } from '../../generated/prisma/client.js';
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
export async function assertIdentifiersFree(
  tx: Prisma.TransactionClient,
  identifiers: readonly PointedIdentifier[],
  ownerId?: string,
): Promise<void> {
  if (!identifiers.length) return;
  const seen = new Map<string, string>();
  for (const identifier of identifiers) {
    const key = `${identifier.scheme}:${identifier.value}`;
    const first = seen.get(key);
    if (first !== undefined)
      throw conflictAt(`The identifier ${key} is given twice in this request (first at ${first}).`, identifier.pointer);
    seen.set(key, identifier.pointer);
  }
  const taken = await tx.personIdentifier.findFirst({
    where: { OR: identifiers.map(({ scheme, value }) => ({ scheme, value })), ...(ownerId ? { personId: { not: ownerId } } : {}) },
    include: { person: { select: { id: true, name: true } } },
  });
  if (!taken) return;
  const at = identifiers.find((identifier) => identifier.scheme === taken.scheme && identifier.value === taken.value);
  throw conflictAt(
    `The identifier ${taken.scheme}:${taken.value} already belongs to ${taken.person.name} (${taken.person.id}).`,
    at?.pointer ?? '',
  );
}

function conflictAt(detail: string, pointer: string): AppError {
  const errors: FieldError[] = [{ in: 'body', pointer, message: detail }];
  return new AppError('conflict', detail, errors);
}
