import { readFile } from 'node:fs/promises';
import net from 'node:net';
import path from 'node:path';
import type { FastifyInstance } from 'fastify';
import { parse as parseYaml } from 'yaml';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { buildApp } from '../src/app.js';
import { loadConfig } from '../src/config.js';
import { createPrisma } from '../src/db/prisma.js';
import { seedDir } from '../src/db/seed.js';
import { listMigrationNames } from '../src/db/schema-engine.js';
import { errorCodes } from '../src/http/errors.js';
import { bodyRoutes, type BodyRoute } from '../src/http/expect-continue.js';
import { testConfig, useTestContext } from './helpers/app.js';

// Expect: 100-continue (RFC 9110 §10.1.1) over raw connections: a Content-Length over the route's limit is answered
// 413 problem+json straight away — no 100 Continue, so the client never sends the body — and one within it gets the
// 100, then the body is read and processed as usual. The routes are the app's own (every route whose method takes a
// body, with its limit), so a route added later is covered here without editing this file.

const ctx = useTestContext();
const key = 'expect-continue-0123456789abcdef';
let app: FastifyInstance;
let port: number;
let readout: string;
const sockets = new Set<net.Socket>();

beforeAll(async () => {
  const { API_KEYS } = loadConfig({ API_KEYS: `tester:${key}` });
  app = await buildApp({ ...testConfig, API_KEYS }, { prisma: ctx.prisma, expectedMigrations: await listMigrationNames() });
  port = Number(new URL(await app.listen({ host: '127.0.0.1', port: 0 })).port);
  readout = await readFile(path.join(seedDir, 'wang-yi-tileuberdi-2021-07-15.txt'), 'utf8');
});
// Every connection is closed after its test, whether it passed, failed or timed out; then the server.
afterEach(() => {
  for (const socket of sockets) socket.destroy();
  sockets.clear();
});
afterAll(async () => {
  for (const socket of sockets) socket.destroy();
  await app?.close();
});

/** A raw connection: write bytes, wait for what the server has sent to satisfy a condition, or for it to close. */
interface Connection {
  write(data: string | Buffer): void;
  /** Resolves with everything received once `ready` holds for it; rejects if the connection closes before. */
  until(ready: (received: string) => boolean): Promise<string>;
  /** Resolves with everything received when the server has closed the connection. */
  closed(): Promise<string>;
}

async function connect(): Promise<Connection> {
  const socket = net.connect(port, '127.0.0.1');
  sockets.add(socket);
  await new Promise<void>((resolve, reject) => {
    socket.once('connect', resolve);
    socket.once('error', reject);
  });
  let received = '';
  let ended = false;
  const waiters = new Set<() => void>();
  const wake = () => waiters.forEach((waiter) => waiter());
  socket.setEncoding('latin1');
  socket.on('data', (chunk: string) => {
    received += chunk;
    wake();
  });
  socket.on('error', () => undefined);
  socket.on('close', () => {
    ended = true;
    wake();
  });
  const until = (ready: (text: string) => boolean, orClose: boolean) =>
    new Promise<string>((resolve, reject) => {
      const check = () => {
        if (ready(received) || (ended && orClose)) resolve(received);
        else if (ended) reject(new Error(`the connection closed; received: ${received.slice(0, 300)}`));
        else return;
        waiters.delete(check);
      };
      waiters.add(check);
      check();
    });
  return {
    write: (data) => socket.write(data),
    until: (ready) => until(ready, false),
    closed: () => until(() => false, true),
  };
}

const headEnd = (text: string) => text.indexOf('\r\n\r\n');
/** Whether the first response's head (status line and headers) is in. */
const hasHead = (text: string) => headEnd(text) !== -1;
const statusLine = (text: string) => text.slice(0, text.indexOf('\r\n'));

interface Response {
  statusLine: string;
  headers: Record<string, string>;
  body: string;
}

