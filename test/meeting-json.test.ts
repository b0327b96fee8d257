import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../src/app.js';
import { listMigrationNames } from '../src/db/schema-engine.js';
import { meetingIncludes, meetingPageSchema, meetingSchema } from '../src/modules/meetings/meetings.schemas.js';
import { testConfig, useTestContext } from './helpers/app.js';
import { buildPreviousReadsApp } from './helpers/previous-meeting-reads.js';
import { createVariedMeetings, includeCombinations, type VariedMeetings } from './helpers/varied-meetings.js';

// GET /v1/meetings/{id} and GET /v1/meetings send the JSON PostgreSQL builds, unchecked on the way out. Here it is
// checked: over generated meetings (every script, every character JSON escapes, nulls, empty and long lists, ties,
// provenance spans that halve a character outside the BMP) each answer is the zod schema's — parsing it changes
// nothing — and the very bytes, ETag and Link the previous implementation (Prisma rows, DTOs, fastify's zod
// serializer; test/helpers/previous-meeting-reads.ts) sends, with the default response budget and with one small
// enough to cut lists and pages.

const ctx = useTestContext();
const smallBudget = 16_384;
const defaultBudget = 4 * 1024 * 1024;
let data: VariedMeetings;
const apps = {} as Record<'previous' | 'small' | 'previousSmall', FastifyInstance>;

beforeAll(async () => {
  data = await createVariedMeetings(ctx.prisma, 20261130, 30);
  apps.previous = await buildPreviousReadsApp(ctx.prisma, defaultBudget);
  apps.previousSmall = await buildPreviousReadsApp(ctx.prisma, smallBudget);
  apps.small = await buildApp(
    { ...testConfig, RESPONSE_BUDGET_BYTES: smallBudget },
    { prisma: ctx.prisma, expectedMigrations: await listMigrationNames() },
  );
}, 120_000);
afterAll(async () => Promise.all(Object.values(apps).map((app) => app.close())));

/** Asks both apps; their answers must agree in status, type, ETag, Link and body, byte for byte. */
async function expectSameAnswer(url: string, now: FastifyInstance, before: FastifyInstance): Promise<LightMyRequestResponse> {
  const [current, previous] = await Promise.all([now.inject({ method: 'GET', url }), before.inject({ method: 'GET', url })]);
  expect(current.statusCode, url).toBe(previous.statusCode);
  expect(current.headers['content-type'], url).toBe(previous.headers['content-type']);
  expect(current.headers.etag, url).toBe(previous.headers.etag);
  expect(current.headers.link, url).toBe(previous.headers.link);
  expect(current.body, url).toBe(previous.body);
  return current;
}

/** Parsing with the schema keeps every member and adds none, at every depth (zod drops members it does not know). */
function expectContract(schema: typeof meetingSchema | typeof meetingPageSchema, body: string) {
  const value: unknown = JSON.parse(body);
  expect(schema.parse(value)).toEqual(value);
}

