import supertest from 'supertest';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { buildApp } from '../src/app.js';
import { loadConfig } from '../src/config.js';
import { listMigrationNames } from '../src/db/schema-engine.js';
import {
  createMeetingLineResultSchema,
  type MeetingLineCreated,
  type MeetingLineFailed,
  type MeetingLinesSummary,
} from '../src/modules/meetings/meetings.bulk.schemas.js';
import { testConfig, useTestContext } from './helpers/app.js';
import { createInitiativeRow, meetingBody } from './helpers/factories.js';

// POST /v1/meetings as application/x-ndjson: a result per line, in order, each line its own transaction, keys per
// line in the idempotency store of the JSON create, and the errors that come before any line as problem+json.
// (Streaming, limits and timeouts: meetings-bulk-streaming.test.ts.)

const ctx = useTestContext();
const api = () => supertest(ctx.app.server);

/** Any line of an answer, every member optional. */
type Line = Partial<Omit<MeetingLineCreated, 'status'> & Omit<MeetingLineFailed, 'status'> & MeetingLinesSummary> & { status?: number };

interface Answer {
  status: number;
  headers: Record<string, unknown>;
  /** The result lines (without the summary). */
  results: Line[];
  summary: Line | undefined;
  /** A problem+json body. */
  problem: MeetingLineFailed['problem'] | undefined;
}

async function bulk(body: string, headers: Record<string, string> = {}, app: FastifyInstance = ctx.app): Promise<Answer> {
  const response = await app.inject({
    method: 'POST',
    url: '/v1/meetings',
    headers: { 'content-type': 'application/x-ndjson', ...headers },
    payload: body,
  });
  const type = String(response.headers['content-type']);
  const lines = type.startsWith('application/x-ndjson')
    ? response.payload
        .split('\n')
        .filter(Boolean)
        .map((line) => JSON.parse(line) as Line)
    : [];
  // Every line the API writes is one the contract's schema describes.
  for (const line of lines) expect(createMeetingLineResultSchema.safeParse(line).success, JSON.stringify(line)).toBe(true);
  if (lines.length) expect(response.payload.endsWith('\n')).toBe(true);
  return {
    status: response.statusCode,
    headers: response.headers,
    results: lines.filter((line) => 'line' in line),
    summary: lines.find((line) => 'summary' in line),
    problem: type.startsWith('application/problem+json') ? (JSON.parse(response.payload) as MeetingLineFailed['problem']) : undefined,
  };
}

const ndjson = (...lines: unknown[]) => lines.map((line) => (typeof line === 'string' ? line : JSON.stringify(line))).join('\n');
const small = (title: string, overrides: Record<string, unknown> = {}) => ({ title, kind: 'talks', date: '2022-03-01', ...overrides });

beforeEach(async () => {
  await ctx.reset();
  await createInitiativeRow(ctx.prisma);
});

