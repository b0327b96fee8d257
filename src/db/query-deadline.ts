import pg from 'pg';

type Callback = (error: Error | null, result?: unknown) => void;

let answered = 0;

/**
 * How many queries PostgreSQL has answered without an error in this process, over every pool made with
 * clientWithQueryDeadline (a count that only grows): the fault log's sign that the database is back
 * (http/problem.ts), which an answer given without it — a 400, a 429 — is not.
 */
export const databaseAnswers = (): number => answered;

/** The error a query fails with when its deadline passes: pg's own wording, which db/faults.ts maps to 503. */
export const queryDeadlineMessage = 'Query read timeout';

/**
 * A pg.Client class whose every query fails with `Error('Query read timeout')` when PostgreSQL has not answered it
 * within `timeoutMs` milliseconds, after which the connection is closed (a server that does not answer one query will
 * not answer the next; the pool opens a new connection when one is needed). It stands in for pg's own `query_timeout`,
 * whose timer closes over the query — so each read's rows, held from the timer list while they arrive, outlive the
 * young generation and are copied to V8's old space, where they stay until a full collection: a streamed export of
 * 100,000 meetings grew the process by ~90 MB with it (`npm run bench:export`). This timer holds only the client, and
 * is unref()ed (it never keeps the process alive).
 *
 * Every form of `client.query` is bounded: with a callback, returning a promise, and a submittable (an object with
 * `submit`, such as pg's Query), whose `end` or `error` event ends the wait. The timer starts when `query` is called,
 * as pg's does, so time spent queued behind the connection's previous query counts.
 */
export function clientWithQueryDeadline(timeoutMs: number): typeof pg.Client {
  // eslint-disable-next-line @typescript-eslint/unbound-method -- called with apply on the client, below
  const query = pg.Client.prototype.query as (this: pg.Client, ...args: unknown[]) => unknown;

  // eslint-disable-next-line @typescript-eslint/unbound-method -- called with apply on the client, below
  const connect = pg.Client.prototype.connect as (this: pg.Client, callback?: (error: Error | null) => void) => unknown;

  class DeadlineClient extends pg.Client {}
  // A connection that fails before it is made sent nothing: its error says so, whatever pg's wording ("Connection
  // terminated unexpectedly" when a proxy closes it during the handshake), so that db/faults.ts does not answer a write
  // that never reached the database as one whose outcome is unknown.
  DeadlineClient.prototype.connect = function (this: pg.Client, callback?: (error: Error | null) => void) {
    if (typeof callback === 'function') return connect.call(this, (error) => callback(error ? notConnected(error) : error));
    return (connect.call(this) as Promise<void>).catch((error: Error) => {
      throw notConnected(error);
    });
  } as typeof pg.Client.prototype.connect;
  DeadlineClient.prototype.query = function (this: pg.Client, ...args: unknown[]) {
    const timer = setTimeout(() => expire(this), timeoutMs);
    timer.unref();
    const done = () => clearTimeout(timer);
    const last = args.length - 1;
    if (typeof args[last] === 'function') {
      const callback = args[last] as Callback;
      args[last] = (error: Error | null, result?: unknown) => {
        done();
        if (!error) answered++;
        callback(error, result);
      };
      return query.apply(this, args);
    }
    const result = query.apply(this, args) as { then?: unknown; once?: unknown } | undefined;
    const succeeded = () => {
      done();
      answered++;
    };
    if (typeof result?.then === 'function') (result as Promise<unknown>).then(succeeded, done);
    else if (typeof result?.once === 'function') {
      const emitter = result as NodeJS.EventEmitter;
      emitter.once('end', succeeded);
      emitter.once('error', done);
    } else done();
    return result;
  } as typeof pg.Client.prototype.query;
  return DeadlineClient;
}

/** Fails the client's queries with the deadline's error and closes its connection. */
function expire(client: pg.Client): void {
  closeConnection(client, new Error(queryDeadlineMessage));
}

/** Closes a client's connection at once: its pending and later statements fail with `error` (the pool drops it). */
export function closeConnection(client: pg.Client, error: Error): void {
  const connection = (client as unknown as { connection?: { stream?: { destroy: (error: Error) => void } } }).connection;
  connection?.stream?.destroy(error);
}

/** The prefix of an error raised while connecting (db/faults.ts: nothing was sent). */
export const notConnectedMessage = 'could not connect to the database';

function notConnected(error: Error): Error {
  if (error.message.startsWith(notConnectedMessage)) return error;
  const wrapped = new Error(`${notConnectedMessage}: ${error.message}`, { cause: error });
  const code = (error as { code?: unknown }).code;
  if (code !== undefined) Object.assign(wrapped, { code });
  return wrapped;
}