describe('a meeting as JSON that PostgreSQL builds', () => {
  it('GET /v1/meetings/{id} with every combination of lists answers as before, within the schema', async () => {
    const bodies: string[] = [];
    for (const id of data.meetingIds) {
      for (const include of includeCombinations(meetingIncludes)) {
        // No list: no include parameter (an empty one is a 400).
        const answer = await expectSameAnswer(`/v1/meetings/${id}${include ? `?include=${include}` : ''}`, ctx.app, apps.previous);
        expect(answer.statusCode).toBe(200);
        expectContract(meetingSchema, answer.body);
        bodies.push(answer.body);
      }
    }
    // The data holds what the encoders must get right: lone surrogates from spans that halve a character (both
    // halves), escaped control characters, numbers JavaScript writes otherwise than PostgreSQL, empty lists, nulls.
    for (const pattern of [
      /\\ud[89ab][0-9a-f]{2}/,
      /\\ud[c-f][0-9a-f]{2}/,
      /\\u001f/,
      /"confidence":1\.5e-7/,
      /"confidence":0\.00001/,
      /":\[\]/,
      /":null/,
    ])
      expect(
        bodies.some((body) => pattern.test(body)),
        String(pattern),
      ).toBe(true);
  }, 180_000);

  it('a meeting past a small budget has its lists cut and named in truncated, as before', async () => {
    const answer = await expectSameAnswer(
      `/v1/meetings/${data.bigMeetingId}?include=statements,participants`,
      apps.small,
      apps.previousSmall,
    );
    expect((JSON.parse(answer.body) as { truncated?: string[] }).truncated).toEqual(['statements']);
    expectContract(meetingSchema, answer.body);
    for (const id of data.meetingIds) {
      const all = await expectSameAnswer(`/v1/meetings/${id}?include=${meetingIncludes.join(',')}`, apps.small, apps.previousSmall);
      expectContract(meetingSchema, all.body);
    }
  }, 60_000);

  it('answers an unknown meeting with the same 404 problem', async () => {
    const url = '/v1/meetings/0190a000-0000-7000-8000-000000000000?include=statements';
    const answer = await ctx.app.inject({ method: 'GET', url });
    expect(answer.statusCode).toBe(404);
    expect(answer.headers['content-type']).toBe('application/problem+json; charset=utf-8');
    expect(answer.json()).toMatchObject({ code: 'not_found', status: 404 });
  });

  it('HEAD has the headers of GET and no body; the ETag gives 304 and a foreign If-Match 412', async () => {
    const url = `/v1/meetings/${data.meetingIds[3]}?include=participants,statements`;
    const get = await ctx.app.inject({ method: 'GET', url });
    const head = await ctx.app.inject({ method: 'HEAD', url });
    expect(head.statusCode).toBe(200);
    expect(head.body).toBe('');
    expect(head.headers.etag).toBe(get.headers.etag);
    expect(head.headers['content-type']).toBe('application/json; charset=utf-8');
    expect(Number(head.headers['content-length'])).toBe(Buffer.byteLength(get.body));
    const fresh = await ctx.app.inject({ method: 'GET', url, headers: { 'if-none-match': String(get.headers.etag) } });
    expect([fresh.statusCode, fresh.body]).toEqual([304, '']);
    const foreign = await ctx.app.inject({ method: 'GET', url, headers: { 'if-match': '"abc"' } });
    expect(foreign.statusCode).toBe(412);
    expect(foreign.headers['content-type']).toBe('application/problem+json; charset=utf-8');
  });
});

/** Every page of a list, following nextCursor, each answered as before and within the schema. */
async function expectSameList(query: string, now: FastifyInstance, before: FastifyInstance): Promise<number> {
  let url: string | null = `/v1/meetings?${query}`;
  let pages = 0;
  while (url) {
    const answer = await expectSameAnswer(url, now, before);
    expect(answer.statusCode, url).toBe(200);
    expectContract(meetingPageSchema, answer.body);
    const { nextCursor } = JSON.parse(answer.body) as { nextCursor: string | null };
    url = nextCursor ? `/v1/meetings?${query}&cursor=${encodeURIComponent(nextCursor)}` : null;
    pages += 1;
  }
  return pages;
}

describe('pages of meetings as JSON that PostgreSQL builds', () => {
  it.each([
    'limit=7',
    `limit=5&include=${meetingIncludes.join(',')}`,
    'sort=createdAt&limit=9&include=participants,initiatives&count=exact',
    'sort=-updatedAt&limit=100&include=statements',
    'sort=date&country=KZ&limit=4&include=provenance',
    'kind=talks,visit&limit=3&count=exact',
  ])('every page of ?%s answers as before, within the schema', async (query) => {
    expect(await expectSameList(query, ctx.app, apps.previous)).toBeGreaterThan(0);
  });

  it('a page past a small budget ends early with a cursor that continues, its meetings cut as before', async () => {
    const pages = await expectSameList(`limit=100&include=${meetingIncludes.join(',')}`, apps.small, apps.previousSmall);
    expect(pages).toBeGreaterThan(1);
    await expectSameList('limit=100&include=statements&sort=createdAt', apps.small, apps.previousSmall);
  }, 60_000);
});