describe('POST /v1/meetings with an NDJSON body', () => {
  it('answers each line in order: created, malformed JSON, invalid, keyed, replayed, reused key, unresolvable', async () => {
    const answer = await bulk(
      ndjson(
        meetingBody(),
        '{"title": "Unterminated',
        small('Bad kind', { kind: 'summit' }),
        '',
        { idempotencyKey: 'line-key', meeting: small('Keyed') },
        { idempotencyKey: 'line-key', meeting: small('Keyed') },
        { idempotencyKey: 'line-key', meeting: small('Keyed, but another meeting') },
        small('Unknown initiative', { initiatives: [{ initiative: 'no-such-initiative', status: 'agreed' }] }),
        { idempotencyKey: 'bad-meeting', meeting: small('Keyed and bad', { date: '2021-02-30' }) },
        small('Last'),
      ),
    );
    expect(answer.status).toBe(200);
    expect(answer.headers['content-type']).toBe('application/x-ndjson; charset=utf-8');
    expect(answer.headers['cache-control']).toBe('no-store');
    // The token would predate the lines' commits: it is in the summary instead.
    expect(answer.headers['x-consistency-token']).toBeUndefined();
    expect(answer.results.map((result) => [result.line, result.status, result.problem?.code])).toEqual([
      [1, 201, undefined],
      [2, 400, 'invalid_json'],
      [3, 400, 'validation_failed'],
      [5, 201, undefined],
      [6, 201, undefined],
      [7, 422, 'idempotency_key_reused'],
      [8, 422, 'unprocessable'],
      [9, 400, 'validation_failed'],
      [10, 201, undefined],
    ]);
    const [first, malformed, invalid, keyed, replayed, , unresolvable, badKeyed] = answer.results;
    expect(malformed!.problem!.detail).toMatch(/^The line is not valid JSON: /);
    expect(invalid!.problem!.errors).toEqual([{ in: 'body', pointer: '/kind', message: expect.any(String) }]);
    expect(unresolvable!.problem!.errors![0]).toMatchObject({ pointer: '/initiatives/0/initiative' });
    // Pointers are within the line: a keyed line's meeting is under /meeting.
    expect(badKeyed!.problem!.errors![0]).toMatchObject({ in: 'body', pointer: '/meeting/date' });
    expect(malformed!.problem).toMatchObject({ status: 400, requestId: answer.headers['x-request-id'], instance: '/v1/meetings' });
    expect(replayed).toEqual({ ...keyed, line: 6, replayed: true });
    expect(answer.summary).toEqual({
      // Each result counted once: the replayed 201 (line 6) is neither created nor failed.
      summary: { results: 9, created: 3, failed: 5, replayed: 1, complete: true },
      consistencyToken: expect.any(String),
    });

    // What was created is what the JSON create would have made, where the lines say.
    expect(await ctx.prisma.meeting.count()).toBe(3);
    const read = await api().get(`${first!.location}?include=participants,statements,initiatives`).expect(200);
    expect(read.headers.etag).toBe(first!.etag);
    expect(read.body).toMatchObject({ id: first!.id, title: meetingBody().title, city: 'Tashkent' });
    expect(read.body.participants).toHaveLength(2);
    expect(read.body.statements).toHaveLength(2);
    expect(read.body.initiatives).toHaveLength(1);
    // The token reads the writes back (read-your-writes), as the header of a JSON create does.
    await api().get('/v1/meetings').set('x-consistency-token', answer.summary!.consistencyToken!).expect(200);
  });

  it("an unknown member of a line is that line's 400 at the member, as for the JSON create", async () => {
    const answer = await bulk(
      ndjson(small('Unknown member', { venue: 'Palace' }), {
        idempotencyKey: 'keyed-unknown',
        meeting: small('Keyed', { venue: 'Palace' }),
      }),
    );
    expect(answer.results.map((result) => [result.status, result.problem?.errors?.map((e) => e.pointer)])).toEqual([
      [400, ['/venue']],
      [400, ['/meeting/venue']],
    ]);
  });

  // Every problem the create finds inside the meeting (its references, not its shape) points into the line: at the
  // member on a plain line, under /meeting on a keyed one, in `errors` and in `detail` alike.
  it.each([
    [{ statements: [{ speakerKey: 'nobody', kind: 'reported', text: 'x' }] }, '/statements/0/speakerKey'],
    [{ initiatives: [{ initiative: 'no-such-initiative', status: 'discussed' }] }, '/initiatives/0/initiative'],
    [{ parentId: '00000000-0000-4000-8000-000000000000' }, '/parentId'],
    [{ sourceDocumentId: '00000000-0000-4000-8000-000000000000' }, '/sourceDocumentId'],
    [{ participants: [{ personId: '00000000-0000-4000-8000-000000000000', role: 'host' }] }, '/participants/0/personId'],
  ])('a create-time 422 %j points at %s, under /meeting on a keyed line', async (overrides, pointer) => {
    const answer = await bulk(
      ndjson(small('Plain', overrides), { idempotencyKey: `keyed-${pointer}`, meeting: small('Keyed', overrides) }),
    );
    expect(answer.results.map((result) => result.status)).toEqual([422, 422]);
    const [plain, keyed] = answer.results.map((result) => result.problem!);
    expect(plain!.errors![0]).toMatchObject({ in: 'body', pointer });
    expect(keyed!.errors![0]).toMatchObject({ in: 'body', pointer: `/meeting${pointer}` });
    expect(plain!.detail).toContain(`body${pointer}:`);
    expect(keyed!.detail).toContain(`body/meeting${pointer}:`);
  });

  it('a line is exactly a JSON body: the same text guard, Unicode normalisation and defaults', async () => {
    const answer = await bulk(
      ndjson(
        small('Café', { summary: 'Cafe\u0301 talks' }),
        small('Nul\u0000'),
        '{"__proto__": {"polluted": true}, "title": "x", "kind": "talks", "date": "2022-03-01"}',
        small('x', { extra: 1 }),
        `${JSON.stringify(small('Windows line end'))}\r`,
        `\uFEFF${JSON.stringify(small('Byte-order mark'))}`,
      ),
    );
    expect(answer.results.map((result) => [result.status, result.problem?.code])).toEqual([
      [201, undefined],
      [400, 'validation_failed'],
      [400, 'invalid_json'],
      [400, 'validation_failed'],
      [201, undefined],
      [201, undefined],
    ]);
    // The JSON body's parser skips a byte-order mark too.
    const bom = await ctx.app.inject({
      method: 'POST',
      url: '/v1/meetings',
      headers: { 'content-type': 'application/json' },
      payload: `\uFEFF${JSON.stringify(small('Byte-order mark'))}`,
    });
    expect(bom.statusCode).toBe(201);
    expect(answer.results[1]!.problem!.errors![0]).toMatchObject({ pointer: '/title', message: expect.stringMatching(/NUL/) });
    expect(answer.results[2]!.problem!.detail).toMatch(/__proto__/);
    const created = await api().get(answer.results[0]!.location!).expect(200);
    expect(created.body).toMatchObject({ summary: 'Caf\u00e9 talks', datePrecision: 'day', city: null });
  });

  it('each line is atomic: one that fails in the database leaves no row and no audit event; the others stand', async () => {
    await api()
      .post('/v1/people')
      .send({ name: 'Holder', identifiers: [{ scheme: 'wikidata', value: 'Q42' }] })
      .expect(201);
    const before = { people: await ctx.prisma.person.count(), events: await ctx.prisma.auditEvent.count() };
    const clash = small('Clash', {
      participants: [{ person: { name: 'Second Holder', identifiers: [{ scheme: 'wikidata', value: 'Q42' }] }, role: 'guest' }],
    });
    const answer = await bulk(
      ndjson(small('Before', { participants: [{ person: { name: 'Anna Berg' }, role: 'host' }] }), clash, small('After')),
    );
    expect(answer.results.map((result) => [result.line, result.status, result.problem?.code])).toEqual([
      [1, 201, undefined],
      [2, 409, 'conflict'],
      [3, 201, undefined],
    ]);
    // The clashing line got as far as inserting its new person before the identifier failed: rolled back with it.
    expect(await ctx.prisma.person.findMany({ where: { name: 'Second Holder' } })).toEqual([]);
    expect(await ctx.prisma.meeting.findMany({ where: { title: 'Clash' } })).toEqual([]);
    expect(await ctx.prisma.person.count()).toBe(before.people + 1);
    const events = await ctx.prisma.auditEvent.findMany({ where: { requestId: String(answer.headers['x-request-id']) } });
    expect(events.map((event) => `${event.recordType} ${event.action}`).sort()).toEqual([
      'meeting create',
      'meeting create',
      'participant create',
      'person create',
    ]);
    expect(await ctx.prisma.auditEvent.count()).toBe(before.events + 4);
    expect(
      events.every((event) => event.recordType !== 'meeting' || [answer.results[0]!.id, answer.results[2]!.id].includes(event.recordId)),
    ).toBe(true);
  });

  it('a keyed line that failed is stored as its problem: sent again, it replays it and writes nothing', async () => {
    await api()
      .post('/v1/people')
      .send({ name: 'Holder', identifiers: [{ scheme: 'wikidata', value: 'Q7' }] })
      .expect(201);
    const line = {
      idempotencyKey: 'failing',
      meeting: small('Clash', {
        participants: [{ person: { name: 'X', identifiers: [{ scheme: 'wikidata', value: 'Q7' }] }, role: 'guest' }],
      }),
    };
    const first = await bulk(ndjson(line));
    expect(first.results[0]).toMatchObject({ status: 409, problem: { code: 'conflict' } });
    expect(first.results[0]!.replayed).toBeUndefined();
    const again = await bulk(ndjson(line));
    expect(again.results[0]).toEqual({ ...first.results[0], replayed: true });
    expect(await ctx.prisma.meeting.count()).toBe(0);
  });

  it("a line's key is the JSON create's Idempotency-Key: a retry either way replays, another meeting is a 422", async () => {
    const meeting = small('Keyed both ways');
    const fromLine = await bulk(ndjson({ idempotencyKey: 'shared', meeting }));
    const json = await api().post('/v1/meetings').set('Idempotency-Key', 'shared').send(meeting).expect(201);
    expect(json.headers['idempotent-replayed']).toBe('true');
    expect(json.headers.location).toBe(fromLine.results[0]!.location);
    expect(json.headers.etag).toBe(fromLine.results[0]!.etag);
    expect(json.body).toMatchObject({ id: fromLine.results[0]!.id, title: 'Keyed both ways', participants: [], statements: [] });

    const created = await api().post('/v1/meetings').set('Idempotency-Key', 'json-first').send(small('JSON first')).expect(201);
    const line = await bulk(ndjson({ idempotencyKey: 'json-first', meeting: small('JSON first') }));
    expect(line.results[0]).toEqual({
      line: 1,
      status: 201,
      id: created.body.id,
      location: created.headers.location,
      etag: created.headers.etag,
      replayed: true,
    });
    const other = await bulk(ndjson({ idempotencyKey: 'json-first', meeting: small('Another') }));
    expect(other.results[0]).toMatchObject({ status: 422, problem: { code: 'idempotency_key_reused' } });
    await api().post('/v1/meetings').set('Idempotency-Key', 'shared').send(small('Another')).expect(422);
    expect(await ctx.prisma.meeting.count()).toBe(2);
  });

  it('a keyed line sent again after the process died between committing it and storing its result answers from the commit', async () => {
    const line = { idempotencyKey: 'crash', meeting: small('Committed before the crash') };
    const first = await bulk(ndjson(line));
    // What a crash in that window leaves: the meeting and the key's outcome committed, no result, an old claim.
    await ctx.prisma.$executeRaw`
      UPDATE idempotency_keys SET status_code = 0, headers = '{}'::jsonb, body = NULL, created_at = now() - interval '2 minutes'
      WHERE key = 'crash'`;
    const again = await bulk(ndjson(line));
    expect(again.results[0]).toEqual({ ...first.results[0], replayed: true });
    expect(await ctx.prisma.meeting.count()).toBe(1);
  });

  it('a bad key on a line is that line’s 400', async () => {
    const answer = await bulk(
      ndjson({ idempotencyKey: 'has space', meeting: small('A') }, { idempotencyKey: '', meeting: small('B') }, { meeting: small('C') }),
    );
    expect(answer.results.map((result) => [result.status, result.problem?.errors?.[0]?.pointer])).toEqual([
      [400, '/idempotencyKey'],
      [400, '/idempotencyKey'],
      [201, undefined],
    ]);
  });

  it('hostile lines are each a 4xx of their own, never a 5xx, and the request goes on', async () => {
    const deep = `${'['.repeat(100_000)}${']'.repeat(100_000)}`;
    const hostile = [
      'null',
      '[]',
      '"text"',
      '2147483648',
      'true',
      '1e999',
      '{}',
      '{"meeting": 1}',
      '{"meeting": null, "idempotencyKey": "k"}',
      '{"idempotencyKey": 5, "meeting": {}}',
      '{"meeting": {}, "extra": true}',
      deep,
      `{"title": ${deep}}`,
      '{"title": "Lone \\ud800 surrogate", "kind": "talks", "date": "2022-03-01"}',
      '{"title": "x", "kind": "talks", "date": "2022-03-01"} trailing',
      '{"title": "x"}{"title": "y"}',
      "{'title': 'single quotes'}",
      JSON.stringify(small('Duplicate keys')).replace(/\}$/, ', "kind": {"x": [1]}}'),
      JSON.stringify(small('y'.repeat(600))),
    ];
    const answer = await bulk([...hostile, JSON.stringify(small('Survivor'))].join('\n'));
    expect(answer.status).toBe(200);
    for (const result of answer.results.slice(0, -1)) {
      expect(result.status, JSON.stringify(result)).toBeGreaterThanOrEqual(400);
      expect(result.status, JSON.stringify(result)).toBeLessThan(500);
      expect(result.problem?.code).toBeTruthy();
    }
    expect(answer.results).toHaveLength(hostile.length + 1);
    expect(answer.results.at(-1)).toMatchObject({ status: 201 });
    expect(answer.summary!.summary).toMatchObject({ complete: true, created: 1, failed: hostile.length });
  });

  it('a body with no lines is a 400 problem, before anything is streamed', async () => {
    for (const body of ['', '\n\n', ' \t\r\n']) {
      const answer = await bulk(body);
      expect(answer.status).toBe(400);
      expect(answer.problem).toMatchObject({ code: 'invalid_json', detail: expect.stringMatching(/no lines/) });
    }
  });

  it('errors before the first line are problem+json: charset, Accept, a request-wide Idempotency-Key, query parameters', async () => {
    const body = ndjson(small('Not created'));
    const charset = await bulk(body, { 'content-type': 'application/x-ndjson; charset=latin1' });
    expect([charset.status, charset.problem?.code]).toEqual([415, 'unsupported_media_type']);
    expect((await bulk(body, { 'content-type': 'application/x-ndjson; charset=UTF-8' })).status).toBe(200);
    const accept = await bulk(body, { accept: 'application/json' });
    expect([accept.status, accept.problem?.code]).toEqual([406, 'not_acceptable']);
    expect((await bulk(body, { accept: 'application/json, application/x-ndjson;q=0.5' })).status).toBe(200);
    expect((await bulk(body, { accept: '*/*' })).status).toBe(200);
    expect((await bulk(body, { accept: 'application/x-ndjson; charset=utf-8' })).status).toBe(200);
    expect((await bulk(body, { accept: 'application/x-ndjson; charset=utf-16' })).status).toBe(406);
    const keyed = await bulk(body, { 'idempotency-key': 'whole-request' });
    expect([keyed.status, keyed.problem?.code]).toEqual([400, 'bad_request']);
    expect(keyed.problem!.detail).toMatch(/idempotencyKey/);
    const query = await ctx.app.inject({
      method: 'POST',
      url: '/v1/meetings?dryRun=true',
      headers: { 'content-type': 'application/x-ndjson' },
      payload: body,
    });
    expect([query.statusCode, query.json().code]).toEqual([400, 'validation_failed']);
    // One meeting for each of the four bodies answered 200 above.
    expect(await ctx.prisma.meeting.count()).toBe(4);
  });

  it('the JSON create is unchanged beside it, and no other route takes NDJSON', async () => {
    await api().post('/v1/meetings').send(small('JSON')).expect(201);
    const people = await ctx.app.inject({
      method: 'POST',
      url: '/v1/people',
      headers: { 'content-type': 'application/x-ndjson' },
      payload: '{"name": "Anna"}',
    });
    expect([people.statusCode, people.json().code]).toEqual([415, 'unsupported_media_type']);
    const meeting = (await api().post('/v1/meetings').send(small('Target')).expect(201)).body;
    const patch = await ctx.app.inject({
      method: 'PATCH',
      url: `/v1/meetings/${meeting.id}`,
      headers: { 'content-type': 'application/x-ndjson' },
      payload: '{"summary": "x"}',
    });
    expect(patch.statusCode).toBe(415);
  });
});

