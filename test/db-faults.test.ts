import { describe, expect, it } from 'vitest';
import { isConnectionEnded, isConnectionLost, isDatabaseUnavailable, isSchemaMissing } from '../src/db/faults.js';

// The shapes in which Prisma, its pg driver adapter and pg report that the database cannot serve a request, each of
// which must be a 503 (src/http/problem.ts), and shapes that are bugs or bad requests, which must not be.
const adapterError = (cause: Record<string, unknown>) => ({
  name: 'PrismaClientKnownRequestError',
  code: 'P2010',
  message: 'Invalid `prisma.$queryRaw()` invocation:\n\nRaw query failed. Code: `N/A`. Message: `…`',
  meta: { driverAdapterError: { name: 'DriverAdapterError', cause } },
});

describe('database faults', () => {
  it.each([
    ['a raw query whose connection closed', adapterError({ kind: 'ConnectionClosed' })],
    ['a raw query that cannot reach the server', adapterError({ kind: 'DatabaseNotReachable', host: '127.0.0.1', port: 1 })],
    ['a raw query whose socket timed out', adapterError({ kind: 'SocketTimeout' })],
    ['a raw query refused for too many connections', adapterError({ kind: 'TooManyConnections' })],
    ['a raw query cancelled by statement_timeout', adapterError({ kind: 'postgres', code: '57014', message: 'canceling statement' })],
    ['a raw query on a server shutting down', adapterError({ kind: 'postgres', originalCode: '57P01' })],
    ['Prisma cannot reach the server', { code: 'P1001', message: "Can't reach database server" }],
    ['pg: connection terminated', new Error('Connection terminated unexpectedly')],
    ['Prisma: server closed the connection', new Error('Server has closed the connection.')],
    ['a socket error as the cause', Object.assign(new Error('query failed'), { cause: { code: 'ECONNRESET' } })],
    ['pg: the database does not exist (renamed or dropped)', Object.assign(new Error('database "x" does not exist'), { code: '3D000' })],
    ['pg: the database was dropped under the session', Object.assign(new Error('terminating connection'), { code: '57P04' })],
    ['pg: the password was refused', Object.assign(new Error('password authentication failed'), { code: '28P01' })],
    ['pg: the role may not log in', Object.assign(new Error('role "x" is not permitted to log in'), { code: '28000' })],
  ])('%s is a fault', (_label, error) => {
    expect(isDatabaseUnavailable(error)).toBe(true);
  });

  it.each([
    ['a unique violation', adapterError({ kind: 'UniqueConstraintViolation', constraint: { fields: ['slug'] } })],
    ['a syntax error', adapterError({ kind: 'postgres', code: '42601' })],
    ['a programming error', new TypeError('x is undefined')],
    ['nothing', undefined],
  ])('%s is no fault', (_label, error) => {
    expect(isDatabaseUnavailable(error)).toBe(false);
  });
});

