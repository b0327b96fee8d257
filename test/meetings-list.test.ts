import { beforeEach, describe, expect, it } from 'vitest';
import supertest from 'supertest';
import { useTestContext } from './helpers/app.js';
import { createInitiativeRow, createMeetingRows, meetingBody } from './helpers/factories.js';

const ctx = useTestContext();
beforeEach(async () => ctx.reset());

const api = () => supertest(ctx.app.server);
const ids = (body: { data: Array<{ id: string }> }) => body.data.map((row) => row.id);

describe('GET /v1/meetings pagination', () => {
  it('pages with nextCursor and Link: rel="next" until the end', async () => {
    await createMeetingRows(ctx.prisma, 45);
    const first = await api().get('/v1/meetings?limit=20').expect(200);
    expect(first.body.data).toHaveLength(20);
    expect(first.body.total).toBeUndefined();
    expect(first.headers.link).toBe(`</v1/meetings?limit=20&cursor=${first.body.nextCursor}>; rel="next"`);
    const second = await api().get(`/v1/meetings?limit=20&cursor=${first.body.nextCursor}`).expect(200);
    const third = await api().get(`/v1/meetings?limit=20&cursor=${second.body.nextCursor}`).expect(200);
    expect(third.body.data).toHaveLength(5);
    expect(third.body.nextCursor).toBeNull();
    expect(third.headers.link).toBeUndefined();
    expect(new Set([...ids(first.body), ...ids(second.body), ...ids(third.body)]).size).toBe(45);
  });

  it('default order is newest first, ties broken by id', async () => {
    await createMeetingRows(ctx.prisma, 10);
    const { data } = (await api().get('/v1/meetings?limit=100').expect(200)).body;
    const keys = data.map((m: { date: string; id: string }) => `${m.date} ${m.id}`);
    expect(keys).toEqual([...keys].sort().reverse());
  });

  it('count=exact adds the total', async () => {
    await createMeetingRows(ctx.prisma, 7);
    expect((await api().get('/v1/meetings?limit=2&count=exact').expect(200)).body.total).toBe(7);
    expect((await api().get('/v1/meetings?country=KZ&count=exact').expect(200)).body.total).toBe(3);
  });

  it('rejects a cursor from a different query with 400', async () => {
    await createMeetingRows(ctx.prisma, 5);
    const { nextCursor } = (await api().get('/v1/meetings?limit=2').expect(200)).body;
    const response = await api().get(`/v1/meetings?limit=2&kind=talks&cursor=${nextCursor}`).expect(400);
    expect(response.body).toMatchObject({ code: 'invalid_cursor', detail: expect.stringContaining('different query') });
    await api().get(`/v1/meetings?limit=2&sort=date&cursor=${nextCursor}`).expect(400);
    await api().get(`/v1/meetings?limit=5&cursor=${nextCursor}`).expect(200);
  });

  it('pages through 250 meetings while new ones are inserted and sees each pre-existing one exactly once', async () => {
    const existing = await createMeetingRows(ctx.prisma, 250);
    const seen: string[] = [];
    let cursor: string | null = null;
    let round = 0;
    do {
      const query: string = cursor ? `?limit=37&cursor=${cursor}` : '?limit=37';
      const page = (await api().get(`/v1/meetings${query}`).expect(200)).body;
      seen.push(...ids(page));
      cursor = page.nextCursor;
      await createMeetingRows(ctx.prisma, 5, new Date(Date.UTC(2019, 11, 1 + (round % 3) * 20)));
      round += 1;
    } while (cursor);
    const seenExisting = seen.filter((id) => existing.some((row) => row.id === id));
    expect(seenExisting).toHaveLength(250);
    expect(new Set(seenExisting).size).toBe(250);
    expect(new Set(seen).size).toBe(seen.length);
  });

  it.each(['date', '-date', 'createdAt', '-createdAt', 'updatedAt', '-updatedAt'])('pages completely with sort=%s', async (sort) => {
    await createMeetingRows(ctx.prisma, 25);
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const page: { data: Array<{ id: string }>; nextCursor: string | null } = (
        await api()
          .get(`/v1/meetings?sort=${sort}&limit=10${cursor ? `&cursor=${cursor}` : ''}`)
          .expect(200)
      ).body;
      seen.push(...ids(page));
      cursor = page.nextCursor;
    } while (cursor);
    expect(new Set(seen).size).toBe(25);
  });

  it('rejects a sort outside the allowlist', async () => {
    const response = await api().get('/v1/meetings?sort=title').expect(400);
    expect(response.body.errors[0]).toMatchObject({ in: 'query', pointer: '/sort' });
  });
});

describe('GET /v1/meetings filters', () => {
  let seeded: { id: string; participants: Array<{ personId: string }> };
  beforeEach(async () => {
    await createInitiativeRow(ctx.prisma);
    seeded = (await api().post('/v1/meetings').send(meetingBody()).expect(201)).body;
    await api()
      .post('/v1/meetings')
      .send(
        meetingBody({
          title: 'Phone call',
          kind: 'phone_call',
          date: '2022-03-01',
          countryCode: null,
          city: null,
          participants: [],
          statements: [],
          initiatives: [],
        }),
      )
      .expect(201);
  });

  const only = async (query: string) => ids((await api().get(`/v1/meetings?${query}`).expect(200)).body);

  it('from / to are inclusive meeting dates', async () => {
    expect(await only('from=2021-07-15&to=2021-07-15')).toEqual([seeded.id]);
    expect(await only('from=2021-07-16')).toHaveLength(1);
    expect(await only('to=2020-01-01')).toEqual([]);
  });

  it('country matches the place or a participant’s country', async () => {
    expect(await only('country=UZ')).toEqual([seeded.id]);
    expect(await only('country=KZ')).toEqual([seeded.id]);
    expect(await only('country=FR,CN')).toEqual([seeded.id]);
    expect(await only('country=FR')).toEqual([]);
  });

  it('person, initiative (slug or id), kind, updatedSince', async () => {
    expect(await only(`person=${seeded.participants[0]!.personId}`)).toEqual([seeded.id]);
    expect(await only('initiative=covid-19-vaccine-supply')).toEqual([seeded.id]);
    const initiative = await ctx.prisma.initiative.findUniqueOrThrow({ where: { slug: 'covid-19-vaccine-supply' } });
    expect(await only(`initiative=${initiative.id}`)).toEqual([seeded.id]);
    expect(await only('kind=phone_call')).toHaveLength(1);
    expect(await only('kind=phone_call,meeting')).toHaveLength(2);
    expect(await only(`updatedSince=${encodeURIComponent(new Date(Date.now() + 60_000).toISOString())}`)).toEqual([]);
    expect(await only('updatedSince=2000-01-01T00:00:00Z')).toHaveLength(2);
  });

  it('include embeds related records in lists', async () => {
    const { data } = (await api().get('/v1/meetings?include=participants&kind=meeting').expect(200)).body;
    expect(data[0].participants).toHaveLength(2);
    expect(data[0].statements).toBeUndefined();
  });

  it.each([
    ['from=2021-02-30', '/from'],
    ['from=0000-01-01', '/from'],
    ['updatedSince=0000-01-01T00:00:00Z', '/updatedSince'],
    ['country=kzz', '/country/0'],
    ['kind=summit', '/kind/0'],
    ['person=abc', '/person/0'],
    ['updatedSince=yesterday', '/updatedSince'],
    ['include=everything', '/include'],
  ])('%s → 400', async (query, pointer) => {
    const response = await api().get(`/v1/meetings?${query}`).expect(400);
    expect(response.body.errors[0]).toMatchObject({ in: 'query', pointer });
  });
});
