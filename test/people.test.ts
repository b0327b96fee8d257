import { beforeEach, describe, expect, it } from 'vitest';
import supertest from 'supertest';
import { useTestContext } from './helpers/app.js';
import { postCreated, tileuberdiPerson } from './helpers/factories.js';

const ctx = useTestContext();
beforeEach(async () => ctx.reset());

const api = () => supertest(ctx.app.server);
const unknownId = '01900000-0000-7000-8000-000000000000';
const tileuberdi = tileuberdiPerson;

const createPerson = (body: Record<string, unknown>) =>
  postCreated<{ id: string; name: string; version: number }>(ctx.app, '/v1/people', body);

async function addToMeetings(personId: string, count: number) {
  for (let index = 0; index < count; index += 1) {
    const meeting = await ctx.prisma.meeting.create({ data: { title: `Meeting ${index}`, kind: 'talks', date: new Date('2021-07-15') } });
    await ctx.prisma.participant.create({ data: { meetingId: meeting.id, personId, role: 'guest' } });
  }
}

const pointers = (body: { errors?: Array<{ pointer: string }> }) => body.errors?.map((error) => error.pointer);

describe('POST /v1/people', () => {
  it('creates a person: 201, Location, ETag, trimmed fields and an audit event', async () => {
    const response = await api()
      .post('/v1/people')
      .send({ ...tileuberdi, name: '  Mukhtar Tileuberdi ' })
      .expect(201);
    expect(response.body).toMatchObject({ ...tileuberdi, version: 1, createdAt: expect.any(String), updatedAt: expect.any(String) });
    expect(response.headers.location).toBe(`/v1/people/${response.body.id}`);
    expect(response.headers.etag).toBe('"v1"');
    const events = await ctx.prisma.auditEvent.findMany({ where: { recordType: 'person', recordId: response.body.id } });
    expect(events).toMatchObject([{ action: 'create', after: expect.objectContaining({ name: 'Mukhtar Tileuberdi' }) }]);
  });

  it('defaults aliases, country and identifiers', async () => {
    expect(await createPerson({ name: 'Wang Yi' })).toMatchObject({ aliases: [], countryCode: null, identifiers: [] });
  });

  it.each([
    [{ name: '' }, '/name'],
    [{ name: 'Wang Yi', countryCode: 'china' }, '/countryCode'],
    [{ name: 'Wang Yi', aliases: ['x'.repeat(201)] }, '/aliases/0'],
    [{ name: 'Wang Yi', identifiers: [{ scheme: 'Wiki Data', value: 'Q1' }] }, '/identifiers/0/scheme'],
    [
      {
        name: 'Wang Yi',
        identifiers: [
          { scheme: 'wikidata', value: 'Q1' },
          { scheme: 'wikidata', value: 'Q1' },
        ],
      },
      '/identifiers/1',
    ],
    [{ name: 'Wang Yi', title: 'Foreign Minister' }, '/title'],
  ])('%o → 400 pointing at %s', async (body, pointer) => {
    const response = await api().post('/v1/people').send(body).expect(400);
    expect(response.body.code).toBe('validation_failed');
    expect(pointers(response.body)).toContain(pointer);
  });

  it('an identifier that already names another person → 409 naming the holder', async () => {
    const holder = await createPerson(tileuberdi);
    const response = await api().post('/v1/people').send({ name: 'Someone else', identifiers: tileuberdi.identifiers }).expect(409);
    expect(response.body.detail).toBe(`The identifier wikidata:Q1000001 already belongs to Mukhtar Tileuberdi (${holder.id}).`);
    expect(await ctx.prisma.person.count()).toBe(1);
  });

  it('a retry with the same Idempotency-Key returns the first response and creates one person', async () => {
    const first = await api().post('/v1/people').set('Idempotency-Key', 'person-1').send(tileuberdi).expect(201);
    const retry = await api().post('/v1/people').set('Idempotency-Key', 'person-1').send(tileuberdi).expect(201);
    expect(retry.body).toEqual(first.body);
    expect(retry.headers.location).toBe(first.headers.location);
    expect(retry.headers['idempotent-replayed']).toBe('true');
    expect(await ctx.prisma.person.count()).toBe(1);
  });

  it('a body that is not JSON → 415', async () => {
    await api().post('/v1/people').set('content-type', 'application/xml').send('<name>Wang Yi</name>').expect(415);
  });
});

