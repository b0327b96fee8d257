import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import type { FastifyInstance } from 'fastify';
import pg from 'pg';
import supertest from 'supertest';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { buildApp } from '../src/app.js';
import { createPrisma, type Db } from '../src/db/prisma.js';
import { listMigrationNames } from '../src/db/schema-engine.js';
import { testConfig, useTestContext } from './helpers/app.js';
import { createInitiativeRow, meetingBody } from './helpers/factories.js';

// The change feed on a real PostgreSQL: every write in commit order, paged and as Server-Sent Events, across two
// instances of the API on one database.

const ctx = useTestContext();
const api = () => supertest(ctx.app.server);
let admin: pg.Client;
let other: FastifyInstance;
let otherPrisma: Db;

interface Change {
  seq: string;
  id: string;
  action: string;
  recordType: string;
  recordId: string;
  before: unknown;
  after: unknown;
}

beforeAll(async () => {
  admin = new pg.Client({ connectionString: ctx.url });
  await admin.connect();
  // A second instance on the same database, which LISTENs with a heartbeat too long to matter: what it streams
  // arrives by NOTIFY.
  otherPrisma = createPrisma(ctx.url, 5);
  other = await buildApp(
    { ...testConfig, CHANGE_STREAM_HEARTBEAT_MS: 300_000 },
    { prisma: otherPrisma, expectedMigrations: await listMigrationNames(), changesUrl: ctx.url },
  );
  await other.listen({ host: '127.0.0.1', port: 0 });
});
afterAll(async () => {
  await other.close();
  await otherPrisma.$disconnect();
  await admin.end();
});
beforeEach(async () => {
  await ctx.reset();
  await createInitiativeRow(ctx.prisma);
});

/** The whole feed after `after`, page by page. */
async function readFeed(after = '0', limit = 100): Promise<{ changes: Change[]; cursor: string }> {
  const changes: Change[] = [];
  let cursor = after;
  for (;;) {
    const page = await api().get(`/v1/changes?after=${cursor}&limit=${limit}`).expect(200);
    changes.push(...(page.body.data as Change[]));
    cursor = page.body.nextCursor as string;
    if (!page.body.hasMore) return { changes, cursor };
  }
}

const auditInsert = (label: string) =>
  `INSERT INTO audit_events (id, action, record_type, record_id, after)
   VALUES (gen_random_uuid(), 'update', 'meeting', gen_random_uuid(), jsonb_build_object('label', '${label}'))`;

