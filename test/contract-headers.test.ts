import { readFileSync } from 'node:fs';
import supertest from 'supertest';
import { parse } from 'yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../src/config.js';
import { createTestContext, useTestContext, type TestContext } from './helpers/app.js';
import { meetingBody } from './helpers/factories.js';
import { recordPathValues } from './helpers/path-values.js';

// Every header an answer carries is one the contract declares for that operation and status, on every read of the
// API and the writes that answer with headers of their own: a generated SDK, a dashboard reading ETag or
// RateLimit-Remaining, must find in openapi.yaml what the server sends. Headers of HTTP itself (framing, dates,
// CORS, content coding) are left out.

type Operation = { operationId: string; responses: Record<string, { headers?: Record<string, unknown>; $ref?: string }> };
const contract = parse(readFileSync(new URL('../openapi.yaml', import.meta.url), 'utf8')) as {
  paths: Record<string, Record<string, Operation>>;
  components: { responses: Record<string, { headers?: Record<string, unknown> }> };
};
const http = new Set(['content-type', 'content-length', 'date', 'connection', 'keep-alive', 'transfer-encoding', 'content-encoding']);
const declared = (method: string, path: string, status: number): Set<string> => {
  const response = contract.paths[path]?.[method]?.responses[String(status)];
  const resolved = response?.$ref ? contract.components.responses[response.$ref.split('/').pop()!] : response;
  return new Set(Object.keys(resolved?.headers ?? {}).map((name) => name.toLowerCase()));
};

const ctx = useTestContext();
const api = () => supertest(ctx.app.server);
const ids: Record<string, string> = {};
beforeAll(async () => {
  await ctx.reset();
  Object.assign(ids, await recordPathValues(api, ctx.prisma));
});

const reads = Object.entries(contract.paths).flatMap(([path, item]) =>
  Object.keys(item)
    .filter((method) => method === 'get')
    .map((method) => [item[method]!.operationId, path, method] as const),
);

describe.each(reads)('%s', (_operation, path, method) => {
  it.each([
    ['JSON', {}],
    ['CSV', { accept: 'text/csv' }],
  ])('answers only with headers the contract declares (%s where it exports)', async (_label, headers) => {
    if (path === '/v1/changes/stream') return; // an endless stream; its headers: changes.test.ts
    const url = path.replace(/\{(\w+)\}/g, (_m, name: string) => ids[name] ?? name) + (path === '/v1/search' ? '?q=Tashkent' : '');
    const response = await api()[method as 'get'](url).set(headers);
    if (response.status === 406) return; // not an export
    const allowed = declared(method, path, response.status);
    const undeclared = Object.keys(response.headers).filter((name) => !http.has(name) && !allowed.has(name));
    expect(undeclared, `${response.status} ${url}`).toEqual([]);
  });

  // A read that fails after it has set its validators (a stale If-Match, a malformed If-None-Match or query) answers a
  // problem without them: no ETag, Link or Cache-Control a cache would store the problem under (new-user trial 101),
  // and a 304 with only what the contract declares for it.
  it.each([
    ['a stale If-Match (412)', { 'if-match': '"x"' }, ''],
    ['a malformed If-None-Match (400)', { 'if-none-match': 'v3' }, ''],
    ['a query member it does not know (400)', {}, 'no_such_member=1'],
    ['its own ETag again (304)', 'etag', ''],
  ] as const)('%s: only headers the contract declares', async (_label, headers, query) => {
    if (path === '/v1/changes/stream' || !path.startsWith('/v1/')) return;
    const base = path.replace(/\{(\w+)\}/g, (_m, name: string) => ids[name] ?? name);
    const params = [path === '/v1/search' ? 'q=Tashkent' : '', query].filter(Boolean).join('&');
    const url = params ? `${base}?${params}` : base;
    let sent: Record<string, string> = headers === 'etag' ? {} : { ...headers };
    if (headers === 'etag') {
      const first = await api()[method as 'get'](url);
      if (!first.headers.etag) return; // a read that sends no ETag (a stream) has no 304 to give
      sent = { 'if-none-match': first.headers.etag };
    }
    const response = await api()[method as 'get'](url).set(sent);
    expect(response.status, `${url} ${response.text}`).toBeGreaterThanOrEqual(300);
    const allowed = declared(method, path, response.status);
    expect(allowed.size + (response.status >= 400 ? 1 : 0), `${response.status} is declared for ${method} ${path}`).toBeGreaterThan(0);
    const undeclared = Object.keys(response.headers).filter((name) => !http.has(name) && !allowed.has(name));
    expect(undeclared, `${response.status} ${url}`).toEqual([]);
    if (response.status >= 400)
      expect(Object.keys(response.headers).filter((name) => ['etag', 'link', 'cache-control'].includes(name))).toEqual([]);
  });
});

