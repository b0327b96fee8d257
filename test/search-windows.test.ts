import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import supertest from 'supertest';
import { newId } from '../src/db/ids.js';
import { createSearchService } from '../src/modules/search/search.service.js';
import { searchQuerySchema, type SearchHit } from '../src/modules/search/search.schemas.js';
import { rankWindowSize } from '../src/modules/search/search.sql.js';
import { createTestContext, type TestContext } from './helpers/app.js';

// A query matching more hits than a window holds is ranked window by window, newest ids first (search.sql.ts). What
// must hold for every window size: paging and export reach every hit exactly once, in the order "windows of the
// newest ids, each best first"; a hit recorded or deleted between pages repeats or skips nothing else.

let ctx: TestContext;
let meetingId: string;
// 61 hits: a meeting titled with the word, 60 statements saying it once to four times (four distinct scores).
const statementCount = 60;

async function addStatement(position: number, times: number): Promise<string> {
  const id = newId();
  await ctx.prisma.statement.create({
    data: { id, meetingId, kind: 'narrative', position, text: `The sides reviewed ${'grain exports '.repeat(times)}today.` },
  });
  return id;
}

beforeAll(async () => {
  ctx = await createTestContext();
  meetingId = (
    await ctx.prisma.meeting.create({
      data: { id: newId(), title: 'Grain corridor consultations', kind: 'talks', date: new Date('2023-02-01') },
    })
  ).id;
  for (let position = 0; position < statementCount; position += 1) await addStatement(position, 1 + ((position * 7) % 4));
});
afterAll(async () => ctx.close());

type Hit = Pick<SearchHit, 'type' | 'id' | 'score'>;

/** The order the windows promise: the newest `size` hits best first (score desc, type, id), then the next `size`, … */
function windowed(hits: Hit[], size: number): string[] {
  const newestFirst = [...hits].sort((a, b) => (a.id < b.id ? 1 : -1));
  const order: string[] = [];
  for (let start = 0; start < newestFirst.length; start += size) {
    const window = newestFirst.slice(start, start + size);
    window.sort((a, b) => b.score - a.score || a.type.localeCompare(b.type) || (a.id < b.id ? -1 : 1));
    order.push(...window.map((hit) => hit.id));
  }
  return order;
}

const parse = (query: Record<string, string>) => searchQuerySchema.parse(query);

async function pageThrough(size: number, limit: number, between?: (page: number) => Promise<void>): Promise<Hit[]> {
  const search = createSearchService({ prisma: ctx.prisma, windowSize: size });
  const seen: Hit[] = [];
  let cursor: string | null = null;
  for (let page = 0; page < 200; page += 1) {
    const body = await search.search(parse({ q: 'grain', limit: String(limit), ...(cursor ? { cursor } : {}) }));
    seen.push(...(body.data as Hit[]));
    cursor = body.nextCursor;
    if (!cursor) return seen;
    await between?.(page);
  }
  throw new Error('paging did not end');
}

async function exported(size: number): Promise<Hit[]> {
  const table = createSearchService({ prisma: ctx.prisma, windowSize: size }).export(parse({ q: 'grain' }));
  const records: Hit[] = [];
  for (let batch = await table.batches.next(); !batch.done; batch = await table.batches.next(1000)) {
    records.push(...(batch.value as unknown as Hit[]));
  }
  return records;
}

// The whole result ranked at once (a window larger than it), to know every hit's score.
const everything = async () => pageThrough(rankWindowSize, 100);

describe('search ranked in windows of the newest hits', () => {
  const sizes: Array<[number, number]> = [
    [1, 5],
    [7, 5],
    [7, 7],
    [13, 100],
    [60, 7],
    [61, 7],
    [62, 7],
    [rankWindowSize, 7],
  ];

  it.each(sizes)('window of %i hits, pages of %i: every hit once, windows newest first, each best first', async (size, limit) => {
    const all = await everything();
    expect(all).toHaveLength(statementCount + 1);
    const paged = await pageThrough(size, limit);
    expect(paged.map((hit) => hit.id)).toEqual(windowed(all, size));
  });

  it.each([1, 7, 61, rankWindowSize])('window of %i hits: the export reaches every hit in the same order', async (size) => {
    const all = await everything();
    expect((await exported(size)).map((hit) => hit.id)).toEqual(windowed(all, size));
  });

  it('a result within one window is ranked whole: the title hit first', async () => {
    const [first] = await pageThrough(rankWindowSize, 5);
    expect(first).toMatchObject({ type: 'meeting', id: meetingId });
  });

  it('a hit recorded between pages does not join the pages that follow; nothing repeats or goes missing', async () => {
    const before = (await everything()).map((hit) => hit.id);
    let added = '';
    const paged = await pageThrough(7, 5, async (page) => {
      if (page === 1) added = await addStatement(1000, 4);
    });
    try {
      const ids = paged.map((hit) => hit.id);
      expect(new Set(ids).size).toBe(ids.length);
      expect([...ids].sort()).toEqual([...before].sort());
      expect(ids).not.toContain(added);
    } finally {
      await ctx.prisma.statement.delete({ where: { id: added } });
    }
  });

  it('a hit deleted between pages: the others are each seen once', async () => {
    const before = (await everything()).map((hit) => hit.id);
    let deleted = '';
    const paged = await pageThrough(7, 5, async (page) => {
      if (page !== 2) return;
      const victim = await ctx.prisma.statement.findFirstOrThrow({ where: { meetingId, position: 3 } });
      deleted = victim.id;
      await ctx.prisma.statement.delete({ where: { id: victim.id } });
    });
    const ids = paged.map((hit) => hit.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids.filter((id) => id !== deleted).sort()).toEqual(before.filter((id) => id !== deleted).sort());
    await addStatement(3, 2);
  });

  it('over HTTP: a cursor carries its window; one of the old three-part form is refused with 400', async () => {
    const first = await supertest(ctx.app.server).get('/v1/search').query({ q: 'grain', limit: '2' }).expect(200);
    const cursor = first.body.nextCursor as string;
    const payload = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as { q: string; k: unknown[] };
    expect(payload.k).toHaveLength(5);
    const old = Buffer.from(JSON.stringify({ q: payload.q, k: payload.k.slice(2) })).toString('base64url');
    const refused = await supertest(ctx.app.server).get('/v1/search').query({ q: 'grain', cursor: old }).expect(400);
    expect(refused.body).toMatchObject({ code: 'invalid_cursor' });
    const forged = Buffer.from(JSON.stringify({ q: payload.q, k: ['x', payload.k[1], ...payload.k.slice(2)] })).toString('base64url');
    expect((await supertest(ctx.app.server).get('/v1/search').query({ q: 'grain', cursor: forged }).expect(400)).body.code).toBe(
      'invalid_cursor',
    );
  });
});
