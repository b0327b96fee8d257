import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import supertest from 'supertest';
import { createTestContext, type TestContext } from './helpers/app.js';
import { seedSearchFixtures, type SearchFixtures } from './search-fixtures.js';
import { z } from 'zod';
import { searchHitSchema, searchPageSchema } from '../src/modules/search/search.schemas.js';

let ctx: TestContext;
let fx: SearchFixtures;
beforeAll(async () => {
  ctx = await createTestContext();
  fx = await seedSearchFixtures(ctx.prisma);
});
afterAll(async () => ctx.close());

interface Hit {
  type: string;
  id: string;
  meetingId: string | null;
  score: number;
  snippet: string;
  title: string;
  date: string | null;
  speakerId: string | null;
  slug: string | null;
}

async function search(query: Record<string, string>) {
  const response = await supertest(ctx.app.server).get('/v1/search').query(query).expect(200);
  return response.body as { data: Hit[]; nextCursor: string | null; total?: number; facets?: Record<string, Array<{ value: string }>> };
}
const ids = async (query: Record<string, string>) => (await search(query)).data.map((hit) => hit.id).sort();

describe('GET /v1/search: a prefix or a hyphenated word means what the words it stands for mean', () => {
  // Each pair: the query with a prefix or joined words, and the same query written out. Both must find the same hits,
  // and some (so that the pair cannot agree by both finding nothing).
  it.each([
    ['tracing -vacc*', 'tracing -vaccines'],
    ['-vacc*', '-vaccines'],
    ['-vacc* tracing', 'tracing -vaccines'],
    ['vacc* tracing', 'vaccines tracing'],
    ['tracing vacc*', 'vaccines tracing'],
    ['silk-road', 'silk road'],
    ['silk–road', 'silk road'],
    ['"silk-road"', '"silk road"'],
    ['-silk-road pandemic', 'pandemic -"silk road"'],
  ])('%s finds what %s finds', async (short, long) => {
    const expected = await ids({ q: long });
    expect(expected.length).toBeGreaterThan(0);
    expect(await ids({ q: short })).toEqual(expected);
  });
});

describe('GET /v1/search query syntax', () => {
  it('stems English words: "vaccines" and "vaccine" find the same records', async () => {
    const expected = [fx.tashkent.statements[0]!.id, fx.call.statements[0]!.id, fx.call.meeting.id, fx.initiatives.vaccines.id].sort();
    expect(await ids({ q: 'vaccines' })).toEqual(expected);
    expect(await ids({ q: 'vaccine' })).toEqual(expected);
  });

  it('matches "quoted phrases" in order, unquoted words anywhere', async () => {
    expect(await ids({ q: '"belt and road"' })).toEqual(
      [fx.tashkent.statements[0]!.id, fx.tashkent.statements[1]!.id, fx.initiatives.beltAndRoad.id].sort(),
    );
    expect(await ids({ q: '"origin tracing"' })).toEqual([fx.tashkent.statements[0]!.id]);
    expect(await ids({ q: 'origin tracing' })).toEqual([fx.tashkent.statements[0]!.id, fx.tashkent.statements[1]!.id].sort());
  });

  it('OR finds either word; plain words must all match', async () => {
    const either = await ids({ q: 'pandemic OR trade' });
    expect(either).toEqual(
      [
        fx.tashkent.statements[0]!.id,
        fx.tashkent.statements[1]!.id,
        fx.video.statements[0]!.id,
        fx.video.meeting.id,
        fx.initiatives.vaccines.id,
      ].sort(),
    );
    expect(await ids({ q: 'pandemic trade' })).toEqual([]);
  });

  it('-word excludes records containing it', async () => {
    expect(await ids({ q: 'tracing' })).toHaveLength(2);
    const { data } = await search({ q: 'tracing -vaccines' });
    expect(data.map((hit) => hit.id)).toEqual([fx.tashkent.statements[1]!.id]);
    expect(data[0]!.score).toBeGreaterThan(0.01); // exclusions do not flatten the ranking
  });

  it('returns the fields of each hit type', async () => {
    const { data } = await search({ q: 'vaccines' });
    const statement = data.find((hit) => hit.id === fx.tashkent.statements[0]!.id);
    expect(statement).toMatchObject({
      type: 'statement',
      meetingId: fx.tashkent.meeting.id,
      title: fx.tashkent.meeting.title,
      date: '2021-07-15',
      speakerId: fx.tashkent.participants[0]!.id,
      slug: null,
    });
    expect(data.find((hit) => hit.type === 'initiative')).toMatchObject({
      id: fx.initiatives.vaccines.id,
      meetingId: null,
      date: null,
      speakerId: null,
      title: 'COVID-19 vaccine supply',
      slug: 'covid-19-vaccine-supply',
    });
  });
});

