import type { FastifyBaseLogger } from 'fastify';

// Which errors mean "the database cannot serve this now" — unreachable, refusing, restarting, too slow, locked,
// overloaded — as opposed to a bug or a bad request. Those are answered 503 with Retry-After (http/problem.ts), and
// logged once per episode rather than once per request.

// Node socket errors and PostgreSQL SQLSTATEs: connection exceptions (08), operator intervention (57P0x), query
// cancelled by statement_timeout (57014), lock_timeout (55P03), serialization failure and deadlock (40001, 40P01),
// idle-in-transaction timeout (25P03), too many connections (53300), out of resources (53xxx), a read-only primary
// (25006), and at connect a database that does not exist (3D000) or a role refused (28xxx).
const unavailableCodes = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'EPIPE',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'ENOTFOUND',
  'EAI_AGAIN',
  '08000',
  '08001',
  '08003',
  '08004',
  '08006',
  '57P01',
  '57P02',
  '57P03',
  '57014',
  '55P03',
  '40001',
  '40P01',
  '25P03',
  '53000',
  '53100',
  '53200',
  '53300',
  '53400',
  // A primary that stopped taking writes — failed over to a standby, or set default_transaction_read_only by an
  // operator: "cannot execute INSERT in a read-only transaction" passes when writes are back.
  '25006',
  // At connect: the database renamed or dropped (3D000, 57P04), the role refused (28000, 28P01) — an operator's change
  // the API cannot mend, but that passes when it is undone, as an outage does.
  '3D000',
  '57P04',
  '28000',
  '28P01',
  // Prisma: cannot reach, timed out, connection closed, pool timeout, transaction could not start or ran out of time.
  'P1001',
  'P1002',
  'P1008',
  'P1017',
  'P2024',
  'P2028',
  // A write conflict or deadlock Prisma reports after the transaction failed: retrying later may succeed.
  'P2034',
]);

// What pg and Prisma's driver adapter say when a connection breaks or a limit of ours (query_timeout, the pool's
// connection timeout) is reached; they carry no code.
const unavailableMessages =
  /Connection terminated|Server has closed the connection|Query read timeout|timeout exceeded when trying to connect|Connection timeout|terminating connection|Client has encountered a connection error|the database system is (?:starting up|shutting down|in recovery mode)|Can't reach database server|server closed the connection unexpectedly|Transaction already closed|Unable to start a transaction/i;

const sqlStateInMessage = /Code: `([0-9A-Z]{5})`/;

// What Prisma's driver adapter reports in `meta.driverAdapterError.cause.kind` when the connection is the problem —
// a raw query ($queryRaw) carries no P-code of its own for it (P2010 "Raw query failed").
const unavailableKinds = new Set([
  'DatabaseNotReachable',
  'ConnectionClosed',
  'SocketTimeout',
  'TooManyConnections',
  'TransactionAlreadyClosed',
  'DatabaseDoesNotExist',
]);

/** True when the error, or one it was caused by, says the database cannot serve the request now. */
export function isDatabaseUnavailable(error: unknown): boolean {
  return matchesCause(error, unavailableCodes, unavailableMessages, unavailableKinds);
}

// The tables the code reads are not there, or not as it expects: a database no migration (or not the latest) was
// applied to — "relation \"meetings\" does not exist" (42P01, Prisma P2021), a column of a later migration (42703,
// P2022). Answered 503, like an outage, until `npm run db:migrate` (or an instance's MIGRATE_ON_START) has run; logged
// at error level, since the same codes from a migrated database would be a bug.
const schemaCodes = new Set(['42P01', '42703', 'P2021', 'P2022']);
const schemaMessages = /relation "[^"]+" does not exist|The table `[^`]+` does not exist|The column `[^`]+` does not exist/i;
const schemaKinds = new Set(['TableDoesNotExist', 'ColumnNotFound']);

