import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import supertest from 'supertest';
import type { FastifyInstance } from 'fastify';
import { buildApp } from '../src/app.js';
import { listMigrationNames } from '../src/db/schema-engine.js';
import { createTestContext, testConfig, type TestContext } from './helpers/app.js';

// Pages are bounded in bytes as well as in count: a page stops before its body passes RESPONSE_BUDGET_BYTES and its
// cursor continues from there; a meeting whose embedded lists alone would pass the budget has them cut and named in
// `truncated`. First the issue's case at the default budget (4 MiB), then every list route under a tiny budget.

let ctx: TestContext;
const budget = 4 * 1024 * 1024;

beforeAll(async () => {
  ctx = await createTestContext();
});
afterAll(async () => ctx?.close());

/** Follows nextCursor from `url` to the end; returns every page's body and size. */
async function allPages(app: FastifyInstance, url: string) {
  const pages: Array<{ bytes: number; body: { data: Array<Record<string, unknown>>; nextCursor: string | null } }> = [];
  let next: string | null = url;
  while (next) {
    const response = await supertest(app.server).get(next).buffer(true).expect(200);
    const body = response.body as { data: Array<Record<string, unknown>>; nextCursor: string | null };
    pages.push({ bytes: Buffer.byteLength(response.text), body });
    if (body.nextCursor) {
      expect(response.headers.link).toContain('rel="next"');
      const target = new URL(url, 'http://x');
      target.searchParams.set('cursor', body.nextCursor);
      next = `${target.pathname}${target.search}`;
    } else next = null;
    if (pages.length > 200) throw new Error('paging does not end');
  }
  return pages;
}

const hundredKb = (index: number) => `${`Statement ${index}. `.padEnd(100_000, 'x')}`;

describe('the default budget (4 MiB)', () => {
  it('20 meetings with 9 statements of 100 KB each: an 18 MB page becomes several bounded pages', async () => {
    await ctx.reset();
    const meetings = await ctx.prisma.meeting.createManyAndReturn({
      data: Array.from({ length: 20 }, (_, index) => ({
        title: `Meeting ${index}`,
        kind: 'talks' as const,
        date: new Date(Date.UTC(2024, 0, 1 + index)),
      })),
    });
    await ctx.prisma.statement.createMany({
      data: meetings.flatMap((meeting) =>
        Array.from({ length: 9 }, (_, position) => ({
          meetingId: meeting.id,
          position,
          kind: 'narrative' as const,
          text: hundredKb(position),
        })),
      ),
    });
    const pages = await allPages(ctx.app, '/v1/meetings?include=statements&limit=100');
    expect(pages.length).toBeGreaterThanOrEqual(5);
    for (const page of pages) expect(page.bytes).toBeLessThanOrEqual(budget);
    const seen = pages.flatMap((page) => page.body.data);
    expect(seen.map((meeting) => meeting.title)).toEqual(Array.from({ length: 20 }, (_, index) => `Meeting ${19 - index}`));
    for (const meeting of seen) {
      expect(meeting.statements).toHaveLength(9);
      expect(meeting.truncated).toBeUndefined();
    }
  });

  it('a meeting whose statements alone pass the budget: the list is cut and named in `truncated`; its own route pages through all of it', async () => {
    await ctx.reset();
    const meeting = await ctx.prisma.meeting.create({ data: { title: 'Long talks', kind: 'talks', date: new Date('2024-05-01') } });
    await ctx.prisma.statement.createMany({
      data: Array.from({ length: 50 }, (_, position) => ({
        meetingId: meeting.id,
        position,
        kind: 'narrative' as const,
        text: hundredKb(position),
      })),
    });
    const single = await supertest(ctx.app.server)
      .get(`/v1/meetings/${meeting.id}?include=participants,statements`)
      .buffer(true)
      .expect(200);
    expect(Buffer.byteLength(single.text)).toBeLessThanOrEqual(budget);
    expect(single.body.truncated).toEqual(['statements']);
    expect(single.body.participants).toEqual([]);
    const kept = single.body.statements as Array<{ text: string }>;
    expect(kept.length).toBeGreaterThan(30);
    expect(kept.length).toBeLessThan(50);
    expect(kept.every((statement, index) => statement.text.startsWith(`Statement ${index}. `))).toBe(true);

    const [listed] = (await allPages(ctx.app, '/v1/meetings?include=statements')).flatMap((page) => page.body.data);
    expect(listed?.truncated).toEqual(['statements']);

    const statementPages = await allPages(ctx.app, `/v1/meetings/${meeting.id}/statements?limit=100`);
    expect(statementPages.length).toBeGreaterThan(1);
    for (const page of statementPages) expect(page.bytes).toBeLessThanOrEqual(budget);
    const statements = statementPages.flatMap((page) => page.body.data) as Array<{ text: string }>;
    expect(statements).toHaveLength(50);
    expect(statements.every((statement, index) => statement.text.startsWith(`Statement ${index}. `))).toBe(true);
  });
});

