import supertest from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type TestContext } from './helpers/app.js';
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { createInitiativeRow, meetingBody } from './helpers/factories.js';

// A cursor is opaque to clients but not signed: whatever a client makes of it must come back as 400 invalid_cursor,
// never reach PostgreSQL as something it cannot hold (NUL, a lone surrogate) and never page another list.

let ctx: TestContext;
beforeAll(async () => {
  ctx = await createTestContext();
  await ctx.prisma.person.createMany({ data: [1, 2, 3].map((n) => ({ name: `Cursor Person ${n}` })) });
  for (const n of [1, 2, 3]) await createInitiativeRow(ctx.prisma, `cursor-initiative-${n}`, `Cursor Initiative ${n}`);
});
afterAll(async () => ctx.close());

const api = () => supertest(ctx.app.server);
const payloadOf = (cursor: string) => JSON.parse(Buffer.from(cursor, 'base64url').toString()) as { q: string; k: unknown[] };
const cursorOf = (q: string, k: unknown[]) => Buffer.from(JSON.stringify({ q, k })).toString('base64url');

// Lists whose cursor carries a text sort key (a name), sorted by it.
const textSorted = ['/v1/people?limit=1&sort=name', '/v1/initiatives?limit=1&sort=name'];

describe.each(textSorted)('%s', (url) => {
  it.each([
    ['a NUL in the name', '\u0000x', 'invalid_cursor'],
    ['a lone surrogate', '\uD800x', 'invalid_cursor'],
    ['a number for a name', 42, 'invalid_cursor'],
    // Past the cursor parameter's own length limit: refused as the parameter it is.
    ['a name longer than any', 'x'.repeat(5000), 'validation_failed'],
  ])('a cursor with %s → 400 %s', async (_label, name, code) => {
    const { nextCursor } = (await api().get(url).expect(200)).body;
    const payload = payloadOf(nextCursor);
    const response = await api()
      .get(`${url}&cursor=${cursorOf(payload.q, [name, payload.k[1]])}`)
      .expect(400);
    expect(response.body.code).toBe(code);
  });
});

it("refuses a cursor of one list on another with the same parameters (people's on initiatives)", async () => {
  const { nextCursor } = (await api().get('/v1/people?limit=1').expect(200)).body;
  const response = await api().get(`/v1/initiatives?limit=1&cursor=${nextCursor}`).expect(400);
  expect(response.body.code).toBe('invalid_cursor');
});