/** The final response of a closed connection, after any 100 Continue before it. */
function finalResponse(text: string): Response {
  const rest = text.startsWith('HTTP/1.1 100 ') ? text.slice(headEnd(text) + 4) : text;
  const end = headEnd(rest);
  const [line = '', ...fields] = rest.slice(0, end).split('\r\n');
  const headers = Object.fromEntries(
    fields.map((field) => [field.slice(0, field.indexOf(':')).toLowerCase(), field.slice(field.indexOf(':') + 1).trim()]),
  );
  let body = Buffer.from(rest.slice(end + 4), 'latin1');
  if (headers['transfer-encoding'] === 'chunked') {
    const chunks: Buffer[] = [];
    for (let at = 0; ;) {
      const lineEnd = body.indexOf('\r\n', at);
      const size = parseInt(body.subarray(at, lineEnd).toString('latin1'), 16);
      if (!size) break;
      chunks.push(body.subarray(lineEnd + 2, lineEnd + 2 + size));
      at = lineEnd + 2 + size + 2;
    }
    body = Buffer.concat(chunks);
  }
  return { statusLine: line, headers, body: body.toString('utf8') };
}

function head(method: string, url: string, headers: Record<string, string | number>): string {
  const fields = Object.entries({ host: 'localhost', ...headers }).map(([name, value]) => `${name}: ${value}\r\n`);
  return `${method} ${url} HTTP/1.1\r\n${fields.join('')}\r\n`;
}

// The NDJSON bulk create (a route constrained to that body type) reads its body as a stream, a line at a time: its
// limit is BODY_LIMIT_BYTES per line, not per body (meetings.bulk.routes.ts).
const isStreamed = (route: BodyRoute) => route.constraints.bodyType === 'ndjson';
const mediaTypeOf = (route: BodyRoute) => (isStreamed(route) ? 'application/x-ndjson' : 'application/json');
/** A URL the route serves: every path parameter filled in (the value need not exist; the body is refused first). */
const urlOf = (route: BodyRoute) => route.url.replace(/:[^/]+/g, 'expect-continue');
const nameOf = (route: BodyRoute) => `${route.method} ${route.url}`;
const auth = { authorization: `Bearer ${key}` };

// The table, when the file is collected: the body routes of an app built like the one under test only to list them
// (building it opens no database connection; the address is never dialled).
async function listBodyRoutes(): Promise<BodyRoute[]> {
  const prisma = createPrisma('postgresql://127.0.0.1:9/unused', 1);
  const probe = await buildApp(testConfig, { prisma, expectedMigrations: [] });
  try {
    return [...bodyRoutes(probe)];
  } finally {
    await probe.close();
    await prisma.$disconnect();
  }
}
const routes = await listBodyRoutes();
const limited = routes.filter((route) => !isStreamed(route)).map((route) => [nameOf(route), route] as const);

describe('the routes that take a body', () => {
  it('are those of the app under test, with their own limits', () => {
    expect(bodyRoutes(app)).toEqual(routes);
    expect(routes.map(nameOf)).toEqual(
      expect.arrayContaining(['POST /v1/meetings', 'PATCH /v1/meetings/:meetingId', 'POST /v1/documents']),
    );
    expect(limited.length).toBeGreaterThan(10);
    expect(routes.filter(isStreamed)).toHaveLength(1);
    expect(routes.find((route) => route.url === '/v1/documents')?.bodyLimit).toBe(4 * 1024 * 1024);
    expect(routes.find((route) => route.url === '/v1/people')?.bodyLimit).toBe(testConfig.BODY_LIMIT_BYTES);
  });
});

