import type { Db } from '../../db/prisma.js';
import { type FieldLocation, inQuery, invalidCursor } from '../../http/errors.js';
import { itemsWithin, jsonBytes } from '../../http/response-budget.js';
import type { ChangeDto } from './changes.schemas.js';
import { changesAfterSql, latestSeqSql, type ChangeRow } from './changes.sql.js';

const toChangeDto = (row: ChangeRow): ChangeDto => ({
  seq: row.seq.toString(),
  id: row.id,
  occurredAt: row.occurredAt.toISOString(),
  actor: row.actor,
  requestId: row.requestId,
  action: row.action,
  recordType: row.recordType as ChangeDto['recordType'],
  recordId: row.recordId,
  meetingId: row.meetingId,
  before: row.before,
  after: row.after,
});

/**
 * The change feed over the audit log (changes.sql.ts): pages after a position, and the latest position. A page stops
 * before its body passes `budgetBytes` (RESPONSE_BUDGET_BYTES), holding at least one change; its cursor continues there.
 */
// A seq is a PostgreSQL bigint.
const maxSeq = 9_223_372_036_854_775_807n;

export function createChangesService({ prisma, primary = prisma, budgetBytes }: { prisma: Db; primary?: Db; budgetBytes: number }) {
  return {
    /**
     * Up to `limit` changes after the position `after` (a seq as decimal digits), in commit order, with the cursor to
     * continue from (the last change's seq, or `after` when there was none) and whether more follow.
     */
    async after(after: string, limit: number) {
      // Past bigint, no change can follow: the same answer as any position past the latest (no query to fail on it).
      if (BigInt(after) > maxSeq) await assertReached(after);
      const rows = await prisma.$queryRaw<ChangeRow[]>(changesAfterSql(BigInt(after), limit + 1));
      if (rows.length === 0) await assertReached(after);
      const all = rows.slice(0, limit).map(toChangeDto);
      // The envelope around the changes: nextCursor (at most 19 digits) and hasMore.
      const data = all.slice(0, itemsWithin(all, budgetBytes, jsonBytes({ data: [], nextCursor: '9'.repeat(19), hasMore: false })));
      return { data, nextCursor: data.at(-1)?.seq ?? after, hasMore: rows.length > limit || data.length < all.length };
    },

    /** The seq of the latest change, as decimal digits ("0" for an empty feed). */
    latest: () => latest(prisma),

    /**
     * Throws invalid_cursor (400) when `after` is past the latest change, asked of the primary (a standby may not have
     * replayed a position the primary gave): a client there would silently miss what comes next. Its error points at
     * `at`, the part of the request that carried the position (the `after` parameter unless said).
     */
    assertReached,
  };

  async function latest(db: Db): Promise<string> {
    const [row] = await db.$queryRaw<Array<{ seq: bigint | number }>>(latestSeqSql);
    return String(row?.seq ?? 0);
  }

  async function assertReached(after: string, at: FieldLocation = inQuery('after')): Promise<void> {
    const last = await latest(primary);
    if (BigInt(after) > BigInt(last))
      throw invalidCursor(`${after} is past the latest change of the feed (${last}): no position this feed has given`, at);
  }
}

export type ChangesService = ReturnType<typeof createChangesService>;