describe('every list route under a small budget', () => {
  const small = 3_000;
  let bounded: FastifyInstance;
  let meetingId: string;

  beforeAll(async () => {
    await ctx.reset();
    bounded = await buildApp(
      { ...testConfig, RESPONSE_BUDGET_BYTES: small },
      { prisma: ctx.prisma, expectedMigrations: await listMigrationNames() },
    );
    await bounded.ready();
    const api = supertest(ctx.app.server);
    const long = (label: string, index: number) => `${label} ${index} on the Caspian transport corridor `.padEnd(400, '.');
    for (let index = 0; index < 12; index += 1)
      await api
        .post('/v1/initiatives')
        .send({ slug: `corridor-${index}`, name: `Corridor ${index}`, description: long('Initiative', index) })
        .expect(201);
    const created = await api
      .post('/v1/meetings')
      .send({
        title: 'Caspian corridor talks',
        kind: 'talks',
        date: '2024-03-01',
        summary: long('Summary', 0),
        participants: Array.from({ length: 12 }, (_, index) => ({
          key: `p${index}`,
          person: {
            name: `Envoy Number ${index} of the Caspian corridor`,
            aliases: [long('Envoy alias', index).slice(0, 200)],
            countryCode: 'KZ',
          },
          title: long('Title', index).slice(0, 300),
          role: 'third_party',
        })),
        statements: Array.from({ length: 12 }, (_, index) => ({
          speakerKey: `p${index}`,
          text: long('Statement about the corridor', index),
        })),
        initiatives: Array.from({ length: 12 }, (_, index) => ({
          initiative: `corridor-${index}`,
          status: 'discussed',
          description: long('Link', index),
        })),
      })
      .expect(201);
    meetingId = created.body.id;
    for (let index = 1; index < 12; index += 1)
      await api
        .post('/v1/meetings')
        .send({
          title: `Corridor talks ${index}`,
          kind: 'talks',
          date: `2024-03-${String(index + 1).padStart(2, '0')}`,
          summary: long('Summary corridor', index),
          initiatives: [{ initiative: 'corridor-0', status: 'discussed', description: long('Timeline', index) }],
        })
        .expect(201);
    for (let index = 0; index < 12; index += 1)
      await api
        .post('/v1/documents')
        .set('Content-Type', 'text/plain')
        .send(`${long('Readout about the corridor', index)}\nMinister A met Minister B in Astana on 3 May 2024.`)
        .expect(201);
    for (let index = 0; index < 12; index += 1)
      await api
        .patch(`/v1/meetings/${meetingId}`)
        .set('If-Match', '*')
        .send({ summary: long('Revised summary', index) })
        .expect(200);
  });
  afterAll(async () => bounded?.close());

  const routes = () => [
    '/v1/meetings?limit=100',
    '/v1/meetings?limit=100&include=participants,statements,initiatives',
    `/v1/meetings/${meetingId}/participants?limit=100`,
    `/v1/meetings/${meetingId}/statements?limit=100`,
    `/v1/meetings/${meetingId}/initiatives?limit=100`,
    `/v1/meetings/${meetingId}/history?limit=100`,
    '/v1/people?limit=100',
    '/v1/people?limit=100&q=envoy',
    '/v1/initiatives?limit=100',
    '/v1/initiatives?limit=100&q=corridor',
    '/v1/documents?limit=100',
    '/v1/search?limit=100&q=corridor',
    '/v1/participants?limit=100',
    '/v1/statements?limit=100',
    '/v1/meeting-initiatives?limit=100',
    '/v1/initiatives/corridor-0/timeline?limit=100',
  ];

  it('covers every list operation in the contract', async () => {
    const contract = (await supertest(ctx.app.server).get('/openapi.json').expect(200)).body as {
      paths: Record<string, Record<string, { responses: Record<string, { content?: Record<string, { schema?: { $ref?: string } }> }> }>>;
    };
    const pageOperations = Object.entries(contract.paths).flatMap(([path, operations]) =>
      Object.entries(operations).flatMap(([method, operation]) =>
        method === 'get' && /Page$/.test(operation.responses['200']?.content?.['application/json']?.schema?.$ref ?? '') ? [path] : [],
      ),
    );
    // The change feed never ends (its cursor is where to poll next): it has a test of its own below.
    const tested = new Set([
      ...routes().map((url) => url.split('?')[0]!.replace(meetingId, '{meetingId}').replace('/corridor-0/', '/{initiativeKey}/')),
      '/v1/changes',
    ]);
    expect(pageOperations.filter((path) => !tested.has(path))).toEqual([]);
  });

  it('each page stays within the budget (or holds one item), and the pages together hold exactly the unbounded list', async () => {
    for (const url of routes()) {
      const reference = (await supertest(ctx.app.server).get(url).expect(200)).body as {
        data: Array<{ id: string }>;
        nextCursor: string | null;
      };
      expect({ url, complete: reference.nextCursor }).toEqual({ url, complete: null });
      const pages = await allPages(bounded, url);
      expect({ url, pages: pages.length > 1 }).toEqual({ url, pages: true });
      for (const page of pages) expect({ url, within: page.bytes <= small || page.body.data.length === 1 }).toEqual({ url, within: true });
      expect({ url, ids: pages.flatMap((page) => page.body.data.map((item) => item.id)) }).toEqual({
        url,
        ids: reference.data.map((item) => item.id),
      });
    }
  });

  it('the change feed: each page within the budget (or one change), and the pages together hold the whole feed', async () => {
    const reference = (await supertest(ctx.app.server).get('/v1/changes?limit=1000').expect(200)).body as {
      data: Array<{ seq: string }>;
      hasMore: boolean;
    };
    expect(reference.hasMore).toBe(false);
    const seqs: string[] = [];
    let pages = 0;
    for (let after = '0', more = true; more; pages += 1) {
      const response = await supertest(bounded.server).get(`/v1/changes?after=${after}&limit=1000`).buffer(true).expect(200);
      const body = response.body as { data: Array<{ seq: string }>; nextCursor: string; hasMore: boolean };
      expect(Buffer.byteLength(response.text) <= small || body.data.length === 1).toBe(true);
      seqs.push(...body.data.map((change) => change.seq));
      after = body.nextCursor;
      more = body.hasMore;
    }
    expect(pages).toBeGreaterThan(1);
    expect(seqs).toEqual(reference.data.map((change) => change.seq));
  });

  it('a single meeting with its lists: cut to the budget, in order, with `truncated` naming what was cut', async () => {
    const full = (
      await supertest(ctx.app.server).get(`/v1/meetings/${meetingId}?include=participants,statements,initiatives,provenance`).expect(200)
    ).body;
    expect(full.truncated).toBeUndefined();
    const cut = await supertest(bounded.server)
      .get(`/v1/meetings/${meetingId}?include=participants,statements,initiatives,provenance`)
      .buffer(true)
      .expect(200);
    expect(Buffer.byteLength(cut.text)).toBeLessThanOrEqual(small);
    expect(cut.body.truncated.length).toBeGreaterThan(0);
    for (const name of ['participants', 'statements', 'initiatives'] as const) {
      expect(full[name].slice(0, cut.body[name].length)).toEqual(cut.body[name]);
      expect(cut.body[name].length < full[name].length).toBe(cut.body.truncated.includes(name));
    }
  });
});
