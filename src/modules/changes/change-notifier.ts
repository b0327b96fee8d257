import pg from 'pg';
import type { FastifyBaseLogger } from 'fastify';
import { sessionOptions } from '../../db/session.js';

// One LISTEN connection per process for the change stream: PostgreSQL NOTIFYs `audit_events` as each writing
// transaction commits, whichever instance wrote it (the change_feed migration), and every open stream of this process
// is woken. A notification only wakes: the streams read what changed from the feed itself, so a notification lost
// while the connection was down loses nothing — on reconnecting, every stream is woken to catch up.

export const changeChannel = 'audit_events';

export interface ChangeSignal {
  /** Calls `wake` after each committed write (and after a reconnect); returns the unsubscribe function. */
  subscribe(wake: () => void): () => void;
  /** Open streams of this process. */
  readonly subscribers: number;
  close(): Promise<void>;
}

interface NotifierOptions {
  /** The database to LISTEN on; none (the embedded database): streams poll at every heartbeat instead. */
  url: string | undefined;
  log: FastifyBaseLogger;
  connectTimeoutMs: number;
  /** Wait before reconnecting after the connection broke (milliseconds). */
  reconnectMs?: number;
}

/** The process's notifier: connects on the first subscriber, reconnects while any remain, closes with the app. */
export function createChangeNotifier({ url, log, connectTimeoutMs, reconnectMs = 1_000 }: NotifierOptions): ChangeSignal {
  const wakers = new Set<() => void>();
  let client: pg.Client | null = null;
  let retry: NodeJS.Timeout | null = null;
  let closed = false;
  // An outage is logged once when it starts and once when it ends, with the attempts it took (as database faults are).
  let failedAttempts = 0;
  const wakeAll = () => wakers.forEach((wake) => wake());

  const connect = async () => {
    if (!url || client || closed || !wakers.size) return;
    const candidate = new pg.Client({
      connectionString: url,
      options: sessionOptions,
      connectionTimeoutMillis: connectTimeoutMs,
      keepAlive: true,
    });
    client = candidate;
    const broken = (error?: Error) => {
      if (client !== candidate) return;
      client = null;
      candidate.removeAllListeners('notification');
      void candidate.end().catch(() => undefined);
      if (closed) return;
      if (failedAttempts++ === 0)
        log.warn({ err: error }, 'change stream: LISTEN connection lost; reconnecting every second while a stream is open');
      retry = setTimeout(() => {
        retry = null;
        void connect();
      }, reconnectMs);
    };
    candidate.on('error', broken);
    candidate.on('end', () => broken());
    candidate.on('notification', wakeAll);
    try {
      await candidate.connect();
      await candidate.query(`LISTEN ${changeChannel}`);
      if (failedAttempts > 0) log.info({ failedAttempts }, 'change stream: LISTEN connection restored');
      failedAttempts = 0;
      // Whatever committed while there was no connection.
      wakeAll();
    } catch (error) {
      broken(error as Error);
    }
  };

  return {
    subscribe(wake) {
      wakers.add(wake);
      void connect();
      return () => void wakers.delete(wake);
    },
    get subscribers() {
      return wakers.size;
    },
    async close() {
      closed = true;
      if (retry) clearTimeout(retry);
      const open = client;
      client = null;
      await open?.end().catch(() => undefined);
    },
  };
}
