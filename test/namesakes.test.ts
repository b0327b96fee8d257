import supertest from 'supertest';
import { beforeEach, describe, expect, it } from 'vitest';
import { useTestContext } from './helpers/app.js';
import { meetingBody } from './helpers/factories.js';

// A second person nobody could tell from the first — the same name (or an alias equal to it, case aside), the same
// country, no identifiers — is refused by every request that names a person into being as such (POST /v1/people,
// PATCH /v1/people/{id}), and a commit whose participant may be any of several stored people asks which one instead of
// taking the oldest (new-user trial 139 F9). An alias equal to the name is refused wherever a person is written (F11).

const ctx = useTestContext();
const api = () => supertest(ctx.app.server);
beforeEach(() => ctx.reset());

const person = (body: Record<string, unknown>) => api().post('/v1/people').send(body);
const expectAt = (response: supertest.Response, status: number, pointer: string, message: RegExp) => {
  expect(response.status, response.text).toBe(status);
  expect(response.body.errors).toEqual([{ in: 'body', pointer, message: expect.stringMatching(message) }]);
};

describe('POST /v1/people of a person stored already', () => {
  it.each([
    ['the same name and country', { name: 'Ali Rahimov', countryCode: 'AZ' }],
    ['the name in other case', { name: 'ALI RAHIMOV', countryCode: 'AZ' }],
    ["one of the stored person's aliases", { name: 'Ali Ragimov', countryCode: 'AZ' }],
    ['with aliases of its own', { name: 'Ali Rahimov', countryCode: 'AZ', aliases: ['Али Рагимов'] }],
  ])('%s: 409 at /name, naming the stored person', async (_label, body) => {
    const stored = (await person({ name: 'Ali Rahimov', aliases: ['Ali Ragimov'], countryCode: 'AZ' }).expect(201)).body;
    const response = await person(body);
    expectAt(response, 409, '/name', new RegExp(stored.id));
    expect((await api().get('/v1/people').expect(200)).body.data).toHaveLength(1);
  });

  it('a name that is a stored alias is said to be one', async () => {
    await person({ name: 'Ali Rahimov', aliases: ['Əli Rəhimov'], countryCode: 'AZ' }).expect(201);
    expectAt(await person({ name: 'Əli Rəhimov', countryCode: 'AZ' }), 409, '/name', /has this name as an alias/);
  });

  it('no country is a country: two without one are the same, one with and one without are not', async () => {
    await person({ name: 'Ali Rahimov' }).expect(201);
    expectAt(await person({ name: 'Ali Rahimov' }), 409, '/name', /no country/);
    await person({ name: 'Ali Rahimov', countryCode: 'AZ' }).expect(201);
    await person({ name: 'Ali Rahimov', countryCode: 'TJ' }).expect(201);
  });

  it('a namesake told apart by identifiers is taken', async () => {
    await person({ name: 'Ali Rahimov', countryCode: 'AZ' }).expect(201);
    await person({ name: 'Ali Rahimov', countryCode: 'AZ', identifiers: [{ scheme: 'wikidata', value: 'Q4' }] }).expect(201);
  });

  it('a name that merely contains a stored one is another person', async () => {
    await person({ name: 'Ali Rahimov', countryCode: 'AZ' }).expect(201);
    await person({ name: 'Ali Rahimovich', countryCode: 'AZ' }).expect(201);
    await person({ name: 'Rahimov', countryCode: 'AZ' }).expect(201);
  });

  it('ten requests for one new person at once store one', async () => {
    const responses = await Promise.all(Array.from({ length: 10 }, () => person({ name: 'Ali Rahimov', countryCode: 'AZ' })));
    expect(responses.map((response) => response.status).sort()).toEqual([201, ...Array(9).fill(409)]);
    expect((await api().get('/v1/people').expect(200)).body.data).toHaveLength(1);
  });
});

