import { Prisma } from '../generated/prisma/client.js';
import type { Db } from './prisma.js';

// An export reads every batch from one snapshot: a REPEATABLE READ, READ ONLY transaction on one connection of the
// client's pool, held from the first batch to the last (PostgreSQL manual, 13.2.2 "Repeatable Read Isolation Level":
// every statement of the transaction sees the data as of its first). So a record written, moved or deleted while the
// export runs is in it as it was when the export began, never twice or not at all, whatever its sort key becomes.
//
// The connection is one the pool keeps for exports beyond DATABASE_POOL_SIZE (createPrisma adds
// EXPORT_MAX_CONCURRENT to it), so streaming exports never take connections other requests wait for. The transaction
// ends when the export does — finished, failed, or its client gone — and at the latest after `timeoutMs`
// (EXPORT_SNAPSHOT_TIMEOUT_MS), which also bounds how long a reader that stops reading can hold it.

/** What a client keeps for exports' snapshots: the longest one (ms) and the longest wait for its connection (ms). */
export interface SnapshotLimits {
  timeoutMs: number;
  maxWaitMs: number;
}

const snapshotLimits = Symbol('snapshotLimits');

/**
 * Marks `db` as one whose pool keeps connections for exports' snapshots (createPrisma with `exports`). The mark is a
 * property of the client, so that the read router's proxy (read-routing.ts) finds the one of the request's reader.
 */
export function markSnapshots(db: Db, limits: SnapshotLimits): void {
  Object.defineProperty(db, snapshotLimits, { value: limits, enumerable: false });
}

/** The snapshot limits of `db`, or undefined when its pool keeps no connection for exports (the embedded database). */
export function snapshotLimitsOf(db: Db): SnapshotLimits | undefined {
  return (db as unknown as Record<symbol, SnapshotLimits | undefined>)[snapshotLimits];
}

/** A queue between the transaction's callback and the generator the export pulls from. */
function mailbox<T>() {
  const items: T[] = [];
  const waiting: Array<(item: T) => void> = [];
  return {
    put(item: T) {
      const taker = waiting.shift();
      if (taker) taker(item);
      else items.push(item);
    },
    take(): Promise<T> {
      return items.length ? Promise.resolve(items.shift() as T) : new Promise<T>((resolve) => waiting.push(resolve));
    },
  };
}

type Up<T> = { result: IteratorResult<T, void> } | { error: unknown };
type Down = { stop: true } | { stop: false; bytes: number | undefined };

/**
 * The items `open(tx)` yields, every one read inside one REPEATABLE READ, READ ONLY transaction of `db` (`tx` is its
 * client), pulled one at a time as the consumer asks; the value passed to next() goes on to `open`'s generator. The
 * transaction commits when the items run out or the consumer returns early, and rolls back when a read fails, whose
 * error the consumer's next() throws. Throws what opening the transaction throws (no connection within
 * `limits.maxWaitMs`: a database fault, answered 503) from the first next().
 */
export async function* inSnapshot<T>(
  db: Db,
  limits: SnapshotLimits,
  open: (tx: Db) => AsyncGenerator<T, void, number | undefined>,
): AsyncGenerator<T, void, number | undefined> {
  const up = mailbox<Up<T>>();
  const down = mailbox<Down>();
  const transaction = db
    .$transaction(
      async (tx) => {
        await tx.$executeRawUnsafe('SET TRANSACTION READ ONLY');
        // The session's idle_in_transaction_session_timeout (DB_TRANSACTION_TIMEOUT_MS) would end the snapshot of a
        // client that reads slowly; the export's own limit replaces it for this transaction.
        await tx.$executeRaw(Prisma.sql`SELECT set_config('idle_in_transaction_session_timeout', ${String(limits.timeoutMs)}, true)`);
        const items = open(tx as Db);
        try {
          let bytes: number | undefined;
          for (;;) {
            const result = await items.next(bytes);
            up.put({ result });
            if (result.done) return;
            const asked = await down.take();
            if (asked.stop) return;
            bytes = asked.bytes;
          }
        } finally {
          await items.return?.();
        }
      },
      { isolationLevel: Prisma.TransactionIsolationLevel.RepeatableRead, maxWait: limits.maxWaitMs, timeout: limits.timeoutMs },
    )
    .then(
      () => up.put({ result: { done: true, value: undefined } }),
      (error: unknown) => up.put({ error }),
    );
  try {
    for (;;) {
      const message = await up.take();
      if ('error' in message) throw message.error;
      if (message.result.done) return;
      const bytes = yield message.result.value;
      down.put({ stop: false, bytes });
    }
  } finally {
    down.put({ stop: true });
    await transaction;
  }
}