describe('a connection lost mid-request (a write may have been committed) and faults that wrote nothing', () => {
  it.each([
    ['a raw query whose connection closed', adapterError({ kind: 'ConnectionClosed' }), true],
    ['pg: connection terminated', new Error('Connection terminated unexpectedly'), true],
    ['a socket reset as the cause', Object.assign(new Error('query failed'), { cause: { code: 'ECONNRESET' } }), true],
    ['a server shutting down', adapterError({ kind: 'postgres', originalCode: '57P01' }), true],
    ['Prisma: transaction already closed', { code: 'P2028', message: 'Transaction already closed' }, true],
    ['a refused connection', Object.assign(new Error('connect ECONNREFUSED'), { code: 'ECONNREFUSED' }), false],
    ['a statement timeout (rolled back)', adapterError({ kind: 'postgres', code: '57014' }), false],
    ['a serialization failure (rolled back)', adapterError({ kind: 'postgres', code: '40001' }), false],
    ['a lock timeout (rolled back)', adapterError({ kind: 'postgres', code: '55P03' }), false],
    ['a database that does not exist', Object.assign(new Error('database "x" does not exist'), { code: '3D000' }), false],
    // Never connected, so nothing was sent — even where the cause chain holds the socket's own "terminated".
    [
      "pg-pool's connect timeout",
      new Error('Connection terminated due to connection timeout', { cause: new Error('Connection terminated unexpectedly') }),
      false,
    ],
    ['pg-pool: no free connection in time', new Error('timeout exceeded when trying to connect'), false],
    [
      'the connect timeout under Prisma',
      Object.assign(new Error('query failed'), { cause: new Error('Connection terminated due to connection timeout') }),
      false,
    ],
    ['a raw query that cannot reach the server', adapterError({ kind: 'DatabaseNotReachable', host: '127.0.0.1', port: 1 }), false],
    ['Prisma: a transaction that could not start', { code: 'P2028', message: 'Unable to start a transaction in the given time.' }, false],
    ['Prisma cannot reach the server', { code: 'P1001', message: "Can't reach database server" }, false],
    ['an unknown host', Object.assign(new Error('getaddrinfo ENOTFOUND db'), { code: 'ENOTFOUND' }), false],
    ['a server starting up', Object.assign(new Error('the database system is starting up'), { code: '57P03' }), false],
    // A connection closed during its handshake (query-deadline.ts marks errors raised while connecting).
    ['closed while connecting', new Error('could not connect to the database: Connection terminated unexpectedly'), false],
  ])('%s: lost %s', (_label, error, lost) => {
    expect(isConnectionLost(error)).toBe(lost);
  });
});

describe('a schema that is not migrated', () => {
  it.each([
    ['pg: relation does not exist', Object.assign(new Error('relation "meetings" does not exist'), { code: '42P01' }), true],
    ['pg: column does not exist (an older schema)', Object.assign(new Error('column "x" does not exist'), { code: '42703' }), true],
    [
      'Prisma: the table does not exist',
      { code: 'P2021', message: 'The table `public.meetings` does not exist in the current database.' },
      true,
    ],
    ['a raw query on a missing table', adapterError({ kind: 'TableDoesNotExist', table: 'meetings' }), true],
    ['a syntax error', adapterError({ kind: 'postgres', code: '42601' }), false],
    ['a refused connection', Object.assign(new Error('connect ECONNREFUSED'), { code: 'ECONNREFUSED' }), false],
  ])('%s', (_label, error, missing) => {
    expect(isSchemaMissing(error)).toBe(missing);
  });
});

describe('a connection ended under a statement (a read is then tried once more, http/read-retry.ts)', () => {
  it.each([
    [
      'pg: the session terminated by an administrator',
      Object.assign(new Error('terminating connection due to administrator command'), { code: '57P01' }),
      true,
    ],
    [
      'pg: the server restarting',
      Object.assign(new Error('terminating connection due to crash of another server process'), { code: '57P02' }),
      true,
    ],
    ['pg: connection terminated', new Error('Connection terminated unexpectedly'), true],
    ['a socket reset as the cause', Object.assign(new Error('query failed'), { cause: { code: 'ECONNRESET' } }), true],
    ['a raw query whose connection closed', adapterError({ kind: 'ConnectionClosed' }), true],
    ['Prisma: server closed the connection', { code: 'P1017', message: 'Server has closed the connection.' }, true],
    // Not ended under it: a deadline of ours passed, the connection was never made, or the statement failed.
    ['the statement deadline (query_timeout)', new Error('Query read timeout'), false],
    ['statement_timeout', Object.assign(new Error('canceling statement due to statement timeout'), { code: '57014' }), false],
    ['a transaction that ran out of time', { code: 'P2028', message: 'Transaction already closed' }, false],
    ['a refused connection', Object.assign(new Error('connect ECONNREFUSED'), { code: 'ECONNREFUSED' }), false],
    [
      "pg-pool's connect timeout",
      new Error('Connection terminated due to connection timeout', { cause: new Error('Connection terminated unexpectedly') }),
      false,
    ],
    ['closed while connecting', new Error('could not connect to the database: Connection terminated unexpectedly'), false],
    ['a unique violation', Object.assign(new Error('duplicate key value'), { code: '23505' }), false],
  ])('%s: ended %s', (_label, error, ended) => {
    expect(isConnectionEnded(error)).toBe(ended);
  });
});