describe('names compared as lookups compare them, and aliases too (new-user trial 141 F1, F2)', () => {
  const patch = (id: string, body: Record<string, unknown>) =>
    api().patch(`/v1/people/${id}`).set('content-type', 'application/merge-patch+json').set('if-match', '*').send(body);

  it.each([
    ['white space run together', { name: 'Ali   Rahimov', countryCode: 'AZ' }, '/name', /has this name already/],
    ['accents aside', { name: 'Alí Rahímov', countryCode: 'AZ' }, '/name', /has this name already/],
    ['accents aside, of a stored alias', { name: 'Ali Ragímov', countryCode: 'AZ' }, '/name', /as an alias/],
    [
      "an alias that is the stored person's name",
      { name: 'A. Rahimov', aliases: ['Ali Rahimov'], countryCode: 'AZ' },
      '/aliases/0',
      /may not be an alias/,
    ],
    [
      "an alias that is the stored person's alias",
      { name: 'A. Rahimov', aliases: ['Elnur', 'ALI RAGIMOV'], countryCode: 'AZ' },
      '/aliases/1',
      /may not be an alias/,
    ],
  ])('POST, %s: 409 at the member', async (_label, body, pointer, message) => {
    const stored = (await person({ name: 'Ali Rahimov', aliases: ['Ali Ragimov'], countryCode: 'AZ' }).expect(201)).body;
    const response = await person(body);
    expectAt(response, 409, pointer, new RegExp(stored.id));
    expect(response.body.errors[0].message).toMatch(message);
    expect((await api().get('/v1/people').expect(200)).body.data).toHaveLength(1);
  });

  it('another country, or identifiers, tell them apart as before', async () => {
    await person({ name: 'Ali Rahimov', countryCode: 'AZ' }).expect(201);
    await person({ name: 'A. Rahimov', aliases: ['Ali Rahimov'], countryCode: 'TJ' }).expect(201);
    await person({
      name: 'A. Rahimov',
      aliases: ['Ali Rahimov'],
      countryCode: 'AZ',
      identifiers: [{ scheme: 'wikidata', value: 'Q7' }],
    }).expect(201);
  });

  it('PATCH of aliases that name another person: 409 at the alias, the person unchanged', async () => {
    await person({ name: 'Ali Rahimov', countryCode: 'AZ' }).expect(201);
    const other = (await person({ name: 'A. Rahimov', countryCode: 'AZ' }).expect(201)).body;
    expectAt(await patch(other.id, { aliases: ['Elnur', 'Ali  Rahimov'] }), 409, '/aliases/1', /may not be an alias/);
    expect((await api().get(`/v1/people/${other.id}`).expect(200)).body).toMatchObject({ aliases: [], version: 1 });
  });

  it('PATCH of the country that makes an alias another person’s name: 409 at the country', async () => {
    await person({ name: 'Ali Rahimov', countryCode: 'AZ' }).expect(201);
    const other = (await person({ name: 'A. Rahimov', aliases: ['Ali Rahimov'], countryCode: 'TJ' }).expect(201)).body;
    expectAt(await patch(other.id, { countryCode: 'AZ' }), 409, '/countryCode', /may not be an alias/);
  });

  it('PATCH of aliases alone does not hold a person stored as a namesake before the rule to their name', async () => {
    await person({ name: 'Ali Rahimov', countryCode: 'AZ' }).expect(201);
    const copy = await ctx.prisma.person.create({ data: { name: 'Ali Rahimov', countryCode: 'AZ' }, select: { id: true } });
    await patch(copy.id, { aliases: ['Ali Ragimov'] }).expect(200);
  });
});

