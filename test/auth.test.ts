import { connect } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import supertest from 'supertest';
import type { FastifyInstance } from 'fastify';
import { buildApp } from '../src/app.js';
import { loadConfig } from '../src/config.js';
import { listMigrationNames } from '../src/db/schema-engine.js';
import { createTestContext, testConfig, type TestContext } from './helpers/app.js';

let ctx: TestContext;
let app: FastifyInstance;
const key = 'analyst-key-0123456789abcdef';
beforeAll(async () => {
  ctx = await createTestContext();
  const { API_KEYS } = loadConfig({ API_KEYS: `newsroom:${key}` });
  app = await buildApp({ ...testConfig, API_KEYS }, { prisma: ctx.prisma, expectedMigrations: await listMigrationNames() });
  await app.ready();
});
afterAll(async () => {
  await app.close();
  await ctx.close();
});

const body = { title: 'Talks', kind: 'talks', date: '2024-01-10' };

describe('API keys (API_KEYS set)', () => {
  it('reads stay open', async () => {
    await supertest(app.server).get('/v1/meetings').expect(200);
  });

  it('a write without a key → 401 with WWW-Authenticate; a wrong key → 401', async () => {
    const missing = await supertest(app.server).post('/v1/meetings').send(body).expect(401);
    expect(missing.headers['www-authenticate']).toBe('Bearer');
    expect(missing.body.code).toBe('unauthorized');
    await supertest(app.server).post('/v1/meetings').set('Authorization', 'Bearer wrong-key-0000000000000').send(body).expect(401);
    expect(await ctx.prisma.meeting.count()).toBe(0);
  });

  // Credentials that cannot be a key of ours are refused on every route, read or write, never ignored.
  it.each([
    ['another scheme (Basic)', { Authorization: 'Basic dXNlcjpwYXNz' }, 401, '/authorization'],
    ['Bearer with no token', { Authorization: 'Bearer' }, 401, '/authorization'],
    ['a token with no scheme', { Authorization: key }, 401, '/authorization'],
    ['an empty X-Api-Key', { 'X-Api-Key': '' }, 401, '/x-api-key'],
    [
      'a valid Bearer and another X-Api-Key',
      { Authorization: `Bearer ${key}`, 'X-Api-Key': 'revoked-key-000000000000' },
      400,
      '/x-api-key',
    ],
  ])('%s → %i, on a read and on a write', async (_label, headers, status, pointer) => {
    for (const request of [supertest(app.server).get('/v1/meetings'), supertest(app.server).post('/v1/meetings').send(body)]) {
      const response = await request.set(headers);
      expect(response.status).toBe(status);
      expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
      expect(response.body.errors[0].pointer).toBe(pointer);
      if (status === 401) expect(response.headers['www-authenticate']).toBe('Bearer');
    }
    expect(await ctx.prisma.meeting.count()).toBe(0);
  });

  it('a bare token in Authorization is refused without being echoed', async () => {
    const response = await supertest(app.server).get('/v1/meetings').set('Authorization', key).expect(401);
    expect(response.text).not.toContain(key.slice(0, 6));
  });

  it.each([
    ['Authorization', [`Bearer ${key}`, 'Bearer other-key-000000000000']],
    ['X-Api-Key', [key, 'other-key-000000000000']],
  ])('%s sent twice → 400', async (name, values) => {
    // supertest sets one value per name: the request is written by hand, both headers as sent.
    if (!app.server.address()) await new Promise<void>((resolve) => app.server.listen(0, '127.0.0.1', resolve));
    const address = app.server.address() as { port: number };
    const answer = await new Promise<string>((resolve, reject) => {
      const socket = connect(address.port, '127.0.0.1', () =>
        socket.write(
          `GET /v1/meetings HTTP/1.1\r\nHost: 127.0.0.1\r\n${name}: ${values[0]}\r\n${name}: ${values[1]}\r\nConnection: close\r\n\r\n`,
        ),
      );
      let received = '';
      socket.on('data', (chunk) => (received += chunk.toString()));
      socket.on('end', () => resolve(received));
      socket.on('error', reject);
    });
    const status = Number(/^HTTP\/1\.1 (\d{3})/.exec(answer)?.[1]);
    expect(answer).toContain(`"pointer":"/${name.toLowerCase()}"`);
    expect(status).toBe(400);
  });

  it('the same key in both headers is one key', async () => {
    await supertest(app.server)
      .get('/v1/meetings')
      .set({ Authorization: `Bearer ${key}`, 'X-Api-Key': key })
      .expect(200);
  });

  it('a write with a key is audited under the key’s name', async () => {
    const created = await supertest(app.server)
      .post('/v1/meetings')
      .set('Authorization', `Bearer ${key}`)
      .set('X-Request-Id', 'req-audit-1')
      .send(body)
      .expect(201);
    const event = await ctx.prisma.auditEvent.findFirstOrThrow({ where: { recordId: created.body.id } });
    expect(event).toMatchObject({ actor: 'newsroom', requestId: 'req-audit-1', action: 'create' });
    await supertest(app.server).patch(`/v1/meetings/${created.body.id}`).set('X-Api-Key', key).send({ summary: 's' }).expect(200);
  });

  it('config refuses short keys and malformed lists', () => {
    expect(() => loadConfig({ API_KEYS: 'a:short' })).toThrow(/API_KEYS/);
    expect(() => loadConfig({ API_KEYS: 'no-colon-here-at-all-000000' })).toThrow(/API_KEYS/);
  });
});

describe('without API_KEYS', () => {
  it('writes are open and the actor is unknown', async () => {
    const created = await supertest(ctx.app.server).post('/v1/meetings').send(body).expect(201);
    const event = await ctx.prisma.auditEvent.findFirstOrThrow({ where: { recordId: created.body.id } });
    expect(event.actor).toBeNull();
  });
});
