import { readFileSync } from 'node:fs';
import supertest from 'supertest';
import { parse } from 'yaml';
import { beforeAll, describe, expect, it } from 'vitest';
import { useTestContext } from './helpers/app.js';
import { meetingBody } from './helpers/factories.js';
import { recordPathValues } from './helpers/path-values.js';

// Every 4xx about one part of the request points at it in `errors` — `{ in, pointer, message }`, as a validation
// problem does — not only in its sentence: a cursor at /cursor, a header at its lower-case name, the body as a whole
// at "" (RFC 6901: the whole document). Driven by openapi.yaml: every operation that takes a cursor, a JSON body, a
// precondition header or an Idempotency-Key (new-user trial 113 found an invalid_cursor, a malformed If-Match and a
// 413 without a pointer). And a JSON body that names a member twice is refused at that member, on every operation
// that takes JSON (RFC 7493 §2.3), rather than one of the two silently dropped.

type Parameter = { name: string; in: string; $ref?: string };
type Operation = { operationId: string; parameters?: Parameter[]; requestBody?: { content: Record<string, unknown> } };
type Doc = { paths: Record<string, Record<string, Operation>> };
const openapi = parse(readFileSync(new URL('../openapi.yaml', import.meta.url), 'utf8')) as Doc;
const resolve = (p: Parameter): Parameter =>
  p.$ref
    ? (p.$ref
        .split('/')
        .slice(1)
        .reduce<unknown>((node, key) => (node as Record<string, unknown>)[key], openapi) as Parameter)
    : p;

const methods = ['get', 'post', 'patch', 'put', 'delete'] as const;
// The API keys' own routes need an admin key before anything else is read (test/keys.test.ts).
const operations = Object.entries(openapi.paths)
  .filter(([path]) => path.startsWith('/v1/') && !path.startsWith('/v1/keys'))
  .flatMap(([path, item]) =>
    methods.flatMap((method) => {
      const operation = item[method];
      if (!operation) return [];
      const parameters = (operation.parameters ?? []).map(resolve);
      return [{ method, path, operation, parameters, bodyTypes: Object.keys(operation.requestBody?.content ?? {}) }];
    }),
  );
const named = (name: string) => operations.filter((o) => o.parameters.some((p) => p.name.toLowerCase() === name));
const withCursor = named('cursor').filter((o) => o.parameters.some((p) => p.name === 'cursor' && p.in === 'query'));
const withJson = operations.filter((o) => o.bodyTypes.includes('application/json'));
const withMergePatch = operations.filter((o) => o.bodyTypes.includes('application/merge-patch+json'));
const withIfMatch = named('if-match');
const withIdempotencyKey = named('idempotency-key');

const ctx = useTestContext();
const api = () => supertest(ctx.app.server);
let values: Record<string, string>;
const urlOf = (path: string) => path.replace(/\{(\w+)\}/g, (_all, name: string) => values[name] ?? `missing-${name}`);

beforeAll(async () => {
  values = await recordPathValues(api, ctx.prisma);
});

/** The request's problem, with its one error pointing at `at`. */
function expectPointed(
  body: { code: string; errors?: { in: string; pointer: string; message: string }[] },
  code: string,
  at: { in: string; pointer: string },
) {
  expect(body.code).toBe(code);
  expect(body.errors, JSON.stringify(body)).toEqual([{ ...at, message: expect.any(String) }]);
}

describe('the table is the contract', () => {
  it('finds the operations of each kind', () => {
    expect(withCursor.length).toBeGreaterThanOrEqual(13);
    expect(withJson.length).toBeGreaterThanOrEqual(14);
    expect(withMergePatch.length).toBeGreaterThanOrEqual(5);
    expect(withIfMatch.length).toBeGreaterThanOrEqual(20);
    expect(withIdempotencyKey.length).toBeGreaterThanOrEqual(8);
  });
});