describe('GET /v1/people/{personId}', () => {
  it('answers with an ETag, and 304 to If-None-Match', async () => {
    const { id } = await createPerson(tileuberdi);
    const response = await api().get(`/v1/people/${id}`).expect(200);
    expect(response.body).toMatchObject(tileuberdi);
    expect(response.body).not.toHaveProperty('score');
    expect(response.headers.etag).toBe('"v1"');
    await api().get(`/v1/people/${id}`).set('If-None-Match', '"v1"').expect(304);
  });

  it('404 for an unknown person, 400 for a malformed id', async () => {
    const missing = await api().get(`/v1/people/${unknownId}`).expect(404);
    expect(missing.body).toMatchObject({ code: 'not_found', detail: `No person with id "${unknownId}".` });
    const malformed = await api().get('/v1/people/tileuberdi').expect(400);
    expect(malformed.body.errors).toMatchObject([{ in: 'path', pointer: '/personId' }]);
  });
});

describe('PATCH /v1/people/{personId}', () => {
  const mergePatch = (id: string) => api().patch(`/v1/people/${id}`).set('content-type', 'application/merge-patch+json');

  it('applies JSON Merge Patch: absent stays, null clears, arrays replace; bumps the version', async () => {
    const { id } = await createPerson(tileuberdi);
    const response = await mergePatch(id)
      .set('If-Match', '"v1"')
      .send({ countryCode: null, aliases: ['Tleuberdi'] })
      .expect(200);
    expect(response.body).toMatchObject({
      name: tileuberdi.name,
      countryCode: null,
      aliases: ['Tleuberdi'],
      identifiers: tileuberdi.identifiers,
      version: 2,
    });
    expect(response.headers.etag).toBe('"v2"');
    const cleared = await api().patch(`/v1/people/${id}`).send({ aliases: null, identifiers: null }).expect(200);
    expect(cleared.body).toMatchObject({ aliases: [], identifiers: [], version: 3 });
    const events = await ctx.prisma.auditEvent.findMany({ where: { recordId: id, action: 'update' }, orderBy: { occurredAt: 'asc' } });
    expect(events[0]).toMatchObject({
      before: expect.objectContaining({ countryCode: 'KZ' }),
      after: expect.objectContaining({ countryCode: null }),
    });
  });

  it('replaces identifiers, and may keep one the person already has', async () => {
    const { id } = await createPerson(tileuberdi);
    const identifiers = [...tileuberdi.identifiers, { scheme: 'viaf', value: '12345' }];
    const response = await mergePatch(id).send({ identifiers }).expect(200);
    expect(response.body.identifiers).toEqual([
      { scheme: 'viaf', value: '12345' },
      { scheme: 'wikidata', value: 'Q1000001' },
    ]);
  });

  it('an empty patch changes nothing', async () => {
    const { id } = await createPerson(tileuberdi);
    expect((await mergePatch(id).send({}).expect(200)).body.version).toBe(1);
  });

  it('a stale If-Match → 412 and nothing changes', async () => {
    const { id } = await createPerson(tileuberdi);
    await mergePatch(id).send({ name: 'M. Tileuberdi' }).expect(200);
    const stale = await mergePatch(id).set('If-Match', '"v1"').send({ name: 'Other' }).expect(412);
    expect(stale.body).toMatchObject({ code: 'precondition_failed', detail: expect.stringContaining('"v2"') });
    expect((await api().get(`/v1/people/${id}`)).body.name).toBe('M. Tileuberdi');
  });

  it('two concurrent PATCHes with the same If-Match: one 200, one 412', async () => {
    const { id } = await createPerson(tileuberdi);
    const results = await Promise.all(['A', 'B'].map((name) => mergePatch(id).set('If-Match', '"v1"').send({ name })));
    expect(results.map((result) => result.status).sort()).toEqual([200, 412]);
  });

  it('an identifier of another person → 409', async () => {
    await createPerson(tileuberdi);
    const { id } = await createPerson({ name: 'Wang Yi' });
    const response = await mergePatch(id).send({ identifiers: tileuberdi.identifiers }).expect(409);
    expect(response.body.detail).toContain('already belongs to Mukhtar Tileuberdi');
  });

  it.each([
    [{ name: null }, '/name'],
    [{ countryCode: 'KAZ' }, '/countryCode'],
    [{ nickname: 'x' }, '/nickname'],
  ])('%o → 400 pointing at %s', async (patch, pointer) => {
    const { id } = await createPerson(tileuberdi);
    expect(pointers((await mergePatch(id).send(patch).expect(400)).body)).toContain(pointer);
  });

  it('404 for an unknown person', async () => {
    await mergePatch(unknownId).send({ name: 'x' }).expect(404);
  });
});