describe('a key shared by a line and a JSON create answers what the JSON create would', () => {
  // The key's stored response is the JSON create's, byte for byte: the meeting as its serializer writes it, a problem
  // with pointers at the meeting — whichever of the two used the key first (a trial found the replay's members in the
  // database's order and its pointers under /meeting).
  const keysOf = (value: unknown): unknown =>
    Array.isArray(value)
      ? value.map(keysOf)
      : value && typeof value === 'object'
        ? Object.entries(value as Record<string, unknown>).map(([key, inner]) => [key, keysOf(inner)])
        : null;
  const post = (body: unknown, key?: string) => {
    const request = supertest(ctx.app.server).post('/v1/meetings');
    return key ? request.set('idempotency-key', key).send(body as object) : request.send(body as object);
  };
  const bad = small('Keyed and bad', {
    participants: [{ key: 'a', person: { name: 'A Person' }, role: 'host' }],
    statements: [{ speakerKey: 'nobody', text: 'Said.' }],
  });

  it("a meeting created by a line: the replay is the JSON create's body, members in its order", async () => {
    const meeting = meetingBody({ title: 'Shared key, created' });
    const [line] = (await bulk(ndjson({ idempotencyKey: 'shared-created', meeting }))).results;
    expect(line).toMatchObject({ status: 201 });
    const replay = await post(meeting, 'shared-created').expect(201);
    expect(replay.headers['idempotent-replayed']).toBe('true');
    expect(replay.body.id).toBe(line!.id);
    const fresh = await post(meetingBody({ title: 'Shared key, created' })).expect(201);
    expect(keysOf(replay.body)).toEqual(keysOf(fresh.body));
  });

  it("a line refused: the replay is the JSON create's problem, pointing at the meeting", async () => {
    const [line] = (await bulk(ndjson({ idempotencyKey: 'shared-refused', meeting: bad }))).results;
    expect(line!.problem!.errors![0]!.pointer).toBe('/meeting/statements/0/speakerKey');
    const replay = await post(bad, 'shared-refused').expect(422);
    expect(replay.headers['idempotent-replayed']).toBe('true');
    const fresh = await post(bad).expect(422);
    expect(replay.body.errors).toEqual(fresh.body.errors);
    expect(replay.body.detail).toBe(fresh.body.detail);
    expect(Object.keys(replay.body)).toEqual(Object.keys(fresh.body));
  });

  it('a JSON create refused: the line replaying it points under /meeting', async () => {
    await post(bad, 'shared-json-first').expect(422);
    const [line] = (await bulk(ndjson({ idempotencyKey: 'shared-json-first', meeting: bad }))).results;
    expect(line).toMatchObject({ status: 422, replayed: true });
    expect(line!.problem!.errors![0]!.pointer).toBe('/meeting/statements/0/speakerKey');
  });
});