describe('a cursor this API did not issue points at the parameter', () => {
  it.each(withCursor.map((o) => [o.operation.operationId, o] as const))('%s', async (_id, o) => {
    const extra = o.path === '/v1/search' ? 'q=minister&' : '';
    const response = await api().get(`${urlOf(o.path)}?${extra}cursor=not-a-cursor`);
    expect(response.status).toBe(400);
    expectPointed(response.body, 'invalid_cursor', { in: 'query', pointer: '/cursor' });
  });

  it('the change feed points at `after`, and its stream at Last-Event-ID', async () => {
    const page = await api().get('/v1/changes?after=900000000000').expect(400);
    expectPointed(page.body, 'invalid_cursor', { in: 'query', pointer: '/after' });
    const stream = await api().get('/v1/changes/stream').set('last-event-id', '900000000000').expect(400);
    expectPointed(stream.body, 'invalid_cursor', { in: 'header', pointer: '/last-event-id' });
    const streamAfter = await api().get('/v1/changes/stream?after=900000000000').expect(400);
    expectPointed(streamAfter.body, 'invalid_cursor', { in: 'query', pointer: '/after' });
  });
});

describe('a path parameter whose escapes are not UTF-8 points at the parameter (trial 139 F12)', () => {
  // The router refuses such a path before any route runs; the problem still names the parameter, on every operation
  // and every path parameter of the contract (GET /v1/meetings/%E9%FF had been a 400 with an empty `errors`).
  const cases = operations.flatMap((o) =>
    o.parameters
      .filter((p) => p.in === 'path')
      .flatMap((p) =>
        ['%E9%FF', 'coop%E9ration', '%ZZ'].map(
          (bad) => [`${o.method.toUpperCase()} ${o.path} {${p.name}}=${bad}`, o, p.name, bad] as const,
        ),
      ),
  );

  it('finds every operation with a path parameter', () => {
    expect(new Set(cases.map(([, o]) => o)).size).toBeGreaterThanOrEqual(25);
  });

  it.each(cases)('%s', async (_name, o, parameter, bad) => {
    const url = o.path.replace(/\{(\w+)\}/g, (_all, name: string) => (name === parameter ? bad : (values[name] ?? `missing-${name}`)));
    const response = await api()[o.method](url).set('if-match', '*');
    expect(response.status, response.text).toBe(400);
    expectPointed(response.body, 'validation_failed', { in: 'path', pointer: `/${parameter}` });
    expect(response.body.errors[0].message).toMatch(/UTF-8/);
  });

  it('a static segment that does not decode points at the whole path', async () => {
    const response = await api().get('/v1/meet%E9ings');
    expect(response.status, response.text).toBe(400);
    expectPointed(response.body, 'validation_failed', { in: 'path', pointer: '' });
  });
});