describe('writes and problems', () => {
  const ok = (method: string, path: string, send: () => supertest.Test) => [`${method.toUpperCase()} ${path}`, method, path, send] as const;
  it.each([
    ok('post', '/v1/meetings', () =>
      api()
        .post('/v1/meetings')
        .set('idempotency-key', 'headers-1')
        .send(meetingBody({ title: 'Headers' })),
    ),
    ok('post', '/v1/meetings', () =>
      api()
        .post('/v1/meetings')
        .set('idempotency-key', 'headers-1')
        .send(meetingBody({ title: 'Headers' })),
    ),
    ok('patch', '/v1/meetings/{meetingId}', () =>
      api().patch(`/v1/meetings/${ids.meetingId}`).set('content-type', 'application/merge-patch+json').send({ summary: 'Edited.' }),
    ),
    ok('post', '/v1/meetings/{meetingId}/statements', () =>
      api().post(`/v1/meetings/${ids.meetingId}/statements`).send({ kind: 'joint', text: 'Both sides agreed.' }),
    ),
    ok('post', '/v1/people', () => api().post('/v1/people').send({ name: 'Header Person' })),
    ok('post', '/v1/documents', () =>
      api().post('/v1/documents').send({ text: 'Foreign Minister Ana Silva met Foreign Minister Kenji Mori in Lisbon on 3 May 2024.' }),
    ),
    ok('post', '/v1/documents/{documentId}/commit', () => api().post(`/v1/documents/${ids.documentId}/commit`).send({})),
    // Problems: a malformed query, no such record, a stale If-Match, a body that does not fit.
    ok('get', '/v1/meetings', () => api().get('/v1/meetings?limit=0')),
    ok('get', '/v1/meetings/{meetingId}', () => api().get('/v1/meetings/0190f3c4-0000-7000-8000-000000000000')),
    ok('patch', '/v1/people/{personId}', () =>
      api()
        .patch(`/v1/people/${ids.personId}`)
        .set('content-type', 'application/merge-patch+json')
        .set('if-match', '"v999"')
        .send({ name: 'X' }),
    ),
    ok('post', '/v1/meetings', () => api().post('/v1/meetings').send({ title: 'x' })),
    // A bulk create (NDJSON), a content coding the server does not decode, an Accept a list cannot meet.
    ok('post', '/v1/meetings', () =>
      api()
        .post('/v1/meetings')
        .set('content-type', 'application/x-ndjson')
        .send(`${JSON.stringify(meetingBody({ title: 'Bulk headers' }))}\n`),
    ),
    ok('post', '/v1/people', () =>
      api().post('/v1/people').set('content-type', 'application/json').set('content-encoding', 'zstd').send('{}'),
    ),
    ok('get', '/v1/meetings', () => api().get('/v1/meetings').set('accept', 'application/xml')),
    // A body of a media type or size the operation does not take, on operations that read no body of that kind
    // (new-user trial 101: POST /v1/keys answered 415 and 413, neither declared).
    ok('patch', '/v1/people/{personId}', () => api().patch(`/v1/people/${ids.personId}`).set('content-type', 'text/xml').send('<name/>')),
    ok('post', '/v1/documents/{documentId}/commit', () =>
      api().post(`/v1/documents/${ids.documentId}/commit`).set('content-type', 'text/xml').send('<draft/>'),
    ),
    ok('delete', '/v1/meetings/{meetingId}', () => api().delete(`/v1/meetings/${ids.meetingId}`)),
  ])(
    '%s answers only with headers the contract declares, and with the ETag and Location it declares',
    async (_label, method, path, send) => {
      const response = await send();
      const allowed = declared(method, path, response.status);
      expect(allowed.size, `${response.status} is declared`).toBeGreaterThan(0);
      const undeclared = Object.keys(response.headers).filter((name) => !http.has(name) && !allowed.has(name));
      expect(undeclared, `${response.status} ${method} ${path}`).toEqual([]);
      // What a client builds on (If-Match with the ETag, following Location) is sent whenever it is declared.
      const promised = ['etag', 'location'].filter((name) => allowed.has(name) && response.status < 300);
      expect(
        promised.filter((name) => response.headers[name] === undefined),
        `${response.status} ${method} ${path}`,
      ).toEqual([]);
    },
  );
});

describe("an admin's request to the keys with a body the operation does not take", () => {
  const admin = 'contract-admin-key-0123456789abcdef';
  let keys: TestContext;
  beforeAll(async () => {
    keys = await createTestContext({ API_KEYS: loadConfig({ API_KEYS: `ops:${admin}` }).API_KEYS });
  });
  afterAll(async () => keys?.close());

  // New-user trial 101: POST /v1/keys answered 415 and 413, neither declared for it.
  it.each([
    ['text/plain', 'text/plain', 'a key please', 415],
    ['5 MiB of JSON', 'application/json', JSON.stringify({ name: 'x'.repeat(5 * 1024 * 1024) }), 413],
  ] as const)('%s: the status and its headers are declared', async (_label, type, body, status) => {
    const response = await supertest(keys.app.server)
      .post('/v1/keys')
      .set('authorization', `Bearer ${admin}`)
      .set('content-type', type)
      .send(body);
    expect(response.status, response.text).toBe(status);
    const allowed = declared('post', '/v1/keys', status);
    expect(allowed.size).toBeGreaterThan(0);
    expect(Object.keys(response.headers).filter((name) => !http.has(name) && !allowed.has(name))).toEqual([]);
  });
});