/** True when the error, or one it was caused by, says the database lacks a table or column of the current schema. */
export function isSchemaMissing(error: unknown): boolean {
  return matchesCause(error, schemaCodes, schemaMessages, schemaKinds);
}

// The connection broke while a statement was out (reset, terminated by the server or an operator), or a statement
// got no answer within the client's deadline (DB_STATEMENT_TIMEOUT_MS + 1 s, query-deadline.ts: "Query read timeout",
// after which the connection is closed — it may have been a COMMIT PostgreSQL applied): unlike a refused connection, a server-side
// timeout or a rollback (serialization, deadlock), a write's COMMIT may have been applied before the answer was lost.
const lostCodes = new Set(['ECONNRESET', 'EPIPE', '08003', '08006', '57P01', '57P02', 'P1017']);
const lostMessages =
  /Connection terminated|Server has closed the connection|terminating connection|server closed the connection unexpectedly|Transaction already closed|Query read timeout/i;
const lostKinds = new Set(['ConnectionClosed', 'TransactionAlreadyClosed']);

/**
 * True when the connection was lost mid-request: a write's outcome is then unknown (its COMMIT may have been applied
 * and its answer lost), so the problem must not promise that nothing was written.
 */
export function isConnectionLost(error: unknown): boolean {
  return (
    !matchesCause(error, neverConnectedCodes, neverConnectedMessages, neverConnectedKinds) &&
    matchesCause(error, lostCodes, lostMessages, lostKinds)
  );
}

// The server ended the session or the connection broke under a statement — not a statement deadline of ours ("Query
// read timeout": the statement ran as long as it may) nor a transaction that ran out of time.
const endedCodes = new Set(['ECONNRESET', 'EPIPE', '08003', '08006', '57P01', '57P02', 'P1017']);
const endedMessages =
  /Connection terminated unexpectedly|Server has closed the connection|terminating connection|server closed the connection unexpectedly/i;
const endedKinds = new Set(['ConnectionClosed']);

/**
 * True when the connection a statement went out on was ended under it — by the server (an administrator's
 * pg_terminate_backend, 57P01; a restart, 57P02) or the network — after it had been made: another connection may serve
 * the statement at once. False for a connection never made, a statement deadline, or an error of the statement.
 */
export function isConnectionEnded(error: unknown): boolean {
  return (
    !matchesCause(error, neverConnectedCodes, neverConnectedMessages, neverConnectedKinds) &&
    matchesCause(error, endedCodes, endedMessages, endedKinds)
  );
}

// A connection that was never made sent nothing: pg-pool's connect timeout ("Connection terminated due to connection
// timeout", whose cause is the socket's own "Connection terminated unexpectedly"), its wait for a free connection, a
// refused or unresolvable address, a database or role refused at login, a transaction Prisma could not start.
const neverConnectedCodes = new Set([
  'ECONNREFUSED',
  'ENOTFOUND',
  'EAI_AGAIN',
  'EHOSTUNREACH',
  'ENETUNREACH',
  '3D000',
  '28000',
  '28P01',
  '57P03',
  'P1001',
  'P2024',
]);
const neverConnectedMessages =
  /could not connect to the database|due to connection timeout|timeout exceeded when trying to connect|Can't reach database server|Unable to start a transaction|the database system is starting up/i;
const neverConnectedKinds = new Set(['DatabaseNotReachable', 'DatabaseDoesNotExist']);

function matchesCause(error: unknown, codeSet: ReadonlySet<string>, messages: RegExp, kinds: ReadonlySet<string>): boolean {
  for (let current: unknown = error, depth = 0; current && depth < 6; depth++) {
    const candidate = current as {
      code?: unknown;
      message?: unknown;
      meta?: { code?: unknown; driverAdapterError?: { cause?: { kind?: unknown; code?: unknown; originalCode?: unknown } } };
      cause?: unknown;
      errors?: unknown[];
    };
    const message = typeof candidate.message === 'string' ? candidate.message : '';
    const adapter = candidate.meta?.driverAdapterError?.cause;
    if (typeof adapter?.kind === 'string' && kinds.has(adapter.kind)) return true;
    const codes = [candidate.code, candidate.meta?.code, adapter?.code, adapter?.originalCode, sqlStateInMessage.exec(message)?.[1]];
    if (codes.some((code) => typeof code === 'string' && codeSet.has(code))) return true;
    if (messages.test(message)) return true;
    if (Array.isArray(candidate.errors) && candidate.errors.some((inner) => matchesCause(inner, codeSet, messages, kinds))) return true;
    current = candidate.cause;
  }
  return false;
}

