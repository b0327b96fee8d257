import type { Prisma } from '../generated/prisma/client.js';

/** The tables whose rows a write locks before it reads them (a meeting stands for its parts too). */
export type LockedTable = 'meetings' | 'people' | 'initiatives';

/**
 * Locks one row for the rest of the transaction (`SELECT … FOR UPDATE`), so that concurrent writes to it, or to a
 * meeting's parts, run one after the other instead of failing: two PATCHes without `If-Match` both apply, in turn,
 * and a precondition fails (412) only when the client sent one that no longer holds (RFC 9110 §13.1); two statements
 * added at once get the next positions. A row that does not exist locks nothing (the caller answers 404). Waits at
 * most the session's `lock_timeout` (then a 503). `id`: a UUID, checked by the routes.
 */
export async function lockRow(tx: Prisma.TransactionClient, table: LockedTable, id: string): Promise<void> {
  await tx.$queryRawUnsafe(`SELECT 1 FROM ${table} WHERE id = $1::uuid FOR UPDATE`, id);
}
