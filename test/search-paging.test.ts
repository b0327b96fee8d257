import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import supertest from 'supertest';
import { createTestContext, type TestContext } from './helpers/app.js';

let ctx: TestContext;
beforeAll(async () => {
  ctx = await createTestContext();
  // 45 statements with exactly the same text (equal scores), 5 that say "grain" twice, and a meeting titled with it.
  const meeting = await ctx.prisma.meeting.create({
    data: { title: 'Grain corridor consultations', kind: 'talks', date: new Date('2023-02-01') },
  });
  await ctx.prisma.statement.createMany({
    data: Array.from({ length: 50 }, (_, position) => ({
      meetingId: meeting.id,
      kind: 'narrative' as const,
      position,
      text: position < 45 ? 'The sides reviewed grain exports.' : 'The sides reviewed grain exports and grain storage.',
    })),
  });
});
afterAll(async () => ctx.close());

interface Page {
  data: Array<{ type: string; id: string; score: number }>;
  nextCursor: string | null;
  total?: number;
}

const get = (query: Record<string, string>) => supertest(ctx.app.server).get('/v1/search').query(query);

describe('cursor pagination', () => {
  it('pages through equal-score hits without duplicates or gaps', async () => {
    const everything = ((await get({ q: 'grain', limit: '100' }).expect(200)).body as Page).data;
    expect(everything).toHaveLength(51);

    const seen: Page['data'] = [];
    let query: Record<string, string> = { q: 'grain', limit: '7', count: 'exact' };
    for (let pages = 0; pages < 20; pages += 1) {
      const response = await get(query).expect(200);
      const page = response.body as Page;
      expect(page.total).toBe(51);
      seen.push(...page.data);
      if (!page.nextCursor) {
        expect(response.headers.link).toBeUndefined();
        break;
      }
      expect(response.headers.link).toContain(`cursor=${page.nextCursor}>; rel="next"`);
      query = { q: 'grain', limit: '7', count: 'exact', cursor: page.nextCursor };
    }
    expect(seen.map((hit) => hit.id)).toEqual(everything.map((hit) => hit.id));
    expect(new Set(seen.map((hit) => hit.id)).size).toBe(51);
    expect(seen[0]!.type).toBe('meeting');
    const scores = seen.map((hit) => hit.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
    expect(new Set(scores).size).toBe(3);
  });

  it('follows the Link header to the next page', async () => {
    const first = await get({ q: 'grain', limit: '2' }).expect(200);
    const next = /<([^>]+)>; rel="next"/.exec(first.headers.link as string)![1]!;
    const second = await supertest(ctx.app.server).get(next).expect(200);
    const firstIds = (first.body as Page).data.map((hit) => hit.id);
    expect((second.body as Page).data.map((hit) => hit.id).some((id) => firstIds.includes(id))).toBe(false);
  });

  it('keeps a cursor valid when only facets, count or limit change', async () => {
    const { nextCursor } = (await get({ q: 'grain', limit: '5' }).expect(200)).body as Page;
    await get({ q: 'grain', limit: '10', count: 'exact', facets: 'year', cursor: nextCursor! }).expect(200);
  });

  it('rejects a cursor from a different query with 400 invalid_cursor', async () => {
    const { nextCursor } = (await get({ q: 'grain', limit: '5' }).expect(200)).body as Page;
    for (const query of [{ q: 'exports' }, { q: 'grain', type: 'statement' }, { q: 'grain', from: '2023-01-01' }]) {
      const response = await get({ ...query, cursor: nextCursor! }).expect(400);
      expect(response.body).toMatchObject({ code: 'invalid_cursor' });
    }
  });

  it('rejects a well-formed cursor with a wrong key', async () => {
    const { nextCursor } = (await get({ q: 'grain', limit: '5' }).expect(200)).body as Page;
    const payload = JSON.parse(Buffer.from(nextCursor!, 'base64url').toString('utf8')) as { q: string; k: unknown[] };
    const forged = Buffer.from(JSON.stringify({ q: payload.q, k: ['high', 'person', 'x'] })).toString('base64url');
    expect((await get({ q: 'grain', cursor: forged }).expect(400)).body.code).toBe('invalid_cursor');
  });
});