// The route sends a page as the JSON text JSON.stringify makes of the rows (search.routes.ts), without the response
// schema's check: every kind of page is held to the contract here — each hit exactly SearchHit's members, each facet
// bucket a FacetBucket, the page a SearchPage.
describe('every kind of search page is a SearchPage of the contract', () => {
  const hitMembers = Object.keys(searchHitSchema.shape).sort();
  const strictPage = searchPageSchema.extend({ data: z.array(searchHitSchema.strict()) }).strict();
  it.each([
    ['statements, meetings and initiatives', { q: 'vaccines' }],
    ['one type', { q: 'vaccines', type: 'statement' }],
    ['initiatives only', { q: 'vaccine', type: 'initiative' }],
    ['a total', { q: 'vaccines', count: 'exact' }],
    ['every facet', { q: 'vaccines', facets: 'country,initiative,year,speaker,type' }],
    ['a page of one, with a next page', { q: 'vaccines', limit: '1' }],
    ['nothing found', { q: 'zzzyxw' }],
    ['stop words only', { q: 'the' }],
  ])('%s', async (_label, query) => {
    const body = (
      await supertest(ctx.app.server)
        .get('/v1/search')
        .query(query)
        .expect(200)
        .expect('content-type', /^application\/json/)
    ).body as Record<string, unknown>;
    expect(() => strictPage.parse(body)).not.toThrow();
    for (const hit of body.data as object[]) expect(Object.keys(hit).sort()).toEqual(hitMembers);
  });

  it('the second page of a cursor too', async () => {
    const first = await search({ q: 'vaccines', limit: '1' });
    expect(first.nextCursor).not.toBeNull();
    const body = (
      await supertest(ctx.app.server).get('/v1/search').query({ q: 'vaccines', limit: '1', cursor: first.nextCursor! }).expect(200)
    ).body as Record<string, unknown>;
    expect(() => strictPage.parse(body)).not.toThrow();
    expect((body.data as unknown[]).length).toBe(1);
  });
});

describe('ranking', () => {
  it('puts title and name hits above body text', async () => {
    const { data } = await search({ q: 'vaccine' });
    expect(data.map((hit) => hit.type)).toEqual(['initiative', 'meeting', 'statement', 'statement']);
    expect(data[1]!.score).toBeGreaterThan(data[2]!.score);
    expect(data.map((hit) => hit.score)).toEqual([...data.map((hit) => hit.score)].sort((a, b) => b - a));
  });

  it('ranks a meeting whose title matches above one whose summary matches', async () => {
    const { data } = await search({ q: 'talks', type: 'meeting' });
    expect(data.map((hit) => hit.id)).toEqual([fx.call.meeting.id, fx.tashkent.meeting.id]);
    expect(data[0]!.score).toBeGreaterThan(data[1]!.score);
  });
});

describe('snippets', () => {
  it('highlights matches with <mark> and HTML-escapes everything else', async () => {
    const { data } = await search({ q: 'deliveries', type: 'statement' });
    const snippet = data[0]!.snippet;
    expect(snippet).toContain('<mark>deliveries</mark>');
    expect(snippet).toContain('&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; called');
    expect(snippet.replace(/<\/?mark>/g, '')).not.toMatch(/[<>]/);
  });

  it('highlights every stemmed form in a statement', async () => {
    const { data } = await search({ q: 'vaccine', type: 'statement' });
    expect(data.find((hit) => hit.id === fx.tashkent.statements[0]!.id)!.snippet).toContain('including <mark>vaccines</mark>');
  });
});

describe('errors and edge cases', () => {
  const expectQError = async (query: Record<string, string>) => {
    const response = await supertest(ctx.app.server).get('/v1/search').query(query).expect(400);
    expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(response.body).toMatchObject({ code: 'validation_failed', errors: [expect.objectContaining({ in: 'query', pointer: '/q' })] });
  };

  it('missing, empty or blank q → 400 pointing at /q', async () => {
    await expectQError({});
    await expectQError({ q: '' });
    await expectQError({ q: '   ' });
  });

  it('q over 256 characters, or with a NUL character → 400', async () => {
    await expectQError({ q: 'vaccine '.repeat(33) });
    await expectQError({ q: 'vaccine\0' });
  });

  it('punctuation and unbalanced syntax are not errors', async () => {
    for (const q of ['!!!', '"unclosed', '(vaccine', '<->', "o'neil", 'OR', '-']) {
      expect((await search({ q })).data).toBeInstanceOf(Array);
    }
    expect(await ids({ q: '"vaccines' })).toHaveLength(4);
  });

  it('stop words only → 200 with nothing found', async () => {
    const page = await search({ q: 'the and of', count: 'exact', facets: 'type,year' });
    expect(page).toEqual({ data: [], nextCursor: null, total: 0, facets: { type: [], year: [] } });
  });

  it('unknown query parameters and bad values → 400', async () => {
    for (const query of [
      { q: 'vaccine', sort: 'score' },
      { q: 'vaccine', type: 'person' },
      { q: 'vaccine', facets: 'city' },
      { q: 'vaccine', limit: '101' },
    ]) {
      const response = await supertest(ctx.app.server).get('/v1/search').query(query).expect(400);
      expect(response.body.code).toBe('validation_failed');
    }
  });

  it('a cursor this API did not issue → 400 invalid_cursor', async () => {
    const response = await supertest(ctx.app.server).get('/v1/search').query({ q: 'vaccine', cursor: 'garbage' }).expect(400);
    expect(response.body.code).toBe('invalid_cursor');
  });
});

describe('the year facet spells a year as dates and stats periods do', () => {
  it.each([
    ['0005-06-01', '0005'],
    ['0987-01-15', '0987'],
    ['2021-07-15', '2021'],
  ])('a meeting of %s is in the year facet as "%s"', async (date, year) => {
    const created = await supertest(ctx.app.server)
      .post('/v1/meetings')
      .send({ title: `Yearfacetword meeting of ${date}`, kind: 'talks', date })
      .expect(201);
    try {
      const page = await search({ q: 'yearfacetword', facets: 'year', count: 'exact' });
      expect(page.facets?.year).toEqual([expect.objectContaining({ value: year })]);
    } finally {
      await supertest(ctx.app.server).delete(`/v1/meetings/${created.body.id}`).expect(204);
    }
  });
});
