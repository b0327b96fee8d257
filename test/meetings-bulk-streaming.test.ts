import http from 'node:http';
import { Readable } from 'node:stream';
import pg from 'pg';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { buildApp, type AppConfig } from '../src/app.js';
import { listMigrationNames } from '../src/db/schema-engine.js';
import type { MeetingLineCreated, MeetingLineFailed, MeetingLinesSummary } from '../src/modules/meetings/meetings.bulk.schemas.js';
import { testConfig, useTestContext } from './helpers/app.js';

// The NDJSON bulk create over real connections: results stream back while the body is still being sent, a large body
// goes through at constant memory, the limits on lines and on waiting for the client, a client that leaves, and a
// server that shuts down — each ends the answer with a summary that says where to resume.

const ctx = useTestContext();
const apps: FastifyInstance[] = [];
let port: number;
let limitedPort: number;
const limits: Partial<AppConfig> = { BULK_MAX_LINES: 3, BODY_LIMIT_BYTES: 2048, REQUEST_TIMEOUT_MS: 700 };

async function listening(config: Partial<AppConfig>): Promise<[FastifyInstance, number]> {
  const app = await buildApp({ ...testConfig, ...config }, { prisma: ctx.prisma, expectedMigrations: await listMigrationNames() });
  const address = await app.listen({ host: '127.0.0.1', port: 0 });
  apps.push(app);
  return [app, Number(new URL(address).port)];
}

beforeAll(async () => {
  port = Number(new URL(await ctx.app.listen({ host: '127.0.0.1', port: 0 })).port);
  [, limitedPort] = await listening(limits);
});
afterAll(async () => {
  for (const app of apps) await app.close();
});
beforeEach(async () => ctx.reset());

const line = (title: string) => `${JSON.stringify({ title, kind: 'talks', date: '2022-03-01' })}\n`;

/** Any line of an answer, every member optional. */
type Line = Partial<Omit<MeetingLineCreated, 'status'> & Omit<MeetingLineFailed, 'status'> & MeetingLinesSummary> & { status?: number };

interface Exchange {
  status: number;
  lines: Line[];
  text: string;
}

/** A bulk request on a connection of its own: write its body as you like, read its lines as they come. */
function openBulk(toPort: number) {
  const request = http.request({
    host: '127.0.0.1',
    port: toPort,
    method: 'POST',
    path: '/v1/meetings',
    agent: false,
    headers: { 'content-type': 'application/x-ndjson' },
  });
  const lines: Array<Line> = [];
  const waiting: Array<(line: Line) => void> = [];
  let read = 0;
  const socketClosed = new Promise<void>((resolve) => request.once('socket', (socket) => socket.once('close', () => resolve())));
  const done = new Promise<Exchange>((resolve, reject) => {
    request.on('error', reject);
    request.on('response', (response) => {
      let text = '';
      let partial = '';
      response.setEncoding('utf8');
      response.on('data', (chunk: string) => {
        text += chunk;
        partial += chunk;
        for (let end = partial.indexOf('\n'); end !== -1; end = partial.indexOf('\n')) {
          const parsed = JSON.parse(partial.slice(0, end)) as Line;
          partial = partial.slice(end + 1);
          lines.push(parsed);
          const waiter = waiting.shift();
          if (waiter) {
            read += 1;
            waiter(parsed);
          }
        }
      });
      response.on('end', () => resolve({ status: response.statusCode ?? 0, lines, text }));
      response.on('error', reject);
    });
  });
  return {
    request,
    done,
    socketClosed,
    /** The next line of the answer, when it arrives. */
    nextLine: () =>
      new Promise<Line>((resolve) => {
        if (read < lines.length) resolve(lines[read++]!);
        else waiting.push(resolve);
      }),
  };
}

/**
 * Holds a lock that makes every INSERT into meetings wait, until released (within the API's 2 s lock_timeout);
 * `blocked` resolves once a statement of the API waits for it.
 */
