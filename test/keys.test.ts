import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { PassThrough } from 'node:stream';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import supertest from 'supertest';
import type { FastifyInstance } from 'fastify';
import { buildApp } from '../src/app.js';
import { loadConfig } from '../src/config.js';
import { listMigrationNames } from '../src/db/schema-engine.js';
import { parseKeysArgs, runKeys } from '../src/keys-cli/run-keys.js';
import { createKeysService, hashKey } from '../src/modules/keys/keys.service.js';
import { createTestContext, testConfig, type TestContext } from './helpers/app.js';

// API keys as data: stored as SHA-256 hashes, with scopes, revocable at once, managed over HTTP (admin scope) and
// by `npm run keys`; accepted in the Authorization header (any case of "Bearer") or X-Api-Key, never from the URL,
// and never written to the log.

let ctx: TestContext;
let app: FastifyInstance;
let logs = '';
const admin = 'root-admin-key-0123456789abcdef';
const reader = 'reader-only-key-0123456789abcdef';

async function buildWith(env: NodeJS.ProcessEnv, logStream?: NodeJS.WritableStream) {
  const { API_KEYS, REQUIRE_KEY_FOR_READS } = loadConfig(env);
  const built = await buildApp(
    { ...testConfig, API_KEYS, REQUIRE_KEY_FOR_READS, LOG_LEVEL: logStream ? 'info' : 'silent' },
    { prisma: ctx.prisma, expectedMigrations: await listMigrationNames(), ...(logStream ? { logStream } : {}) },
  );
  await built.ready();
  return built;
}

beforeAll(async () => {
  ctx = await createTestContext();
  const stream = new PassThrough();
  stream.on('data', (chunk: Buffer) => (logs += chunk.toString()));
  app = await buildWith({ API_KEYS: `ops:${admin},dashboard:${reader}:read` }, stream);
});
afterAll(async () => {
  await app?.close();
  await ctx?.close();
});
beforeEach(async () => ctx.reset());

const api = () => supertest(app.server);
const meeting = { title: 'Talks', kind: 'talks', date: '2024-01-10' };

async function createKey(name: string, scopes?: string[]) {
  const response = await api()
    .post('/v1/keys')
    .set('Authorization', `Bearer ${admin}`)
    .send({ name, ...(scopes ? { scopes } : {}) });
  expect(response.status).toBe(201);
  return response.body as { id: string; key: string; name: string; scopes: string[]; prefix: string };
}

describe('keys are stored as hashes', () => {
  it('the key is returned once; the database, the audit log and the idempotency store hold only its hash', async () => {
    const created = await api()
      .post('/v1/keys')
      .set('Authorization', `Bearer ${admin}`)
      .set('Idempotency-Key', 'create-key-1')
      .send({ name: 'newsroom', scopes: ['read', 'write'] })
      .expect(201);
    expect(created.headers['cache-control']).toBe('no-store');
    // …as the contract declares it.
    const contract = parse(readFileSync(new URL('../openapi.yaml', import.meta.url), 'utf8')) as {
      paths: Record<string, Record<string, { responses: Record<string, { headers?: Record<string, unknown> }> }>>;
    };
    expect(Object.keys(contract.paths['/v1/keys']!.post!.responses['201']!.headers ?? {})).toContain('Cache-Control');
    expect(created.body).toMatchObject({ name: 'newsroom', scopes: ['read', 'write'], revokedAt: null, lastUsedAt: null });
    const key: string = created.body.key;
    expect(key).toMatch(/^dmk_[\w-]{43}$/);
    expect(created.body.prefix).toBe(key.slice(0, 8));

    const row = await ctx.prisma.apiKey.findUniqueOrThrow({ where: { name: 'newsroom' } });
    expect(row.keyHash).toBe(hashKey(key));
    const everything = await ctx.prisma.$queryRaw<Array<{ text: string }>>`
      SELECT row_to_json(k)::text AS text FROM api_keys k
      UNION ALL SELECT row_to_json(a)::text FROM audit_events a
      UNION ALL SELECT row_to_json(i)::text FROM idempotency_keys i`;
    expect(everything.some(({ text }) => text.includes(key.slice(8)))).toBe(false);
    expect(await ctx.prisma.idempotencyKey.count()).toBe(0);

    const listed = await api().get('/v1/keys').set('Authorization', `Bearer ${admin}`).expect(200);
    expect(listed.body.data.map((k: { name: string }) => k.name)).toEqual(['newsroom']);
    expect(JSON.stringify(listed.body)).not.toContain(key.slice(8));
  });

  it('creating and revoking are audited under the admin key’s name', async () => {
    const created = await createKey('audited');
    await api().delete(`/v1/keys/${created.id}`).set('Authorization', `Bearer ${admin}`).expect(200);
    const events = await ctx.prisma.auditEvent.findMany({ where: { recordId: created.id }, orderBy: { occurredAt: 'asc' } });
    expect(events.map((event) => [event.actor, event.action, event.recordType])).toEqual([
      ['ops', 'create', 'api_key'],
      ['ops', 'update', 'api_key'],
    ]);
  });

  it('a taken name is a 409; a bad name or scope a 400', async () => {
    await createKey('twice');
    const again = await api().post('/v1/keys').set('Authorization', `Bearer ${admin}`).send({ name: 'twice' }).expect(409);
    expect(again.body).toMatchObject({ code: 'conflict', errors: [{ in: 'body', pointer: '/name' }] });
    for (const body of [{ name: 'has space' }, { name: '' }, { name: 'ok', scopes: ['superuser'] }, { name: 'ok', scopes: [] }])
      await api().post('/v1/keys').set('Authorization', `Bearer ${admin}`).send(body).expect(400);
  });
});

