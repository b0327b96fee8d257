import { AsyncLocalStorage } from 'node:async_hooks';
import type { Db } from './prisma.js';
import { isDatabaseUnavailable } from './faults.js';
import type { Standby } from './standby.js';
import { parseLsn } from './wal-position.js';
import { queryRows } from './raw-rows.js';
import { markSnapshots, snapshotLimitsOf } from './snapshot.js';
import { Prisma } from '../generated/prisma/client.js';

// Reads on streaming standbys, with read-your-writes. Services are given one client (`router.db`); which database a
// call reaches is decided per request: a read request (GET, HEAD) runs inside `router.runWith(reader, …)` and its
// every call — transactions included, which on a hot standby are read-only — goes to that reader; anything else goes
// to the primary. The choice: a standby that answers, is in recovery and lags at most `maxLagMs`, and, when the
// request carries a consistency token, has replayed the WAL up to it; else the primary.

/** The database one request reads from. `name` is "primary" or the standby's ("standby-1"). */
export interface Reader {
  name: string;
  db: Db;
}

/** One database as /health/ready and /metrics show it. */
export interface DatabaseStatus {
  name: string;
  role: 'primary' | 'standby';
  reachable: boolean;
  /** Replay lag in milliseconds (standbys; null until known); 0 for the primary. */
  lagMs: number | null;
  /** Whether reads may go to it now. */
  inUse: boolean;
}

export interface ReadRouterOptions {
  /** A standby further behind than this is not read from (REPLICA_MAX_LAG_MS). */
  maxLagMs: number;
  /** How often every standby (and the primary's WAL position) is checked (REPLICA_CHECK_INTERVAL_MS). */
  checkIntervalMs: number;
}

interface Sample {
  lsn: bigint;
  at: number;
}

interface RequestRead {
  reader: Reader;
  after: bigint | null;
}

const requestRead = new AsyncLocalStorage<RequestRead>();
const currentLsnSql = Prisma.sql`SELECT pg_current_wal_lsn()::text AS lsn`;
// Primary positions kept to measure lag: at most this many checks back (an hour at the default interval).
const maxSamples = 3_600;

/** A read on a standby that finds it gone is marked so and run again on the primary, unless it ran in a transaction. */
function withFallback(standby: Standby, primary: Db): Db {
  const client = standby.client.$extends({
    query: {
      async $allOperations(params) {
        try {
          return (await params.query(params.args)) as unknown;
        } catch (error) {
          const inTransaction = Boolean((params as { __internalParams?: { transaction?: unknown } }).__internalParams?.transaction);
          if (inTransaction || !isDatabaseUnavailable(error)) throw error;
          standby.markUnreachable();
          const target = (params.model ? (primary as unknown as Record<string, unknown>)[lowerFirst(params.model)] : primary) as Record<
            string,
            (args: unknown) => Promise<unknown>
          >;
          return target[params.operation]!(params.args);
        }
      },
    },
  }) as unknown as Db;
  // The extended client is a new object: it keeps the standby's connections for exports' snapshots too.
  const limits = snapshotLimitsOf(standby.client);
  if (limits) markSnapshots(client, limits);
  return client;
}

/**
 * The WAL position the read request being served must see — its consistency token's or its cursor's, the later of
 * the two — or null when it named none (or outside a read request).
 */
export function readPosition(): bigint | null {
  return requestRead.getStore()?.after ?? null;
}

const lowerFirst = (name: string) => name.charAt(0).toLowerCase() + name.slice(1);

export class ReadRouter {
  /** The client services use: the request's reader inside runWith, else the primary. */
  readonly db: Db;
  /** Read requests routed to each database so far, by its name ("primary", "standby-1"). */
  readonly readsRouted = new Map<string, number>();
  private readonly readers: Map<Standby, Reader>;
  private readonly primaryReader: Reader;
  private samples: Sample[] = [];
  private timer: NodeJS.Timeout | null = null;
  private checking: Promise<void> | null = null;
  private turn = 0;

  constructor(
    readonly primary: Db,
    readonly standbys: readonly Standby[],
    private readonly options: ReadRouterOptions,
  ) {
    this.readers = new Map(standbys.map((standby) => [standby, { name: standby.name, db: withFallback(standby, primary) }]));
    this.primaryReader = { name: 'primary', db: primary };
    // Without standbys every call goes to the primary: services get the client itself, not a proxy that asks the
    // request's context on every property read.
    this.db = !standbys.length
      ? primary
      : new Proxy(primary, {
          get(target, property) {
            const client = requestRead.getStore()?.reader.db ?? target;
            const value: unknown = Reflect.get(client, property, client);
            return typeof value === 'function' ? (value as (...args: unknown[]) => unknown).bind(client) : value;
          },
        });
  }

  /** Checks at once, then every checkIntervalMs until close(); a check still running when the next is due is not doubled. */
  start(): Promise<void> {
    if (!this.standbys.length) return Promise.resolve();
    this.timer ??= setInterval(() => void this.check(), this.options.checkIntervalMs).unref();
    return this.check();
  }

