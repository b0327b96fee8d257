import { randomUUID } from 'node:crypto';
import { PassThrough } from 'node:stream';
import { afterAll, beforeAll, beforeEach, describe, expect, inject, it, vi } from 'vitest';
import supertest from 'supertest';
import type { FastifyInstance } from 'fastify';
import { buildApp, type AppConfig } from '../src/app.js';
import { loadConfig } from '../src/config.js';
import { listMigrationNames } from '../src/db/schema-engine.js';
import { createTestContext, testConfig, type TestContext } from './helpers/app.js';
import { startTcpProxy, type TcpProxy } from './support/tcp-proxy.js';

// Rate limits per API key (or address), a stricter one on failed authentication, counters shared through Redis by
// every instance, availability when Redis fails, and load shedding when the event loop lags. Each app here gets a
// Redis key prefix of its own, so that two test runs side by side do not share counters.

let ctx: TestContext;
const apps: FastifyInstance[] = [];
const proxies: TcpProxy[] = [];
const alpha = 'alpha-key-0123456789abcdef';
const beta = 'beta-key-0123456789abcdef';
const { API_KEYS } = loadConfig({ API_KEYS: `alpha:${alpha},beta:${beta}` });

beforeAll(async () => {
  ctx = await createTestContext();
});
afterAll(async () => {
  for (const app of apps) await app.close();
  for (const proxy of proxies) await proxy.close();
  await ctx?.close();
});
beforeEach(async () => ctx.reset());

async function appWith(config: Partial<AppConfig>, logStream?: NodeJS.WritableStream): Promise<FastifyInstance> {
  const app = await buildApp(
    { ...testConfig, API_KEYS, RATE_LIMIT_WINDOW_MS: 60_000, ...config, ...(logStream ? { LOG_LEVEL: 'info' as const } : {}) },
    { prisma: ctx.prisma, expectedMigrations: await listMigrationNames(), ...(logStream ? { logStream } : {}) },
  );
  await app.ready();
  apps.push(app);
  return app;
}
const prefix = () => `dm-api-test-${randomUUID()}:`;

describe('limits per client', () => {
  it('past the limit: 429 problem+json with Retry-After; RateLimit-* headers on every answer', async () => {
    const app = await appWith({ RATE_LIMIT_MAX: 3 });
    for (let remaining = 2; remaining >= 0; remaining -= 1) {
      const ok = await supertest(app.server).get('/v1/meetings').expect(200);
      expect(ok.headers['ratelimit-limit']).toBe('3');
      expect(ok.headers['ratelimit-remaining']).toBe(String(remaining));
      expect(Number(ok.headers['ratelimit-reset'])).toBeGreaterThan(0);
    }
    const refused = await supertest(app.server).get('/v1/meetings').expect(429);
    expect(refused.headers['content-type']).toContain('application/problem+json');
    expect(Number(refused.headers['retry-after'])).toBeGreaterThan(0);
    expect(refused.body).toMatchObject({ status: 429, code: 'rate_limited', type: expect.stringContaining('rate_limited') });
    expect(refused.body.requestId).toBeTruthy();
    // Writes count against the same budget; health probes never.
    await supertest(app.server).post('/v1/meetings').set('X-Api-Key', alpha).send({}).expect(400);
    await supertest(app.server).get('/health/live').expect(200);
    await supertest(app.server).get('/health/ready').expect(200);
  });

  it('each API key has a budget of its own, apart from anonymous clients', async () => {
    const app = await appWith({ RATE_LIMIT_MAX: 2 });
    for (const key of [alpha, beta]) {
      await supertest(app.server).get('/v1/people').set('X-Api-Key', key).expect(200);
      await supertest(app.server).get('/v1/people').set('X-Api-Key', key).expect(200);
      await supertest(app.server).get('/v1/people').set('X-Api-Key', key).expect(429);
    }
    await supertest(app.server).get('/v1/people').expect(200);
    await supertest(app.server).get('/v1/people').expect(200);
    await supertest(app.server).get('/v1/people').expect(429);
  });

  it('failed authentications have a stricter limit: after it, the address gets 429 before any key is compared', async () => {
    const app = await appWith({ RATE_LIMIT_MAX: 1_000, AUTH_FAILURE_LIMIT: 3 });
    for (let attempt = 0; attempt < 3; attempt += 1)
      await supertest(app.server).post('/v1/meetings').set('Authorization', `Bearer guess-${attempt}-000000000000`).send({}).expect(401);
    const refused = await supertest(app.server)
      .post('/v1/meetings')
      .set('Authorization', 'Bearer guess-3-000000000000')
      .send({})
      .expect(429);
    expect(refused.body.code).toBe('rate_limited');
    expect(Number(refused.headers['retry-after'])).toBeGreaterThan(0);
    // Even the right key waits: guessing from this address is slowed down whatever the guess.
    await supertest(app.server).post('/v1/meetings').set('X-Api-Key', alpha).send({}).expect(429);
    // Requests that need no key and send none are not affected.
    await supertest(app.server).get('/v1/meetings').expect(200);
  });
});

