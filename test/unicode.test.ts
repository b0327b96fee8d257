import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import supertest from 'supertest';
import { createTestContext, type TestContext } from './helpers/app.js';
import { createInitiativeRow, meetingBody } from './helpers/factories.js';

// Text is stored in NFC, and every lookup — people, initiatives, full-text search — treats canonically equivalent
// strings as equal and ignores case and accents; a trailing `*` makes a query a type-ahead prefix.

let ctx: TestContext;
const nfd = (text: string) => text.normalize('NFD');
const api = () => supertest(ctx.app.server);

beforeAll(async () => {
  ctx = await createTestContext();
  await createInitiativeRow(ctx.prisma);
  await createInitiativeRow(ctx.prisma, 'belt-and-road-initiative', 'Belt and Road Initiative');
  // Written decomposed, as some keyboards and PDFs produce text.
  await api()
    .post('/v1/people')
    .send({ name: nfd('Sebastián Piñera'), countryCode: 'CL', aliases: [nfd('Piñera Echenique')] })
    .expect(201);
  await api().post('/v1/people').send({ name: 'Mevlüt Çavuşoğlu', countryCode: 'TR' }).expect(201);
  await api()
    .post('/v1/initiatives')
    .send({ slug: 'cooperacion-sur-sur', name: nfd('Cooperación Sur-Sur'), aliases: ['South-South Cooperation'], category: 'économie' })
    .expect(201);
  await api()
    .post('/v1/meetings')
    .send(
      meetingBody({
        title: nfd('Piñera meets Çavuşoğlu in Santiago'),
        statements: [{ kind: 'joint', text: nfd('Both sides praised the cooperación between Chile and Türkiye.') }],
        initiatives: [],
      }),
    )
    .expect(201);
});
afterAll(async () => ctx.close());

describe('storage', () => {
  it('stores every text it is sent in NFC', async () => {
    const rows = await ctx.prisma.$queryRaw<Array<{ value: string }>>`
      SELECT name AS value FROM people UNION ALL SELECT unnest(aliases) FROM people
      UNION ALL SELECT name FROM initiatives UNION ALL SELECT title FROM meetings UNION ALL SELECT text FROM statements`;
    for (const { value } of rows) expect(value, value).toBe(value.normalize('NFC'));
  });

  it('treats a document sent decomposed as the same text as one sent composed', async () => {
    const text = 'Foreign Minister Mevlüt Çavuşoğlu met Foreign Minister Sebastián Piñera in Santiago on 3 May 2019.';
    const first = await api().post('/v1/documents').set('content-type', 'text/plain').send(nfd(text)).expect(201);
    const second = await api().post('/v1/documents').send({ text }).expect(200);
    expect(second.body.id).toBe(first.body.id);
    expect(first.body.text).toBe(text);
  });
});

describe('lookups ignore normalisation, case and accents', () => {
  it.each([
    ['Sebastian Pinera', 'Sebastián Piñera'],
    ['sebastián piñera', 'Sebastián Piñera'],
    [nfd('Sebastián Piñera'), 'Sebastián Piñera'],
    ['SEBASTIAN', 'Sebastián Piñera'],
    ['Pinera Echenique', 'Sebastián Piñera'],
    ['Mevlut Cavusoglu', 'Mevlüt Çavuşoğlu'],
    ['seb*', 'Sebastián Piñera'],
    ['CAVU*', 'Mevlüt Çavuşoğlu'],
  ])('GET /v1/people?q=%s finds %s', async (q, name) => {
    const found = (await api().get('/v1/people').query({ q }).expect(200)).body.data;
    expect(found[0]?.name, q).toBe(name);
  });

  it.each(['cooperacion sur', 'COOPERACIÓN', nfd('Cooperación Sur-Sur'), 'coop*', 'south-south'])(
    'GET /v1/initiatives?q=%s finds Cooperación Sur-Sur',
    async (q) => {
      const found = (await api().get('/v1/initiatives').query({ q }).expect(200)).body.data;
      expect(found[0]?.slug, q).toBe('cooperacion-sur-sur');
    },
  );

  it.each(['pinera', 'PIÑERA', nfd('Piñera'), 'cavusoglu', 'cooperacion', 'coop*', 'Chile coop*', 'türki*', 'prais*', 'praised*'])(
    'GET /v1/search?q=%s finds the meeting',
    async (q) => {
      const hits = (await api().get('/v1/search').query({ q }).expect(200)).body.data;
      expect(hits.length, q).toBeGreaterThan(0);
    },
  );

  it.each(['Économie', 'economie', 'ECONOMIE'])(
    'GET /v1/initiatives?category=%s matches the category économie, with and without q',
    async (category) => {
      const listed = (await api().get('/v1/initiatives').query({ category }).expect(200)).body.data;
      expect(listed.map((i: { slug: string }) => i.slug)).toEqual(['cooperacion-sur-sur']);
      const matched = (await api().get('/v1/initiatives').query({ category, q: 'sur' }).expect(200)).body.data;
      expect(matched.map((i: { slug: string }) => i.slug)).toEqual(['cooperacion-sur-sur']);
    },
  );

  it('a prefix of special characters is no error', async () => {
    for (const q of ['(*', '[a*', 'a.b*', '\\*', '***']) {
      const response = await api().get('/v1/people').query({ q });
      expect([q, response.status]).toEqual([q, 200]);
      const search = await api().get('/v1/search').query({ q });
      expect([q, search.status]).toEqual([q, 200]);
    }
  });
});
