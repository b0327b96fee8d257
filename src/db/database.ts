import { maxTimerMs, type Config } from '../config.js';
import { startEmbeddedPostgres, type EmbeddedPostgres } from './embedded.js';
import { createPrisma, type DatabaseLimits, type Db } from './prisma.js';
import { ReadRouter } from './read-routing.js';
import { Standby } from './standby.js';
import { migrateOnStart } from './migrate-on-start.js';
import { listMigrationNames } from './schema-engine.js';
import { seed, type SeedResult } from './seed.js';

// Opens the database the app runs on: the configured server, or an embedded PostgreSQL kept in DATA_DIR; applies
// pending migrations and seeds an empty database when the configuration asks for it.

export interface Database {
  url: string;
  embedded: boolean;
  prisma: Db;
  /** Where reads go: the standbys of DATABASE_REPLICA_URLS, checked every REPLICA_CHECK_INTERVAL_MS, or the primary. */
  readRouter: ReadRouter;
  expectedMigrations: string[];
  applied: string[];
  seeded: SeedResult | null;
  close(): Promise<void>;
}

/** The settings limitsOf reads. */
type LimitsConfig = Pick<
  Config,
  | 'DB_CONNECT_TIMEOUT_MS'
  | 'DB_STATEMENT_TIMEOUT_MS'
  | 'DB_LOCK_TIMEOUT_MS'
  | 'DB_TRANSACTION_TIMEOUT_MS'
  | 'EXPORT_MAX_CONCURRENT'
  | 'EXPORT_SNAPSHOT_TIMEOUT_MS'
>;

type DatabaseConfig = LimitsConfig &
  Pick<
    Config,
    | 'DATABASE_URL'
    | 'DATABASE_POOL_SIZE'
    | 'DATABASE_REPLICA_URLS'
    | 'REPLICA_MAX_LAG_MS'
    | 'REPLICA_CHECK_INTERVAL_MS'
    | 'DATA_DIR'
    | 'MIGRATE_ON_START'
    | 'SEED_ON_START'
  >;

/** The database limits the configuration sets (see DatabaseLimits). */
export function limitsOf(config: LimitsConfig): Required<DatabaseLimits> {
  return {
    connect: config.DB_CONNECT_TIMEOUT_MS,
    statement: config.DB_STATEMENT_TIMEOUT_MS,
    // A margin over a setting stays within a timer's and PostgreSQL's largest value (2^31 - 1 ms), so the whole
    // documented range of each setting works (trial 100: DB_STATEMENT_TIMEOUT_MS=2147483647 overflowed the timer and
    // fired at once; DB_TRANSACTION_TIMEOUT_MS near it was refused by PostgreSQL).
    query: Math.min(config.DB_STATEMENT_TIMEOUT_MS + 1_000, maxTimerMs),
    lock: config.DB_LOCK_TIMEOUT_MS,
    idleInTransaction: Math.min(config.DB_TRANSACTION_TIMEOUT_MS + 2_000, maxTimerMs),
    transaction: config.DB_TRANSACTION_TIMEOUT_MS,
    exports: { connections: config.EXPORT_MAX_CONCURRENT, snapshotMs: config.EXPORT_SNAPSHOT_TIMEOUT_MS },
  };
}

/** The longest a standby's check waits for its answer (milliseconds). */
export const standbyCheckTimeoutMs = 1_000;

type ReadRouterConfig = LimitsConfig &
  Pick<Config, 'DATABASE_REPLICA_URLS' | 'DATABASE_POOL_SIZE' | 'REPLICA_MAX_LAG_MS' | 'REPLICA_CHECK_INTERVAL_MS'>;

/**
 * The read router over `primary` and the standbys of DATABASE_REPLICA_URLS (named standby-1, standby-2, … in their
 * order), each with a pool of DATABASE_POOL_SIZE, after their first check. The caller closes it.
 */
export async function openReadRouter(config: ReadRouterConfig, primary: Db): Promise<ReadRouter> {
  const standbys = config.DATABASE_REPLICA_URLS.map(
    (standbyUrl, index) =>
      new Standby(`standby-${index + 1}`, standbyUrl, config.DATABASE_POOL_SIZE, limitsOf(config), standbyCheckTimeoutMs),
  );
  const router = new ReadRouter(primary, standbys, {
    maxLagMs: config.REPLICA_MAX_LAG_MS,
    checkIntervalMs: config.REPLICA_CHECK_INTERVAL_MS,
  });
  await router.start();
  return router;
}

export async function openDatabase(config: DatabaseConfig): Promise<Database> {
  let embedded: EmbeddedPostgres | undefined;
  const url = config.DATABASE_URL ?? (embedded = await startEmbeddedPostgres(config.DATA_DIR)).url;
  try {
    const applied = config.MIGRATE_ON_START ? await migrateOnStart(url, config.DB_CONNECT_TIMEOUT_MS) : [];
    // The embedded database has one session behind one connection: an export there holds none of its own, and reads
    // batch by batch without a snapshot (db/snapshot.ts).
    const { exports, ...shared } = limitsOf(config);
    const limits = embedded ? shared : { ...shared, exports };
    const prisma = createPrisma(url, embedded ? 1 : config.DATABASE_POOL_SIZE, limits, undefined, !embedded);
    const seeded = config.SEED_ON_START && (await prisma.meeting.count()) === 0 ? await seed(prisma) : null;
    const readRouter = await openReadRouter(config, prisma);
    return {
      url,
      embedded: Boolean(embedded),
      prisma,
      readRouter,
      expectedMigrations: await listMigrationNames(),
      applied,
      seeded,
      async close() {
        await readRouter.close();
        await prisma.$disconnect();
        await embedded?.close();
      },
    };
  } catch (error) {
    await embedded?.close();
    throw error;
  }
}