describe('with Redis', () => {
  it('two instances share the counters: the budget is spent across both', async () => {
    const shared = { REDIS_URL: inject('testRedisUrl'), REDIS_KEY_PREFIX: prefix(), RATE_LIMIT_MAX: 4 };
    const [first, second] = [await appWith(shared), await appWith(shared)];
    const statuses = [];
    for (const app of [first, second, first, second, first, second])
      statuses.push((await supertest(app.server).get('/v1/meetings').set('X-Api-Key', alpha)).status);
    expect(statuses).toEqual([200, 200, 200, 200, 429, 429]);
    // Failed authentications too.
    const strict = { REDIS_URL: inject('testRedisUrl'), REDIS_KEY_PREFIX: prefix(), AUTH_FAILURE_LIMIT: 2 };
    const [third, fourth] = [await appWith(strict), await appWith(strict)];
    await supertest(third.server).get('/v1/meetings').set('X-Api-Key', 'wrong-0000000000000000').expect(401);
    await supertest(fourth.server).get('/v1/meetings').set('X-Api-Key', 'wrong-0000000000000000').expect(401);
    await supertest(third.server).get('/v1/meetings').set('X-Api-Key', 'wrong-0000000000000000').expect(429);
  });

  for (const fault of ['cut', 'freeze'] as const)
    it(`when Redis is ${fault === 'cut' ? 'cut off' : 'frozen'}, requests go through (logged once) without RateLimit-* headers, and counting resumes when it is back`, async () => {
      const redisUrl = new URL(inject('testRedisUrl'));
      const proxy = await startTcpProxy(Number(redisUrl.port || 6379), redisUrl.hostname);
      proxies.push(proxy);
      let logs = '';
      const stream = new PassThrough();
      stream.on('data', (chunk: Buffer) => (logs += chunk.toString()));
      redisUrl.hostname = '127.0.0.1';
      redisUrl.port = String(proxy.port);
      const app = await appWith(
        { REDIS_URL: redisUrl.toString(), REDIS_KEY_PREFIX: prefix(), RATE_LIMIT_MAX: 3, AUTH_FAILURE_LIMIT: 1 },
        stream,
      );
      // Counted in Redis before the fault.
      await vi.waitFor(
        async () => expect((await supertest(app.server).get('/v1/meetings').expect(200)).headers['ratelimit-remaining']).toBe('1'),
        {
          timeout: 10_000,
          interval: 100,
        },
      );

      proxy[fault]();
      for (let i = 0; i < 3; i += 1) {
        const uncounted = await supertest(app.server).get('/v1/meetings').expect(200);
        // The count is not known: no header claims the whole budget is left.
        for (const name of ['ratelimit-limit', 'ratelimit-remaining', 'ratelimit-reset']) expect(uncounted.headers[name]).toBeUndefined();
        await supertest(app.server).get('/v1/meetings').set('X-Api-Key', 'wrong-0000000000000000').expect(401);
      }
      expect(logs.match(/Redis unavailable/g)).toHaveLength(1);
      proxy.restore();
      // Back: the rest of the budget is counted again.
      await vi.waitFor(async () => expect((await supertest(app.server).get('/v1/meetings')).status).toBe(429), {
        timeout: 20_000,
        interval: 300,
      });
      expect(logs).toContain('Redis recovered');
    });
});

describe('load shedding', () => {
  it('while the event loop lags past LOAD_SHED_EVENT_LOOP_DELAY_MS: 503 with Retry-After; served again once it recovers', async () => {
    const app = await appWith({ LOAD_SHED_EVENT_LOOP_DELAY_MS: 50, RETRY_AFTER_SECONDS: 4 });
    await supertest(app.server).get('/health/live').expect(200);
    // Keep the loop busy in 150 ms slices for 2.5 s: the sampler (every second) sees a lag of ~150 ms.
    const until = Date.now() + 2_500;
    while (Date.now() < until) {
      const slice = Date.now() + 150;
      while (Date.now() < slice);
      await new Promise((resolve) => setTimeout(resolve, 1));
    }
    const shed = await app.inject({ method: 'GET', url: '/v1/meetings' });
    expect(shed.statusCode).toBe(503);
    expect(shed.headers['retry-after']).toBe('4');
    expect(shed.headers['content-type']).toContain('application/problem+json');
    expect(shed.json()).toMatchObject({ code: 'service_unavailable', status: 503 });
    await vi.waitFor(async () => expect((await app.inject({ method: 'GET', url: '/v1/meetings' })).statusCode).toBe(200), {
      timeout: 30_000,
      interval: 500,
    });
  });
});
