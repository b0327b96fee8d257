import pg from 'pg';
import type { DatabaseLimits, Db } from './prisma.js';
import { createPrisma } from './prisma.js';
import { isDatabaseUnavailable } from './faults.js';
import { clientWithQueryDeadline } from './query-deadline.js';
import { sessionOptions } from './session.js';
import { parseLsn } from './wal-position.js';

/** What the last check of a standby found. `replayLsn` is pg_last_wal_replay_lsn() as a WAL position. */
export interface StandbyState {
  reachable: boolean;
  /** pg_is_in_recovery(): false means the server was promoted or is no standby at all; it is not read from then. */
  inRecovery: boolean;
  replayLsn: bigint | null;
  /** How far replay is behind the primary, in milliseconds (see ReadRouter.check); null before it is known. */
  lagMs: number | null;
  checkedAt: Date | null;
}

const withTimeout = <T>(promise: Promise<T>, ms: number): Promise<T> =>
  new Promise<T>((resolve, reject) => {
    const timer = setTimeout(() => reject(Object.assign(new Error(`no answer within ${ms} ms`), { code: 'ETIMEDOUT' })), ms);
    promise.then(resolve, reject).finally(() => clearTimeout(timer));
  });

/**
 * One streaming standby (a hot standby the API reads from): its own Prisma client and pool for reads, one connection
 * of its own for the checks (so that a pool busy with reads never makes a check late and the standby look down), and
 * what its last check found. `name` ("standby-1") labels it in /health/ready and /metrics; its URL, which may hold a
 * password, is never shown.
 */
export class Standby {
  readonly client: Db;
  private readonly checks: pg.Pool;
  state: StandbyState = { reachable: false, inRecovery: false, replayLsn: null, lagMs: null, checkedAt: null };
  private refreshing: Promise<bigint | null> | null = null;

  constructor(
    readonly name: string,
    url: string,
    poolSize: number,
    limits: DatabaseLimits,
    private readonly checkTimeoutMs: number,
  ) {
    this.client = createPrisma(url, poolSize, limits, `dm-api ${name}`);
    this.checks = new pg.Pool({
      connectionString: url,
      max: 1,
      connectionTimeoutMillis: checkTimeoutMs,
      Client: clientWithQueryDeadline(checkTimeoutMs),
      options: sessionOptions,
      application_name: `dm-api ${name} check`,
    });
    // An idle connection the standby closed (it stopped) is an error here; the next check opens a new one.
    this.checks.on('error', () => undefined);
  }

  private async ask<T extends pg.QueryResultRow>(sql: string): Promise<T | undefined> {
    const { rows } = await withTimeout(this.checks.query<T>(sql), this.checkTimeoutMs);
    return rows[0];
  }

  /**
   * Asks the standby for pg_is_in_recovery() and pg_last_wal_replay_lsn() within the check timeout and records the
   * answer (lag is set by the router, which knows the primary's position). A standby that does not answer, or answers
   * with an error, is recorded unreachable. Never throws.
   */
  async check(): Promise<void> {
    try {
      const row = await this.ask<{ recovery: boolean; replay: string | null }>(
        'SELECT pg_is_in_recovery() AS recovery, pg_last_wal_replay_lsn()::text AS replay',
      );
      this.state = {
        ...this.state,
        reachable: true,
        inRecovery: row?.recovery ?? false,
        replayLsn: row?.replay ? parseLsn(row.replay) : null,
        checkedAt: new Date(),
      };
    } catch {
      this.markUnreachable();
    }
  }

  /** Records the standby as unreachable now (a check or a read on it failed); the next check that succeeds undoes it. */
  markUnreachable(): void {
    this.state = { ...this.state, reachable: false, checkedAt: new Date() };
  }

  /**
   * The standby's replay position now, asked once for all callers waiting at the same time (a read that carries a
   * consistency token the last check had not reached). Null when it does not answer in time.
   */
  async currentReplayLsn(): Promise<bigint | null> {
    this.refreshing ??= this.ask<{ replay: string | null }>('SELECT pg_last_wal_replay_lsn()::text AS replay')
      .then((row) => {
        const replay = row?.replay ? parseLsn(row.replay) : null;
        if (replay !== null && (this.state.replayLsn === null || replay > this.state.replayLsn))
          this.state = { ...this.state, replayLsn: replay };
        return replay;
      })
      .catch((error: unknown) => {
        if (isDatabaseUnavailable(error)) this.markUnreachable();
        return null;
      })
      .finally(() => {
        this.refreshing = null;
      });
    return this.refreshing;
  }

  async close(): Promise<void> {
    await this.client.$disconnect();
    await this.checks.end();
  }
}