describe('PATCH /v1/people/{id} into a person stored already', () => {
  const patch = (id: string, body: Record<string, unknown>) =>
    api().patch(`/v1/people/${id}`).set('content-type', 'application/merge-patch+json').set('if-match', '*').send(body);

  it.each([
    ['a name', { name: 'Ali Rahimov' }, { name: 'Elnur Rahimov', countryCode: 'AZ' }, '/name'],
    ['a country', { countryCode: 'AZ' }, { name: 'Ali Rahimov', countryCode: 'TJ' }, '/countryCode'],
    [
      'no identifiers',
      { identifiers: null },
      { name: 'Ali Rahimov', countryCode: 'AZ', identifiers: [{ scheme: 'wikidata', value: 'Q4' }] },
      '/identifiers',
    ],
  ])('%s that makes them one: 409 at the member sent, the person unchanged', async (_label, body, start, pointer) => {
    await person({ name: 'Ali Rahimov', countryCode: 'AZ' }).expect(201);
    const other = (await person(start).expect(201)).body;
    expectAt(await patch(other.id, body), 409, pointer, /has this name already/);
    expect((await api().get(`/v1/people/${other.id}`).expect(200)).body).toMatchObject({ name: start.name, version: 1 });
  });

  it('a patch of a person that leaves who they are alone is taken, as is their own name again', async () => {
    const stored = (await person({ name: 'Ali Rahimov', countryCode: 'AZ' }).expect(201)).body;
    await patch(stored.id, { aliases: ['Ali Ragimov'] }).expect(200);
    await patch(stored.id, { name: 'Ali  Rahimov'.replace('  ', ' '), countryCode: 'AZ' }).expect(200);
  });
});