describe('scopes', () => {
  // Each request, and whether each scope lets it through.
  const requests: Array<{ name: string; send: (key: string) => supertest.Test; scope: 'read' | 'write' | 'admin'; ok: number }> = [
    { name: 'GET /v1/meetings', send: (key) => api().get('/v1/meetings').set('Authorization', `Bearer ${key}`), scope: 'read', ok: 200 },
    { name: 'HEAD /v1/people', send: (key) => api().head('/v1/people').set('Authorization', `Bearer ${key}`), scope: 'read', ok: 200 },
    {
      name: 'POST /v1/meetings',
      send: (key) => api().post('/v1/meetings').set('Authorization', `Bearer ${key}`).send(meeting),
      scope: 'write',
      ok: 201,
    },
    {
      name: 'POST /v1/documents',
      send: (key) =>
        api()
          .post('/v1/documents')
          .set('Authorization', `Bearer ${key}`)
          .set('Content-Type', 'text/plain')
          .send('Minister A met Minister B.'),
      scope: 'write',
      ok: 201,
    },
    { name: 'GET /v1/keys', send: (key) => api().get('/v1/keys').set('Authorization', `Bearer ${key}`), scope: 'admin', ok: 200 },
    {
      name: 'POST /v1/keys',
      send: (key) =>
        api()
          .post('/v1/keys')
          .set('Authorization', `Bearer ${key}`)
          .send({ name: `k${Math.random()}`.replace('.', '') }),
      scope: 'admin',
      ok: 201,
    },
  ];
  const grants: Array<Array<'read' | 'write' | 'admin'>> = [['read'], ['write'], ['admin'], ['read', 'write'], ['read', 'write', 'admin']];

  for (const granted of grants)
    it(`a key with ${granted.join('+')}: allowed where its scopes reach, 403 elsewhere`, async () => {
      const { key } = await createKey(`scoped-${granted.join('-')}`, granted);
      for (const request of requests) {
        const response = await request.send(key);
        // Reads are open without REQUIRE_KEY_FOR_READS, but a key that is sent must grant what is asked.
        const expected = granted.includes(request.scope) ? request.ok : 403;
        expect({ request: request.name, status: response.status }).toEqual({ request: request.name, status: expected });
        if (expected === 403 && request.name !== 'HEAD /v1/people') expect(response.body.code).toBe('forbidden');
      }
    });

  it('API_KEYS entries take scopes too: the read-only bootstrap key cannot write', async () => {
    await api().get('/v1/meetings').set('X-Api-Key', reader).expect(200);
    const refused = await api().post('/v1/meetings').set('X-Api-Key', reader).send(meeting).expect(403);
    expect(refused.body.detail).toContain('write');
  });

  it('managing keys always needs the admin scope, also without any key configured', async () => {
    await api().get('/v1/keys').expect(401);
    const open = await buildWith({});
    try {
      await supertest(open.server).get('/v1/keys').expect(401);
      await supertest(open.server).post('/v1/keys').send({ name: 'sneaky' }).expect(401);
      await supertest(open.server).post('/v1/meetings').send(meeting).expect(201);
    } finally {
      await open.close();
    }
  });
});