describe('a JSON body', () => {
  const send = (o: (typeof operations)[number], type: string, body: string) =>
    api()[o.method](urlOf(o.path)).set('content-type', type).set('if-match', '*').send(body);

  it.each(withJson.map((o) => [`${o.method.toUpperCase()} ${o.path}`, o] as const))(
    'that is no JSON says where it stops being JSON: %s',
    async (_name, o) => {
      const response = await send(o, 'application/json', '{"title": "Talks",\n "kind": talks}');
      expect(response.status).toBe(400);
      expectPointed(response.body, 'invalid_json', { in: 'body', pointer: '' });
      expect(response.body.errors[0].message).toMatch(/^line 2, column 10: expected a JSON value/);
      expect(response.body.detail).toContain('line 2, column 10');
    },
  );

  it.each(withJson.map((o) => [`${o.method.toUpperCase()} ${o.path}`, o] as const))(
    'that names a member twice is refused at that member: %s',
    async (_name, o) => {
      const response = await send(
        o,
        'application/json',
        '{"title": "First", "participants": [{"key": "a", "key": "b"}], "title": "Second"}',
      );
      expect(response.status).toBe(400);
      expect(response.body.code).toBe('validation_failed');
      expect(response.body.errors).toEqual([
        { in: 'body', pointer: '/participants/0/key', message: expect.stringMatching(/twice/) },
        { in: 'body', pointer: '/title', message: expect.stringMatching(/twice/) },
      ]);
    },
  );

  it.each(withMergePatch.map((o) => [`${o.method.toUpperCase()} ${o.path}`, o] as const))(
    'as a merge patch, the same: %s',
    async (_name, o) => {
      const response = await send(o, 'application/merge-patch+json', '{"title": "A", "title": "B"}');
      expect(response.status).toBe(400);
      expectPointed(response.body, 'validation_failed', { in: 'body', pointer: '/title' });
    },
  );

  it.each(withJson.map((o) => [`${o.method.toUpperCase()} ${o.path}`, o] as const))(
    'of a media type the operation does not take points at Content-Type: %s',
    async (_name, o) => {
      const response = await send(o, 'image/png', 'not an image');
      expect(response.status).toBe(415);
      expectPointed(response.body, 'unsupported_media_type', { in: 'header', pointer: '/content-type' });
    },
  );

  it('a byte order mark before JSON is not where it stops being JSON (trial 114)', async () => {
    const response = await api()
      .post('/v1/meetings')
      .set('content-type', 'application/json')
      .serialize((body: unknown) => body as string)
      .send(Buffer.from('\uFEFF{"title": "Talks",\n "kind": talks}'));
    expectPointed(response.body, 'invalid_json', { in: 'body', pointer: '' });
    expect(response.body.errors[0].message).toMatch(/^line 2, column 10:/);
  });

  it('names inside strings, escapes and nesting are read as JSON reads them', async () => {
    // Colons and member names inside strings are no members; "\u0074itle" is "title".
    const strings = await api()
      .post('/v1/meetings')
      .set('content-type', 'application/json')
      .send(JSON.stringify(meetingBody({ title: 'Talks at 10:30: "title": "x"', city: 'a: b: c' })));
    expect(strings.status).toBe(201);
    const escaped = await api().post('/v1/meetings').set('content-type', 'application/json').send('{"title": "A", "\\u0074itle": "B"}');
    expectPointed(escaped.body, 'validation_failed', { in: 'body', pointer: '/title' });
    const deep = await api()
      .post('/v1/meetings')
      .set('content-type', 'application/json')
      .send('{"participants": [{"person": {"name": "A", "name": "B"}}]}');
    expectPointed(deep.body, 'validation_failed', { in: 'body', pointer: '/participants/0/person/name' });
    // Only colons outside strings are counted against the members: a string that ends in an escaped backslash ends
    // there, so the colons after it count, and a colon after an escaped quote is still inside its string.
    const backslash = await api()
      .post('/v1/meetings')
      .set('content-type', 'application/json')
      .send('{"summary": "a\\\\", "title": "x", "title": "y"}');
    expectPointed(backslash.body, 'validation_failed', { in: 'body', pointer: '/title' });
    const quoted = await api()
      .post('/v1/meetings')
      .set('content-type', 'application/json')
      .send('{"summary": "say \\": no", "city": "A", "city": "B"}');
    expectPointed(quoted.body, 'validation_failed', { in: 'body', pointer: '/city' });
  });

  it('thousands of repeated members: the first 20 and how many more, no more read', async () => {
    const body = `{"title": "T", ${Array.from({ length: 3000 }, (_, k) => `"m${k}": 1, "m${k}": 2`).join(', ')}}`;
    const response = await api().post('/v1/meetings').set('content-type', 'application/json').send(body);
    expect(response.status).toBe(400);
    expect(response.body.errors).toHaveLength(20);
    expect(response.body.errors[0]).toMatchObject({ in: 'body', pointer: '/m0' });
    expect(response.body.detail).toMatch(/; and 2980 more$/);
  });

  it('a bulk line with a member twice, or no JSON, is refused at that place; the request goes on', async () => {
    const lines = ['{"title": "A", "title": "B"}', '{"title": "A",\n', JSON.stringify(meetingBody())].join('\n');
    const response = await api().post('/v1/meetings').set('content-type', 'application/x-ndjson').send(lines).expect(200);
    const results = response.text
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line) as { status?: number; problem?: { code: string; errors?: unknown[] } });
    expect(results[0]?.problem).toMatchObject({ code: 'validation_failed', errors: [{ in: 'body', pointer: '/title' }] });
    expect(results[1]?.problem).toMatchObject({ code: 'invalid_json', errors: [{ in: 'body', pointer: '' }] });
    expect(results[2]?.status).toBe(201);
  });

  it('too large, not UTF-8, or in a coding the server does not take: the body, Content-Type, Content-Encoding', async () => {
    const large = await api()
      .post('/v1/meetings')
      .set('content-type', 'application/json')
      .send(JSON.stringify(meetingBody({ notes: 'x'.repeat(1_100_000) })));
    expect(large.status).toBe(413);
    expectPointed(large.body, 'payload_too_large', { in: 'body', pointer: '' });
    const latin1 = await api()
      .post('/v1/meetings')
      .set('content-type', 'application/json')
      .serialize((body: unknown) => body as string)
      .send(Buffer.from('{"title": "Minist\xe8re"}', 'latin1'));
    expectPointed(latin1.body, 'invalid_json', { in: 'body', pointer: '' });
    const charset = await api().post('/v1/meetings').set('content-type', 'application/json; charset=latin1').send('{}');
    expectPointed(charset.body, 'unsupported_media_type', { in: 'header', pointer: '/content-type' });
    const coding = await api().post('/v1/meetings').set('content-type', 'application/json').set('content-encoding', 'zstd').send('{}');
    expectPointed(coding.body, 'unsupported_media_type', { in: 'header', pointer: '/content-encoding' });
    const corrupt = await api()
      .post('/v1/meetings')
      .set('content-type', 'application/json')
      .set('content-encoding', 'gzip')
      .serialize((body: unknown) => body as string)
      .send(Buffer.from('not gzip'));
    expectPointed(corrupt.body, 'bad_request', { in: 'header', pointer: '/content-encoding' });
  });
});

