import net from 'node:net';
import { PassThrough } from 'node:stream';
import type { FastifyInstance } from 'fastify';
import { afterAll, afterEach, beforeAll, expect, it } from 'vitest';
import { buildApp } from '../src/app.js';
import { listMigrationNames } from '../src/db/schema-engine.js';
import { bodyRoutes, type BodyRoute } from '../src/http/expect-continue.js';
import { createTestContext, testConfig, type TestContext } from './helpers/app.js';

// A request body that breaks on the client's side — a chunk size that is no number, a connection closed before the
// Content-Length or the last chunk arrived — is the client's fault, not the database's: the server must not log that
// the database is unavailable, nor count the request into a fault episode (new-user trial 137 F3: Node's "aborted"
// error carries the code ECONNRESET, which a socket to PostgreSQL also reports). Over every route that takes a body.

let ctx: TestContext;
let app: FastifyInstance;
let port: number;
let logs = '';
const sockets = new Set<net.Socket>();

beforeAll(async () => {
  ctx = await createTestContext();
  const logStream = new PassThrough();
  logStream.on('data', (chunk: Buffer) => (logs += chunk.toString()));
  app = await buildApp(
    { ...testConfig, LOG_LEVEL: 'info' },
    { prisma: ctx.prisma, expectedMigrations: await listMigrationNames(), logStream },
  );
  port = Number(new URL(await app.listen({ host: '127.0.0.1', port: 0 })).port);
});
afterEach(() => {
  for (const socket of sockets) socket.destroy();
  sockets.clear();
});
afterAll(async () => {
  for (const socket of sockets) socket.destroy();
  await app?.close();
  await ctx?.close();
});

const incoming = () => logs.split('\n').filter((line) => line.includes('"msg":"incoming request"')).length;

/**
 * Sends a request's head, waits until the server has taken it in (its "incoming request" line, then the log quiet), sends
 * `rest` and closes the connection when `close`; resolves with what was received once the connection is closed.
 */
async function send(head: string, rest: string, close: boolean): Promise<string> {
  const socket = net.connect(port, '127.0.0.1');
  sockets.add(socket);
  let received = '';
  socket.setEncoding('latin1');
  socket.on('data', (chunk: string) => (received += chunk));
  socket.on('error', () => undefined);
  const closed = new Promise<void>((resolve) => socket.on('close', () => resolve()));
  await new Promise<void>((resolve, reject) => {
    socket.once('connect', resolve);
    socket.once('error', reject);
  });
  const before = incoming();
  socket.write(head);
  while (incoming() === before) await new Promise((resolve) => setTimeout(resolve, 10));
  await settled();
  socket.write(rest);
  if (close) socket.destroy();
  await closed;
  return received;
}

/** Resolves once the log has had no new line for 300 ms (the server has finished with the requests it was sent). */
async function settled(): Promise<void> {
  for (let seen = -1; seen !== logs.length;) {
    seen = logs.length;
    await new Promise((resolve) => setTimeout(resolve, 300));
  }
}

// [case, the head's framing field, the rest of the body, whether the client then closes]
const breakages: [string, string, string, boolean][] = [
  ['a chunk size that is no number', 'transfer-encoding: chunked', 'ZZ\r\nabc\r\n0\r\n\r\n', false],
  ['closed before the Content-Length arrived', 'content-length: 100', '{"text":"Min', true],
  ['closed before the last chunk', 'transfer-encoding: chunked', '5\r\n{"tex\r\n', true],
];

const routes = (): BodyRoute[] => [...bodyRoutes(app)];
const urlOf = (route: BodyRoute) => route.url.replace(/:[^/]+/g, '0190a4b4-2d4f-7c4e-8a4e-0e6d1a0b7f3c');
const mediaTypeOf = (route: BodyRoute) => (route.constraints.bodyType === 'ndjson' ? 'application/x-ndjson' : 'application/json');

it.each(breakages)('a body %s is no database fault, on every route that takes a body', async (_case, framing, rest, close) => {
  const before = incoming();
  const list = routes();
  expect(list.length).toBeGreaterThan(10);
  for (const route of list) {
    await send(
      `${route.method} ${urlOf(route)} HTTP/1.1\r\nhost: localhost\r\ncontent-type: ${mediaTypeOf(route)}\r\n${framing}\r\n\r\n`,
      rest,
      close,
    );
  }
  // The server has answered every one of them, or given it up, before the log is read.
  const answered = await send('GET /health/live HTTP/1.1\r\nhost: localhost\r\nconnection: close\r\n\r\n', '', false);
  expect(answered).toMatch(/^HTTP\/1.1 200 /);
  await settled();
  console.log('LOGS', logs.split('\n').length, (logs.match(/aborted/g) ?? []).length, logs.slice(0, 1500));
  const lines = logs
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line) as { level: number; msg: string });
  expect(lines.filter((line) => /database unavailable/.test(line.msg))).toEqual([]);
  expect(lines.filter((line) => line.level >= 50)).toEqual([]);
  expect(incoming() - before).toBe(list.length + 1);
});
