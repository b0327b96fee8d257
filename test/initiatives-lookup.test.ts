import { beforeEach, describe, expect, it } from 'vitest';
import supertest from 'supertest';
import { Prisma } from '../src/generated/prisma/client.js';
import { fuzzyInitiativesPageSql } from '../src/modules/initiatives/initiatives.list.js';
import { listInitiativesQuerySchema } from '../src/modules/initiatives/initiatives.schemas.js';
import { useTestContext } from './helpers/app.js';
import { setupSql } from './helpers/db.js';
import { initiativeCatalogue, postCreated } from './helpers/factories.js';

const ctx = useTestContext();
beforeEach(async () => ctx.reset());

const api = () => supertest(ctx.app.server);
const catalogue = initiativeCatalogue;

const createInitiative = (body: Record<string, unknown>) =>
  postCreated<{ id: string; slug: string; version: number }>(ctx.app, '/v1/initiatives', body);

const pointers = (body: { errors?: Array<{ pointer: string }> }) => body.errors?.map((error) => error.pointer);
const names = (body: { data: Array<{ name: string }> }) => body.data.map((item) => item.name);

describe('GET /v1/initiatives?q= (fuzzy lookup)', () => {
  beforeEach(async () => {
    for (const entry of catalogue) await createInitiative(entry);
  });

  it.each([
    ['silk road', 'Belt and Road Initiative'],
    ['belt and road', 'Belt and Road Initiative'],
    ['bright road', 'Nurly Zhol'],
    ['nurly-zhol', 'Nurly Zhol'],
    ['vaccine', 'COVID-19 vaccine supply'],
  ])('%s finds %s first', async (q, name) => {
    const response = await api()
      .get(`/v1/initiatives?q=${encodeURIComponent(q)}`)
      .expect(200);
    expect(response.body.data[0]).toMatchObject({ name, score: expect.any(Number) });
  });

  it('combines with category, and pages with a cursor bound to q', async () => {
    expect(names((await api().get('/v1/initiatives?q=silk%20road&category=health').expect(200)).body)).toEqual([]);
    const first = await api().get('/v1/initiatives?q=meeting&limit=1&count=exact').expect(200);
    expect(first.body.total).toBe(2);
    const second = await api().get(`/v1/initiatives?q=meeting&limit=1&cursor=${first.body.nextCursor}`).expect(200);
    expect(new Set([...names(first.body), ...names(second.body)]).size).toBe(2);
    await api().get(`/v1/initiatives?q=road&limit=1&cursor=${first.body.nextCursor}`).expect(400);
  });

  it.each([
    ['blank', '%20'],
    ['overlong', 'x'.repeat(201)],
  ])('%s q → 400', async (_, q) => {
    expect(pointers((await api().get(`/v1/initiatives?q=${q}`).expect(400)).body)).toEqual(['/q']);
  });

  it('the query uses the trigram index over thousands of entries', async () => {
    await setupSql(
      ctx.url,
      `INSERT INTO initiatives (id, slug, name, aliases)
      SELECT gen_random_uuid(), 'generated-' || i, 'Programme ' || md5(i::text), ARRAY['Scheme ' || md5((i * 7)::text)]
      FROM generate_series(1, 3000) AS i`,
      'ANALYZE initiatives',
    );
    for (const q of ['silk road', 'SÍLK ROAD', 'silk*']) {
      const query = { ...listInitiativesQuerySchema.parse({ q }), q };
      const plan = await ctx.prisma.$queryRaw<unknown[]>(Prisma.sql`EXPLAIN (FORMAT JSON) ${fuzzyInitiativesPageSql(query)}`);
      expect(JSON.stringify(plan), q).toContain('"Index Name":"initiatives_trigram_idx"');
    }
    expect(names((await api().get('/v1/initiatives?q=silk%20road').expect(200)).body)[0]).toBe('Belt and Road Initiative');
  });
});