describe('a cursor whose key has an item more or fewer than the list issues → 400 invalid_cursor, on every paged list', () => {
  let lists: string[] = [];
  beforeAll(async () => {
    await createInitiativeRow(ctx.prisma);
    const first = (await api().post('/v1/meetings').send(meetingBody()).expect(201)).body;
    await api()
      .post('/v1/meetings')
      .send(meetingBody({ date: '2021-07-16' }))
      .expect(201);
    await api().patch(`/v1/meetings/${first.id}`).send({ summary: 'A second version.' }).expect(200);
    await api().post(`/v1/meetings/${first.id}/initiatives`).send({ initiative: 'cursor-initiative-1', status: 'discussed' }).expect(201);
    for (const text of [
      'Minister Ana Silva met Minister Kenji Mori in Lisbon on 3 May 2024.',
      'Minister Ana Silva met Minister Wang Yi on 4 May 2024.',
    ])
      await api().post('/v1/documents').send({ text }).expect(201);
    lists = [
      '/v1/meetings?limit=1',
      `/v1/meetings/${first.id}/history?limit=1`,
      `/v1/meetings/${first.id}/participants?limit=1`,
      `/v1/meetings/${first.id}/statements?limit=1`,
      `/v1/meetings/${first.id}/initiatives?limit=1`,
      '/v1/participants?limit=1',
      '/v1/statements?limit=1',
      '/v1/meeting-initiatives?limit=1',
      '/v1/people?limit=1',
      '/v1/initiatives?limit=1',
      '/v1/documents?limit=1',
      '/v1/search?q=pandemic&limit=1',
      '/v1/initiatives/covid-19-vaccine-supply/timeline?limit=1',
    ];
  });

  it('covers every list of the contract that takes a cursor', () => {
    const contract = parse(readFileSync(new URL('../openapi.yaml', import.meta.url), 'utf8')) as {
      paths: Record<string, { get?: { parameters?: Array<{ name?: string }> } }>;
    };
    const paged = Object.entries(contract.paths)
      .filter(([, operations]) => operations.get?.parameters?.some((parameter) => parameter.name === 'cursor'))
      .map(([path]) => path.replace(/\{[^}]+\}/g, '*'));
    const covered = new Set(
      lists.map((url) =>
        url
          .split('?')[0]!
          .replace(/\/[0-9a-f-]{36}(?=\/|$)/g, '/*')
          .replace('/covid-19-vaccine-supply/', '/*/'),
      ),
    );
    expect(paged.filter((path) => !covered.has(path))).toEqual([]);
  });

  it.each([
    ['a character appended', (cursor: string) => `${cursor}x`],
    ['padding appended', (cursor: string) => `${cursor}=`],
    ['a standard-base64 character', (cursor: string) => `${cursor.slice(0, -1)}+`],
  ])('%s → 400 invalid_cursor, on every paged list', async (_how, mangle) => {
    for (const url of lists) {
      const { nextCursor } = (await api().get(url).expect(200)).body;
      const response = await api().get(`${url}&cursor=${encodeURIComponent(mangle(nextCursor))}`);
      expect([url, response.status, response.body.code]).toEqual([url, 400, 'invalid_cursor']);
    }
  });

  it("another list's cursor → 400 invalid_cursor that says it belongs to another query, on every paged list", async () => {
    // New-user trial 138 F9: a meetings cursor on /v1/search had been "not one this API issued".
    const cursors = new Map<string, string>();
    for (const url of lists) cursors.set(url, (await api().get(url).expect(200)).body.nextCursor);
    for (const url of lists)
      for (const [from, cursor] of cursors) {
        if (from === url) continue;
        const response = await api().get(`${url}&cursor=${encodeURIComponent(cursor)}`);
        expect([url, from, response.status, response.body.code, response.body.detail]).toEqual([
          url,
          from,
          400,
          'invalid_cursor',
          expect.stringContaining('belongs to a different query'),
        ]);
      }
  });

  it.each(['an item more', 'an item fewer'])('%s', async (how) => {
    for (const url of lists) {
      const first = await api().get(url);
      expect([url, first.status]).toEqual([url, 200]);
      const { nextCursor } = first.body;
      expect(nextCursor, url).toEqual(expect.any(String));
      const payload = payloadOf(nextCursor);
      const key = how === 'an item more' ? [...payload.k, payload.k.at(-1)] : payload.k.slice(0, -1);
      const response = await api().get(`${url}&cursor=${cursorOf(payload.q, key)}`);
      expect([url, response.status, response.body.code]).toEqual([url, 400, 'invalid_cursor']);
      // The cursor as issued still pages.
      await api().get(`${url}&cursor=${nextCursor}`).expect(200);
    }
  });
});

// Lists ranked by a score (a real): a number a real cannot hold is no key this API issued.
describe.each(['/v1/people?limit=1&q=cursor', '/v1/initiatives?limit=1&q=cursor'])('%s', (url) => {
  it.each([
    ['1e308', 1e308],
    ['-1e39', -1e39],
    ['3.5e38', 3.5e38],
  ])('a score of %s → 400 invalid_cursor, not a failed cast', async (_label, score) => {
    const { nextCursor } = (await api().get(url).expect(200)).body;
    const payload = payloadOf(nextCursor);
    const response = await api().get(`${url}&cursor=${cursorOf(payload.q, [score, payload.k[1]])}`);
    expect([response.status, response.body.code]).toEqual([400, 'invalid_cursor']);
  });
});
