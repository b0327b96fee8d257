import { readFileSync } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import supertest from 'supertest';
import { parse } from 'yaml';
import { beforeAll, describe, expect, it } from 'vitest';
import { useTestContext } from './helpers/app.js';
import { recordPathValues } from './helpers/path-values.js';

// RFC 9110 §13: every read of the API can be revalidated and honours its preconditions — records and stats with the
// ETags they have always had, lists, search, the tables, timelines and positions with a weak tag digested from the body
// (http/representation-tag.ts; a new user's If-None-Match: * and If-Match: "x" on /v1/meetings got 200). Each GET of
// the contract that declares a 304, as JSON, and every export as a stream (no body to digest, so no tag).

type Operation = { operationId: string; responses: Record<string, unknown> };
const contract = parse(readFileSync(new URL('../openapi.yaml', import.meta.url), 'utf8')) as {
  paths: Record<string, Record<string, Operation>>;
};
const ctx = useTestContext();
const api = () => supertest(ctx.app.server);
const ids: Record<string, string> = {};
beforeAll(async () => {
  await ctx.reset();
  Object.assign(ids, await recordPathValues(api, ctx.prisma));
});

const reads = Object.entries(contract.paths)
  // The keys' list needs an admin key (keys.test.ts has its own); the event stream is a stream (below).
  .filter(([path, item]) => item.get && '304' in item.get.responses && path !== '/v1/keys' && path !== '/v1/changes/stream')
  .map(([path, item]) => [item.get!.operationId, path] as const);
const urlOf = (path: string) =>
  path.replace(/\{(\w+)\}/g, (_m, name: string) => ids[name] ?? name) + (path === '/v1/search' ? '?q=Tashkent' : '');

describe('every read declares revalidation, but the probes', () => {
  it('covers the lists, the tables, search, timelines and positions', () => {
    const paths = reads.map(([, path]) => path);
    for (const path of [
      '/v1/meetings',
      '/v1/people',
      '/v1/initiatives',
      '/v1/documents',
      '/v1/participants',
      '/v1/statements',
      '/v1/meeting-initiatives',
      '/v1/search',
      '/v1/changes',
      '/v1/people/{personId}/positions',
      '/v1/initiatives/{initiativeKey}/timeline',
      '/v1/meetings/{meetingId}/history',
    ])
      expect(paths).toContain(path);
    expect('304' in contract.paths['/v1/changes/stream']!.get!.responses).toBe(true);
    expect(paths.filter((path) => path.startsWith('/health'))).toEqual([]);
  });
});

