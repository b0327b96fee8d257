import { Writable } from 'node:stream';
import type { FastifyInstance } from 'fastify';
import pg from 'pg';
import supertest from 'supertest';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { buildApp } from '../src/app.js';
import { createPrisma, type Db } from '../src/db/prisma.js';
import { listMigrationNames } from '../src/db/schema-engine.js';
import { testConfig } from './helpers/app.js';
import { cloneDatabase, databaseUrl, dropDatabase } from './helpers/db.js';
import { createInitiativeRow, meetingBody } from './helpers/factories.js';
import { startTcpProxy, type TcpProxy } from './support/tcp-proxy.js';
import { inject } from 'vitest';

// The database failing under the API, through a TCP proxy this file controls in front of a database of its own:
// gone (connections dropped, new ones refused), frozen (connections open, nothing answers), a row locked by another
// session. Each is a 503 with Retry-After within the configured limits, logged once per episode, and the API recovers
// by itself. Nothing here asserts a duration: the limits are small so that the waits are short.

const limits = { connect: 500, statement: 1_000, query: 1_500, lock: 300, idleInTransaction: 3_000, transaction: 2_000 };

let name: string;
let direct: string;
let proxy: TcpProxy;
let prisma: Db;
let app: FastifyInstance;
interface LogLine {
  level: number;
  msg: string;
  requestId?: string;
  failedRequests?: number;
  problem?: string;
  cause?: { code: string | null; message: string | null } | null;
  res?: { statusCode: number };
}
const logLines: LogLine[] = [];
// An episode ends at a success this long after its last fault (FaultEpisodes); short, so that the tests wait little.
const faultQuietMs = 300;

beforeAll(async () => {
  name = await cloneDatabase(inject('templateDatabase'));
  direct = databaseUrl(name);
  const server = new URL(direct);
  proxy = await startTcpProxy(Number(server.port || 5432), server.hostname);
  const viaProxy = new URL(direct);
  viaProxy.hostname = '127.0.0.1';
  viaProxy.port = String(proxy.port);
  prisma = createPrisma(viaProxy.toString(), 3, limits);
  const stream = new Writable({
    write(chunk: Buffer, _encoding, done) {
      for (const line of chunk.toString().split('\n').filter(Boolean)) logLines.push(JSON.parse(line) as LogLine);
      done();
    },
  });
  app = await buildApp(
    { ...testConfig, LOG_LEVEL: 'info', RETRY_AFTER_SECONDS: 3 },
    { prisma, expectedMigrations: await listMigrationNames(), logStream: stream, faultQuietMs },
  );
  await app.ready();
  await createInitiativeRow(prisma);
  await createInitiativeRow(prisma, 'belt-and-road-initiative', 'Belt and Road Initiative');
});
afterEach(() => proxy.restore());
afterAll(async () => {
  await app?.close();
  await prisma?.$disconnect();
  await proxy?.close();
  await dropDatabase(name);
});

const api = () => supertest(app.server);

// The GET operations of the contract that need no path parameter and answer one response (the SSE stream stays open;
// the keys need the admin scope, checked before any query).
function contractReads(): string[] {
  const paths = Object.entries((app.swagger() as { paths: Record<string, Record<string, unknown>> }).paths)
    .filter(
      ([path, methods]) =>
        'get' in methods && path.startsWith('/v1/') && !path.includes('{') && !path.endsWith('/stream') && path !== '/v1/keys',
    )
    .map(([path]) => (path === '/v1/search' ? '/v1/search?q=talks' : path));
  return paths;
}

/** A meeting created for the test, and every read of the contract with the reads of that meeting by id. */
async function readsOfAMeeting(title: string): Promise<{ meeting: { id: string }; reads: string[] }> {
  const meeting = (await api().post('/v1/meetings').send(meetingBody({ title })).expect(201)).body as { id: string };
  const reads = [
    ...contractReads(),
    `/v1/meetings/${meeting.id}`,
    `/v1/meetings/${meeting.id}?include=participants,statements,initiatives`,
    `/v1/meetings/${meeting.id}/sources`,
  ];
  return { meeting, reads };
}

/** How many people of that name the database holds, asked directly (not through the proxy or the API). */
async function peopleNamed(name: string): Promise<number> {
  const client = new pg.Client({ connectionString: direct });
  await client.connect();
  try {
    return (await client.query<{ n: number }>('SELECT count(*)::int AS n FROM people WHERE name = $1', [name])).rows[0]!.n;
  } finally {
    await client.end();
  }
}

