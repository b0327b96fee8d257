import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import supertest from 'supertest';
import { createTestContext, type TestContext } from './helpers/app.js';
import { seedSearchFixtures, type SearchFixtures } from './search-fixtures.js';

let ctx: TestContext;
let fx: SearchFixtures;
beforeAll(async () => {
  ctx = await createTestContext();
  fx = await seedSearchFixtures(ctx.prisma);
});
afterAll(async () => ctx.close());

interface Bucket {
  value: string;
  label?: string;
  count: number;
}
interface Page {
  data: Array<{ type: string; id: string }>;
  total?: number;
  facets?: Record<string, Bucket[]>;
}

async function search(query: Record<string, string>): Promise<Page> {
  return (await supertest(ctx.app.server).get('/v1/search').query(query).expect(200)).body as Page;
}
const ids = async (query: Record<string, string>) => (await search(query)).data.map((hit) => hit.id).sort();
const sum = (buckets: Bucket[] | undefined) => (buckets ?? []).reduce((total, bucket) => total + bucket.count, 0);

// "vaccine" hits: Wang Yi's statement (Tashkent, 2021, held in UZ, CN + KZ), the 2022 phone call with Lavrov (CN + RU)
// and its statement, and the vaccine-supply initiative, linked to both meetings.
describe('filters (the meeting filters of GET /v1/meetings)', () => {
  const wangStatement = () => fx.tashkent.statements[0]!.id;
  const callHits = () => [fx.call.meeting.id, fx.call.statements[0]!.id];
  const vaccines = () => fx.initiatives.vaccines.id;
  const expectIds = async (query: Record<string, string>, expected: string[]) =>
    expect(await ids({ q: 'vaccine', ...query })).toEqual([...expected].sort());

  it('from and to bound the meeting date', async () => {
    await expectIds({ from: '2022-01-01' }, [...callHits(), vaccines()]);
    await expectIds({ to: '2021-12-31' }, [wangStatement(), vaccines()]);
    await expectIds({ from: '2020-01-01', to: '2020-12-31' }, []);
  });

  it('country: held in, or a participant representing, one of the countries', async () => {
    await expectIds({ country: 'UZ' }, [wangStatement(), vaccines()]);
    await expectIds({ country: 'RU' }, [...callHits(), vaccines()]);
    await expectIds({ country: 'UZ,RU' }, [wangStatement(), ...callHits(), vaccines()]);
    await expectIds({ country: 'US' }, []);
  });

  it('person: meetings the person took part in', async () => {
    await expectIds({ person: fx.people.lavrov.id }, [...callHits(), vaccines()]);
    await expectIds({ person: fx.people.tileuberdi.id }, [wangStatement(), vaccines()]);
  });

  it('initiative: meetings linked to it, by slug or id', async () => {
    await expectIds({ initiative: 'belt-and-road' }, [wangStatement(), vaccines()]);
    await expectIds({ initiative: fx.initiatives.beltAndRoad.id }, [wangStatement(), vaccines()]);
    await expectIds({ initiative: 'sco-hosting' }, []);
  });

  it('kind: one or more meeting kinds', async () => {
    await expectIds({ kind: 'phone_call' }, [...callHits(), vaccines()]);
    await expectIds({ kind: 'video_call,meeting' }, [wangStatement(), vaccines()]);
  });

  it('type: the kinds of hit', async () => {
    await expectIds({ type: 'statement' }, [wangStatement(), fx.call.statements[0]!.id]);
    await expectIds({ type: 'meeting,initiative' }, [fx.call.meeting.id, vaccines()]);
  });

  it('keeps an initiative under meeting filters only when it is linked to a matching meeting', async () => {
    expect(await ids({ q: 'hosting' })).toEqual([fx.initiatives.sco.id]);
    expect(await ids({ q: 'hosting', country: 'KZ' })).toEqual([]);
    expect(await ids({ q: 'hosting', from: '2000-01-01' })).toEqual([]);
  });

  it('rejects malformed filter values with 400', async () => {
    for (const query of [{ country: 'kz1' }, { from: '2021-13-01' }, { person: 'wang' }, { kind: 'dinner' }]) {
      const response = await supertest(ctx.app.server)
        .get('/v1/search')
        .query({ q: 'vaccine', ...query })
        .expect(400);
      expect(response.body.code).toBe('validation_failed');
    }
  });
});

describe('facets', () => {
  it('counts the whole result, not the page', async () => {
    const page = await search({ q: 'vaccine', limit: '1', count: 'exact', facets: 'country,initiative,year,speaker,type' });
    expect(page.data).toHaveLength(1);
    expect(page.total).toBe(4);
    const facets = page.facets!;
    expect(facets.type).toEqual([
      { value: 'statement', count: 2 },
      { value: 'initiative', count: 1 },
      { value: 'meeting', count: 1 },
    ]);
    expect(facets.country).toEqual([
      { value: 'CN', count: 4 },
      { value: 'RU', count: 3 },
      { value: 'KZ', count: 2 },
      { value: 'UZ', count: 2 },
    ]);
    expect(facets.initiative).toEqual([
      { value: 'covid-19-vaccine-supply', label: 'COVID-19 vaccine supply', count: 4 },
      { value: 'belt-and-road', label: 'Belt and Road Initiative', count: 2 },
    ]);
    expect(facets.speaker).toHaveLength(2);
    expect(facets.speaker).toEqual(
      expect.arrayContaining([
        { value: fx.people.wang.id, label: 'Wang Yi', count: 1 },
        { value: fx.people.lavrov.id, label: 'Sergey Lavrov', count: 1 },
      ]),
    );
  });

  it('adds up to the total where a facet partitions the result (type, and year for meeting-bound hits)', async () => {
    const all = await search({ q: 'vaccine', count: 'exact', facets: 'type' });
    expect(sum(all.facets!.type)).toBe(all.total);
    const page = await search({ q: 'vaccine', type: 'statement,meeting', count: 'exact', facets: 'year,type' });
    expect(page.total).toBe(3);
    expect(page.facets!.year).toEqual([
      { value: '2022', count: 2 },
      { value: '2021', count: 1 },
    ]);
    expect(sum(page.facets!.year)).toBe(page.total);
    expect(sum(page.facets!.type)).toBe(page.total);
  });

  it('a bucket counts what adding that filter returns', async () => {
    const { facets } = await search({ q: 'vaccine', facets: 'country,initiative' });
    for (const bucket of facets!.country!) {
      expect((await search({ q: 'vaccine', country: bucket.value, count: 'exact' })).total).toBe(bucket.count);
    }
    for (const bucket of facets!.initiative!) {
      expect((await search({ q: 'vaccine', initiative: bucket.value, count: 'exact' })).total).toBe(bucket.count);
    }
  });

  it('applies the filters to the facets too', async () => {
    const { total, facets } = await search({ q: 'vaccine', country: 'RU', count: 'exact', facets: 'year,speaker' });
    expect(total).toBe(3);
    expect(facets).toEqual({
      year: [{ value: '2022', count: 3 }],
      speaker: [{ value: fx.people.lavrov.id, label: 'Sergey Lavrov', count: 1 }],
    });
  });
});