  /**
   * One check: the primary's pg_current_wal_lsn(), then every standby's state (Standby.check). A standby's lag is 0
   * when it has replayed what the primary had written at this check, else the time since the first check that saw
   * the primary at a position the standby has still not replayed — so it is known to the check interval. Never throws.
   */
  check(): Promise<void> {
    this.checking ??= (async () => {
      const primaryLsn = await this.currentPosition().catch(() => null);
      const now = Date.now();
      if (primaryLsn !== null && this.samples.at(-1)?.lsn !== primaryLsn) this.samples.push({ lsn: primaryLsn, at: now });
      await Promise.all(this.standbys.map((standby) => standby.check()));
      for (const standby of this.standbys) {
        const replay = standby.state.replayLsn;
        if (!standby.state.reachable || replay === null) continue;
        const behind = this.samples.find((sample) => sample.lsn > replay);
        standby.state = { ...standby.state, lagMs: behind ? now - behind.at : 0 };
      }
      // Positions every standby has replayed are no longer needed to measure anyone's lag.
      const replayed = this.standbys.flatMap((standby) => (standby.state.replayLsn === null ? [] : [standby.state.replayLsn]));
      const slowest = replayed.length ? replayed.reduce((a, b) => (a < b ? a : b)) : null;
      this.samples = this.samples.filter((sample) => slowest === null || sample.lsn > slowest).slice(-maxSamples);
    })().finally(() => {
      this.checking = null;
    });
    return this.checking;
  }

  private usable(standby: Standby): boolean {
    const { reachable, inRecovery, lagMs } = standby.state;
    return reachable && inRecovery && lagMs !== null && lagMs <= this.options.maxLagMs;
  }

  private pick(candidates: Standby[]): Reader {
    const standby = candidates[this.turn++ % candidates.length]!;
    return this.readers.get(standby)!;
  }

  /**
   * The database a read request goes to: a usable standby in turn, or the primary when none is. With `after` (the
   * WAL position of a consistency token) only a standby that has replayed up to it; when the last check has not seen
   * one that far, the usable standbys are asked now (one query each, within the check timeout).
   */
  async readerFor(after: bigint | null): Promise<Reader> {
    return this.counted(await this.chooseReader(after));
  }

  /**
   * The reader of a request that needs no context of its own — no standby to choose, no position to carry on
   * (`after` null) — counted as readerFor counts, else null: such a request runs outside runWith, so that a process
   * without standbys, serving requests without consistency tokens, never turns on AsyncLocalStorage (in Node 20 its
   * promise hooks cost every promise of the process, ~12 % of a GET's CPU).
   */
  readerWithoutContext(after: bigint | null): Reader | null {
    return after === null && !this.standbys.length ? this.counted(this.primaryReader) : null;
  }

  private counted(reader: Reader): Reader {
    this.readsRouted.set(reader.name, (this.readsRouted.get(reader.name) ?? 0) + 1);
    return reader;
  }

  private async chooseReader(after: bigint | null): Promise<Reader> {
    const primary = this.primaryReader;
    const candidates = this.standbys.filter((standby) => this.usable(standby));
    if (!candidates.length) return primary;
    if (after === null) return this.pick(candidates);
    const caughtUp = candidates.filter((standby) => standby.state.replayLsn !== null && standby.state.replayLsn >= after);
    if (caughtUp.length) return this.pick(caughtUp);
    const now = await Promise.all(candidates.map((standby) => standby.currentReplayLsn()));
    const reached = candidates.filter((_, index) => now[index] !== null && now[index]! >= after);
    return reached.length ? this.pick(reached) : primary;
  }

  /**
   * Runs `work` with every call on `db` going to `reader` (also the calls of promises it starts), for a request that
   * must see the WAL up to `after` (readPosition() tells it to the lists, whose cursors carry it on).
   */
  runWith<T>(reader: Reader, after: bigint | null, work: () => T): T {
    return requestRead.run({ reader, after }, work);
  }

  /** The primary's WAL position now (pg_current_wal_lsn()): after a commit, at or past that commit's position. */
  async currentPosition(): Promise<bigint> {
    const [row] = await queryRows<{ lsn: string }>(this.primary, currentLsnSql);
    const position = row ? parseLsn(row.lsn) : null;
    if (position === null) throw new Error('pg_current_wal_lsn() gave no WAL position');
    return position;
  }

  /** Every standby as its last check found it. */
  standbyStatus(): DatabaseStatus[] {
    return this.standbys.map((standby) => ({
      name: standby.name,
      role: 'standby' as const,
      reachable: standby.state.reachable && standby.state.inRecovery,
      lagMs: standby.state.lagMs,
      inUse: this.usable(standby),
    }));
  }

  /** Stops the checks and closes the standbys' pools (not the primary's, which its owner closes). */
  async close(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
    await this.checking?.catch(() => undefined);
    await Promise.all(this.standbys.map((standby) => standby.close()));
  }
}