async function lockMeetings() {
  const client = new pg.Client({ connectionString: ctx.url });
  await client.connect();
  await client.query('BEGIN');
  await client.query('LOCK TABLE meetings IN SHARE MODE');
  return {
    async blocked() {
      const waiting = `SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock'`;
      while (((await client.query<{ n: number }>(waiting)).rows[0]?.n ?? 0) === 0) await sleep(20);
    },
    async release() {
      await client.query('COMMIT');
      await client.end();
    },
  };
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('streaming', () => {
  it('2,000 lines streamed in: every line created, answered in order, one result per line', async () => {
    const exchange = openBulk(port);
    const lines = 2_000;
    Readable.from(
      (function* () {
        for (let n = 1; n <= lines; n += 1) yield line(`Meeting ${n}`);
      })(),
    ).pipe(exchange.request);
    const { status, lines: answer } = await exchange.done;
    expect(status).toBe(200);
    expect(answer).toHaveLength(lines + 1);
    expect(answer.slice(0, lines).every((result, index) => result.line === index + 1 && result.status === 201)).toBe(true);
    expect(new Set(answer.slice(0, lines).map((result) => result.id)).size).toBe(lines);
    expect(answer.at(-1)).toMatchObject({ summary: { results: lines, created: lines, failed: 0, complete: true } });
    expect(await ctx.prisma.meeting.count()).toBe(lines);
    const last = await ctx.prisma.meeting.findUniqueOrThrow({ where: { id: answer[lines - 1]!.id! } });
    expect(last.title).toBe(`Meeting ${lines}`);
  }, 180_000);

  it('answers a line as soon as it is committed, while the client is still sending, for longer than REQUEST_TIMEOUT_MS', async () => {
    const lock = await lockMeetings();
    const started = Date.now();
    const exchange = openBulk(limitedPort);
    exchange.request.write(line('First'));
    // The first line waits for the lock for longer than the request timeout (700 ms); the connection stays up.
    setTimeout(() => void lock.release(), 1_300);
    const first = await exchange.nextLine();
    expect(first).toMatchObject({ line: 1, status: 201 });
    expect(Date.now() - started).toBeGreaterThan(1_000);
    // Only now, having read the first result, does the client send the second line.
    exchange.request.end(line('Second'));
    const { status, lines } = await exchange.done;
    expect(status).toBe(200);
    expect(lines.map((result) => result.status ?? 'summary')).toEqual([201, 201, 'summary']);
    expect(lines.at(-1)).toMatchObject({ summary: { complete: true, results: 2 } });
    expect(await ctx.prisma.meeting.count()).toBe(2);
  }, 20_000);
});

describe('limits', () => {
  it(`a body of more lines than BULK_MAX_LINES: the first ${String(limits.BULK_MAX_LINES)} are processed, then a 413 summary`, async () => {
    const exchange = openBulk(limitedPort);
    exchange.request.end([1, 2, 3, 4, 5].map((n) => line(`Line ${n}`)).join(''));
    const { lines } = await exchange.done;
    expect(lines.map((result) => result.status ?? 'summary')).toEqual([201, 201, 201, 'summary']);
    expect(lines.at(-1)).toMatchObject({
      summary: { results: 3, created: 3, complete: false, nextLine: 4 },
      problem: { status: 413, code: 'payload_too_large' },
    });
    expect(await ctx.prisma.meeting.count()).toBe(3);
  });

  it('blank lines count against BULK_MAX_LINES; exactly the limit, with a final line end, is complete', async () => {
    const blanks = openBulk(limitedPort);
    blanks.request.end(`${line('One')}\n\n${line('Four')}`);
    expect((await blanks.done).lines.at(-1)).toMatchObject({ summary: { results: 1, complete: false, nextLine: 4 } });
    const exact = openBulk(limitedPort);
    exact.request.end(`${line('A')}${line('B')}${line('C')}`);
    expect((await exact.done).lines.at(-1)).toMatchObject({ summary: { results: 3, complete: true } });
  });

  it('a line longer than BODY_LIMIT_BYTES is its own 413; the lines around it are created', async () => {
    const exchange = openBulk(limitedPort);
    exchange.request.end(`${line('Short')}${line('x'.repeat(3_000))}${line('Also short')}`);
    const { lines } = await exchange.done;
    expect(lines.map((result) => [result.line, result.status, result.problem?.code])).toEqual([
      [1, 201, undefined],
      [2, 413, 'payload_too_large'],
      [3, 201, undefined],
      [undefined, undefined, undefined],
    ]);
    expect(lines.at(-1)).toMatchObject({ summary: { created: 2, failed: 1, complete: true } });
  });

  it('a client that stops sending: after REQUEST_TIMEOUT_MS of waiting in all, a 408 summary and the connection closes', async () => {
    const started = Date.now();
    const exchange = openBulk(limitedPort);
    exchange.request.write(line('Sent'));
    exchange.request.write('{"title": "never fini');
    const { lines } = await exchange.done;
    expect(Date.now() - started).toBeGreaterThanOrEqual(650);
    expect(lines).toEqual([
      expect.objectContaining({ line: 1, status: 201 }),
      expect.objectContaining({
        summary: expect.objectContaining({ results: 1, complete: false, nextLine: 2 }),
        problem: expect.objectContaining({ status: 408, code: 'request_timeout' }),
      }),
    ]);
    await exchange.socketClosed;
    expect(await ctx.prisma.meeting.count()).toBe(1);
  });

  it('a client that stops sending before any line gets a 408 problem+json answer', async () => {
    const exchange = openBulk(limitedPort);
    exchange.request.write('{"title": "never fini');
    const { status, text } = await exchange.done;
    expect(status).toBe(408);
    expect(JSON.parse(text)).toMatchObject({ code: 'request_timeout' });
  });
});

describe('the end of the exchange', () => {
  it('a line that fails on the server side (503) ends the answer there; its key is free again; the rest is not processed', async () => {
    const lock = await lockMeetings();
    const exchange = openBulk(port);
    const keyed = `${JSON.stringify({ idempotencyKey: 'waits-too-long', meeting: { title: 'Locked out', kind: 'talks', date: '2022-03-01' } })}\n`;
    exchange.request.end(`${keyed}${line('Second')}${line('Third')}`);
    // Held past the API's lock_timeout (2 s): the first line's INSERT gives up.
    const { lines } = await exchange.done;
    await lock.release();
    expect(lines).toEqual([
      expect.objectContaining({ line: 1, status: 503, problem: expect.objectContaining({ code: 'service_unavailable' }) }),
      expect.objectContaining({
        summary: expect.objectContaining({ results: 1, failed: 1, complete: false, nextLine: 1 }),
        problem: expect.objectContaining({ status: 503, code: 'service_unavailable' }),
      }),
    ]);
    expect(await ctx.prisma.meeting.count()).toBe(0);
    const retry = openBulk(port);
    retry.request.end(keyed);
    const { lines: again } = await retry.done;
    expect(again[0]).toMatchObject({ line: 1, status: 201 });
    expect(again[0]!.replayed).toBeUndefined();
  }, 20_000);

  it('a client that goes away stops the processing of the lines after the one in progress', async () => {
    const lock = await lockMeetings();
    const exchange = openBulk(port);
    exchange.done.catch(() => undefined);
    exchange.request.end([1, 2, 3, 4, 5].map((n) => line(`Line ${n}`)).join(''));
    await lock.blocked();
    exchange.request.destroy();
    await exchange.socketClosed;
    await sleep(100);
    await lock.release();
    // Time enough for four more lines, had processing gone on: only the one in progress is there.
    await sleep(1_500);
    expect(await ctx.prisma.meeting.count()).toBe(1);
  });

  it('a server shutting down finishes the line in progress and ends with a 503 summary naming the next line', async () => {
    const [app, shuttingPort] = await listening({});
    const lock = await lockMeetings();
    const exchange = openBulk(shuttingPort);
    exchange.request.end([1, 2, 3].map((n) => line(`Line ${n}`)).join(''));
    await lock.blocked();
    const closed = app.close();
    setTimeout(() => void lock.release(), 300);
    const { lines } = await exchange.done;
    await closed;
    expect(lines).toEqual([
      expect.objectContaining({ line: 1, status: 201 }),
      expect.objectContaining({
        summary: expect.objectContaining({ results: 1, complete: false, nextLine: 2 }),
        problem: expect.objectContaining({ status: 503, code: 'service_unavailable' }),
      }),
    ]);
    expect(await ctx.prisma.meeting.count()).toBe(1);
  });
});