describe('every part of a request that fails is reported, not only the first Fastify checks', () => {
  it('the body, the query and a header at once', async () => {
    const response = await api().post('/v1/meetings?limit=5').set('idempotency-key', 'has spaces in it').send({ title: 'Talks' });
    expect(response.status).toBe(400);
    const where = (response.body.errors as { in: string; pointer: string }[]).map((error) => `${error.in}${error.pointer}`);
    expect(where).toEqual(expect.arrayContaining(['body/kind', 'body/date', 'query/limit', 'header/idempotency-key']));
    expect(response.body.detail).toContain('header/idempotency-key');
  });

  it('a path parameter and the body', async () => {
    const response = await api().post('/v1/meetings/not-a-uuid/statements').send({ text: '' });
    expect(response.status).toBe(400);
    const where = (response.body.errors as { in: string; pointer: string }[]).map((error) => `${error.in}${error.pointer}`);
    expect(where).toEqual(expect.arrayContaining(['path/meetingId', 'body/text']));
  });

  it('a query integer out of form, and the rest of the query and the headers (trial 114)', async () => {
    const response = await api().get('/v1/meetings?kind=zzz&limit=0');
    expect(response.status).toBe(400);
    const where = (response.body.errors as { in: string; pointer: string }[]).map((error) => `${error.in}${error.pointer}`);
    expect(where).toEqual(expect.arrayContaining(['query/limit', 'query/kind/0']));
    expect(where.filter((w) => w === 'query/limit')).toHaveLength(1);
  });

  it.each([
    ['no JSON', '{"name": "Ana",\n "countryCode": PT}', 'invalid_json', ''],
    ['a member twice', '{"name": "Ana", "name": "Ana Silva"}', 'validation_failed', '/name'],
  ])('a body that is %s, with the query and the headers (trial 114)', async (_what, body, code, pointer) => {
    const response = await api()
      .post('/v1/people?limit=5')
      .set('content-type', 'application/json')
      .set('idempotency-key', 'has spaces in it')
      .set('if-match', 'v1')
      .send(body);
    expect(response.status).toBe(400);
    expect(response.body.code).toBe(code);
    const where = (response.body.errors as { in: string; pointer: string }[]).map((error) => `${error.in}${error.pointer}`);
    expect(where).toEqual(expect.arrayContaining([`body${pointer}`, 'query/limit', 'header/idempotency-key', 'header/if-match']));
  });

  it('a request that fails in one part only is told of that part only', async () => {
    const response = await api()
      .post('/v1/meetings')
      .send({ ...meetingBody(), kind: 'summit' });
    expect(response.body.errors).toEqual([{ in: 'body', pointer: '/kind', message: expect.any(String) }]);
  });
});

