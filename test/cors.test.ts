import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { buildApp } from '../src/app.js';
import { loadConfig } from '../src/config.js';
import { listMigrationNames } from '../src/db/schema-engine.js';
import { createTestContext, testConfig, type TestContext } from './helpers/app.js';

let ctx: TestContext;
let app: FastifyInstance;
beforeAll(async () => {
  ctx = await createTestContext();
  const { CORS_ORIGINS } = loadConfig({ CORS_ORIGINS: 'https://dashboard.example.org' });
  app = await buildApp({ ...testConfig, CORS_ORIGINS }, { prisma: ctx.prisma, expectedMigrations: await listMigrationNames() });
});
afterAll(async () => {
  await app.close();
  await ctx.close();
});

describe('CORS (CORS_ORIGINS set)', () => {
  it('answers a preflight from an allowed origin, allowing the conditional and idempotency headers', async () => {
    const response = await app.inject({
      method: 'OPTIONS',
      url: '/v1/meetings',
      headers: {
        origin: 'https://dashboard.example.org',
        'access-control-request-method': 'PATCH',
        'access-control-request-headers': 'if-match',
      },
    });
    expect(response.statusCode).toBe(204);
    expect(response.headers['access-control-allow-origin']).toBe('https://dashboard.example.org');
    expect(String(response.headers['access-control-allow-headers'])).toContain('If-Match');
    expect(response.headers.allow).toBe('GET, HEAD, POST, OPTIONS');
  });

  it('answers OPTIONS on a record with its methods, preflight or not', async () => {
    const preflight = await app.inject({
      method: 'OPTIONS',
      url: '/v1/people/01900000-0000-7000-8000-000000000000',
      headers: { origin: 'https://dashboard.example.org', 'access-control-request-method': 'DELETE' },
    });
    expect(preflight.statusCode).toBe(204);
    expect(preflight.headers.allow).toBe('GET, HEAD, PATCH, DELETE, OPTIONS');
    const plain = await app.inject({ method: 'OPTIONS', url: '/v1/people/01900000-0000-7000-8000-000000000000' });
    expect([plain.statusCode, plain.headers.allow]).toEqual([204, 'GET, HEAD, PATCH, DELETE, OPTIONS']);
  });

  it('exposes ETag, Link and the request id to browser code', async () => {
    const response = await app.inject({ method: 'GET', url: '/v1/meetings', headers: { origin: 'https://dashboard.example.org' } });
    expect(response.headers['access-control-allow-origin']).toBe('https://dashboard.example.org');
    expect(String(response.headers['access-control-expose-headers'])).toMatch(/ETag.*Link.*X-Request-Id/);
  });

  it('does not allow other origins', async () => {
    const response = await app.inject({ method: 'GET', url: '/v1/meetings', headers: { origin: 'https://evil.example' } });
    expect(response.headers['access-control-allow-origin']).toBeUndefined();
  });

  it('is off by default, and the setting is validated', async () => {
    const response = await ctx.app.inject({ method: 'GET', url: '/v1/meetings', headers: { origin: 'https://dashboard.example.org' } });
    expect(response.headers['access-control-allow-origin']).toBeUndefined();
    expect(() => loadConfig({ CORS_ORIGINS: 'not a url' })).toThrow(/CORS_ORIGINS/);
    expect(loadConfig({ CORS_ORIGINS: '*' }).CORS_ORIGINS).toEqual(['*']);
  });
});
