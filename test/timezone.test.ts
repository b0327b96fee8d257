import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import supertest from 'supertest';
import { createTestContext, type TestContext } from './helpers/app.js';
import { testDatabaseTimezone } from './helpers/db.js';
import { createInitiativeRow, meetingBody } from './helpers/factories.js';

// Instants do not depend on the session time zone: the test database's default is Asia/Tokyo and the process runs in
// America/Los_Angeles (vitest.config.ts), while the API pins UTC on every connection it opens.

let ctx: TestContext;
beforeAll(async () => {
  ctx = await createTestContext();
  await createInitiativeRow(ctx.prisma);
  await createInitiativeRow(ctx.prisma, 'belt-and-road-initiative', 'Belt and Road Initiative');
});
afterAll(async () => ctx.close());

const api = () => supertest(ctx.app.server);

describe('time zones', () => {
  it('runs where neither the database default nor the process is in UTC', async () => {
    const client = new pg.Client({ connectionString: ctx.url });
    await client.connect();
    try {
      expect((await client.query('SHOW timezone')).rows[0].TimeZone).toBe(testDatabaseTimezone);
    } finally {
      await client.end();
    }
    expect(process.env.TZ).toBe('America/Los_Angeles');
    expect(new Date(Date.UTC(2024, 0, 1)).getTimezoneOffset()).not.toBe(0);
  });

  it('the API session is UTC', async () => {
    const [row] = await ctx.prisma.$queryRaw<Array<{ zone: string }>>`SELECT current_setting('TimeZone') AS zone`;
    expect(row?.zone).toBe('UTC');
  });

  it('stores the instant a record was created, whatever the zones', async () => {
    const before = Date.now();
    const meeting = (await api().post('/v1/meetings').send(meetingBody()).expect(201)).body;
    const after = Date.now();
    const created = Date.parse(meeting.createdAt);
    // Nine hours (Tokyo) or eight (Los Angeles) off would be far outside this; a loaded machine is not.
    expect(created).toBeGreaterThanOrEqual(before - 60_000);
    expect(created).toBeLessThanOrEqual(after + 60_000);
    const [row] = await ctx.prisma.$queryRaw<
      Array<{ text: string }>
    >`SELECT to_char(created_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') AS text FROM meetings WHERE id = ${meeting.id}::uuid`;
    expect(row?.text).toBe(meeting.createdAt);
  });

  it('updatedSince and keyset pages see exactly the rows after the instant', async () => {
    const first = (
      await api()
        .post('/v1/meetings')
        .send(meetingBody({ title: 'First' }))
        .expect(201)
    ).body;
    const second = (
      await api()
        .post('/v1/meetings')
        .send(meetingBody({ title: 'Second' }))
        .expect(201)
    ).body;
    const since = (await api().get('/v1/meetings').query({ updatedSince: first.updatedAt }).expect(200)).body.data.map(
      (m: { id: string }) => m.id,
    );
    expect(since).toContain(second.id);
    const later = (await api().get('/v1/meetings').query({ updatedSince: second.updatedAt }).expect(200)).body.data.map(
      (m: { id: string }) => m.id,
    );
    expect(later).not.toContain(first.id);
    const seen: string[] = [];
    let cursor: string | undefined;
    do {
      const page = (
        await api()
          .get('/v1/meetings')
          .query({ limit: 1, sort: '-updatedAt', ...(cursor ? { cursor } : {}) })
          .expect(200)
      ).body;
      seen.push(...page.data.map((m: { id: string }) => m.id));
      cursor = page.nextCursor ?? undefined;
    } while (cursor);
    expect(new Set(seen).size).toBe(seen.length);
    expect(seen).toEqual(expect.arrayContaining([first.id, second.id]));
  });
});
