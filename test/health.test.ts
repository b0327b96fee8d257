import { describe, expect, it } from 'vitest';
import supertest from 'supertest';
import { buildApp } from '../src/app.js';
import { createPrisma } from '../src/db/prisma.js';
import { testConfig, useTestContext } from './helpers/app.js';

const ctx = useTestContext();

describe('health', () => {
  it('live answers 200 without touching the database', async () => {
    const response = await supertest(ctx.app.server).get('/health/live').expect(200);
    expect(response.body).toEqual({ status: 'ok' });
  });

  it('ready answers 200 with the number of applied migrations and the primary (no standbys configured)', async () => {
    const response = await supertest(ctx.app.server).get('/health/ready').expect(200);
    expect(response.body).toEqual({
      status: 'ok',
      migrations: expect.any(Number),
      databases: [{ name: 'primary', role: 'primary', reachable: true, lagMs: 0, inUse: true }],
    });
    expect(response.body.migrations).toBeGreaterThanOrEqual(2);
  });

  it('ready answers 503 problem+json when a shipped migration is not applied', async () => {
    const app = await buildApp(testConfig, { prisma: ctx.prisma, expectedMigrations: ['20990101000000_from_the_future'] });
    const response = await app.inject({ method: 'GET', url: '/health/ready' });
    await app.close();
    expect(response.statusCode).toBe(503);
    expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(response.json()).toMatchObject({ status: 503, code: 'service_unavailable', detail: expect.stringContaining('from_the_future') });
    // Every 503 says when to come back, not only the database's.
    expect(response.headers['retry-after']).toBe(String(testConfig.RETRY_AFTER_SECONDS ?? 2));
  });

  it('ready answers 503 problem+json when the database does not answer', async () => {
    const unreachable = createPrisma('postgresql://postgres@127.0.0.1:1/nowhere', 1);
    const app = await buildApp(testConfig, { prisma: unreachable, expectedMigrations: [] });
    const response = await app.inject({ method: 'GET', url: '/health/ready' });
    await app.close();
    await unreachable.$disconnect();
    expect(response.statusCode).toBe(503);
    expect(response.headers['retry-after']).toBe('2');
    expect(response.json()).toMatchObject({ code: 'service_unavailable', detail: expect.stringContaining('database') });
    expect(JSON.stringify(response.json())).not.toMatch(/ECONNREFUSED|127\.0\.0\.1/);
  });
});