describe('an alias equal to the name', () => {
  it('POST /v1/people: 400 at the alias', async () => {
    expectAt(await person({ name: 'Ali Rahimov', aliases: ['Ali Ragimov', 'ali rahimov'] }), 400, '/aliases/1', /the name itself/);
  });

  it("a meeting's new person: 400 at the alias", async () => {
    const body = meetingBody();
    (body.participants as Array<{ person: { aliases?: string[] } }>)[0]!.person.aliases = ['Wang Yi'];
    expectAt(await api().post('/v1/meetings').send(body), 400, '/participants/0/person/aliases/0', /the name itself/);
  });

  it('PATCH: at the alias sent, or at a new name that is an alias already', async () => {
    const stored = (await person({ name: 'Ali Rahimov', aliases: ['Ali Ragimov'] }).expect(201)).body;
    const patch = (body: Record<string, unknown>) =>
      api().patch(`/v1/people/${stored.id}`).set('content-type', 'application/merge-patch+json').set('if-match', '*').send(body);
    expectAt(await patch({ aliases: ['Ali Rahimov'] }), 400, '/aliases/0', /the name itself/);
    expectAt(await patch({ name: 'Ali Ragimov' }), 400, '/name', /one of the person's aliases/);
    // The alias made the name, and the name an alias, in one patch.
    await patch({ name: 'Ali Ragimov', aliases: ['Ali Rahimov'] }).expect(200);
  });

  it('a person stored with one before it was refused can still have their country patched', async () => {
    const stored = await ctx.prisma.person.create({ data: { name: 'Ali Rahimov', aliases: ['ali rahimov'] }, select: { id: true } });
    const patch = (body: Record<string, unknown>) =>
      api().patch(`/v1/people/${stored.id}`).set('content-type', 'application/merge-patch+json').set('if-match', '*').send(body);
    await patch({ countryCode: 'AZ' }).expect(200);
    expectAt(await patch({ name: 'ALI RAHIMOV' }), 400, '/name', /one of the person's aliases/);
  });
});

describe('a commit whose participant may be any of several stored people', () => {
  const text = 'Foreign Minister Ana Silva met Foreign Minister Kenji Mori in Lisbon on 3 May 2024.';

  it('is a 409 at the participant naming them; a corrected draft that names one commits', async () => {
    const document = (await api().post('/v1/documents').send({ text }).expect(201)).body;
    const mori = (value: string) =>
      person({ name: 'Kenji Mori', countryCode: 'JP', identifiers: [{ scheme: 'wikidata', value }] }).expect(201);
    const [first, second] = [(await mori('Q1')).body, (await mori('Q2')).body];
    const at = document.draft.meetings[0].participants.findIndex((p: { name: string }) => p.name === 'Kenji Mori');
    expect(at).toBeGreaterThanOrEqual(0);
    const refused = await api().post(`/v1/documents/${document.id}/commit`).send({}).expect(409);
    expect(refused.body.errors).toEqual([
      { in: 'resource', pointer: `/draft/meetings/0/participants/${at}`, message: expect.stringContaining(first.id) },
    ]);
    expect(refused.body.errors[0].message).toContain(second.id);
    expect(refused.body.detail).toMatch(/corrected draft/);
    expect((await api().get('/v1/meetings').expect(200)).body.data).toHaveLength(0);
    const draft = structuredClone(document.draft);
    draft.meetings[0].participants[at].personId = second.id;
    const committed = (await api().post(`/v1/documents/${document.id}/commit`).send({ draft }).expect(201)).body;
    const meeting = (await api().get(`/v1/meetings/${committed.data[0].id}?include=participants`).expect(200)).body;
    expect(meeting.participants.map((p: { personId: string }) => p.personId)).toContain(second.id);
  });

  it('a person and a namesake stored with identifiers: the commit asks (trial 140 F1)', async () => {
    const document = (await api().post('/v1/documents').send({ text }).expect(201)).body;
    const plain = (await person({ name: 'Kenji Mori', countryCode: 'JP' }).expect(201)).body;
    const namesake = (
      await person({ name: 'Kenji Mori', countryCode: 'JP', identifiers: [{ scheme: 'wikidata', value: 'Q9' }] }).expect(201)
    ).body;
    const refused = await api().post(`/v1/documents/${document.id}/commit`).send({}).expect(409);
    expect(refused.body.errors[0].message).toContain(plain.id);
    expect(refused.body.errors[0].message).toContain(namesake.id);
  });

  it('one stored person of the name is found as before', async () => {
    const document = (await api().post('/v1/documents').send({ text }).expect(201)).body;
    const stored = (await person({ name: 'Kenji Mori', countryCode: 'JP' }).expect(201)).body;
    const committed = (await api().post(`/v1/documents/${document.id}/commit`).send({}).expect(201)).body;
    const meeting = (await api().get(`/v1/meetings/${committed.data[0].id}?include=participants`).expect(200)).body;
    expect(meeting.participants.map((p: { personId: string }) => p.personId)).toContain(stored.id);
  });
});

describe('every letter and sign of a name compares as itself (new-user trial 142 F1: an "s" was read as white space)', () => {
  const patch = (id: string, body: Record<string, unknown>) =>
    api().patch(`/v1/people/${id}`).set('content-type', 'application/merge-patch+json').set('if-match', '*').send(body);
  const names = [
    'Thomas Ashcombe',
    'Liisa Korhonen',
    'Sven Svensson',
    'Abena Asante-Boateng',
    'Wassim Bessis',
    'Dara d’Word',
    'A.B. Smith',
    'Kim (Junior) Lee',
    'Tess+Ross S*',
    'abcdefghijklmnopqrstuvwxyz',
  ];

  it.each(names)('POST "%s" twice, and in capitals and with its spaces doubled: 409 at /name', async (name) => {
    const stored = (await person({ name, countryCode: 'GH' }).expect(201)).body;
    for (const again of [name, name.toUpperCase(), name.replace(/ /g, '  ')])
      expectAt(await person({ name: again, countryCode: 'GH' }), 409, '/name', new RegExp(stored.id));
    expect((await api().get('/v1/people').expect(200)).body.data).toHaveLength(1);
  });

  it.each(names)('PATCH an alias "%s" that is another person’s name: 409 at the alias', async (name) => {
    await person({ name, countryCode: 'GH' }).expect(201);
    const other = (await person({ name: 'Kofi Mensah Jr', countryCode: 'GH' }).expect(201)).body;
    expectAt(await patch(other.id, { aliases: [name] }), 409, '/aliases/0', /may not be an alias/);
  });

  it('names that differ by one letter are two people', async () => {
    await person({ name: 'Thomas Ashcombe', countryCode: 'GB' }).expect(201);
    await person({ name: 'Thoma  Ashcombe', countryCode: 'GB' }).expect(201);
    await person({ name: 'Thomas Ahcombe', countryCode: 'GB' }).expect(201);
  });
});
