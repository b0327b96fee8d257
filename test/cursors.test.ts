import supertest from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type TestContext } from './helpers/app.js';
import { createInitiativeRow } from './helpers/factories.js';

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
