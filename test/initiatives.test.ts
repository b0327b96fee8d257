import { beforeEach, describe, expect, it } from 'vitest';
import supertest from 'supertest';
import { useTestContext } from './helpers/app.js';
import { beltAndRoadInitiative, initiativeCatalogue, postCreated } from './helpers/factories.js';

const ctx = useTestContext();
beforeEach(async () => ctx.reset());

const api = () => supertest(ctx.app.server);
const unknownId = '01900000-0000-7000-8000-000000000000';
const beltAndRoad = beltAndRoadInitiative;
const catalogue = initiativeCatalogue;

const createInitiative = (body: Record<string, unknown>) =>
  postCreated<{ id: string; slug: string; version: number }>(ctx.app, '/v1/initiatives', body);

async function linkToMeetings(initiativeId: string, count: number) {
  for (let index = 0; index < count; index += 1) {
    const meeting = await ctx.prisma.meeting.create({ data: { title: `Meeting ${index}`, kind: 'talks', date: new Date('2021-07-15') } });
    await ctx.prisma.meetingInitiative.create({ data: { meetingId: meeting.id, initiativeId, status: 'agreed' } });
  }
}

const pointers = (body: { errors?: Array<{ pointer: string }> }) => body.errors?.map((error) => error.pointer);
const names = (body: { data: Array<{ name: string }> }) => body.data.map((item) => item.name);

describe('POST /v1/initiatives', () => {
  it('adds an entry: 201, Location, ETag, defaults, audit event', async () => {
    const response = await api().post('/v1/initiatives').send({ slug: 'cica', name: ' CICA ' }).expect(201);
    expect(response.body).toMatchObject({ slug: 'cica', name: 'CICA', aliases: [], category: null, description: null, version: 1 });
    expect(response.headers.location).toBe(`/v1/initiatives/${response.body.id}`);
    expect(response.headers.etag).toBe('"v1"');
    expect(await ctx.prisma.auditEvent.count({ where: { recordType: 'initiative', recordId: response.body.id, action: 'create' } })).toBe(
      1,
    );
  });

  it.each([
    [{ slug: 'Belt And Road', name: 'x' }, '/slug'],
    [{ slug: '01900000-0000-7000-8000-000000000000', name: 'x' }, '/slug'],
    [{ slug: 'bri', name: '   ' }, '/name'],
    [{ slug: 'bri', name: 'x', category: 'c'.repeat(101) }, '/category'],
    [{ slug: 'bri', name: 'x', status: 'agreed' }, '/status'],
  ])('%o → 400 pointing at %s', async (body, pointer) => {
    expect(pointers((await api().post('/v1/initiatives').send(body).expect(400)).body)).toContain(pointer);
  });

  it('a taken slug → 409 that says so', async () => {
    await createInitiative(beltAndRoad);
    const response = await api()
      .post('/v1/initiatives')
      .send({ ...beltAndRoad, name: 'Another' })
      .expect(409);
    expect(response.body.detail).toBe('An initiative with slug "belt-and-road-initiative" already exists; choose another slug.');
  });

  it('a retry with the same Idempotency-Key replays the first response and creates one entry', async () => {
    const first = await api().post('/v1/initiatives').set('Idempotency-Key', 'bri-1').send(beltAndRoad).expect(201);
    const retry = await api().post('/v1/initiatives').set('Idempotency-Key', 'bri-1').send(beltAndRoad).expect(201);
    expect(retry.body).toEqual(first.body);
    expect(await ctx.prisma.initiative.count()).toBe(1);
  });
});

describe('GET /v1/initiatives/{initiativeKey}', () => {
  it('finds an entry by id and by slug, with an ETag and 304', async () => {
    const { id } = await createInitiative(beltAndRoad);
    expect((await api().get(`/v1/initiatives/${id}`).expect(200)).body).toMatchObject(beltAndRoad);
    const bySlug = await api().get('/v1/initiatives/belt-and-road-initiative').expect(200);
    expect(bySlug.body.id).toBe(id);
    expect(bySlug.headers.etag).toBe('"v1"');
    await api().get('/v1/initiatives/belt-and-road-initiative').set('If-None-Match', '"v1"').expect(304);
  });

  it.each(['/v1/initiatives/Belt-And-Road-Initiative', '/v1/initiatives/BELT-AND-ROAD-INITIATIVE/timeline', 'upper-case id'])(
    'takes the key in any case, as the initiative filter does: %s',
    async (url) => {
      const { id } = await createInitiative(beltAndRoad);
      const path = url === 'upper-case id' ? `/v1/initiatives/${id.toUpperCase()}` : url;
      const response = await api().get(path);
      expect(response.status, response.text).toBe(200);
      if (!path.endsWith('/timeline')) expect(response.body.id).toBe(id);
    },
  );

  it('404 for an unknown id or slug, 400 for a key that is neither', async () => {
    expect((await api().get('/v1/initiatives/silk-road').expect(404)).body.detail).toBe('No initiative with id or slug "silk-road".');
    await api().get(`/v1/initiatives/${unknownId}`).expect(404);
    const malformed = await api().get('/v1/initiatives/Silk%20Road').expect(400);
    expect(malformed.body.errors).toMatchObject([{ in: 'path', pointer: '/initiativeKey' }]);
  });
});