describe('GET /v1/changes', () => {
  it('lists every create, update and delete in order, with the record before and after, and pages without loss', async () => {
    const meeting = (await api().post('/v1/meetings').send(meetingBody()).expect(201)).body as { id: string };
    await api().patch(`/v1/meetings/${meeting.id}`).send({ summary: 'Changed.' }).expect(200);
    await api().delete(`/v1/meetings/${meeting.id}`).expect(204);
    const { changes, cursor } = await readFeed();
    const ofMeeting = changes.filter((change) => change.recordId === meeting.id);
    expect(ofMeeting.map((change) => change.action)).toEqual(['create', 'update', 'delete']);
    expect(ofMeeting[1]).toMatchObject({
      before: expect.objectContaining({ summary: null }),
      after: expect.objectContaining({ summary: 'Changed.' }),
    });
    expect(ofMeeting[2]!.after).toBeNull();
    expect(new Set(changes.map((change) => change.recordType))).toEqual(
      new Set(['meeting', 'person', 'participant', 'statement', 'meeting_initiative']),
    );
    const seqs = changes.map((change) => BigInt(change.seq));
    expect(seqs).toEqual([...seqs].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)));
    expect(cursor).toBe(changes.at(-1)!.seq);
    // Small pages give the same changes; past the end, an empty page that keeps the cursor.
    expect((await readFeed('0', 2)).changes).toEqual(changes);
    const end = await api().get(`/v1/changes?after=${cursor}`).expect(200);
    expect(end.body).toEqual({ data: [], nextCursor: cursor, hasMore: false });
  });

  it('leaves out changes to API keys, which are for the admin scope', async () => {
    await admin.query(`INSERT INTO audit_events (id, action, record_type, record_id, after)
      VALUES (gen_random_uuid(), 'create', 'api_key', gen_random_uuid(), '{"name": "ci", "prefix": "dmk_abcd"}')`);
    await admin.query(auditInsert('after the key'));
    const { changes } = await readFeed();
    expect(changes.map((change) => change.recordType)).toEqual(['meeting']);
    expect(changes[0]!.after).toEqual({ label: 'after the key' });
  });

  it('answers 400 for a cursor that is no position of the feed, and for a limit out of range', async () => {
    for (const query of ['after=abc', 'after=-1', 'after=01', 'after=99999999999999999999', 'limit=0', 'limit=1001', 'since=1']) {
      const response = await api().get(`/v1/changes?${query}`).expect(400);
      expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
    }
  });

  it.each([
    ['the largest bigint', '9223372036854775807', 'invalid_cursor'],
    ['digits past bigint', '9223372036854775808', 'invalid_cursor'],
    ['twenty digits', '99999999999999999999', 'invalid_cursor'],
    ['a thousand digits', '9'.repeat(1000), 'invalid_cursor'],
    ['not digits', 'abc', 'validation_failed'],
    ['a leading zero', '01', 'validation_failed'],
  ])('one answer for each kind of wrong after= (%s: %s), on the list and the stream', async (_label, after, code) => {
    for (const response of [
      await api().get(`/v1/changes?after=${after}`),
      await api().get(`/v1/changes/stream?after=${after}`),
      await api().get('/v1/changes/stream').set('last-event-id', after),
    ]) {
      expect([response.status, response.body.code]).toEqual([400, code]);
      if (code === 'invalid_cursor') expect(response.body.detail).toMatch(/is past the latest change of the feed/);
    }
  });

  it('answers 400 invalid_cursor for a position past the latest change, on the list and the stream; the latest itself is fine', async () => {
    const { cursor } = await readFeed();
    const past = (BigInt(cursor) + 5n).toString();
    for (const request of [
      api().get(`/v1/changes?after=${past}`),
      api().get('/v1/changes?after=9223372036854775807'),
      api().get('/v1/changes/stream').set('last-event-id', past),
      api().get(`/v1/changes/stream?after=${past}`),
    ]) {
      const response = await request.expect(400);
      expect(response.body).toMatchObject({ code: 'invalid_cursor' });
    }
    const latest = await api().get(`/v1/changes?after=${cursor}`).expect(200);
    expect(latest.body).toMatchObject({ data: [], nextCursor: cursor, hasMore: false });
  });

  it('misses no change committed out of order: a transaction that wrote first but commits last comes after', async () => {
    const { cursor } = await readFeed();
    const first = new pg.Client({ connectionString: ctx.url });
    const second = new pg.Client({ connectionString: ctx.url });
    await Promise.all([first.connect(), second.connect()]);
    try {
      await first.query('BEGIN');
      await first.query(auditInsert('written first'));
      await second.query('BEGIN');
      await second.query(auditInsert('written second'));
      await second.query('COMMIT');
      const early = await readFeed(cursor);
      expect(early.changes.map((change) => change.after)).toEqual([{ label: 'written second' }]);
      await first.query('COMMIT');
      const late = await readFeed(early.cursor);
      expect(late.changes.map((change) => change.after)).toEqual([{ label: 'written first' }]);
    } finally {
      await Promise.all([first.end(), second.end()]);
    }
  });

  it('loses and repeats nothing while two instances write and a reader pages between the writes', async () => {
    // Each write as a client would send it on a loaded machine: with an Idempotency-Key, again after a 503's
    // Retry-After (the pool's wait may run out), so that a retry can never write twice.
    const write = async (index: number) => {
      const app = index % 2 ? other : ctx.app;
      for (let attempt = 1; ; attempt += 1) {
        const response = await supertest(app.server)
          .post('/v1/meetings')
          .set('idempotency-key', `concurrent-${index}`)
          .send(meetingBody({ title: `Concurrent ${index}`, participants: [], statements: [], initiatives: [] }));
        if (response.status !== 503 || attempt === 8) {
          expect(response.status, response.text).toBe(201);
          return;
        }
        await new Promise((resolve) => setTimeout(resolve, Number(response.headers['retry-after'] ?? 1) * 1000));
      }
    };
    const seen: Change[] = [];
    let cursor = '0';
    const settled = Promise.all(Array.from({ length: 24 }, (_, index) => write(index)));
    // Settled either way: a failed write ends the paging and fails the test with its own error, not a timeout.
    let done = false;
    void settled.finally(() => (done = true)).catch(() => undefined);
    while (!done) {
      const page = await readFeed(cursor, 3);
      seen.push(...page.changes);
      cursor = page.cursor;
    }
    await settled;
    seen.push(...(await readFeed(cursor, 3)).changes);
    const { rows } = await admin.query<{ id: string }>('SELECT id FROM audit_events ORDER BY seq');
    expect(seen.map((change) => change.id)).toEqual(rows.map((row) => row.id));
    expect(seen.filter((change) => change.recordType === 'meeting')).toHaveLength(24);
  });
});