describe('Expect: 100-continue with a Content-Length over the route limit', () => {
  it.each(limited)('%s: the 413 problem+json of an oversized body at once, without 100 Continue', async (name, route) => {
    const url = urlOf(route);
    const connection = await connect();
    connection.write(
      head(route.method, url, {
        ...auth,
        'content-type': mediaTypeOf(route),
        'content-length': route.bodyLimit + 1,
        expect: '100-continue',
      }),
    );
    // The first thing back is the final answer, before a byte of the body was sent.
    const first = await connection.until(hasHead);
    expect(statusLine(first)).toBe('HTTP/1.1 413 Payload Too Large');
    const received = await connection.closed();
    expect(received).not.toContain('HTTP/1.1 100');
    const response = finalResponse(received);
    expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(response.headers.connection).toBe('close');
    const problem = JSON.parse(response.body) as Record<string, unknown>;
    expect(problem).toMatchObject({
      type: '/problems/payload_too_large',
      title: errorCodes.payload_too_large.title,
      status: 413,
      code: 'payload_too_large',
      instance: url,
    });
    // The same problem as for the same body sent without Expect (but for the request id).
    const without = await app.inject({
      method: route.method as 'POST',
      url,
      headers: { ...auth, 'content-type': mediaTypeOf(route) },
      payload: Buffer.alloc(route.bodyLimit + 1, 0x20),
    });
    expect(without.statusCode, name).toBe(413);
    const { requestId: _a, ...expected } = without.json<Record<string, unknown>>();
    const { requestId: _b, ...actual } = problem;
    expect(actual).toEqual(expected);
    // It says how much the endpoint takes.
    expect(problem.detail).toBe(`The body is larger than the ${route.bodyLimit} bytes this endpoint takes.`);
  });

  it('without a valid key it is the 401 of any write without one, also without 100 Continue (authentication comes first)', async () => {
    const connection = await connect();
    connection.write(
      head('POST', '/v1/people', { 'content-type': 'application/json', 'content-length': 10 * 1024 * 1024, expect: '100-continue' }),
    );
    expect(statusLine(await connection.until(hasHead))).toBe('HTTP/1.1 401 Unauthorized');
    expect(await connection.closed()).not.toContain('HTTP/1.1 100');
  });
});

// The request media types of each operation, as the committed contract lists them.
const contract = parseYaml(await readFile(new URL('../openapi.yaml', import.meta.url), 'utf8')) as {
  paths: Record<string, Record<string, { requestBody?: { content?: Record<string, unknown> } }>>;
};
const contractTypes = (route: BodyRoute) =>
  Object.keys(contract.paths[route.url.replace(/:([A-Za-z0-9_]+)/g, '{$1}')]?.[route.method.toLowerCase()]?.requestBody?.content ?? {});
const withBody = routes.filter((route) => contractTypes(route).length > 0).map((route) => [nameOf(route), route] as const);

describe('a body of a media type the endpoint does not take', () => {
  it('is checked on every route the contract gives a request body', () => {
    expect(withBody.length).toBeGreaterThan(10);
  });

  it.each(withBody)('%s: 415 names the media types the contract lists for it', async (_name, route) => {
    const response = await app.inject({
      method: route.method as 'POST',
      url: urlOf(route),
      headers: { ...auth, 'content-type': 'application/x-www-form-urlencoded' },
      payload: 'a=b',
    });
    expect(response.statusCode).toBe(415);
    expect(response.json()).toMatchObject({
      code: 'unsupported_media_type',
      detail: `This endpoint takes ${contractTypes(route).join(', ')}; the request's Content-Type was application/x-www-form-urlencoded.`,
    });
  });
});

// Media types the app has a parser for (each for some endpoint): an endpoint that does not list one in the contract
// refuses it with the same 415, never reads it (a commit sent as text/plain answered 400 "expected object, received
// string").
const parsed: Array<[string, string]> = [
  ['application/json', '{}'],
  ['application/merge-patch+json', '{}'],
  ['text/plain; charset=utf-8', 'x'],
  ['application/x-ndjson', '{}\n'],
];
const refusals = withBody.flatMap(([name, route]) =>
  parsed
    .filter(([type]) => !contractTypes(route).includes(type.split(';')[0] as string))
    .map(([type, body]) => [name, type, route, body] as const),
);

describe('a body of a media type another endpoint takes', () => {
  it('is checked for every route and every such type', () => {
    expect(refusals.length).toBeGreaterThan(withBody.length);
  });

  it.each(refusals)('%s with %s: 415 names the media types the contract lists for it', async (_name, type, route, body) => {
    const response = await app.inject({
      method: route.method as 'POST',
      url: urlOf(route),
      headers: { ...auth, 'content-type': type },
      payload: body,
    });
    expect(response.statusCode).toBe(415);
    expect(response.json()).toMatchObject({
      code: 'unsupported_media_type',
      detail: `This endpoint takes ${contractTypes(route).join(', ')}; the request's Content-Type was ${type}.`,
    });
  });
});