describe('PATCH /v1/initiatives/{initiativeKey}', () => {
  const mergePatch = (key: string) => api().patch(`/v1/initiatives/${key}`).set('content-type', 'application/merge-patch+json');

  it('merge-patches by slug: null clears, arrays replace, the slug may change; bumps the version', async () => {
    const { id } = await createInitiative(beltAndRoad);
    const response = await mergePatch('belt-and-road-initiative')
      .set('If-Match', '"v1"')
      .send({ slug: 'bri', description: null, aliases: ['Silk Road Economic Belt'] })
      .expect(200);
    expect(response.body).toMatchObject({
      id,
      slug: 'bri',
      name: beltAndRoad.name,
      description: null,
      category: 'economy',
      aliases: ['Silk Road Economic Belt'],
      version: 2,
    });
    expect(response.headers.etag).toBe('"v2"');
    expect((await mergePatch('bri').send({ aliases: null, category: null }).expect(200)).body).toMatchObject({
      aliases: [],
      category: null,
    });
    await api().get('/v1/initiatives/belt-and-road-initiative').expect(404);
  });

  it('a stale If-Match → 412, a taken slug → 409, an unknown key → 404', async () => {
    await createInitiative(beltAndRoad);
    await createInitiative(catalogue[1]!);
    await mergePatch('nurly-zhol').send({ name: 'Nurly Zhol programme' }).expect(200);
    expect((await mergePatch('nurly-zhol').set('If-Match', '"v1"').send({ name: 'x' }).expect(412)).body.code).toBe('precondition_failed');
    const taken = await mergePatch('nurly-zhol').send({ slug: 'belt-and-road-initiative' }).expect(409);
    expect(taken.body.detail).toContain('slug "belt-and-road-initiative" already exists');
    await mergePatch('silk-road').send({ name: 'x' }).expect(404);
  });

  it.each([
    [{ name: null }, '/name'],
    [{ slug: null }, '/slug'],
    [{ slug: 'Not Kebab' }, '/slug'],
    [{ meetings: [] }, '/meetings'],
  ])('%o → 400 pointing at %s', async (patch, pointer) => {
    await createInitiative(beltAndRoad);
    expect(pointers((await mergePatch('belt-and-road-initiative').send(patch).expect(400)).body)).toContain(pointer);
  });
});

describe('DELETE /v1/initiatives/{initiativeKey}', () => {
  it('204 by slug; the entry is gone and the deletion audited', async () => {
    const { id } = await createInitiative(beltAndRoad);
    const response = await api().delete('/v1/initiatives/belt-and-road-initiative').set('If-Match', '"v1"').expect(204);
    expect(response.text).toBe('');
    await api().get(`/v1/initiatives/${id}`).expect(404);
    expect(await ctx.prisma.auditEvent.count({ where: { recordId: id, action: 'delete' } })).toBe(1);
  });

  it('an entry linked to meetings → 409 explaining why', async () => {
    const { id } = await createInitiative(beltAndRoad);
    await linkToMeetings(id, 2);
    const response = await api().delete(`/v1/initiatives/${id}`).expect(409);
    expect(response.body.detail).toBe('Belt and Road Initiative is linked to 2 meetings; unlink it from those meetings first.');
  });

  it('a stale If-Match → 412; an unknown key → 404', async () => {
    await createInitiative(beltAndRoad);
    await api().patch('/v1/initiatives/belt-and-road-initiative').send({ category: 'trade' }).expect(200);
    await api().delete('/v1/initiatives/belt-and-road-initiative').set('If-Match', '"v1"').expect(412);
    await api().delete('/v1/initiatives/silk-road').expect(404);
  });
});

describe('GET /v1/initiatives', () => {
  beforeEach(async () => {
    for (const entry of catalogue) await createInitiative(entry);
  });

  it('pages by name with nextCursor and Link, each entry once', async () => {
    const first = await api().get('/v1/initiatives?limit=3&count=exact').expect(200);
    expect(first.body.total).toBe(5);
    expect(first.headers.link).toBe(`</v1/initiatives?limit=3&count=exact&cursor=${first.body.nextCursor}>; rel="next"`);
    const second = await api().get(`/v1/initiatives?limit=3&count=exact&cursor=${first.body.nextCursor}`).expect(200);
    expect(second.body.nextCursor).toBeNull();
    expect([...names(first.body), ...names(second.body)]).toEqual([...catalogue.map((entry) => entry.name)].sort());
  });

  it('filters by category and sorts by slug', async () => {
    const response = await api().get('/v1/initiatives?category=diplomacy&sort=-slug').expect(200);
    expect(response.body.data.map((entry: { slug: string }) => entry.slug)).toEqual(['sco-heads-of-government-2021', 'china-central-asia']);
  });

  it('a cursor reused under another category → 400 invalid_cursor; unknown parameters → 400', async () => {
    const { nextCursor } = (await api().get('/v1/initiatives?limit=1').expect(200)).body;
    expect((await api().get(`/v1/initiatives?limit=1&category=health&cursor=${nextCursor}`).expect(400)).body.code).toBe('invalid_cursor');
    await api().get('/v1/initiatives?status=agreed').expect(400);
    await api().get('/v1/initiatives?sort=score').expect(400);
  });
});
