import { readFileSync } from 'node:fs';
import supertest from 'supertest';
import { parse } from 'yaml';
import { beforeAll, describe, expect, it } from 'vitest';
import { useTestContext } from './helpers/app.js';
import { recordPathValues } from './helpers/path-values.js';

// Every read answers 406 problem+json when Accept allows none of the media types it answers in, and serves what Accept
// allows otherwise (quality values, wildcards). Lists negotiate JSON, CSV and NDJSON themselves (export.test.ts).

const contract = parse(readFileSync(new URL('../openapi.yaml', import.meta.url), 'utf8')) as {
  paths: Record<string, Record<string, { responses: Record<string, { content?: Record<string, unknown> }> }>>;
};
const ctx = useTestContext();
const api = () => supertest(ctx.app.server);
const ids: Record<string, string> = {};
beforeAll(async () => {
  await ctx.reset();
  Object.assign(ids, await recordPathValues(api, ctx.prisma));
});

const reads = Object.entries(contract.paths)
  // /v1/keys needs an admin key first (keys.test.ts).
  .filter(([path, item]) => path.startsWith('/v1/') && item.get && path !== '/v1/changes/stream' && path !== '/v1/keys')
  .map(([path, item]) => [path, Object.keys(item.get!.responses['200']?.content ?? {})] as const);
const urlOf = (path: string) =>
  path.replace(/\{(\w+)\}/g, (_m, name: string) => ids[name] ?? name) + (path === '/v1/search' ? '?q=Tashkent' : '');

describe.each(reads)('GET %s', (path) => {
  it.each(['application/xml', 'image/png', 'application/json;q=0', 'text/html', 'application/json; charset=iso-8859-1'])(
    'Accept: %s → 406 problem',
    async (accept) => {
      const response = await api().get(urlOf(path)).set('accept', accept);
      expect(response.status, response.text).toBe(406);
      expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
      expect(response.body.code).toBe('not_acceptable');
    },
  );

  // A range with parameters matches what is sent with them (RFC 9110 §12.5.1): every JSON answer is UTF-8.
  it.each([
    'application/json',
    '*/*',
    'application/*',
    'text/html;q=0.9, application/json;q=0.1',
    'application/json; charset=utf-8',
    'application/json;charset=UTF-8',
  ])('Accept: %s → 200', async (accept) => {
    await api().get(urlOf(path)).set('accept', accept).expect(200);
  });
});

describe('the change stream', () => {
  it('Accept: application/json → 406; it answers in text/event-stream', async () => {
    const response = await api().get('/v1/changes/stream').set('accept', 'application/json');
    expect(response.status).toBe(406);
  });
});