describe.each(reads)('%s', (_operation, path) => {
  it('sends an ETag, and answers 304 to If-None-Match naming it or *', async () => {
    const first = await api().get(urlOf(path)).expect(200);
    const etag = first.headers.etag as string;
    expect(etag).toMatch(/^(?:W\/)?"[^"]+"$/);
    const again = await api().get(urlOf(path)).set('if-none-match', etag).expect(304);
    expect(again.headers.etag).toBe(etag);
    expect(again.text ?? '').toBe('');
    await api().get(urlOf(path)).set('if-none-match', '*').expect(304);
    await api().get(urlOf(path)).set('if-none-match', '"some-other-tag"').expect(200);
  });

  // New-user trial 144 F1: HEAD with If-None-Match on a list was a 500 (Fastify's HEAD route took the 304's null body
  // for a stream).
  it('HEAD revalidates as GET does: 304 to If-None-Match naming the tag or *, 412 to If-Match with another', async () => {
    const first = await api().head(urlOf(path)).expect(200);
    const etag = first.headers.etag as string;
    expect(etag).toMatch(/^(?:W\/)?"[^"]+"$/);
    const again = await api().head(urlOf(path)).set('if-none-match', etag).expect(304);
    expect(again.headers.etag).toBe(etag);
    await api().head(urlOf(path)).set('if-none-match', '*').expect(304);
    await api().head(urlOf(path)).set('if-none-match', '"some-other-tag"').expect(200);
    await api().head(urlOf(path)).set('if-match', '"some-other-tag"').expect(412);
  });

  it('answers 412 to If-Match naming a tag it does not have, and 200 to If-Match: *', async () => {
    const refused = await api().get(urlOf(path)).set('if-match', '"some-other-tag"').expect(412);
    expect(refused.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(refused.body).toMatchObject({ status: 412, code: 'precondition_failed' });
    await api().get(urlOf(path)).set('if-match', '*').expect(200);
  });
});

const exports = reads.filter(([, path]) => {
  const operation = contract.paths[path]!.get!;
  const ok = operation.responses['200'] as { content?: Record<string, unknown> };
  return ok.content?.['text/csv'] !== undefined;
});

describe.each(exports)('%s as a CSV export', (_operation, path) => {
  const csv = () => `${urlOf(path)}${path === '/v1/search' ? '&' : '?'}format=csv`;
  it('streams without a tag; If-Match with a tag is 412, If-None-Match: * is 304, another tag streams', async () => {
    const streamed = await api().get(csv()).expect(200);
    expect(streamed.headers.etag).toBeUndefined();
    await api().get(csv()).set('if-match', '"some-other-tag"').expect(412);
    await api().get(csv()).set('if-none-match', '*').expect(304);
    await api().get(csv()).set('if-none-match', '"some-other-tag"').expect(200);
    await api().head(csv()).set('if-none-match', '*').expect(304);
    await api().head(csv()).set('if-match', '"some-other-tag"').expect(412);
    // The connection an export released is there for the next one.
    await api().get(csv()).expect(200);
  });
});

// New-user trial 121: the event stream answered 200 and streamed to If-Match: "x" and to If-None-Match: *.
describe('the event stream', () => {
  /** The status of GET (or HEAD) /v1/changes/stream with these headers; a stream that opens is closed at once. */
  const statusOf = async (headers: Record<string, string>, method = 'GET') => {
    if (!ctx.app.server.listening) await ctx.app.listen({ host: '127.0.0.1', port: 0 });
    return new Promise<number>((resolve, reject) => {
      const { port } = ctx.app.server.address() as AddressInfo;
      const request = http.request({ host: '127.0.0.1', port, path: '/v1/changes/stream', method, headers }, (response) => {
        resolve(response.statusCode ?? 0);
        request.destroy();
      });
      request.on('error', (error) => (request.destroyed ? undefined : reject(error)));
      request.end();
    });
  };

  it.each([
    ['If-Match naming a tag', { 'if-match': '"some-other-tag"' }, 412],
    ['If-Match: *', { 'if-match': '*' }, 200],
    ['If-None-Match: *', { 'if-none-match': '*' }, 304],
    ['If-None-Match naming a tag', { 'if-none-match': '"some-other-tag"' }, 200],
  ])('%s → %i, before the stream opens (GET and HEAD)', async (_case, headers, status) => {
    expect(await statusOf(headers)).toBe(status);
    expect(await statusOf(headers, 'HEAD')).toBe(status);
  });

  it('says why in a problem, at the header', async () => {
    const refused = await api().get('/v1/changes/stream').set('if-match', '"x"').expect(412);
    expect(refused.body).toMatchObject({ code: 'precondition_failed', errors: [{ in: 'header', pointer: '/if-match' }] });
  });
});

describe('the tag follows the body', () => {
  it('a write changes the list page’s tag; the same request keeps it', async () => {
    const before = (await api().get('/v1/people').expect(200)).headers.etag as string;
    expect((await api().get('/v1/people').expect(200)).headers.etag).toBe(before);
    await api().post('/v1/people').send({ name: 'Revalidated Person' }).expect(201);
    const after = (await api().get('/v1/people').expect(200)).headers.etag as string;
    expect(after).not.toBe(before);
    await api().get('/v1/people').set('if-none-match', before).expect(200);
  });
});
