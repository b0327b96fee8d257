import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import supertest from 'supertest';
import { createTestContext, type TestContext } from './helpers/app.js';
import { createInitiativeRow, meetingBody } from './helpers/factories.js';

// Idempotency-Key on every route that creates, as a table: the key belongs to the route and its parameters, not to
// the URL's spelling; and a retry after the process died between committing and storing its response answers from
// what was committed instead of creating it again.

let ctx: TestContext;
beforeAll(async () => {
  ctx = await createTestContext();
});
afterAll(async () => ctx.close());

const api = () => supertest(ctx.app.server);
let meeting: { id: string; participants: Array<{ key?: string; id: string }> };
let counter = 0;

beforeEach(async () => {
  await ctx.reset();
  await createInitiativeRow(ctx.prisma);
  await createInitiativeRow(ctx.prisma, 'belt-and-road-initiative', 'Belt and Road Initiative');
  meeting = (await api().post('/v1/meetings').send(meetingBody()).expect(201)).body;
});

interface Route {
  name: string;
  /** A fresh request: the URL and body (documents are new texts each time). */
  request: () => Promise<{ url: string; body: unknown; contentType?: string }>;
  count: () => Promise<number>;
}

const readout = () =>
  `Foreign Minister Anna Berg met Finnish Foreign Minister Pekka Laine in Stockholm on 3 May 2024. Note ${(counter += 1)}.`;

const routes: Route[] = [
  {
    name: 'POST /v1/meetings',
    request: async () => ({ url: '/v1/meetings', body: meetingBody({ title: 'Another meeting' }) }),
    count: () => ctx.prisma.meeting.count(),
  },
  {
    name: 'POST /v1/people',
    request: async () => ({ url: '/v1/people', body: { name: 'Anna Berg', countryCode: 'SE' } }),
    count: () => ctx.prisma.person.count(),
  },
  {
    name: 'POST /v1/initiatives',
    request: async () => ({ url: '/v1/initiatives', body: { slug: 'baltic-sea-strategy', name: 'Baltic Sea Strategy' } }),
    count: () => ctx.prisma.initiative.count(),
  },
  {
    name: 'POST /v1/meetings/{id}/participants',
    request: async () => ({
      url: `/v1/meetings/${meeting.id}/participants`,
      body: { person: { name: 'Anna Berg', countryCode: 'SE' }, role: 'third_party' },
    }),
    count: () => ctx.prisma.participant.count(),
  },
  {
    name: 'POST /v1/meetings/{id}/statements',
    request: async () => ({
      url: `/v1/meetings/${meeting.id}/statements`,
      body: { kind: 'joint', text: 'The sides agreed to meet again.' },
    }),
    count: () => ctx.prisma.statement.count(),
  },
  {
    name: 'POST /v1/meetings/{id}/initiatives',
    request: async () => ({
      url: `/v1/meetings/${meeting.id}/initiatives`,
      body: { initiative: 'belt-and-road-initiative', status: 'discussed' },
    }),
    count: () => ctx.prisma.meetingInitiative.count(),
  },
  {
    name: 'POST /v1/documents',
    request: async () => ({ url: '/v1/documents', body: { text: readout() } }),
    count: () => ctx.prisma.sourceDocument.count(),
  },
  {
    name: 'POST /v1/documents/{id}/commit',
    request: async () => {
      const document = (await api().post('/v1/documents').send({ text: readout() }).expect(201)).body;
      return { url: `/v1/documents/${document.id}/commit`, body: {} };
    },
    count: () => ctx.prisma.meeting.count(),
  },
];

const post = (url: string, key: string, body: unknown) =>
  api()
    .post(url)
    .set('Idempotency-Key', key)
    .send(body as object);

