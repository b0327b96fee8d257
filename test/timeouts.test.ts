import net from 'node:net';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../src/app.js';
import { listMigrationNames } from '../src/db/schema-engine.js';
import { testConfig, useTestContext } from './helpers/app.js';

// A client that stalls mid-request does not hold a connection: the headers must arrive within HEADERS_TIMEOUT_MS and
// the whole request within REQUEST_TIMEOUT_MS, or the server answers 408 and closes; an idle keep-alive connection is
// closed after KEEP_ALIVE_TIMEOUT_MS. The limits are small here; the test only waits for the server to act.

const ctx = useTestContext();
let app: FastifyInstance;
let port: number;

beforeAll(async () => {
  app = await buildApp(
    { ...testConfig, REQUEST_TIMEOUT_MS: 600, HEADERS_TIMEOUT_MS: 400, KEEP_ALIVE_TIMEOUT_MS: 300 },
    { prisma: ctx.prisma, expectedMigrations: await listMigrationNames() },
  );
  const address = await app.listen({ host: '127.0.0.1', port: 0 });
  port = Number(new URL(address).port);
});
afterAll(async () => app?.close());

/** Sends `data` and resolves with everything the server sent back when it closes the connection. */
function sendAndWaitForClose(data: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const socket = net.connect(port, '127.0.0.1', () => socket.write(data));
    let received = '';
    socket.on('data', (chunk) => (received += chunk.toString()));
    socket.on('error', reject);
    socket.on('close', () => resolve(received));
  });
}

describe('clients that stall', () => {
  it('a body that stops half-way: 408 problem+json, connection closed', async () => {
    const received = await sendAndWaitForClose(
      'POST /v1/people HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 100\r\n\r\n{"name": "Anna',
    );
    expect(received).toMatch(/^HTTP\/1\.1 408 Request Timeout/);
    expect(received).toContain('application/problem+json');
    expect(await ctx.prisma.person.count()).toBe(0);
  });

  it('headers that never end: 408, connection closed', async () => {
    const received = await sendAndWaitForClose('GET /v1/meetings HTTP/1.1\r\nHost: x\r\nX-Slow: 1\r\n');
    expect(received).toMatch(/^HTTP\/1\.1 408 Request Timeout/);
  });

  it('an idle keep-alive connection is closed after a complete exchange', async () => {
    const received = await sendAndWaitForClose('GET /health/live HTTP/1.1\r\nHost: x\r\nConnection: keep-alive\r\n\r\n');
    expect(received).toMatch(/^HTTP\/1\.1 200 OK/);
  });
});
