import { PrismaPg } from '@prisma/adapter-pg';
import pg from 'pg';
import { PrismaClient } from '../generated/prisma/client.js';
import { clientWithQueryDeadline } from './query-deadline.js';
import { sessionOptions } from './session.js';
import { markSnapshots } from './snapshot.js';
import { statementNames } from './statement-names.js';

export type Db = PrismaClient;

/**
 * How long the API waits on PostgreSQL before it gives up and answers 503 (milliseconds). `connect` bounds opening a
 * connection and waiting for one from the pool; `statement` is PostgreSQL's statement_timeout and `query` the same limit
 * on our side (a frozen server enforces nothing); `lock` is lock_timeout; `idleInTransaction` ends a transaction left
 * open; `transaction` bounds a whole interactive transaction.
 */
export interface DatabaseLimits {
  connect: number;
  statement: number;
  query: number;
  lock: number;
  idleInTransaction: number;
  transaction: number;
  /**
   * Connections the pool keeps beyond its size for exports' snapshots (EXPORT_MAX_CONCURRENT) and the longest such
   * snapshot (EXPORT_SNAPSHOT_TIMEOUT_MS); absent: exports read batch by batch on the pool (db/snapshot.ts).
   */
  exports?: { connections: number; snapshotMs: number };
}

export const defaultDatabaseLimits: DatabaseLimits = {
  connect: 2_000,
  statement: 5_000,
  query: 6_000,
  lock: 2_000,
  idleInTransaction: 10_000,
  transaction: 8_000,
};

/** The pg pool under a client, and the names its statements are prepared under (statement-names.ts). */
export interface ClientPool {
  pool: pg.Pool;
  statementName: (query: { sql: string }) => string | undefined;
  /** The longest a transaction may last (DatabaseLimits.transaction, milliseconds). */
  transactionMs: number;
}

// The pg pool under each client, for the pool gauges of /metrics (http/metrics.ts) and raw reads (raw-rows.ts).
const pools = new WeakMap<Db, ClientPool>();

/** The pg pool a client of createPrisma runs on (undefined for a client made elsewhere). */
export const poolOf = (db: Db): pg.Pool | undefined => pools.get(db)?.pool;

/** The pool and statement names of a client of createPrisma (undefined for a client made elsewhere). */
export const clientPoolOf = (db: Db): ClientPool | undefined => pools.get(db);

/**
 * A Prisma client on the pg driver adapter over a pool of at most `poolSize` connections to `databaseUrl` (and
 * `limits.exports.connections` more, which only exports' snapshots take: their slots bound them), with the
 * given limits. `applicationName` is the session's application_name (what pg_stat_activity shows); `namedStatements`
 * false sends every statement unnamed (the embedded database, one session behind all connections). The client owns
 * the pool: `$disconnect()` ends it. An idle connection that breaks (the server went away) is dropped from the pool
 * without an error anywhere else; the next request that needs one opens a new connection.
 */
export function createPrisma(
  databaseUrl: string,
  poolSize: number,
  limits: DatabaseLimits = defaultDatabaseLimits,
  applicationName = 'dm-api',
  namedStatements = true,
): Db {
  const pool = new pg.Pool({
    connectionString: databaseUrl,
    max: poolSize + (limits.exports?.connections ?? 0),
    connectionTimeoutMillis: limits.connect,
    // limits.query on our side: not pg's query_timeout, whose timer keeps each read's rows alive (query-deadline.ts).
    Client: clientWithQueryDeadline(limits.query),
    statement_timeout: limits.statement,
    lock_timeout: limits.lock,
    idle_in_transaction_session_timeout: limits.idleInTransaction,
    keepAlive: true,
    options: sessionOptions,
    application_name: applicationName,
  });
  // The adapter listens too, but only while connected; an idle client's error must never be unhandled.
  pool.on('error', () => undefined);
  // The statements sent again and again are prepared once per connection (statement-names.ts) — not on the embedded
  // database: PGlite has one session behind every connection, so a statement prepared on a connection the pool has
  // since closed (idle for 10 s) is still there when a new connection, knowing nothing of it, prepares it again
  // (42P05, "prepared statement … already exists").
  const statementName = namedStatements ? statementNames() : () => undefined;
  const adapter = new PrismaPg(pool, {
    disposeExternalPool: true,
    statementNameGenerator: statementName as (query: { sql: string }) => string,
  });
  const client = new PrismaClient({ adapter, transactionOptions: { maxWait: limits.connect, timeout: limits.transaction } });
  pools.set(client, { pool, statementName, transactionMs: limits.transaction });
  if (limits.exports) markSnapshots(client, { timeoutMs: limits.exports.snapshotMs, maxWaitMs: limits.connect });
  return client;
}
