import { readFileSync } from 'node:fs';
import { randomBytes, randomUUID } from 'node:crypto';
import pg from 'pg';
import supertest from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import type { FastifyInstance } from 'fastify';
import { buildApp } from '../src/app.js';
import { createPrisma, type Db } from '../src/db/prisma.js';
import { listMigrationNames } from '../src/db/schema-engine.js';
import { databaseUrl, dropDatabase, serverUrl } from './helpers/db.js';
import { testConfig } from './helpers/app.js';
import { meetingBody } from './helpers/factories.js';

// A database no migration was applied to (a deploy whose instances start before `npm run db:migrate`, with
// MIGRATE_ON_START=false): every operation of the contract answers 503 with Retry-After and says the schema is not
// migrated — never a 500 — and readiness names the migrations that are missing rather than an unreachable database.

interface Operation {
  operationId: string;
  method: 'get' | 'post' | 'patch' | 'put' | 'delete';
  path: string;
}
const openapi = parse(readFileSync(new URL('../openapi.yaml', import.meta.url), 'utf8')) as {
  paths: Record<string, Record<string, { operationId: string }>>;
};
const operations: Operation[] = Object.entries(openapi.paths).flatMap(([path, item]) =>
  Object.entries(item)
    .filter(([method]) => ['get', 'post', 'patch', 'put', 'delete'].includes(method))
    .map(([method, op]) => ({ operationId: op.operationId, method: method as Operation['method'], path })),
);

// Bodies that pass validation, so that the request reaches the database.
const bodies: Record<string, unknown> = {
  createMeeting: meetingBody(),
  createPerson: { name: 'Ana Silva', countryCode: 'PT' },
  createInitiative: { slug: 'unmigrated-initiative', name: 'Unmigrated initiative' },
  createDocument: { text: 'Foreign Minister Ana Silva met Foreign Minister Kenji Mori in Lisbon on 3 May 2024.' },
};

let name: string;
let prisma: Db;
let app: FastifyInstance;
const api = () => supertest(app.server);

beforeAll(async () => {
  name = `dm_unmigrated_${Date.now()}_${randomBytes(3).toString('hex')}`;
  const admin = new pg.Client({ connectionString: serverUrl() });
  await admin.connect();
  await admin.query(`CREATE DATABASE "${name}"`);
  await admin.end();
  prisma = createPrisma(databaseUrl(name), 3);
  app = await buildApp(testConfig, { prisma, expectedMigrations: await listMigrationNames(), changesUrl: databaseUrl(name) });
  await app.ready();
});
afterAll(async () => {
  await app?.close();
  await prisma?.$disconnect();
  await dropDatabase(name);
});

describe('a database no migration was applied to', () => {
  it('readiness is 503 and names the migrations that are missing', async () => {
    const response = await api().get('/health/ready').expect(503);
    expect(response.headers['retry-after']).toBeDefined();
    expect(response.body.detail).toMatch(/^Migrations not applied: /);
    for (const migration of await listMigrationNames()) expect(response.body.detail).toContain(migration);
  });

  // Server-Sent Events stay open by design; liveness does not read the database.
  const reading = operations.filter((op) => !op.path.endsWith('/stream') && op.path !== '/health/live' && op.path !== '/health/ready');
  it.each(reading.map((op) => [op.operationId, op] as const))('%s answers 503, not 500', async (_id, op) => {
    const path = op.path
      .replace('{initiativeKey}', 'g20')
      .replace('{code}', 'KZ')
      .replace(/\{[A-Za-z]+\}/g, () => randomUUID());
    const request = api()[op.method](path).set('content-type', 'application/json');
    const response = await (op.method === 'get' || op.method === 'delete' ? request : request.send(bodies[op.operationId] ?? {}));
    expect(response.status, `${op.method.toUpperCase()} ${path}: ${JSON.stringify(response.body)}`).not.toBe(500);
    // A request refused before it reads anything (a body that does not validate, a precondition it lacks) may be a
    // 4xx; one that reaches the database is the 503 that says why.
    if (response.status >= 500) {
      expect(response.status).toBe(503);
      expect(response.headers['retry-after']).toBeDefined();
      expect(response.body.detail).toMatch(/not migrated/);
    }
  });

  it('the list, create and document routes of the trial each reach the database and answer 503', async () => {
    for (const [method, path, body] of [
      ['get', '/v1/meetings', undefined],
      ['post', '/v1/people', bodies.createPerson],
      ['post', '/v1/documents', bodies.createDocument],
      ['post', '/v1/meetings', bodies.createMeeting],
    ] as const) {
      const request = api()[method](path);
      const response = await (body ? request.send(body) : request);
      expect(response.status, `${method} ${path}`).toBe(503);
      expect(response.body.detail).toMatch(/not migrated/);
    }
  });
});