/**
 * Logs database faults once per episode: the first fault of an episode at error level with its cause, on the logger of
 * the request that met it (so the line carries its requestId), later ones not at all, and the first success `quietMs`
 * (milliseconds) or more after the episode's last fault at info level ("database recovered", with the failed requests).
 * A success sooner than that ends nothing: while one table is locked, requests to the others succeed between the
 * faults, and each would otherwise log "recovered" and a new "unavailable" (new-user trial 100: 13 pairs in 20 s).
 * `now` gives milliseconds (Date.now; tests pass a clock of their own).
 */
export class FaultEpisodes {
  private failures = 0;
  private since: number | null = null;
  private lastFailure = 0;

  constructor(
    private readonly quietMs: number,
    private readonly now: () => number = Date.now,
  ) {}

  failed(error: unknown, log: FastifyBaseLogger): void {
    this.failures += 1;
    this.lastFailure = this.now();
    if (this.since !== null) return;
    this.since = this.lastFailure;
    log.error({ err: error }, 'database unavailable: answering 503 until it recovers');
  }

  succeeded(log: FastifyBaseLogger): void {
    if (this.since === null || this.now() - this.lastFailure < this.quietMs) return;
    log.info({ failedRequests: this.failures, since: new Date(this.since).toISOString() }, 'database recovered');
    this.failures = 0;
    this.since = null;
  }

  get inEpisode(): boolean {
    return this.since !== null;
  }
}

const prismaInvocation = /^\s*Invalid `[^`]*` invocation:?\s*$/;

/**
 * What a request's 5xx came from, for its "request completed" log line: the first code met down the error's causes
 * (a SQLSTATE such as `55P03`, a socket's `ECONNREFUSED`, Prisma's `P1001`) and the innermost message (PostgreSQL's own words where the driver adapter kept them, else the message's last line
 * that is not Prisma's "Invalid `…` invocation:"), at most 200 characters. `{ code: null, message: null }` for a value that is no error.
 */
export function faultCause(error: unknown): { code: string | null; message: string | null } {
  let code: string | null = null;
  let message: string | null = null;
  for (let current: unknown = error, depth = 0; current && typeof current === 'object' && depth < 6; depth++) {
    const candidate = current as {
      code?: unknown;
      message?: unknown;
      meta?: {
        code?: unknown;
        driverAdapterError?: { cause?: { code?: unknown; originalCode?: unknown; originalMessage?: unknown; kind?: unknown } };
      };
      cause?: unknown;
    };
    const adapter = candidate.meta?.driverAdapterError?.cause;
    const text = typeof candidate.message === 'string' ? candidate.message : '';
    code ??=
      [adapter?.originalCode, adapter?.code, sqlStateInMessage.exec(text)?.[1], candidate.code, adapter?.kind].find(
        (value): value is string => typeof value === 'string' && value.length > 0,
      ) ?? null;
    // Prisma's message opens with "Invalid `prisma.$queryRaw()` invocation:" and ends with what went wrong; its driver
    // adapter keeps PostgreSQL's own words.
    const lines = text.split('\n').filter((line) => line.trim().length > 0 && !prismaInvocation.test(line));
    const own = typeof adapter?.originalMessage === 'string' ? adapter.originalMessage : lines.at(-1);
    if (own) message = own.trim().slice(0, 200);
    current = candidate.cause;
  }
  return { code, message };
}