describe('presenting and revoking keys', () => {
  it('the Bearer scheme is case-insensitive (RFC 9110 §11.1); X-Api-Key works too', async () => {
    for (const header of [`Bearer ${admin}`, `bearer ${admin}`, `BEARER ${admin}`, `Bearer   ${admin}`])
      await api().post('/v1/meetings').set('Authorization', header).send(meeting).expect(201);
    await api().post('/v1/meetings').set('X-Api-Key', admin).send(meeting).expect(201);
  });

  it('every wrong key gets the same 401, whatever its length or likeness to a real one', async () => {
    const wrong = ['x', admin.slice(0, -1), `${admin}0`, admin.toUpperCase(), 'dmk_' + 'A'.repeat(43), 'z'.repeat(500)];
    const bodies = [];
    for (const key of wrong) {
      const response = await api().post('/v1/meetings').set('Authorization', `Bearer ${key}`).send(meeting).expect(401);
      expect(response.headers['www-authenticate']).toBe('Bearer');
      bodies.push({ ...response.body, requestId: undefined });
    }
    expect(new Set(bodies.map((body) => JSON.stringify(body))).size).toBe(1);
    expect(await ctx.prisma.meeting.count()).toBe(0);
  });

  it('a wrong key is refused even on an open read: a client is not anonymous unawares', async () => {
    await api().get('/v1/meetings').set('Authorization', 'Bearer not-a-key-000000000000').expect(401);
  });

  it('a revoked key stops working at once, by id or by name; revoking again changes nothing', async () => {
    const byId = await createKey('by-id');
    const byName = await createKey('by-name');
    await api().post('/v1/meetings').set('Authorization', `Bearer ${byId.key}`).send(meeting).expect(201);
    const revoked = await api().delete(`/v1/keys/${byId.id}`).set('Authorization', `Bearer ${admin}`).expect(200);
    expect(revoked.body.revokedAt).not.toBeNull();
    await api().post('/v1/meetings').set('Authorization', `Bearer ${byId.key}`).send(meeting).expect(401);
    await api().delete('/v1/keys/by-name').set('Authorization', `Bearer ${admin}`).expect(200);
    await api().get('/v1/meetings').set('Authorization', `Bearer ${byName.key}`).expect(401);
    const again = await api().delete(`/v1/keys/${byId.id}`).set('Authorization', `Bearer ${admin}`).expect(200);
    expect(again.body.revokedAt).toBe(revoked.body.revokedAt);
    const missing = await api().delete('/v1/keys/no-such-key').set('Authorization', `Bearer ${admin}`).expect(404);
    expect(missing.body.detail).toBe('No API key with id or name "no-such-key".');
  });

  it('last use is recorded', async () => {
    const created = await createKey('used');
    await api().get('/v1/meetings').set('Authorization', `Bearer ${created.key}`).expect(200);
    await vi.waitFor(async () =>
      expect((await ctx.prisma.apiKey.findUniqueOrThrow({ where: { id: created.id } })).lastUsedAt).not.toBeNull(),
    );
  });

  it('a key in the query string is not accepted, and neither it nor the header reaches the log', async () => {
    logs = '';
    const { key } = await createKey('leaky');
    for (const parameter of ['api_key', 'apiKey', 'key', 'token', 'access_token'])
      await api().post(`/v1/meetings?${parameter}=${key}`).send(meeting).expect(401);
    const problem = await api().get(`/v1/meetings?api_key=${key}&limit=x`).expect(400);
    expect(problem.body.instance).toBe('/v1/meetings?api_key=[redacted]&limit=x');
    await api().get('/v1/meetings').set('Authorization', `Bearer ${key}`).expect(200);
    await api().get('/v1/meetings').set('X-Api-Key', admin).expect(200);
    expect(logs).toContain('api_key=[redacted]');
    for (const secret of [key.slice(8), admin, reader]) expect(logs).not.toContain(secret);
  });

  it.each([
    ['a search', (key: string) => `/v1/search?q=${key}`],
    ['a filter', (key: string) => `/v1/meetings?q=${key}&limit=5`],
    ['a path', (key: string) => `/v1/people/${key}`],
    ['a fragment of a value', (key: string) => `/v1/meetings?q=${encodeURIComponent(`my key is ${key}, oops`)}`],
  ])('a key pasted into %s reaches neither the log nor a problem (new-user trial 142 F10)', async (_where, url) => {
    logs = '';
    const { key } = await createKey('pasted');
    const response = await api().get(url(key));
    if (response.body?.instance) expect(response.body.instance).not.toContain(key.slice(4));
    await api().get(`${url(key)}&limit=x`.replace(/^([^?]*)&/, '$1?'));
    expect(logs).toContain('dmk_[redacted]');
    expect(logs).not.toContain(key.slice(4));
  });
});

