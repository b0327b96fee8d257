import http from 'node:http';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { buildApp } from '../src/app.js';
import { listMigrationNames } from '../src/db/schema-engine.js';
import { bodyRoutes, type BodyRoute } from '../src/http/expect-continue.js';
import { createTestContext, testConfig, type TestContext } from './helpers/app.js';

// Two Content-Type fields, on every route that takes a body: which one the body is in is unknown, so the request is a
// 400 naming the header, as a second Authorization or Idempotency-Key is — not a body read in the first one (new-user
// trial 144 F5: POST /v1/people with application/json and text/plain created the person). Nothing is stored.

let ctx: TestContext;
let app: FastifyInstance;
let port: number;

beforeAll(async () => {
  ctx = await createTestContext();
  await ctx.reset();
  app = await buildApp(testConfig, { prisma: ctx.prisma, expectedMigrations: await listMigrationNames() });
  port = Number(new URL(await app.listen({ host: '127.0.0.1', port: 0 })).port);
});
afterAll(async () => {
  await app?.close();
  await ctx?.close();
});

const urlOf = (route: BodyRoute) => route.url.replace(/:[^/]+/g, '0190a4b4-2d4f-7c4e-8a4e-0e6d1a0b7f3c');

function send(route: BodyRoute, types: string[]): Promise<{ status: number; body: string }> {
  const body = route.constraints.bodyType === 'ndjson' ? '{"name":"Twice Sent"}\n' : '{"name":"Twice Sent"}';
  const headers = [
    'Host',
    'localhost',
    ...types.flatMap((type) => ['Content-Type', type]),
    'Content-Length',
    String(Buffer.byteLength(body)),
  ];
  return new Promise((resolve, reject) => {
    const request = http.request({ host: '127.0.0.1', port, method: route.method, path: urlOf(route), headers }, (response) => {
      let text = '';
      response.setEncoding('utf8');
      response.on('data', (chunk: string) => (text += chunk));
      response.on('end', () => resolve({ status: response.statusCode ?? 0, body: text }));
    });
    request.on('error', reject);
    request.end(body);
  });
}

it('is a 400 at the header on every route that takes a body, and stores nothing', async () => {
  const routes = bodyRoutes(app);
  expect(routes.length).toBeGreaterThan(10);
  for (const route of routes) {
    const mediaType = route.constraints.bodyType === 'ndjson' ? 'application/x-ndjson' : 'application/json';
    const answer = await send(route, [mediaType, 'text/plain']);
    // The keys need an admin key first: whoever sends none is told that, whatever else is wrong.
    if (route.url.startsWith('/v1/keys')) {
      expect(answer.status, `${route.method} ${route.url}`).toBe(401);
      continue;
    }
    expect(answer.status, `${route.method} ${route.url}: ${answer.body}`).toBe(400);
    expect(JSON.parse(answer.body), `${route.method} ${route.url}`).toMatchObject({
      code: 'bad_request',
      errors: [{ in: 'header', pointer: '/content-type', message: 'Content-Type was sent 2 times; send it once.' }],
    });
  }
  expect(await ctx.prisma.person.count()).toBe(0);
  expect(await ctx.prisma.meeting.count()).toBe(0);
  expect(await ctx.prisma.sourceDocument.count()).toBe(0);
});

it('one Content-Type is read as before', async () => {
  const people = bodyRoutes(app).find((route) => route.method === 'POST' && route.url === '/v1/people')!;
  expect((await send(people, ['application/json'])).status).toBe(201);
});