describe('Expect: 100-continue with a Content-Length within the limit', () => {
  beforeEach(async () => ctx.reset());

  /** Sends the head, expects 100 Continue before anything else, then sends the body; the final response. */
  async function continued(method: string, url: string, headers: Record<string, string | number>, body: string | Buffer) {
    const connection = await connect();
    connection.write(head(method, url, { ...auth, ...headers, expect: '100-continue', connection: 'close' }));
    const first = await connection.until(hasHead);
    expect(first).toBe('HTTP/1.1 100 Continue\r\n\r\n');
    connection.write(body);
    return finalResponse(await connection.closed());
  }

  it('POST /v1/people: 100 Continue, then the body, then 201', async () => {
    const body = JSON.stringify({ name: 'Wang Yi', countryCode: 'CN' });
    const response = await continued('POST', '/v1/people', { 'content-type': 'application/json', 'content-length': body.length }, body);
    expect(response.statusLine).toBe('HTTP/1.1 201 Created');
    expect(JSON.parse(response.body)).toMatchObject({ name: 'Wang Yi', countryCode: 'CN' });
    expect(await ctx.prisma.person.count()).toBe(1);
  });

  it('POST /v1/documents takes more than BODY_LIMIT_BYTES (its own limit is 4 MiB): 100 Continue, then 201', async () => {
    const json = JSON.stringify({ text: readout });
    // Whitespace after the JSON value: 2 MiB in all, over the global limit, within the route's.
    const body = Buffer.alloc(2 * 1024 * 1024, 0x20);
    body.write(json);
    const response = await continued('POST', '/v1/documents', { 'content-type': 'application/json', 'content-length': body.length }, body);
    expect(response.statusLine).toBe('HTTP/1.1 201 Created');
    expect(JSON.parse(response.body)).toMatchObject({ text: readout });
  });

  it('the NDJSON bulk create streams its body: over BODY_LIMIT_BYTES in all still gets 100 Continue, then each line', async () => {
    const route = routes.find(isStreamed)!;
    // Two lines of 600 KB each (a meeting and trailing spaces): each within the per-line limit, together over it.
    const line = (title: string) => `${JSON.stringify({ title, kind: 'talks', date: '2022-03-01' })}`.padEnd(600_000, ' ') + '\n';
    const body = line('First') + line('Second');
    expect(body.length).toBeGreaterThan(testConfig.BODY_LIMIT_BYTES);
    const response = await continued(
      route.method,
      urlOf(route),
      { 'content-type': 'application/x-ndjson', 'content-length': body.length },
      body,
    );
    expect(response.statusLine).toBe('HTTP/1.1 200 OK');
    const lines = response.body
      .split('\n')
      .filter(Boolean)
      .map((text) => JSON.parse(text) as { status?: number });
    expect(lines.map((result) => result.status ?? 'summary')).toEqual([201, 201, 'summary']);
    expect(await ctx.prisma.meeting.count()).toBe(2);
  });
});

describe('Expect: 100-continue otherwise as before', () => {
  it('a chunked body (no Content-Length): 100 Continue, then the chunks, then 201', async () => {
    const connection = await connect();
    connection.write(
      head('POST', '/v1/people', {
        ...auth,
        'content-type': 'application/json',
        'transfer-encoding': 'chunked',
        expect: '100-continue',
        connection: 'close',
      }),
    );
    expect(await connection.until(hasHead)).toBe('HTTP/1.1 100 Continue\r\n\r\n');
    const body = JSON.stringify({ name: 'Mukhtar Tileuberdi' });
    connection.write(`${body.length.toString(16)}\r\n${body}\r\n0\r\n\r\n`);
    expect(finalResponse(await connection.closed()).statusLine).toBe('HTTP/1.1 201 Created');
  });

  it('a path no route serves: 100 Continue, then the body, then 404', async () => {
    const connection = await connect();
    const body = '{"a": 1}';
    connection.write(
      head('POST', '/v1/nothing-here', {
        ...auth,
        'content-type': 'application/json',
        'content-length': body.length,
        expect: '100-continue',
        connection: 'close',
      }),
    );
    expect(await connection.until(hasHead)).toBe('HTTP/1.1 100 Continue\r\n\r\n');
    connection.write(body);
    const response = finalResponse(await connection.closed());
    expect(response.statusLine).toBe('HTTP/1.1 404 Not Found');
    expect(JSON.parse(response.body)).toMatchObject({ code: 'route_not_found' });
  });
});