describe('headers', () => {
  it.each(withIfMatch.map((o) => [`${o.method.toUpperCase()} ${o.path}`, o] as const))(
    'a malformed If-Match points at it: %s',
    async (_name, o) => {
      // Beside whatever else is wrong with the request: an empty body is refused too, in the same problem.
      const response = await api()[o.method](urlOf(o.path)).set('if-match', 'v1').send({});
      expect(response.status).toBe(400);
      expect(response.body.errors).toContainEqual({ in: 'header', pointer: '/if-match', message: expect.any(String) });
    },
  );

  it.each(withIdempotencyKey.map((o) => [`${o.method.toUpperCase()} ${o.path}`, o] as const))(
    'a malformed Idempotency-Key points at it: %s',
    async (_name, o) => {
      const response = await api()[o.method](urlOf(o.path)).set('idempotency-key', 'has spaces in it').send({});
      expect(response.status).toBe(400);
      expect(response.body.errors).toContainEqual({ in: 'header', pointer: '/idempotency-key', message: expect.any(String) });
    },
  );

  it('a stale If-Match, a met If-None-Match, a reused Idempotency-Key and an unacceptable Accept point at their header', async () => {
    const url = `/v1/meetings/${values.meetingId}`;
    const stale = await api().patch(url).set('if-match', '"v999"').send({ title: 'Talks' });
    expect(stale.status).toBe(412);
    expectPointed(stale.body, 'precondition_failed', { in: 'header', pointer: '/if-match' });
    const weak = await api()
      .patch(url)
      .set('if-match', `W/${(await api().get(url)).headers.etag}`)
      .send({ title: 'Talks' });
    expectPointed(weak.body, 'precondition_failed', { in: 'header', pointer: '/if-match' });
    const exists = await api().patch(url).set('if-none-match', '*').send({ title: 'Talks' });
    expect(exists.status).toBe(412);
    expectPointed(exists.body, 'precondition_failed', { in: 'header', pointer: '/if-none-match' });
    await api().post('/v1/people').set('idempotency-key', 'problem-parts-1').send({ name: 'Ana Silva' }).expect(201);
    const reused = await api().post('/v1/people').set('idempotency-key', 'problem-parts-1').send({ name: 'Kenji Mori' });
    expect(reused.status).toBe(422);
    expectPointed(reused.body, 'idempotency_key_reused', { in: 'header', pointer: '/idempotency-key' });
    // A list's answer has a weak ETag, which If-Match never matches (trial 114: a 412 without errors).
    const list = await api().get('/v1/meetings').set('if-match', '"v1"');
    expect(list.status).toBe(412);
    expectPointed(list.body, 'precondition_failed', { in: 'header', pointer: '/if-match' });
    for (const path of [url, '/v1/meetings']) {
      const unacceptable = await api().get(path).set('accept', 'image/png');
      expect(unacceptable.status).toBe(406);
      expectPointed(unacceptable.body, 'not_acceptable', { in: 'header', pointer: '/accept' });
    }
  });
});
