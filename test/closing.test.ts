import { connect } from 'node:net';
import { once } from 'node:events';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { buildApp } from '../src/app.js';
import { listMigrationNames } from '../src/db/schema-engine.js';
import { createTestContext, testConfig, type TestContext } from './helpers/app.js';

// A request that reaches the app after close() began (SIGTERM), on a connection still open, is answered as every
// other 503: a problem+json with its code, Retry-After and the request id, and the connection is not kept.

let ctx: TestContext;
beforeAll(async () => {
  ctx = await createTestContext();
});
afterAll(async () => ctx?.close());

describe('while the server closes', () => {
  it.each([
    ['GET', '/v1/meetings', ''],
    ['POST', '/v1/people', JSON.stringify({ name: 'Written while closing' })],
  ])(
    '%s %s, sent on an open connection while the app closes, is a 503 problem with Retry-After; nothing is written',
    async (method, url, body) => {
      const app: FastifyInstance = await buildApp(
        { ...testConfig, RETRY_AFTER_SECONDS: 3 },
        { prisma: ctx.prisma, expectedMigrations: await listMigrationNames() },
      );
      // A request in flight keeps close() from finishing and its connection open; the next one on it comes while closing.
      let release = () => {};
      let arrived = () => {};
      const heldArrived = new Promise<void>((resolve) => (arrived = resolve));
      app.get('/held', () => {
        arrived();
        return new Promise((resolve) => (release = () => resolve({ ok: true })));
      });
      let closing = () => {};
      const closingBegan = new Promise<void>((resolve) => (closing = resolve));
      app.addHook('preClose', (done) => {
        closing();
        done();
      });
      let answered = () => {};
      const secondAnswered = new Promise<void>((resolve) => (answered = resolve));
      app.addHook('onSend', (request, _reply, payload, done) => {
        if (request.url === url) answered();
        done(null, payload);
      });
      await app.listen({ port: 0, host: '127.0.0.1' });
      const { port } = app.server.address() as { port: number };
      const socket = connect(port, '127.0.0.1');
      await once(socket, 'connect');
      let received = '';
      socket.setEncoding('utf8').on('data', (chunk: string) => (received += chunk));
      const ended = once(socket, 'close');
      const second = body
        ? `${method} ${url} HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\nContent-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`
        : `${method} ${url} HTTP/1.1\r\nHost: localhost\r\n\r\n`;
      socket.write('GET /held HTTP/1.1\r\nHost: localhost\r\n\r\n');
      await heldArrived;
      const closed = app.close();
      await closingBegan;
      // The next request on the connection, sent once closing has begun.
      socket.write(second);
      await secondAnswered;
      release();
      await Promise.all([closed, ended]);
      const answers = received.split(/(?=HTTP\/1\.1 )/);
      expect(answers[0]).toMatch(/^HTTP\/1\.1 200/);
      const last = answers[1] ?? '';
      expect(last).toMatch(/^HTTP\/1\.1 503/);
      const [head, payload] = last.split('\r\n\r\n') as [string, string];
      expect(head).toMatch(/content-type: application\/problem\+json/i);
      expect(head).toMatch(/retry-after: 3/i);
      expect(head).toMatch(/connection: close/i);
      const requestId = /x-request-id: (\S+)/i.exec(head)?.[1];
      expect(JSON.parse(payload)).toMatchObject({ status: 503, code: 'service_unavailable', requestId });
      expect(await ctx.prisma.person.count({ where: { name: 'Written while closing' } })).toBe(0);
    },
  );
});