describe.each(routes)('$name', ({ request, count }) => {
  it('is one target however the URL is spelled: a trailing slash replays the first response', async () => {
    const { url, body } = await request();
    const before = await count();
    const first = await post(url, 'same-key', body).expect(201);
    const again = await post(`${url}/`, 'same-key', body).expect(201);
    expect(again.headers['idempotent-replayed']).toBe('true');
    expect(again.headers.location).toBe(first.headers.location);
    expect(await count()).toBe(before + 1);
  });

  it('is one target whatever the case of the ids in the URL: an upper-case id replays, Location in lower case', async () => {
    const { url, body } = await request();
    const upper = url.replace(/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/g, (id) => id.toUpperCase());
    const before = await count();
    const first = await post(upper, 'case-key', body).expect(201);
    expect(first.headers.location).toBe(first.headers.location?.toLowerCase());
    const again = await post(url, 'case-key', body).expect(201);
    expect(again.headers['idempotent-replayed']).toBe('true');
    expect(again.headers.location).toBe(first.headers.location);
    expect(await count()).toBe(before + 1);
  });

  it('an Idempotency-Key header sent twice is a 400 that says so, and nothing is created', async () => {
    const { url, body } = await request();
    const before = await count();
    const response = await api()
      .post(url)
      // Node sends a header given as an array once per value (supertest types arrays for Cookie only).
      .set('Idempotency-Key', ['twice-a', 'twice-b'] as unknown as string)
      .send(body as object)
      .expect(400);
    expect(response.body.detail).toBe('Idempotency-Key was sent 2 times; send it once.');
    expect(await count()).toBe(before);
  });

  it('a replay is the first response byte for byte (members in the same order), not only the same JSON', async () => {
    const { url, body } = await request();
    const first = await post(url, 'byte-key', body).expect(201);
    const again = await post(url, 'byte-key', body).expect(201);
    expect(again.headers['idempotent-replayed']).toBe('true');
    expect(again.text).toBe(first.text);
  });

  it('a retry after the process died between committing and storing the response answers from what it committed', async () => {
    const { url, body } = await request();
    const before = await count();
    const first = await post(url, 'crash-after-commit', body).expect(201);
    // What a crash in that window leaves behind: the change and its outcome committed, no response, an old claim.
    await ctx.prisma.$executeRaw`
      UPDATE idempotency_keys SET status_code = 0, headers = '{}'::jsonb, body = NULL, created_at = now() - interval '2 minutes'
      WHERE key = 'crash-after-commit'`;
    const retry = await post(url, 'crash-after-commit', body).expect(201);
    expect(retry.headers['idempotent-replayed']).toBe('true');
    expect(retry.headers.location).toBe(first.headers.location);
    expect(retry.body.id ?? retry.body.data?.[0]?.id).toBe(first.body.id ?? first.body.data?.[0]?.id);
    expect(await count()).toBe(before + 1);
    const third = await post(url, 'crash-after-commit', body).expect(201);
    expect(third.headers.location).toBe(first.headers.location);
    expect(await count()).toBe(before + 1);
  });

  // New-user trial 100: an orphaned claim answered "Retry-After: 2" for its whole minute.
  it.each([
    ['1 second', 1, (seconds: number) => seconds === 2],
    ['30 seconds', 30, (seconds: number) => seconds > 2 && seconds <= 30],
    ['59 seconds', 59, (seconds: number) => seconds === 2],
  ])('a retry while the claim is %s old is a 409 whose Retry-After says when to come back', async (_label, age, fits) => {
    const { url, body } = await request();
    const key = `claim-${age}`;
    await post(url, key, body).expect((response) => expect(response.status).toBeLessThan(300));
    await ctx.prisma.$executeRaw`
      UPDATE idempotency_keys SET status_code = 0, headers = '{}'::jsonb, body = NULL, created_at = now() - make_interval(secs => ${age})
      WHERE key = ${key}`;
    const retry = await post(url, key, body).expect(409);
    expect(fits(Number(retry.headers['retry-after'])), retry.headers['retry-after']).toBe(true);
    expect(retry.body.detail).toContain(`${retry.headers['retry-after']} s`);
  });

  it('a retry after the process died before committing runs the request again', async () => {
    const { url, body } = await request();
    const before = await count();
    const first = await post(url, 'crash-before-commit', body).expect(201);
    // What a crash before the commit leaves behind: no record and a claim with no response and no outcome.
    const made: string[] = first.body.data ? first.body.data.map((m: { id: string }) => `/v1/meetings/${m.id}`) : [first.headers.location];
    if (url !== '/v1/documents') for (const location of made) await api().delete(location).expect(204);
    await ctx.prisma.$executeRaw`
      UPDATE idempotency_keys SET status_code = 0, headers = '{}'::jsonb, body = NULL, outcome = NULL, created_at = now() - interval '2 minutes'
      WHERE key = 'crash-before-commit'`;
    const retry = await post(url, 'crash-before-commit', body);
    expect(retry.headers['idempotent-replayed']).toBeUndefined();
    // Documents are content-addressed and never deleted: the retry finds the stored text (200).
    expect(retry.status).toBe(url === '/v1/documents' ? 200 : 201);
    expect(await count()).toBe(before + 1);
  });
});

describe('POST /v1/documents/{id}/commit: no body, JSON null and {} are one request', () => {
  it.each([
    ['no body, then {}', undefined, {}],
    ['{}, then no body', {}, undefined],
    ['JSON null, then {}', 'null', {}],
  ])('%s: the retry replays the first commit', async (_name, first, second) => {
    const document = (await api().post('/v1/documents').send({ text: readout() }).expect(201)).body;
    const url = `/v1/documents/${document.id}/commit`;
    const send = (body: unknown) => {
      const request = api().post(url).set('Idempotency-Key', 'commit-once').set('content-type', 'application/json');
      return body === undefined ? request : request.send(body as object);
    };
    const created = await send(first).expect(201);
    const before = await ctx.prisma.meeting.count();
    const replay = await send(second).expect(201);
    expect(replay.headers['idempotent-replayed']).toBe('true');
    expect(replay.text).toBe(created.text);
    expect(await ctx.prisma.meeting.count()).toBe(before);
  });
});
