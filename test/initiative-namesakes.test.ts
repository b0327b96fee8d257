import supertest from 'supertest';
import { beforeEach, describe, expect, it } from 'vitest';
import { Prisma } from '../src/generated/prisma/client.js';
import { initiativeNamesakeSql } from '../src/modules/initiatives/initiative-namesakes.js';
import { useTestContext } from './helpers/app.js';
import { setupSql } from './helpers/db.js';

// A catalogue entry nobody could tell from another — its name or an alias is another entry's name or alias, case,
// accents and runs of white space aside — is refused on every route that names an entry (new-user trial 142 F7:
// "belt and road initiative" was stored beside the Belt and Road Initiative).

const ctx = useTestContext();
const api = () => supertest(ctx.app.server);
beforeEach(() => ctx.reset());

const post = (body: Record<string, unknown>) => api().post('/v1/initiatives').send(body);
const patch = (key: string, body: Record<string, unknown>) =>
  api().patch(`/v1/initiatives/${key}`).set('content-type', 'application/merge-patch+json').set('if-match', '*').send(body);
const stored = () => post({ slug: 'bri', name: 'Belt and Road Initiative', aliases: ['Silk Road Economic Belt', 'One Belt One Road'] });
const expectAt = (response: supertest.Response, pointer: string, id: string) => {
  expect(response.status, response.text).toBe(409);
  expect(response.body.errors).toEqual([{ in: 'body', pointer, message: expect.stringContaining(id) }]);
};

describe('POST /v1/initiatives of an entry stored already', () => {
  it.each([
    ['its name', { slug: 'bri-2', name: 'Belt and Road Initiative' }, '/name'],
    ['its name in lower case', { slug: 'bri-2', name: 'belt and road initiative' }, '/name'],
    ['its name with spaces doubled', { slug: 'bri-2', name: 'Belt  and Road   Initiative' }, '/name'],
    ['its name with accents', { slug: 'bri-2', name: 'Bélt and Road Initiative' }, '/name'],
    ['one of its aliases', { slug: 'bri-2', name: 'one belt one road' }, '/name'],
    ['an alias that is its name', { slug: 'bri-2', name: 'BRI 2', aliases: ['Other', 'BELT AND ROAD INITIATIVE'] }, '/aliases/1'],
    ['an alias that is its alias', { slug: 'bri-2', name: 'BRI 2', aliases: ['Silk Road Economic Belt'] }, '/aliases/0'],
  ])('%s: 409 at the member, naming the stored entry', async (_label, body, pointer) => {
    const entry = (await stored().expect(201)).body;
    expectAt(await post(body), pointer, entry.id);
    expect((await api().get('/v1/initiatives?limit=100').expect(200)).body.data).toHaveLength(1);
  });

  it('a name that merely contains a stored one is another entry', async () => {
    await stored().expect(201);
    await post({ slug: 'bri-forum', name: 'Belt and Road Initiative Forum' }).expect(201);
    await post({ slug: 'road', name: 'Road Initiative' }).expect(201);
  });

  it('ten requests for one new entry at once store one', async () => {
    const responses = await Promise.all(
      Array.from({ length: 10 }, (_, index) => post({ slug: `green-${index}`, name: 'Green Corridor Initiative' })),
    );
    expect(responses.map((response) => response.status).sort()).toEqual([201, ...Array(9).fill(409)]);
  });
});

describe('PATCH /v1/initiatives/{key} into an entry stored already', () => {
  it.each([
    ['a name that is another’s name', { name: 'belt and road initiative' }, '/name'],
    ['a name that is another’s alias', { name: 'One Belt One Road' }, '/name'],
    ['an alias that is another’s name', { aliases: ['Green', 'Belt and Road Initiative'] }, '/aliases/1'],
  ])('%s: 409 at the member, the entry unchanged', async (_label, body, pointer) => {
    const entry = (await stored().expect(201)).body;
    const other = (await post({ slug: 'green', name: 'Green Corridor' }).expect(201)).body;
    expectAt(await patch('green', body), pointer, entry.id);
    expect((await api().get(`/v1/initiatives/${other.id}`).expect(200)).body).toMatchObject({ name: 'Green Corridor', version: 1 });
  });

  it('an entry may keep, re-case or re-send its own names', async () => {
    await stored().expect(201);
    await patch('bri', { name: 'Belt and Road initiative', aliases: ['One Belt One Road'] }).expect(200);
  });

  it('a patch of the description alone is taken, whatever namesakes were stored before the rule', async () => {
    await stored().expect(201);
    await ctx.prisma.initiative.create({ data: { slug: 'bri-copy', name: 'Belt and Road Initiative', aliases: [] } });
    await patch('bri-copy', { description: 'an older copy' }).expect(200);
  });
});

describe('the namesake query over a large catalogue', () => {
  it('finds candidates by the trigram index, and the exact name among thousands', async () => {
    await setupSql(
      ctx.url,
      `INSERT INTO initiatives (id, slug, name, aliases)
      SELECT gen_random_uuid(), 'generated-' || i, 'Programme ' || md5(i::text), ARRAY['Scheme ' || md5((i * 7)::text)]
      FROM generate_series(1, 3000) AS i`,
      'ANALYZE initiatives',
    );
    const plan = await ctx.prisma.$queryRaw<unknown[]>(
      Prisma.sql`EXPLAIN (FORMAT JSON) ${initiativeNamesakeSql(['Belt and Road Initiative', 'Programme 1679091c5a880faf6fb5e6087eb1b2dc'])}`,
    );
    expect(JSON.stringify(plan)).toContain('"Index Name":"initiatives_trigram_idx"');
    const taken = (await api().get('/v1/initiatives?limit=1&q=Programme%201679091c').expect(200)).body.data[0];
    expectAt(await post({ slug: 'copy', name: taken.name.toUpperCase() }), '/name', taken.id);
  });
});