describe('DELETE /v1/people/{personId}', () => {
  it('204, then the person is gone; the deletion is audited', async () => {
    const { id } = await createPerson(tileuberdi);
    await api().delete(`/v1/people/${id}`).set('If-Match', '"v1"').expect(204);
    await api().get(`/v1/people/${id}`).expect(404);
    expect(await ctx.prisma.personIdentifier.count()).toBe(0);
    expect(await ctx.prisma.auditEvent.count({ where: { recordId: id, action: 'delete' } })).toBe(1);
  });

  it('a person who took part in meetings → 409 saying so and how often', async () => {
    const { id } = await createPerson(tileuberdi);
    await addToMeetings(id, 3);
    const response = await api().delete(`/v1/people/${id}`).expect(409);
    expect(response.body).toMatchObject({
      code: 'conflict',
      detail: 'Mukhtar Tileuberdi took part in 3 meetings; remove those participants first.',
    });
    await api().get(`/v1/people/${id}`).expect(200);
  });

  it('a stale If-Match → 412; an unknown person → 404', async () => {
    const { id } = await createPerson(tileuberdi);
    await api().patch(`/v1/people/${id}`).send({ name: 'x' }).expect(200);
    await api().delete(`/v1/people/${id}`).set('If-Match', '"v1"').expect(412);
    await api().delete(`/v1/people/${unknownId}`).expect(404);
  });
});

describe('GET /v1/people', () => {
  beforeEach(async () => {
    for (const [name, countryCode] of [
      ['Wang Yi', 'CN'],
      ['Antony Blinken', 'US'],
      ['Sergey Lavrov', 'RU'],
      ['Mukhtar Tileuberdi', 'KZ'],
      ['Abdulaziz Kamilov', 'UZ'],
    ]) {
      await createPerson({ name, countryCode });
    }
  });

  it('pages by name with nextCursor and Link until the end, each person once', async () => {
    const names: string[] = [];
    let url: string | undefined = '/v1/people?limit=2';
    while (url) {
      const response: supertest.Response = await api().get(url).expect(200);
      names.push(...response.body.data.map((person: { name: string }) => person.name));
      url = response.body.nextCursor ? response.headers.link?.match(/^<([^>]+)>; rel="next"$/)?.[1] : undefined;
      if (response.body.nextCursor) expect(url).toContain(`cursor=${response.body.nextCursor}`);
    }
    expect(names).toEqual(['Abdulaziz Kamilov', 'Antony Blinken', 'Mukhtar Tileuberdi', 'Sergey Lavrov', 'Wang Yi']);
  });

  it('filters by country and updatedSince, sorts from the allowlist, counts on request', async () => {
    const response = await api().get('/v1/people?country=KZ,UZ&sort=-name&count=exact').expect(200);
    expect(response.body).toMatchObject({
      total: 2,
      nextCursor: null,
      data: [{ name: 'Mukhtar Tileuberdi' }, { name: 'Abdulaziz Kamilov' }],
    });
    const future = new Date(Date.now() + 60_000).toISOString();
    expect(
      (
        await api()
          .get(`/v1/people?updatedSince=${encodeURIComponent(future)}`)
          .expect(200)
      ).body.data,
    ).toEqual([]);
    const newest = await api().get('/v1/people?sort=-createdAt&limit=1').expect(200);
    expect(newest.body.data[0].name).toBe('Abdulaziz Kamilov');
  });

  it('a cursor reused under other filters → 400 invalid_cursor', async () => {
    const { nextCursor } = (await api().get('/v1/people?limit=2').expect(200)).body;
    const response = await api().get(`/v1/people?limit=2&country=KZ&cursor=${nextCursor}`).expect(400);
    expect(response.body.code).toBe('invalid_cursor');
    await api().get(`/v1/people?limit=2&sort=-name&cursor=${nextCursor}`).expect(400);
  });

  it.each(['country=Kazakhstan', 'sort=age', 'limit=101', 'nationality=KZ', 'updatedSince=yesterday'])('?%s → 400', async (query) => {
    expect((await api().get(`/v1/people?${query}`).expect(400)).body.code).toBe('validation_failed');
  });
});