describe('keys in the database close writes', () => {
  it('without API_KEYS, writes need a key once one exists (seen by every instance within seconds)', async () => {
    const open = await buildWith({});
    try {
      // An empty body: 400 while writes are open, 401 once they need a key; nothing is created either way.
      await supertest(open.server).post('/v1/meetings').send({}).expect(400);
      const created = await createKeysService({ prisma: ctx.prisma }).create('first', ['read', 'write']);
      await vi.waitFor(async () => expect((await supertest(open.server).post('/v1/meetings').send({})).status).toBe(401), {
        timeout: 15_000,
        interval: 500,
      });
      await supertest(open.server).post('/v1/meetings').set('Authorization', `Bearer ${created.key}`).send(meeting).expect(201);
      await supertest(open.server).get('/v1/meetings').expect(200);
    } finally {
      await open.close();
    }
  });

  it('revoking every stored key keeps writes closed: no key works, and anonymous writes stay refused', async () => {
    const keys = createKeysService({ prisma: ctx.prisma });
    const created = await keys.create('only', ['read', 'write']);
    await keys.revoke('only');
    // A fresh instance reads the keys table on its first write: nothing cached from before the revocation.
    const open = await buildWith({});
    try {
      await supertest(open.server).post('/v1/meetings').send(meeting).expect(401);
      await supertest(open.server).post('/v1/meetings').set('Authorization', `Bearer ${created.key}`).send(meeting).expect(401);
      await supertest(open.server).get('/v1/meetings').expect(200);
      expect(await ctx.prisma.meeting.count()).toBe(0);
    } finally {
      await open.close();
    }
  });

  it('REQUIRE_KEY_FOR_READS closes reads too; health, the contract, the docs and the review page stay open', async () => {
    const closed = await buildWith({ API_KEYS: `ops:${admin}`, REQUIRE_KEY_FOR_READS: 'true' });
    try {
      const refused = await supertest(closed.server).get('/v1/meetings').expect(401);
      expect(refused.body.detail).toContain('read');
      await supertest(closed.server).get('/v1/meetings').set('Authorization', `Bearer ${admin}`).expect(200);
      // The review page is a static page a browser opens without a header; it sends the key it is given on its API calls.
      for (const path of ['/health/live', '/health/ready', '/openapi.json', '/docs/', '/review', '/review/review.js']) {
        const response = await supertest(closed.server).get(path);
        expect({ path, status: response.status }).toEqual({ path, status: 200 });
      }
    } finally {
      await closed.close();
    }
  });
});