/**
 * A 503 problem with Retry-After, whose requestId leads in the log to its "request completed" line with the problem
 * and, for a fault of the database, its cause (new-user trial 100: a 503's cause could not be found from its id).
 */
async function expectUnavailable(response: supertest.Response, cause: 'database' | 'none' = 'database'): Promise<void> {
  expect(response.status, response.text).toBe(503);
  expect(response.headers['retry-after']).toBe('3');
  expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
  expect(response.body).toMatchObject({ code: 'service_unavailable', requestId: expect.any(String) });
  const completed = await vi.waitFor(() => {
    const line = logLines.find((candidate) => candidate.requestId === response.body.requestId && candidate.msg === 'request completed');
    if (!line) throw new Error(`no "request completed" line for ${response.body.requestId}`);
    return line;
  });
  expect(completed).toMatchObject({ res: { statusCode: 503 }, problem: 'service_unavailable' });
  // PostgreSQL's or the driver's own words, not Prisma's "Invalid `prisma.$queryRaw()` invocation:".
  if (cause === 'database') expect(completed.cause?.message).toMatch(/^(?!Invalid `)\S/);
  else expect(completed.cause).toBeNull();
}

/** Requests the list until the episode's "database recovered" line is logged (after faultQuietMs without a fault). */
async function untilRecovered(before: number): Promise<void> {
  await vi.waitFor(
    async () => {
      await api().get('/v1/meetings').expect(200);
      if (!logLines.slice(before).some((line) => line.msg === 'database recovered')) throw new Error('not recovered yet');
    },
    { timeout: 30_000, interval: faultQuietMs / 2 },
  );
}

describe('the database gone', () => {
  it('answers 503 with Retry-After for reads, writes and readiness, logs the episode once, and recovers by itself', async () => {
    await api().get('/v1/meetings').expect(200);
    const before = logLines.length;
    proxy.cut();
    const responses = [];
    for (let i = 0; i < 10; i++) responses.push(await api().get('/v1/meetings'));
    responses.push(await api().post('/v1/people').send({ name: 'Anna Berg' }));
    responses.push(await api().get('/health/ready'));
    for (const response of responses) await expectUnavailable(response);
    const episode = logLines.slice(before).filter((line) => /database/.test(line.msg));
    expect(episode.map((line) => line.msg)).toEqual(['database unavailable: answering 503 until it recovers']);
    // The episode's line is the first 503's: its requestId finds it.
    expect(episode[0]?.requestId).toBe(responses[0]?.body.requestId);
    proxy.restore();
    await untilRecovered(before);
    await api().get('/health/ready').expect(200);
    expect(logLines.slice(before).filter((line) => line.msg === 'database recovered')).toHaveLength(1);
  });

  it('an answer given without the database (400, 404, 405) ends no episode: one line when it starts, one when it ends', async () => {
    await api().get('/v1/meetings').expect(200);
    const before = logLines.length;
    proxy.cut();
    let unavailable = 0;
    for (let i = 0; i < 6; i++) {
      const [list, malformed, unknown, method] = await Promise.all([
        api().get('/v1/meetings'),
        api().get('/v1/meetings/not-a-uuid'),
        api().get('/v1/no-such-thing'),
        api().put('/v1/meetings'),
      ]);
      await expectUnavailable(list);
      unavailable++;
      expect([malformed.status, unknown.status, method.status]).toEqual([400, 404, 405]);
    }
    const during = logLines.slice(before).filter((line) => /database/.test(line.msg));
    expect(during.map((line) => line.msg)).toEqual(['database unavailable: answering 503 until it recovers']);
    proxy.restore();
    await api().get('/v1/meetings/not-a-uuid').expect(400);
    expect(logLines.slice(before).filter((line) => line.msg === 'database recovered')).toEqual([]);
    await untilRecovered(before);
    const episode = logLines.slice(before).filter((line) => /database/.test(line.msg));
    expect(episode.map((line) => line.msg)).toEqual(['database unavailable: answering 503 until it recovers', 'database recovered']);
    expect(episode[1]).toMatchObject({ failedRequests: unavailable });
  });

  it('loses no acknowledged write while the database comes and goes', async () => {
    const acknowledged: string[] = [];
    const outcomes: number[] = [];
    for (let round = 0; round < 4; round++) {
      const writes = Array.from({ length: 6 }, (_, i) =>
        api()
          .post('/v1/meetings')
          .send(meetingBody({ title: `Round ${round} meeting ${i}` })),
      );
      if (round % 2 === 1) setTimeout(() => proxy.cut(), 5);
      const settled = await Promise.all(writes);
      for (const response of settled) {
        outcomes.push(response.status);
        if (response.status === 201) acknowledged.push(response.body.id as string);
      }
      proxy.restore();
    }
    // And writes sent while it is surely gone are refused, not half-done.
    proxy.cut();
    const refused = await Promise.all(
      [1, 2, 3].map((i) =>
        api()
          .post('/v1/meetings')
          .send(meetingBody({ title: `Refused ${i}` })),
      ),
    );
    for (const response of refused) await expectUnavailable(response);
    proxy.restore();
    expect(outcomes.every((status) => status === 201 || status === 503)).toBe(true);
    expect(acknowledged.length).toBeGreaterThan(0);
    const client = new pg.Client({ connectionString: direct });
    await client.connect();
    try {
      const stored = await client.query<{ id: string }>('SELECT id FROM meetings WHERE id = ANY($1::uuid[])', [acknowledged]);
      expect(stored.rows.length).toBe(acknowledged.length);
      const refusedRows = await client.query("SELECT count(*)::int AS n FROM meetings WHERE title LIKE 'Refused %'");
      expect(refusedRows.rows[0].n).toBe(0);
    } finally {
      await client.end();
    }
  });
});

describe('the database renamed under the API (every new connection refused with 3D000)', () => {
  it('answers 503 on every read of the contract, on both read paths (Prisma and raw pg), and recovers when it is back', async () => {
    const { meeting, reads } = await readsOfAMeeting('Before the rename');
    for (const path of reads) expect((await api().get(path)).status, path).toBeLessThan(500);
    const admin = new pg.Client({ connectionString: databaseUrl('postgres') });
    await admin.connect();
    try {
      await admin.query('SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = $1', [name]);
      await admin.query(`ALTER DATABASE "${name}" RENAME TO "${name}_gone"`);
      for (const path of reads) {
        const response = await api().get(path);
        expect([path, response.status], response.text).toEqual([path, 503]);
        await expectUnavailable(response);
      }
    } finally {
      await admin.query(`ALTER DATABASE "${name}_gone" RENAME TO "${name}"`).catch(() => undefined);
      await admin.end();
    }
    await api().get(`/v1/meetings/${meeting.id}`).expect(200);
    await api().get('/v1/meetings').expect(200);
  });
});

describe('a read whose connection the database ends under it (pg_terminate_backend, a restart, a failover)', () => {
  // The pool learns that a connection was ended only when the notice arrives; the proxy ends the connection the next
  // statement goes out on, as PostgreSQL does a terminated session (FATAL 57P01), whichever it is.
  it('is served from another connection: every read of the contract, by id and with includes, once ended', async () => {
    const { reads } = await readsOfAMeeting('Read retried');
    for (const path of reads) {
      const expected = (await api().get(path)).status;
      expect(expected, path).toBeLessThan(500);
      const before = logLines.length;
      proxy.terminateNextQueries(1);
      const response = await api().get(path);
      expect([path, response.status], response.text).toEqual([path, expected]);
      const retried = logLines.slice(before).filter((line) => line.msg.startsWith('read retried on another connection'));
      expect([path, retried.length]).toEqual([path, 1]);
      proxy.restore();
    }
  });

  it('a read whose retry meets an ended connection too is a 503 with Retry-After (one retry, not more)', async () => {
    await api().get('/v1/meetings').expect(200);
    proxy.terminateNextQueries(2);
    await expectUnavailable(await api().get('/v1/meetings'));
    proxy.restore();
    await api().get('/v1/meetings').expect(200);
  });

  it('a write is not retried: a 503 that says its outcome is unknown, and nothing was written', async () => {
    await api().get('/v1/meetings').expect(200);
    proxy.terminateNextQueries(1);
    const response = await api().post('/v1/people').send({ name: 'Ended Under A Write' });
    proxy.restore();
    await expectUnavailable(response);
    expect(response.body.detail).toMatch(/may or may not have been applied/);
    expect(await peopleNamed('Ended Under A Write')).toBe(0);
  });
});

describe('a write whose COMMIT is applied and answered too late', () => {
  it('is a 503 that says the outcome is unknown, and the write is there (trial finding F3)', async () => {
    await api().get('/v1/meetings').expect(200);
    proxy.holdNextCommitAnswer();
    const late = await api().post('/v1/people').send({ name: 'Late Commit Answer' });
    proxy.restore();
    await expectUnavailable(late);
    expect(late.body.detail).toMatch(/may or may not have been applied/);
    expect(await peopleNamed('Late Commit Answer')).toBe(1);
  });
});

describe('the database frozen', () => {
  it('answers 503 once the query limit passes instead of hanging, and recovers when it thaws', async () => {
    await api().get('/v1/meetings').expect(200);
    proxy.freeze();
    await expectUnavailable(await api().get('/v1/meetings'));
    await expectUnavailable(await api().get('/health/ready'));
    proxy.restore();
    await api().get('/v1/meetings').expect(200);
  });
});

describe('a primary that takes no writes (read-only, as after a failover to a standby)', () => {
  const setReadOnly = async (on: boolean) => {
    // From another database: a session of this one would itself be read-only.
    const other = new URL(direct);
    other.pathname = '/postgres';
    const admin = new pg.Client({ connectionString: other.toString() });
    await admin.connect();
    try {
      await admin.query(
        `ALTER DATABASE "${name}" ${on ? 'SET default_transaction_read_only = on' : 'RESET default_transaction_read_only'}`,
      );
      // The setting holds for new sessions: end the API's, which its pool replaces.
      await admin.query('SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = $1 AND pid <> pg_backend_pid()', [name]);
    } finally {
      await admin.end();
    }
  };
  // Ending the API's sessions leaves up to a pool's worth of dead connections, each found by the request that next takes
  // it (a read is tried once more, and its retry may take another dead one: a 503): ask until the answer settles, a
  // bounded number of times, so that a loaded machine's late notices of the ended sessions do not decide the test.
  const settle = async (path: string, status: number) => {
    let last = 0;
    for (let attempt = 0; attempt < 20 && last !== status; attempt++) last = (await api().get(path)).status;
    expect(last, path).toBe(status);
  };
  let meeting: { id: string };
  beforeAll(async () => {
    meeting = (
      await api()
        .post('/v1/meetings')
        .send(meetingBody({ title: 'Read-only meeting' }))
        .expect(201)
    ).body;
    await setReadOnly(true);
    await settle('/v1/meetings', 200);
  });
  afterAll(async () => {
    await setReadOnly(false);
    await settle('/health/ready', 200);
  });

  it.each([
    ['POST /v1/people', () => api().post('/v1/people').send({ name: 'Read Only' })],
    [
      'POST /v1/meetings',
      () =>
        api()
          .post('/v1/meetings')
          .send(meetingBody({ title: 'Read only' })),
    ],
    ['POST /v1/documents', () => api().post('/v1/documents').set('content-type', 'text/plain').send('Minister A met Minister B in Lima.')],
    ['PATCH /v1/meetings/{id}', () => api().patch(`/v1/meetings/${meeting.id}`).send({ summary: 'read only' })],
    ['DELETE /v1/meetings/{id}', () => api().delete(`/v1/meetings/${meeting.id}`)],
  ])('%s: 503 with Retry-After, nothing written', async (_label, send) => {
    await expectUnavailable(await send());
  });

  it('reads go on; readiness says the primary takes no writes; after it takes writes again, all is as before', async () => {
    await api().get(`/v1/meetings/${meeting.id}`).expect(200);
    const ready = await api().get('/health/ready');
    await expectUnavailable(ready, 'none');
    expect(ready.body.detail).toMatch(/read-only/);
    await setReadOnly(false);
    await settle('/health/ready', 200);
    const stored = (await api().get(`/v1/meetings/${meeting.id}`).expect(200)).body;
    expect(stored).toMatchObject({ summary: null, version: 1 });
    expect(await peopleNamed('Read Only')).toBe(0);
  });
});

describe('a row locked by another session', () => {
  it('answers a write that would wait past the lock limit with 503, and leaves the row as it was', async () => {
    const meeting = (
      await api()
        .post('/v1/meetings')
        .send(meetingBody({ title: 'Locked meeting' }))
        .expect(201)
    ).body;
    const other = new pg.Client({ connectionString: direct });
    await other.connect();
    try {
      await other.query('BEGIN');
      await other.query('SELECT id FROM meetings WHERE id = $1 FOR UPDATE', [meeting.id]);
      await expectUnavailable(await api().patch(`/v1/meetings/${meeting.id}`).send({ summary: 'changed' }));
      await other.query('ROLLBACK');
    } finally {
      await other.end();
    }
    const after = (await api().get(`/v1/meetings/${meeting.id}`).expect(200)).body;
    expect(after).toMatchObject({ summary: null, version: 1 });
    await api().patch(`/v1/meetings/${meeting.id}`).send({ summary: 'changed' }).expect(200);
  });
});

describe('a write that never reached the database', () => {
  const person = () => api().post('/v1/people').send({ name: 'Never Sent' });
  const meeting = () =>
    api()
      .post('/v1/meetings')
      .send(meetingBody({ title: 'Never Sent' }));
  it.each([
    ['POST /v1/people', 'timed out', person],
    ['POST /v1/meetings', 'timed out', meeting],
    // A proxy (or pgbouncer) in front of a database that is down accepts the connection and closes it at once.
    ['POST /v1/people', 'was closed during its handshake', person],
    ['POST /v1/meetings', 'was closed during its handshake', meeting],
  ])('%s whose connection attempt %s: a 503 that says nothing was written', async (_label, how, send) => {
    if (how === 'timed out') proxy.stallNewConnections();
    else proxy.cut();
    const refused = await send();
    await expectUnavailable(refused);
    expect(refused.body.detail).not.toMatch(/may or may not have been applied/);
    proxy.restore();
    const rows = await prisma.$queryRawUnsafe<Array<{ n: bigint }>>(
      `SELECT (SELECT count(*) FROM people WHERE name = 'Never Sent') + (SELECT count(*) FROM meetings WHERE title = 'Never Sent') AS n`,
    );
    expect(Number(rows[0]?.n)).toBe(0);
  });
});

describe('a write whose COMMIT was applied but whose answer was lost', () => {
  it.each([
    ['POST /v1/people', (key: string) => api().post('/v1/people').set('idempotency-key', key).send({ name: 'Commit Ack Lost' })],
    [
      'POST /v1/meetings',
      (key: string) =>
        api()
          .post('/v1/meetings')
          .set('idempotency-key', key)
          .send(meetingBody({ title: 'Commit Ack Lost' })),
    ],
  ])('%s: a 503 that says the outcome is unknown; the retry with its key answers what was written', async (_label, send) => {
    const key = `lost-${Math.random().toString(36).slice(2)}`;
    proxy.loseNextCommitAnswer();
    const lost = await send(key);
    await expectUnavailable(lost);
    expect(lost.body.detail).toMatch(/may or may not have been applied/);
    expect(lost.body.detail).toMatch(/Idempotency-Key/);
    proxy.restore();
    // It was written: the retry with the same key is the stored answer, not a second record.
    const retried = await send(key);
    expect(retried.status).toBe(201);
    expect(retried.headers['idempotent-replayed']).toBe('true');
    const table = _label.includes('people') ? 'people' : 'meetings';
    const column = table === 'people' ? 'name' : 'title';
    const rows = await prisma.$queryRawUnsafe<Array<{ n: bigint }>>(
      `SELECT count(*) AS n FROM ${table} WHERE ${column} = 'Commit Ack Lost'`,
    );
    expect(Number(rows[0]?.n)).toBe(1);
    await prisma
      .$executeRawUnsafe(`DELETE FROM audit_events WHERE record_id IN (SELECT id FROM ${table} WHERE ${column} = 'Commit Ack Lost')`)
      .catch(() => 0);
  });
});

describe('a keyed write whose connection broke before it wrote, the database then unreachable for a moment', () => {
  let documentId: string | undefined;
  it.each([
    [
      'POST /v1/people',
      'INSERT INTO "public"."people"',
      (key: string) => api().post('/v1/people').set('idempotency-key', key).send({ name: 'Cut Before Write' }),
    ],
    [
      'POST /v1/meetings',
      'INSERT INTO meetings',
      (key: string) =>
        api()
          .post('/v1/meetings')
          .set('idempotency-key', key)
          .send(meetingBody({ title: 'Cut Before Write' })),
    ],
    [
      'POST /v1/documents/{id}/commit',
      'INSERT INTO meetings',
      async (key: string) => {
        documentId ??= (
          await api()
            .post('/v1/documents')
            .set('content-type', 'text/plain')
            .send('On 3 June 2024, Foreign Minister Cut Beforewrite of Peru met Foreign Minister Wang Yi of China in Lima.')
            .expect(201)
        ).body.id as string;
        return api().post(`/v1/documents/${documentId}/commit`).set('idempotency-key', key).send({});
      },
    ],
  ])('%s: the retry the 503 advises, with its key, is answered (a 409 meanwhile says when to retry)', async (label, sent, send) => {
    const key = `cut-${Math.random().toString(36).slice(2)}`;
    proxy.cutWhenSent(sent);
    await expectUnavailable(await send(key));
    proxy.restore();
    // The key could not be released while the database was unreachable; it is, in the background, once it is back.
    // Retried as a client would: after Retry-After while the key is held, and again after a 503 while the pool is still
    // reconnecting (on a loaded machine the first retry can come before it has: CI pass 2, load average 7).
    let retried = await send(key);
    for (let attempt = 0; (retried.status === 409 || retried.status === 503) && attempt < 15; attempt++) {
      if (retried.status === 409) expect(retried.headers['retry-after'], retried.text).toBe('2');
      else expect(retried.headers['retry-after'], retried.text).toBeDefined();
      await new Promise((resolve) => setTimeout(resolve, 2_000));
      retried = await send(key);
    }
    expect(retried.status, retried.text).toBe(201);
    const counted = label.includes('people')
      ? `SELECT count(*) AS n FROM people WHERE name = 'Cut Before Write'`
      : label.includes('commit')
        ? `SELECT count(*) AS n FROM meetings WHERE source_document_id = '${documentId}'`
        : `SELECT count(*) AS n FROM meetings WHERE title = 'Cut Before Write'`;
    const rows = await prisma.$queryRawUnsafe<Array<{ n: bigint }>>(counted);
    expect(Number(rows[0]?.n)).toBe(1);
  });
});

describe('a keyed write whose claim or stored answer was applied but whose acknowledgement was lost', () => {
  const person = (key: string) => api().post('/v1/people').set('idempotency-key', key).send({ name: 'Claim Ack Lost' });
  // Retries as a client would: after Retry-After while the key is still held; a 503 while the database is away.
  async function retryUntilAnswered(key: string, send: (key: string) => supertest.Test): Promise<supertest.Response> {
    let retried = await send(key);
    for (let attempt = 0; (retried.status === 409 || retried.status === 503) && attempt < 15; attempt++) {
      if (retried.status === 409) expect(retried.headers['retry-after'], retried.text).toBe('2');
      await new Promise((resolve) => setTimeout(resolve, 2_000));
      retried = await send(key);
    }
    return retried;
  }

  it('the claim recorded, its answer lost: the retry the 503 advises goes through (not refused as still running)', async () => {
    const key = `claim-${Math.random().toString(36).slice(2)}`;
    // The claim's second statement with its key: the first deletes an expired claim, the second records this one.
    proxy.cutAfterAnswerTo([key], 2);
    await expectUnavailable(await person(key));
    proxy.restore();
    const retried = await retryUntilAnswered(key, person);
    expect(retried.status, retried.text).toBe(201);
    const rows = await prisma.$queryRawUnsafe<Array<{ n: bigint }>>(`SELECT count(*) AS n FROM people WHERE name = 'Claim Ack Lost'`);
    expect(Number(rows[0]?.n)).toBe(1);
  });

  it('the change committed, storing its answer failed: the 201 goes out, and the retry answers it', async () => {
    const key = `stored-${Math.random().toString(36).slice(2)}`;
    const send = (k: string) => api().post('/v1/people').set('idempotency-key', k).send({ name: 'Answer Not Stored' });
    // The one statement that holds both the key and the answer: storing the response.
    proxy.cutAfterAnswerTo([key, 'Answer Not Stored', '201']);
    const first = await send(key);
    expect(first.status, first.text).toBe(201);
    proxy.restore();
    const retried = await retryUntilAnswered(key, send);
    expect([retried.status, retried.body.id]).toEqual([201, first.body.id]);
    const rows = await prisma.$queryRawUnsafe<Array<{ n: bigint }>>(`SELECT count(*) AS n FROM people WHERE name = 'Answer Not Stored'`);
    expect(Number(rows[0]?.n)).toBe(1);
  });
});
