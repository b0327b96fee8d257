import { afterAll, describe, expect, it } from 'vitest';
import supertest from 'supertest';
import type { FastifyInstance } from 'fastify';
import { buildApp } from '../src/app.js';
import { loadConfig } from '../src/config.js';
import { listMigrationNames } from '../src/db/schema-engine.js';
import { testConfig, useTestContext } from './helpers/app.js';
import { parsePrometheusText, valueOf } from './support/prometheus-text.js';

// GET /metrics: Prometheus' text format, routes by pattern, status classes, pools, rate-limit rejections; open to
// all like the health probes (no key, no rate limit).

const ctx = useTestContext();
const apps: FastifyInstance[] = [];
afterAll(async () => {
  for (const app of apps) await app.close();
});

async function scrape(app: FastifyInstance) {
  const response = await supertest(app.server).get('/metrics').expect(200);
  expect(response.headers['content-type']).toMatch(/^text\/plain; version=0\.0\.4/);
  return parsePrometheusText(response.text);
}

describe('GET /metrics', () => {
  it('counts requests by method, route pattern and status class, with a latency histogram per route', async () => {
    const api = supertest(ctx.app.server);
    await api.get('/v1/meetings').expect(200);
    await api.get('/v1/meetings').expect(200);
    await api.get('/v1/meetings/0190a1b2-0000-7000-8000-000000000001').expect(404);
    await api.get('/v1/no-such-route').expect(404);
    const samples = await scrape(ctx.app);
    expect(valueOf(samples, 'dm_api_http_requests_total', { method: 'GET', route: '/v1/meetings', status_class: '2xx' })).toBe(2);
    const byId = { method: 'GET', route: '/v1/meetings/:meetingId', status_class: '4xx' };
    expect(valueOf(samples, 'dm_api_http_requests_total', byId)).toBe(1);
    expect(valueOf(samples, 'dm_api_http_requests_total', { route: 'unmatched', status_class: '4xx' })).toBe(1);
    expect(valueOf(samples, 'dm_api_http_request_duration_seconds_count', byId)).toBe(1);
    expect(valueOf(samples, 'dm_api_http_request_duration_seconds_bucket', { ...byId, le: '+Inf' })).toBe(1);
    // Raw URLs never become labels.
    expect(samples.some((sample) => Object.values(sample.labels).some((value) => value.includes('0190a1b2')))).toBe(false);
    expect(samples.some((sample) => sample.labels.route === '/metrics')).toBe(false);
  });

  it('shows the primary pool and the reads routed to it, and Node process metrics', async () => {
    const samples = await scrape(ctx.app);
    expect(valueOf(samples, 'dm_api_db_pool_connections', { database: 'primary', state: 'total' })).toBeGreaterThanOrEqual(0);
    expect(valueOf(samples, 'dm_api_db_pool_connections', { database: 'primary', state: 'waiting' })).toBe(0);
    expect(valueOf(samples, 'dm_api_db_pool_acquires_total', { database: 'primary' })).toBeGreaterThan(0);
    expect(valueOf(samples, 'dm_api_db_read_requests_total', { database: 'primary' })).toBeGreaterThan(0);
    expect(valueOf(samples, 'dm_api_process_cpu_seconds_total')).toBeGreaterThan(0);
  });

  it('counts rate-limit rejections, and is itself neither rate-limited nor behind a key', async () => {
    const { API_KEYS } = loadConfig({ API_KEYS: 'ops:ops-key-0123456789abcdef' });
    const app = await buildApp(
      { ...testConfig, API_KEYS, REQUIRE_KEY_FOR_READS: true, RATE_LIMIT_MAX: 2, REDIS_KEY_PREFIX: `metrics-${Date.now()}:` },
      { prisma: ctx.prisma, expectedMigrations: await listMigrationNames() },
    );
    apps.push(app);
    await app.ready();
    const api = supertest(app.server);
    const key = 'ops-key-0123456789abcdef';
    await api.get('/v1/meetings').expect(401);
    await api.get('/v1/meetings').set('X-Api-Key', key).expect(200);
    await api.get('/v1/meetings').set('X-Api-Key', key).expect(200);
    await api.get('/v1/meetings').set('X-Api-Key', key).expect(429);
    await api.get('/v1/meetings').set('X-Api-Key', key).expect(429);
    for (let i = 0; i < 3; i += 1) await api.get('/metrics').expect(200);
    const samples = await scrape(app);
    expect(valueOf(samples, 'dm_api_rate_limit_rejections_total')).toBe(2);
    expect(valueOf(samples, 'dm_api_http_requests_total', { route: '/v1/meetings', status_class: '4xx' })).toBe(3);
  });
});
