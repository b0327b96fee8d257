import { describe, expect, it } from 'vitest';
import supertest from 'supertest';
import { useTestContext } from './helpers/app.js';

const ctx = useTestContext();

const problem = expect.objectContaining({
  type: expect.stringMatching(/^\/problems\//),
  title: expect.any(String),
  status: expect.any(Number),
  detail: expect.any(String),
  code: expect.any(String),
  requestId: expect.any(String),
});

describe('request ids', () => {
  it('echoes a caller X-Request-Id', async () => {
    const response = await supertest(ctx.app.server).get('/health/live').set('X-Request-Id', 'trace-abc.123').expect(200);
    expect(response.headers['x-request-id']).toBe('trace-abc.123');
  });

  it('mints one when absent or unusable', async () => {
    const minted = await supertest(ctx.app.server).get('/health/live').expect(200);
    expect(minted.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
    const unusable = await supertest(ctx.app.server).get('/health/live').set('X-Request-Id', 'has spaces and "quotes"').expect(200);
    expect(unusable.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('puts the request id into problem responses', async () => {
    const response = await supertest(ctx.app.server).get('/v1/nowhere').set('X-Request-Id', 'req-42').expect(404);
    expect(response.body.requestId).toBe('req-42');
  });
});

describe('problem+json for everything that goes wrong', () => {
  it('unknown route → 404 route_not_found', async () => {
    const response = await supertest(ctx.app.server).get('/v1/nowhere?x=1').expect(404);
    expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(response.body).toEqual(problem);
    expect(response.body).toMatchObject({ status: 404, code: 'route_not_found', detail: 'There is no GET /v1/nowhere endpoint.' });
  });

  it('malformed meeting id → 400 validation_failed with a pointer', async () => {
    const response = await supertest(ctx.app.server).get('/v1/meetings/not-a-uuid').expect(400);
    expect(response.body).toMatchObject({
      code: 'validation_failed',
      errors: [{ in: 'path', pointer: '/meetingId', message: 'must be a UUID' }],
    });
  });

  it('unknown meeting → 404 not_found', async () => {
    const id = '01900000-0000-7000-8000-000000000000';
    const response = await supertest(ctx.app.server).get(`/v1/meetings/${id}`).expect(404);
    expect(response.body).toMatchObject({ code: 'not_found', detail: `No meeting with id "${id}".` });
  });

  it('unknown query parameter → 400 naming it', async () => {
    const response = await supertest(ctx.app.server).get('/v1/meetings?contry=KZ').expect(400);
    expect(response.body.code).toBe('validation_failed');
    expect(response.body.errors[0]).toMatchObject({ in: 'query' });
    expect(response.body.detail).toContain('contry');
  });

  it('limit over 100 → 400', async () => {
    const response = await supertest(ctx.app.server).get('/v1/meetings?limit=101').expect(400);
    expect(response.body.errors[0]).toMatchObject({ in: 'query', pointer: '/limit' });
  });

  it('a cursor this API did not issue → 400 invalid_cursor', async () => {
    const response = await supertest(ctx.app.server).get('/v1/meetings?cursor=garbage').expect(400);
    expect(response.body.code).toBe('invalid_cursor');
  });
});

describe('problem types', () => {
  it('each type URI resolves to its status and title', async () => {
    const response = await supertest(ctx.app.server).get('/problems/precondition_failed').expect(200);
    expect(response.body).toEqual({
      type: '/problems/precondition_failed',
      code: 'precondition_failed',
      status: 412,
      title: 'Precondition failed',
    });
    await supertest(ctx.app.server).get('/problems/nonsense').expect(404);
    await supertest(ctx.app.server).get('/problems/toString').expect(404);
  });
});

describe('NUL characters, which PostgreSQL text cannot hold', () => {
  it.each([
    ['/v1/meetings?initiative=%00', 'query', '/initiative'],
    ['/v1/search?q=x&initiative=%00', 'query', '/initiative'],
    ['/v1/people?q=a%00b', 'query', '/q'],
  ])('GET %s → 400 pointing at it', async (url, where, pointer) => {
    const response = await supertest(ctx.app.server).get(url).expect(400);
    expect(response.body).toMatchObject({ code: 'validation_failed', errors: [{ in: where, pointer }] });
  });

  it('in a body → 400 pointing at it', async () => {
    const response = await supertest(ctx.app.server)
      .post('/v1/meetings')
      .send({ title: 'ok', kind: 'talks', date: '2020-01-01', statements: [{ kind: 'narrative', text: 'a\u0000b' }] })
      .expect(400);
    expect(response.body.errors).toEqual([{ in: 'body', pointer: '/statements/0/text', message: 'must not contain NUL characters' }]);
  });
});

describe('a body that is not of the schema: each error at the member it is about', () => {
  it.each([
    // An unknown member of a strict object, at the top, nested, in a list, and a name that must be escaped (RFC 6901).
    ['POST', '/v1/meetings', { title: 'ok', kind: 'talks', date: '2020-01-01', foo: 1 }, ['/foo']],
    ['POST', '/v1/meetings', { title: 'ok', kind: 'talks', date: '2020-01-01', foo: 1, 'a/b~c': 2 }, ['/foo', '/a~1b~0c']],
    [
      'POST',
      '/v1/meetings',
      { title: 'ok', kind: 'talks', date: '2020-01-01', statements: [{ kind: 'narrative', text: 'x', bar: 1 }] },
      ['/statements/0/bar'],
    ],
    ['POST', '/v1/people', { name: 'A', baz: true }, ['/baz']],
    ['POST', '/v1/initiatives', { slug: 'a-b', name: 'A', qux: 1 }, ['/qux']],
    // A body that is one of two shapes (text/plain or JSON with metadata): the error of the shape its type chose.
    ['POST', '/v1/documents', { text: 5 }, ['/text']],
    ['POST', '/v1/documents', { text: ['a'] }, ['/text']],
    ['POST', '/v1/documents', {}, ['/text']],
    ['POST', '/v1/documents', { text: 'Minister meets counterpart.', foo: 1 }, ['/foo']],
  ] as const)('%s %s %j → 400 at %j', async (method, url, body, pointers) => {
    const response = await supertest(ctx.app.server)[method === 'POST' ? 'post' : 'patch'](url).send(body).expect(400);
    expect(response.body.code).toBe('validation_failed');
    expect(response.body.errors.map((e: { pointer: string }) => e.pointer)).toEqual(pointers);
  });
});

describe('inputs that would otherwise fail in the database or the parser', () => {
  it('JSON nested deeper than 32 levels → 400, at any depth, without exhausting the stack', async () => {
    const deep = '['.repeat(100_000) + ']'.repeat(100_000);
    const response = await supertest(ctx.app.server)
      .post('/v1/people')
      .set('content-type', 'application/json')
      .send(`{"name":${deep}}`)
      .expect(400);
    expect(response.body.errors[0]).toMatchObject({ in: 'body', message: 'is nested more than 32 levels deep' });
  });

  it.each([1_000, 10_000, 100_000])('malformed JSON %i brackets deep → 400 that says where (new-user trial 125, F14)', async (depth) => {
    const response = await supertest(ctx.app.server)
      .post('/v1/people')
      .set('content-type', 'application/json')
      .send(`{"name":"ab","x":${'['.repeat(depth)}}`)
      .expect(400);
    expect(response.body.code).toBe('invalid_json');
    expect(response.body.detail).toContain(`line 1, column ${depth + 18}: expected a value`);
  });

  it('an unpaired surrogate → 400 pointing at it', async () => {
    const response = await supertest(ctx.app.server)
      .post('/v1/people')
      .set('content-type', 'application/json')
      .send('{"name":"Robust","aliases":["\\ud800"]}')
      .expect(400);
    expect(response.body.errors).toEqual([
      { in: 'body', pointer: '/aliases/0', message: 'must not contain unpaired surrogates (invalid Unicode)' },
    ]);
  });

  it('an instant that is before year 1 in UTC → 400', async () => {
    const response = await supertest(ctx.app.server).get('/v1/meetings?updatedSince=0001-01-01T00%3A00%3A00%2B23%3A59').expect(400);
    expect(response.body.errors[0].pointer).toBe('/updatedSince');
  });

  it('a forged cursor (right query, keys that are no keys) → 400 invalid_cursor', async () => {
    await ctx.prisma.meeting.createMany({
      data: [1, 2, 3].map((n) => ({ title: `M${n}`, kind: 'talks' as const, date: new Date(`2021-0${n}-01`) })),
    });
    const { nextCursor } = (await supertest(ctx.app.server).get('/v1/meetings?limit=1').expect(200)).body;
    const payload = JSON.parse(Buffer.from(nextCursor, 'base64url').toString()) as { q: string; k: unknown[] };
    for (const k of [
      ['x', payload.k[1]],
      ['0000-01-01', payload.k[1]],
      [payload.k[0], 'zzz'],
    ]) {
      const forged = Buffer.from(JSON.stringify({ q: payload.q, k })).toString('base64url');
      const response = await supertest(ctx.app.server).get(`/v1/meetings?limit=1&cursor=${forged}`).expect(400);
      expect(response.body.code).toBe('invalid_cursor');
    }
    await ctx.reset();
  });

  it('a malformed URL escape → 400 problem+json with the request id', async () => {
    const response = await supertest(ctx.app.server).get('/v1/people/%zz').expect(400);
    expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(response.body).toMatchObject({
      code: 'validation_failed',
      requestId: expect.any(String),
      errors: [{ in: 'path', pointer: '/personId', message: expect.stringMatching(/UTF-8/) }],
    });
    expect(response.headers['x-request-id']).toBe(response.body.requestId);
  });

  it.each([
    ['/v1/people/{personId}', (id: string) => `/v1/people/${id}`, 'personId'],
    ['/v1/initiatives/{initiativeKey}', (id: string) => `/v1/initiatives/${id}`, 'initiativeKey'],
    ['/v1/meetings/{meetingId}/statements', (id: string) => `/v1/meetings/${id}/statements`, 'meetingId'],
    [
      '/v1/meetings/{meetingId}/participants/{participantId}',
      (id: string) => `/v1/meetings/01900000-0000-7000-8000-000000000000/participants/${id}`,
      'participantId',
    ],
  ])('an over-long path parameter of %s → 400 naming it, with the request id', async (_, url, name) => {
    const response = await supertest(ctx.app.server)
      .get(url('x'.repeat(300)))
      .expect(400);
    expect(response.body).toMatchObject({ code: 'validation_failed', errors: [{ in: 'path', pointer: `/${name}` }] });
    expect(response.body.detail).toContain(name);
    expect(response.headers['x-request-id']).toBe(response.body.requestId);
  });

  it('a 120-character slug, the longest the extractor proposes, can be stored and read back', async () => {
    const slug = `${'a'.repeat(60)}-${'b'.repeat(59)}`;
    await supertest(ctx.app.server).get(`/v1/initiatives/${slug}`).expect(404);
    await supertest(ctx.app.server).post('/v1/initiatives').send({ slug, name: 'A long one' }).expect(201);
    await supertest(ctx.app.server).get(`/v1/initiatives/${slug}`).expect(200);
    await supertest(ctx.app.server)
      .post('/v1/initiatives')
      .send({ slug: `${slug}c`, name: 'Too long' })
      .expect(400);
  });

  it('headers larger than Node accepts → 431 problem+json; a request line that long → 414', async () => {
    const url = await ctx.app.listen({ host: '127.0.0.1', port: 0 });
    const response = await fetch(`${url}/v1/meetings`, { headers: { 'x-filler': 'x'.repeat(20_000) } });
    expect(response.status).toBe(431);
    expect(response.headers.get('content-type')).toMatch(/^application\/problem\+json/);
    const body = (await response.json()) as { status: number; code: string; requestId: string };
    expect(body).toMatchObject({ status: 431, code: 'header_fields_too_large', type: '/problems/header_fields_too_large' });
    expect(response.headers.get('x-request-id')).toBe(body.requestId);
    const long = await fetch(`${url}/v1/meetings?q=${'y'.repeat(20_000)}`);
    expect(long.status).toBe(414);
    expect(await long.json()).toMatchObject({ status: 414, code: 'uri_too_long', type: '/problems/uri_too_long' });
    // Each type resolves to a page of the same status and title (RFC 9457 §3.1.1).
    for (const [type, status] of [
      ['/problems/uri_too_long', 414],
      ['/problems/header_fields_too_large', 431],
    ] as const) {
      const page = await fetch(`${url}${type}`, { headers: { accept: 'application/json' } });
      expect(page.status).toBe(200);
      expect(((await page.json()) as { status: number }).status).toBe(status);
    }
  });
});

describe('query and path values that are not UTF-8 once percent-decoded', () => {
  it.each([
    ['/v1/meetings?q=Z%FCrich', '/q'],
    ['/v1/meetings?sourcePublisher=Ausw%E4rtiges', '/sourcePublisher'],
    ['/v1/meetings?organization=Organizaci%F3n', '/organization'],
    ['/v1/meetings?country=KZ&city=Z%FCrich', '/city'],
    ['/v1/people?q=Pi%F1era', '/q'],
    ['/v1/initiatives?q=coop%E9ration', '/q'],
    ['/v1/search?q=Z%FCrich', '/q'],
    ['/v1/search?q=%FF', '/q'],
    ['/v1/stats/meetings-over-time?q=Z%FCrich', '/q'],
    ['/v1/meetings?q=Z%FCrich&format=csv', '/q'],
  ])('GET %s is a 400 at %s, not an empty answer', async (url, pointer) => {
    const response = await supertest(ctx.app.server).get(url);
    expect(response.status, response.text).toBe(400);
    expect(response.body.errors.map((e: { pointer: string }) => e.pointer)).toContain(pointer);
    expect(response.body.detail).toMatch(/UTF-8/);
  });

  it('the same characters encoded as UTF-8 are taken', async () => {
    await supertest(ctx.app.server).get('/v1/meetings?q=Z%C3%BCrich').expect(200);
    await supertest(ctx.app.server).get('/v1/people?q=Pi%C3%B1era').expect(200);
  });

  it('a path segment that is not UTF-8 is a 400 too', async () => {
    const response = await supertest(ctx.app.server).get('/v1/initiatives/coop%E9ration');
    expect(response.status, response.text).toBe(400);
  });
});

describe('an empty cursor', () => {
  // Every list that pages by cursor (and the change feed's `after`): an empty one is a 400 at its pointer, as every
  // other empty parameter is — never the first page by accident.
  const meetingId = '0190f3c4-0000-7000-8000-000000000000';
  it.each([
    ['/v1/meetings', 'cursor'],
    [`/v1/meetings/${meetingId}/history`, 'cursor'],
    [`/v1/meetings/${meetingId}/participants`, 'cursor'],
    [`/v1/meetings/${meetingId}/statements`, 'cursor'],
    [`/v1/meetings/${meetingId}/initiatives`, 'cursor'],
    ['/v1/participants', 'cursor'],
    ['/v1/statements', 'cursor'],
    ['/v1/meeting-initiatives', 'cursor'],
    ['/v1/people', 'cursor'],
    ['/v1/initiatives', 'cursor'],
    ['/v1/documents', 'cursor'],
    ['/v1/search?q=talks', 'cursor'],
    ['/v1/initiatives/belt-and-road-initiative/timeline', 'cursor'],
    ['/v1/changes', 'after'],
    ['/v1/changes/stream', 'after'],
  ])('%s?%s= → 400', async (path, name) => {
    const response = await supertest(ctx.app.server).get(`${path}${path.includes('?') ? '&' : '?'}${name}=`);
    expect(response.status, response.text).toBe(400);
    expect(response.body.errors).toContainEqual(expect.objectContaining({ in: 'query', pointer: `/${name}` }));
  });
});

describe('one message per fault', () => {
  it.each([
    [
      'a blank title',
      () => supertest(ctx.app.server).post('/v1/meetings').send({ title: '   ', kind: 'talks', date: '2024-01-10' }),
      '/title',
    ],
    ['a blank person name', () => supertest(ctx.app.server).post('/v1/people').send({ name: ' ' }), '/name'],
    ['an instant that is no instant', () => supertest(ctx.app.server).get('/v1/meetings?updatedSince=yesterday'), '/updatedSince'],
    ['a date that is no date', () => supertest(ctx.app.server).get('/v1/meetings?from=2023-02-30'), '/from'],
  ])('%s: one error at its pointer', async (_label, send, pointer) => {
    const response = await send();
    expect(response.status).toBe(400);
    expect(
      response.body.errors.filter((e: { pointer: string }) => e.pointer === pointer),
      response.text,
    ).toHaveLength(1);
  });
});

describe('members no body has', () => {
  it.each([
    ['__proto__', '{"name":"Proto","__proto__":{"x":1}}', '/__proto__'],
    ['constructor.prototype', '{"name":"Proto","constructor":{"prototype":{"x":1}}}', '/constructor'],
  ])('%s is a validation error at that member, not invalid JSON', async (_label, body, pointer) => {
    const response = await supertest(ctx.app.server).post('/v1/people').set('content-type', 'application/json').send(body);
    expect(response.status).toBe(400);
    expect(response.body.code).toBe('validation_failed');
    expect(response.body.errors).toContainEqual(expect.objectContaining({ in: 'body', pointer }));
    expect(await ctx.prisma.person.count()).toBe(0);
  });
});

describe('one message per member', () => {
  it.each([
    ['/v1/meetings?limit=99999999999999999999', '/limit'],
    ['/v1/changes?limit=99999999999999999999', '/limit'],
    ['/v1/stats/top-people?limit=99999999999999999999', '/limit'],
    ['/v1/stats/countries?limit=99999999999999999999', '/limit'],
  ])('%s: one error at %s', async (url, pointer) => {
    const response = await supertest(ctx.app.server).get(url).expect(400);
    expect(response.body.errors.filter((e: { pointer: string }) => e.pointer === pointer)).toHaveLength(1);
  });
});
