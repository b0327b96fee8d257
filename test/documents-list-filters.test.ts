import { beforeEach, describe, expect, it } from 'vitest';
import supertest from 'supertest';
import { useTestContext } from './helpers/app.js';

// GET /v1/documents?committed=&publisher=: the readouts still waiting for an editor, one publisher's readouts; the
// filters combine, page with their cursor, and a cursor of other filters is refused.

const ctx = useTestContext();
const api = () => supertest(ctx.app.server);

let ids: { chinaOpen: string; chinaDone: string; peruOpen: string; unknownOpen: string };
beforeEach(async () => {
  await ctx.reset();
  const post = async (text: string, publisher?: string) =>
    (
      await api()
        .post('/v1/documents')
        .send({ text, ...(publisher ? { publisher } : {}) })
        .expect(201)
    ).body.id as string;
  const chinaOpen = await post(
    'Wang Yi met Peruvian Foreign Minister Ana Gervasi in Beijing on 4 March 2024.',
    'Ministry of Foreign Affairs of China',
  );
  const chinaDone = await post(
    'Wang Yi met Kazakh Foreign Minister Murat Nurtleu in Beijing on 5 March 2024.',
    'Ministry of Foreign Affairs of China',
  );
  const peruOpen = await post('Ana Gervasi met Chinese Foreign Minister Wang Yi in Beijing on 4 March 2024.', 'Cancillería del Perú');
  const unknownOpen = await post('Murat Nurtleu met Chinese Foreign Minister Wang Yi in Beijing on 5 March 2024.');
  await api().post(`/v1/documents/${chinaDone}/commit`).send({}).expect(201);
  ids = { chinaOpen, chinaDone, peruOpen, unknownOpen };
});

const listed = async (query: string) => {
  const response = await api().get(`/v1/documents?${query}`).expect(200);
  return (response.body.data as Array<{ id: string }>).map((d) => d.id).sort();
};

describe('GET /v1/documents filters', () => {
  it.each([
    ['committed=false', () => [ids.chinaOpen, ids.peruOpen, ids.unknownOpen]],
    ['committed=true', () => [ids.chinaDone]],
    ['publisher=china', () => [ids.chinaOpen, ids.chinaDone]],
    ['publisher=CHINA', () => [ids.chinaOpen, ids.chinaDone]],
    ['publisher=cancilleria', () => [ids.peruOpen]],
    ['publisher=%25', () => []],
    ['publisher=_', () => []],
    ['committed=false&publisher=china', () => [ids.chinaOpen]],
    ['', () => [ids.chinaOpen, ids.chinaDone, ids.peruOpen, ids.unknownOpen]],
  ])('%s', async (query, expected) => {
    expect(await listed(query)).toEqual(expected().sort());
  });

  it('pages with the filters, and refuses a cursor of other filters', async () => {
    const first = await api().get('/v1/documents?committed=false&limit=2').expect(200);
    expect(first.body.data).toHaveLength(2);
    const second = await api().get(`/v1/documents?committed=false&limit=2&cursor=${first.body.nextCursor}`).expect(200);
    expect([...first.body.data, ...second.body.data].map((d: { id: string }) => d.id).sort()).toEqual(
      [ids.chinaOpen, ids.peruOpen, ids.unknownOpen].sort(),
    );
    const other = await api().get(`/v1/documents?committed=true&limit=2&cursor=${first.body.nextCursor}`).expect(400);
    expect(other.body.code).toBe('invalid_cursor');
  });

  it.each(['committed=yes', 'committed=', 'publisher=', `publisher=${'x'.repeat(301)}`])('%s is a 400', async (query) => {
    const response = await api().get(`/v1/documents?${query}`).expect(400);
    expect(response.body.errors[0].in).toBe('query');
  });
});