describe('authentication and rate limits, as for the JSON create', () => {
  const key = 'bulk-writer-key-0123456789';
  let app: FastifyInstance;
  beforeAll(async () => {
    const { API_KEYS } = loadConfig({ API_KEYS: `bulk-writer:${key}:read+write,reader:reader-key-0123456789:read` });
    app = await buildApp(
      { ...testConfig, API_KEYS, RATE_LIMIT_MAX: 3 },
      { prisma: ctx.prisma, expectedMigrations: await listMigrationNames() },
    );
    await app.ready();
  });
  afterAll(async () => app?.close());

  it('no key → 401, a read-only key → 403, before anything is read; a key writes as its name; one request counts once', async () => {
    const body = ndjson(small('One'), small('Two'));
    const anonymous = await bulk(body, {}, app);
    expect([anonymous.status, anonymous.problem?.code, anonymous.headers['www-authenticate']]).toEqual([401, 'unauthorized', 'Bearer']);
    const reader = await bulk(body, { authorization: 'Bearer reader-key-0123456789' }, app);
    expect([reader.status, reader.problem?.code]).toEqual([403, 'forbidden']);
    expect(await ctx.prisma.meeting.count()).toBe(0);

    const written = await bulk(body, { authorization: `Bearer ${key}` }, app);
    expect(written.results.map((result) => result.status)).toEqual([201, 201]);
    // Two lines, one request: the limit of 3 requests has 2 left.
    expect(written.headers['ratelimit-remaining']).toBe('2');
    const events = await ctx.prisma.auditEvent.findMany({ where: { recordType: 'meeting' } });
    expect(new Set(events.map((event) => event.actor))).toEqual(new Set(['bulk-writer']));
    await bulk(body, { authorization: `Bearer ${key}` }, app);
    await bulk(body, { authorization: `Bearer ${key}` }, app);
    const limited = await bulk(body, { authorization: `Bearer ${key}` }, app);
    expect([limited.status, limited.problem?.code]).toEqual([429, 'rate_limited']);
    expect(await ctx.prisma.meeting.count()).toBe(6);
  });
});
