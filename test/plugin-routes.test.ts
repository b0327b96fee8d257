import { PassThrough } from 'node:stream';
import type { FastifyInstance } from 'fastify';
import supertest from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../src/app.js';
import { listMigrationNames } from '../src/db/schema-engine.js';
import { createTestContext, testConfig, type TestContext } from './helpers/app.js';

// Every read outside /v1 — the documentation (swagger-ui's routes, whose handlers send and return nothing), the
// contract, the probes and the metrics — answers without an error logged under it and without a 5xx counted (new-user
// trial 144 F4: GET /docs/json answered 200 while a second send logged a 500 and /metrics counted a 5xx). GET and HEAD.

let ctx: TestContext;
let app: FastifyInstance;
let logs = '';

beforeAll(async () => {
  ctx = await createTestContext();
  const logStream = new PassThrough();
  logStream.on('data', (chunk: Buffer) => (logs += chunk.toString()));
  app = await buildApp(
    { ...testConfig, LOG_LEVEL: 'info' },
    { prisma: ctx.prisma, expectedMigrations: await listMigrationNames(), logStream },
  );
  await app.ready();
});
afterAll(async () => {
  await app?.close();
  await ctx?.close();
});

// Every GET route's full path, from Fastify's tree of routes (each level indented four characters under its parent).
const reads = () => {
  const paths: string[] = [];
  const stack: string[] = [];
  for (const line of app.printRoutes({ commonPrefix: false }).split('\n')) {
    const match = /^((?:[│ ] {3})*)[├└]── (\S+) \((.*)\)$/u.exec(line);
    if (!match) continue;
    const depth = match[1]!.length / 4;
    stack[depth] = (stack[depth - 1] ?? '') + match[2]!;
    stack.length = depth + 1;
    if (match[3]!.includes('GET')) paths.push(stack[depth]);
  }
  return paths.filter((path) => !path.startsWith('/v1/') && !path.includes(':') && !path.includes('*'));
};

describe('reads outside /v1', () => {
  it('include the documentation, the contract, the probes and the metrics', () => {
    expect(reads()).toEqual(expect.arrayContaining(['/docs', '/docs/json', '/docs/yaml', '/openapi.json', '/health/live', '/metrics']));
  });

  it.each(['GET', 'HEAD'] as const)('%s: each answers below 500, with nothing logged at error level', async (method) => {
    for (const path of reads()) {
      logs = '';
      const response = method === 'GET' ? await supertest(app.server).get(path) : await supertest(app.server).head(path);
      expect(response.status, `${method} ${path}`).toBeLessThan(500);
      // The log lines arrive after the answer; the request's own completion line is the last.
      await expect.poll(() => logs.includes('"msg":"request completed"'), { timeout: 5_000 }).toBe(true);
      const lines = logs
        .trim()
        .split('\n')
        .map((line) => JSON.parse(line) as { level: number; res?: { statusCode: number } });
      expect(
        lines.filter((line) => line.level >= 50),
        `${method} ${path}: ${logs}`,
      ).toEqual([]);
      expect(
        lines.filter((line) => (line.res?.statusCode ?? 0) >= 500),
        `${method} ${path}`,
      ).toEqual([]);
    }
    const metrics = await supertest(app.server).get('/metrics').expect(200);
    expect(metrics.text).not.toMatch(/route="\/docs[^"]*",status_class="5xx"/);
  });
});