/** An SSE connection: the events received so far, comments counted, and a way to wait for more. */
function openStream(base: string, path: string, headers: Record<string, string> = {}) {
  const events: Array<{ id: string; event: string; data: Change }> = [];
  let comments = 0;
  let buffer = '';
  let waiters: Array<() => void> = [];
  const request = http.get(`${base}${path}`, { headers: { accept: 'text/event-stream', ...headers } });
  const response = new Promise<http.IncomingMessage>((resolve, reject) => {
    request.on('response', (incoming) => {
      incoming.setEncoding('utf8');
      incoming.on('data', (chunk: string) => {
        buffer += chunk;
        for (let end = buffer.indexOf('\n\n'); end !== -1; end = buffer.indexOf('\n\n')) {
          const block = buffer.slice(0, end);
          buffer = buffer.slice(end + 2);
          const fields = Object.fromEntries(
            block
              .split('\n')
              .filter((line) => !line.startsWith(':'))
              .map((line) => [line.slice(0, line.indexOf(':')), line.slice(line.indexOf(':') + 2)]),
          );
          if (block.split('\n').some((line) => line.startsWith(': heartbeat'))) comments += 1;
          if (fields.event === 'change') events.push({ id: fields.id!, event: fields.event, data: JSON.parse(fields.data!) as Change });
        }
        waiters.forEach((wake) => wake());
        waiters = [];
      });
      resolve(incoming);
    });
    request.on('error', reject);
  });
  return {
    response,
    events,
    heartbeats: () => comments,
    async until(condition: () => boolean) {
      while (!condition()) await new Promise<void>((resolve) => waiters.push(resolve));
    },
    close: () => request.destroy(),
  };
}

const baseOf = (app: FastifyInstance) => `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`;

describe('GET /v1/changes/stream', () => {
  it('streams the writes of another instance as they commit (LISTEN/NOTIFY), each change an event with its seq as id', async () => {
    const stream = openStream(baseOf(other), '/v1/changes/stream');
    const response = await stream.response;
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toBe('text/event-stream; charset=utf-8');
    expect(response.headers['cache-control']).toBe('no-store');
    expect(response.headers['x-accel-buffering']).toBe('no');
    // Both declared on the stream's 200 in the contract (new-user trial 101: neither was).
    const contract = parse(readFileSync(new URL('../openapi.yaml', import.meta.url), 'utf8')) as {
      paths: Record<string, { get: { responses: Record<string, { headers?: Record<string, unknown> }> } }>;
    };
    expect(Object.keys(contract.paths['/v1/changes/stream']?.get.responses['200']?.headers ?? {})).toEqual(
      expect.arrayContaining(['Cache-Control', 'X-Accel-Buffering']),
    );
    try {
      const meeting = (await api().post('/v1/meetings').send(meetingBody()).expect(201)).body as { id: string };
      await stream.until(() => stream.events.some((event) => event.data.recordId === meeting.id));
      const { changes } = await readFeed();
      await stream.until(() => stream.events.length >= changes.length);
      expect(stream.events.map((event) => event.data)).toEqual(changes);
      expect(stream.events.map((event) => event.id)).toEqual(changes.map((change) => change.seq));
    } finally {
      stream.close();
    }
  });

  it('resumes after Last-Event-ID without a gap, and after `after` when there is no header', async () => {
    for (let index = 0; index < 3; index += 1) {
      await api()
        .post('/v1/meetings')
        .send(meetingBody({ title: `Resumed ${index}`, participants: [], statements: [], initiatives: [] }))
        .expect(201);
    }
    const { changes } = await readFeed();
    expect(changes.length).toBeGreaterThanOrEqual(3);
    const resumed = openStream(baseOf(other), '/v1/changes/stream?after=0', { 'last-event-id': changes[0]!.seq });
    const fromQuery = openStream(baseOf(other), `/v1/changes/stream?after=${changes[1]!.seq}`);
    try {
      await resumed.until(() => resumed.events.length >= changes.length - 1);
      expect(resumed.events.map((event) => event.data)).toEqual(changes.slice(1));
      await fromQuery.until(() => fromQuery.events.length >= changes.length - 2);
      expect(fromQuery.events.map((event) => event.data)).toEqual(changes.slice(2));
    } finally {
      resumed.close();
      fromQuery.close();
    }
    await api().get('/v1/changes/stream').set('last-event-id', 'nope').expect(400);
  });

  it('HEAD answers the headers of the stream without opening it', async () => {
    const head = await api().head('/v1/changes/stream').expect(200);
    expect(head.headers['content-type']).toBe('text/event-stream; charset=utf-8');
    expect(head.headers['content-length']).toBeUndefined();
  });

  it('sends heartbeats, and releases the connection when the client leaves', async () => {
    const quick = await buildApp(
      { ...testConfig, CHANGE_STREAM_HEARTBEAT_MS: 50 },
      { prisma: ctx.prisma, expectedMigrations: await listMigrationNames(), changesUrl: ctx.url },
    );
    await quick.listen({ host: '127.0.0.1', port: 0 });
    try {
      const stream = openStream(baseOf(quick), '/v1/changes/stream');
      await stream.until(() => stream.heartbeats() >= 2);
      stream.close();
      const connections = () =>
        new Promise<number>((resolve, reject) => quick.server.getConnections((error, count) => (error ? reject(error) : resolve(count))));
      while ((await connections()) > 0) await new Promise((resolve) => setTimeout(resolve, 20));
      // A stream left open does not hold up closing the server.
      const lingering = openStream(baseOf(quick), '/v1/changes/stream');
      await lingering.response;
    } finally {
      await quick.close();
    }
  });
});
