import supertest from 'supertest';
import { beforeEach, describe, expect, it } from 'vitest';
import { useTestContext } from './helpers/app.js';
import { createInitiativeRow, meetingBody } from './helpers/factories.js';

// A person's identifier (wikidata:Q…) belongs to one person. Taken by a stored person, or given twice in one request,
// it is a 409 on every route that creates a person — with the holder named and an error at the member — and nothing
// of the request is stored.

const ctx = useTestContext();
const api = () => supertest(ctx.app.server);
let holder: { id: string };
let meetingId: string;
beforeEach(async () => {
  await ctx.reset();
  await createInitiativeRow(ctx.prisma);
  holder = (
    await api()
      .post('/v1/people')
      .send({ name: 'Ident Holder', identifiers: [{ scheme: 'wikidata', value: 'Q999001' }] })
      .expect(201)
  ).body;
  meetingId = (await api().post('/v1/meetings').send(meetingBody()).expect(201)).body.id;
});

const taken = { scheme: 'wikidata', value: 'Q999001' };
const fresh = { scheme: 'wikidata', value: 'Q999002' };
const nestedMeeting = (identifiers: object[][]) => {
  const body = meetingBody({ title: 'Nested identifiers' }) as { participants: Array<{ person: Record<string, unknown> }> };
  identifiers.forEach((list, index) => (body.participants[index]!.person.identifiers = list));
  return body;
};

describe('an identifier already held, or given twice, is a 409 at its member', () => {
  it.each([
    [
      'POST /v1/people',
      () =>
        api()
          .post('/v1/people')
          .send({ name: 'Someone Else', identifiers: [fresh, taken] }),
      '/identifiers/1',
      true,
    ],
    [
      'POST /v1/meetings (a nested person)',
      () =>
        api()
          .post('/v1/meetings')
          .send(nestedMeeting([[], [taken]])),
      '/participants/1/person/identifiers/0',
      true,
    ],
    [
      'POST /v1/meetings (two nested people, one identifier)',
      () =>
        api()
          .post('/v1/meetings')
          .send(nestedMeeting([[fresh], [fresh]])),
      '/participants/1/person/identifiers/0',
      false,
    ],
    [
      'POST /v1/meetings/{id}/participants',
      () =>
        api()
          .post(`/v1/meetings/${meetingId}/participants`)
          .send({ person: { name: 'Someone Else', identifiers: [taken] }, role: 'third_party' }),
      '/person/identifiers/0',
      true,
    ],
  ])('%s', async (_label, send, pointer, namesHolder) => {
    const people = await ctx.prisma.person.count();
    const response = await send();
    expect(response.status).toBe(409);
    expect(response.body.errors).toEqual([expect.objectContaining({ pointer })]);
    if (namesHolder) expect(response.body.detail).toContain(holder.id);
    expect(await ctx.prisma.person.count()).toBe(people);
  });

  it('an NDJSON line: its result is the 409 with the pointer', async () => {
    const response = await ctx.app.inject({
      method: 'POST',
      url: '/v1/meetings',
      headers: { 'content-type': 'application/x-ndjson' },
      payload: `${JSON.stringify(nestedMeeting([[taken], []]))}\n`,
    });
    const line = response.payload
      .split('\n')
      .filter(Boolean)
      .map((text) => JSON.parse(text) as { status?: number; problem?: { errors?: Array<{ pointer: string }>; detail: string } })
      .find((result) => result.status !== undefined);
    expect(line?.status).toBe(409);
    expect(line?.problem?.errors?.[0]?.pointer).toBe('/participants/0/person/identifiers/0');
    expect(line?.problem?.detail).toContain(holder.id);
  });
});

// Trial 141 F11: "q457043" was stored beside the Q457043 another person holds. A Wikidata item is written as Wikidata
// writes it, on every route that writes a person's identifiers.
describe('a Wikidata identifier in another spelling', () => {
  const routes: Array<[string, (identifiers: object[]) => Promise<supertest.Response>, string]> = [
    ['POST /v1/people', (identifiers) => api().post('/v1/people').send({ name: 'Other Person', identifiers }), '/identifiers/0/value'],
    [
      'PATCH /v1/people/{id}',
      (identifiers) =>
        api()
          .patch(`/v1/people/${holder.id}`)
          .set('content-type', 'application/merge-patch+json')
          .set('if-match', '*')
          .send({ identifiers }),
      '/identifiers/0/value',
    ],
    [
      "POST /v1/meetings, a participant's new person",
      (identifiers) =>
        api()
          .post('/v1/meetings')
          .send(nestedMeeting([identifiers])),
      '/participants/0/person/identifiers/0/value',
    ],
    [
      'POST /v1/meetings/{id}/participants',
      (identifiers) =>
        api()
          .post(`/v1/meetings/${meetingId}/participants`)
          .send({ person: { name: 'Other Person', identifiers }, role: 'guest' }),
      '/person/identifiers/0/value',
    ],
  ];
  const spellings = ['q999001', 'Q0999001', 'Q-1', 'wd:Q999001'];
  it.each(routes.flatMap(([label, send, pointer]) => spellings.map((value) => [label, value, send, pointer] as const)))(
    '%s with "%s": 400 at the value',
    async (_label, value, send, pointer) => {
      const response = await send([{ scheme: 'wikidata', value }]);
      expect(response.status, response.text).toBe(400);
      expect(response.body.errors.map((e: { pointer: string }) => e.pointer)).toContain(pointer);
    },
  );

  it('other schemes keep their values as sent', async () => {
    await api()
      .post('/v1/people')
      .send({ name: 'Other Person', identifiers: [{ scheme: 'viaf', value: 'v-0042' }] })
      .expect(201);
  });
});
