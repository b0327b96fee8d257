import type pg from 'pg';
import { Prisma } from '../generated/prisma/client.js';
import { clientPoolOf, type Db } from './prisma.js';
import { closeConnection } from './query-deadline.js';
import { rawTypes } from './raw-rows.js';
import { parseLsn } from './wal-position.js';

// A transaction of raw SQL on one connection of the client's pg pool: BEGIN, the statements, COMMIT — without Prisma's
// interactive-transaction machinery around each of them (its request pipeline, tracing spans and the adapter's
// argument and result mapping: ~2 ms of a nested create's ~7 ms of CPU, `scripts/profile`). The statements are the
// same `Prisma.sql` values, prepared under the names the adapter gives the same texts, and their rows have the types
// $queryRaw gives (raw-rows.ts). A client that is not createPrisma's (the read router's proxy) runs them in Prisma's
// own interactive transaction.

/**
 * What raw SQL inside a transaction needs: `$queryRaw` (rows) and `$executeRaw` (a count), each as a tagged template
 * or with a `Prisma.sql` value. Prisma's transaction client is one; sqlTransaction's is another.
 */
export interface SqlTx {
  $queryRaw<T = unknown>(query: TemplateStringsArray | Prisma.Sql, ...values: unknown[]): Promise<T>;
  $executeRaw(query: TemplateStringsArray | Prisma.Sql, ...values: unknown[]): Promise<number>;
}

/** The message a transaction that outlives its limit is ended with (db/faults.ts reads it as a lost connection: 503). */
export const transactionExpiredMessage = 'Transaction already closed: it ran longer than the transaction limit';

const sqlOf = (query: TemplateStringsArray | Prisma.Sql, values: unknown[]): Prisma.Sql =>
  query instanceof Prisma.Sql ? query : Prisma.sql(query, ...values);

/**
 * What sqlTransaction returns: what `work` returned, and the WAL position of the database right after the COMMIT — at
 * or past the commit's own record, what an X-Consistency-Token of the write names (http/read-consistency.ts); null
 * when the transaction ran on a client that is not createPrisma's.
 */
export interface Committed<T> {
  result: T;
  position: bigint | null;
}

// The COMMIT and the position after it in one round trip: a simple query of two statements, the second run once the
// first has committed (an error of the COMMIT skips it). pg_current_wal_lsn() is the primary's; writes run nowhere else.
const commitSql = 'COMMIT; SELECT pg_current_wal_lsn()::text AS lsn';

/**
 * Runs `work` in one transaction on one pooled connection: COMMIT when it resolves (returning its result and the WAL
 * position after the commit), ROLLBACK when it throws (its error is rethrown). A transaction still open after the
 * client's transaction limit (DB_TRANSACTION_TIMEOUT_MS) has its connection closed, so that it rolls back and its
 * pending statement fails with `transactionExpiredMessage`. Errors of the database or the connection are pg's, which
 * db/faults.ts maps (503).
 */
export async function sqlTransaction<T>(db: Db, work: (tx: SqlTx) => Promise<T>): Promise<Committed<T>> {
  const owner = clientPoolOf(db);
  if (!owner) return { result: await db.$transaction((tx) => work(tx)), position: null };
  const client = await owner.pool.connect();
  // A connection whose ROLLBACK failed, or that broke (the server ended it, the limit below), is in no known state:
  // the pool closes it rather than lend it again. Its 'error' event (which pg emits besides failing the statement
  // out) needs a listener while it is lent, or it would end the process.
  let unusable: Error | undefined;
  const broke = (error: Error) => {
    unusable = error;
  };
  client.on('error', broke);
  const timer = setTimeout(() => closeConnection(client, new Error(transactionExpiredMessage)), owner.transactionMs);
  timer.unref();
  try {
    await client.query('BEGIN');
    const result = await work(onClient(client, owner.statementName));
    const committed = (await client.query(commitSql)) as unknown as pg.QueryResult<{ lsn: string }>[];
    return { result, position: parseLsn(committed[1]?.rows[0]?.lsn ?? '') };
  } catch (error) {
    await client.query('ROLLBACK').catch(broke);
    throw error;
  } finally {
    clearTimeout(timer);
    client.removeListener('error', broke);
    client.release(unusable);
  }
}

function onClient(client: pg.PoolClient, statementName: (query: { sql: string }) => string | undefined): SqlTx {
  const run = (sql: Prisma.Sql) =>
    client.query({ text: sql.text, values: sql.values, name: statementName({ sql: sql.text }), types: rawTypes });
  return {
    async $queryRaw<T>(query: TemplateStringsArray | Prisma.Sql, ...values: unknown[]) {
      return (await run(sqlOf(query, values))).rows as T;
    },
    async $executeRaw(query: TemplateStringsArray | Prisma.Sql, ...values: unknown[]) {
      return (await run(sqlOf(query, values))).rowCount ?? 0;
    },
  };
}