describe('the last admin key', () => {
  it('is not revoked through the API (409, it keeps working) unless another admin key is active; the CLI can', async () => {
    const closed = await buildWith({ API_KEYS: '' });
    try {
      const keys = createKeysService({ prisma: ctx.prisma });
      const boss = await keys.create('boss', ['admin']);
      await keys.create('writer', ['read', 'write']);
      const as = (key: string) => ({ Authorization: `Bearer ${key}` });
      const last = await supertest(closed.server).delete('/v1/keys/boss').set(as(boss.key)).expect(409);
      expect(last.body.detail).toMatch(/last active key with the admin scope/);
      await supertest(closed.server).get('/v1/keys').set(as(boss.key)).expect(200);
      // With a second admin key, either can go — but not both.
      const deputy = await keys.create('deputy', ['read', 'admin']);
      await supertest(closed.server).delete('/v1/keys/boss').set(as(deputy.key)).expect(200);
      await supertest(closed.server).delete(`/v1/keys/${deputy.id}`).set(as(deputy.key)).expect(409);
      await supertest(closed.server).get('/v1/keys').set(as(deputy.key)).expect(200);
      // The CLI needs no key, so it may.
      const out = { stdout: '', stderr: '' };
      const io = {
        env: { DATABASE_URL: ctx.url, MIGRATE_ON_START: 'false' },
        stdout: { write: (text: string) => (out.stdout += text) },
        stderr: { write: (text: string) => (out.stderr += text) },
      };
      expect(await runKeys(['revoke', 'deputy'], io)).toBe(0);
      await supertest(closed.server).get('/v1/keys').set(as(deputy.key)).expect(401);
    } finally {
      await closed.close();
    }
  });

  it('may be revoked when API_KEYS gives an admin key (which cannot be revoked)', async () => {
    await createKey('only-stored-admin', ['admin']);
    await api().delete('/v1/keys/only-stored-admin').set('Authorization', `Bearer ${admin}`).expect(200);
  });
});

describe('npm run keys', () => {
  const io = () => {
    const out = { stdout: '', stderr: '' };
    return {
      out,
      io: {
        env: { DATABASE_URL: ctx.url, MIGRATE_ON_START: 'false' },
        stdout: { write: (text: string) => (out.stdout += text) },
        stderr: { write: (text: string) => (out.stderr += text) },
      },
    };
  };

  it('create prints the key once on stdout; list shows it without the key; revoke ends it', async () => {
    const create = io();
    expect(await runKeys(['create', 'etl', '--scopes', 'read,write'], create.io)).toBe(0);
    const key = create.out.stdout.trim();
    expect(key).toMatch(/^dmk_/);
    expect(create.out.stderr).toContain('shown this once');
    await api().post('/v1/meetings').set('Authorization', `Bearer ${key}`).send(meeting).expect(201);
    expect((await ctx.prisma.auditEvent.findFirstOrThrow({ where: { recordType: 'api_key' } })).actor).toBe('cli');

    const list = io();
    expect(await runKeys(['list'], list.io)).toBe(0);
    expect(list.out.stdout).toContain('etl');
    expect(list.out.stdout).toContain('read+write');
    expect(list.out.stdout).not.toContain(key.slice(8));

    const revoke = io();
    expect(await runKeys(['revoke', 'etl'], revoke.io)).toBe(0);
    expect(revoke.out.stdout).toContain('revoked');
    await api().post('/v1/meetings').set('Authorization', `Bearer ${key}`).send(meeting).expect(401);
  });

  it('a taken name or an unknown key exits 1 with a message; bad arguments exit 2 with the usage', async () => {
    expect(await runKeys(['create', 'dup'], io().io)).toBe(0);
    const taken = io();
    expect(await runKeys(['create', 'dup'], taken.io)).toBe(1);
    expect(taken.out.stderr).toContain('exists already');
    const unknown = io();
    expect(await runKeys(['revoke', 'nobody'], unknown.io)).toBe(1);
    for (const argv of [
      [],
      ['create'],
      ['create', 'x', '--scopes', 'root'],
      ['create', 'x', '--scopes'],
      ['create', 'bad name'],
      ['list', 'x'],
      ['delete', 'x'],
    ]) {
      const bad = io();
      expect(await runKeys(argv, bad.io)).toBe(2);
      expect(bad.out.stderr).toContain('usage: npm run keys');
    }
  });

  it('parses --scopes in both spellings and defaults to read+write', () => {
    expect(parseKeysArgs(['create', 'a'])).toEqual({ kind: 'create', name: 'a', scopes: ['read', 'write'] });
    expect(parseKeysArgs(['create', 'a', '--scopes=admin'])).toEqual({ kind: 'create', name: 'a', scopes: ['admin'] });
  });
});
