import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import supertest from 'supertest';
import { createTestContext, type TestContext } from './helpers/app.js';
import { createInitiativeRow, meetingBody } from './helpers/factories.js';

let ctx: TestContext;
let meeting: {
  id: string;
  participants: Array<{ id: string; personId: string }>;
  statements: Array<{ id: string }>;
  initiatives: Array<{ id: string }>;
};
let base: string;
beforeAll(async () => {
  ctx = await createTestContext();
});
afterAll(async () => ctx.close());
beforeEach(async () => {
  await ctx.reset();
  await createInitiativeRow(ctx.prisma);
  await createInitiativeRow(ctx.prisma, 'belt-and-road-initiative', 'Belt and Road Initiative');
  meeting = (await api().post('/v1/meetings').send(meetingBody()).expect(201)).body;
  base = `/v1/meetings/${meeting.id}`;
});

const api = () => supertest(ctx.app.server);
const meetingVersion = async () => (await api().get(base).expect(200)).body.version as number;
const missing = '01900000-0000-7000-8000-00000000000f';

describe('participants', () => {
  it('lists in order, gets one with an ETag, adds a new person, and bumps the meeting version', async () => {
    const list = (await api().get(`${base}/participants`).expect(200)).body;
    expect(list.data.map((p: { id: string }) => p.id)).toEqual(meeting.participants.map((p) => p.id));
    const one = await api().get(`${base}/participants/${meeting.participants[0]!.id}`).expect(200);
    expect(one.headers.etag).toBe('"v1"');
    const created = await api()
      .post(`${base}/participants`)
      .send({ person: { name: 'Bobomurod Abdullaev', countryCode: 'UZ' }, role: 'third_party', title: 'Observer', countryCode: 'UZ' })
      .expect(201);
    expect(created.headers.location).toBe(`${base}/participants/${created.body.id}`);
    expect(created.body).toMatchObject({ role: 'third_party', position: 2, version: 1 });
    expect(await meetingVersion()).toBe(2);
  });

  it('409 when the person already takes part, 422 for an unknown person, 404 for an unknown meeting', async () => {
    await api().post(`${base}/participants`).send({ personId: meeting.participants[0]!.personId, role: 'host' }).expect(409);
    const unknown = await api().post(`${base}/participants`).send({ personId: missing, role: 'host' }).expect(422);
    expect(unknown.body.errors[0].pointer).toBe('/personId');
    await api().post(`/v1/meetings/${missing}/participants`).send({ personId: missing, role: 'host' }).expect(404);
    const neither = await api().post(`${base}/participants`).send({ role: 'host' }).expect(400);
    expect(neither.body.errors[0].pointer).toBe('/personId');
  });

  it('PATCH with If-Match; 412 when stale', async () => {
    const url = `${base}/participants/${meeting.participants[1]!.id}`;
    const updated = await api().patch(url).set('If-Match', '"v1"').send({ title: 'Foreign Minister', printedTitle: null }).expect(200);
    expect(updated.body).toMatchObject({ title: 'Foreign Minister', printedTitle: null, version: 2 });
    expect(updated.headers.etag).toBe('"v2"');
    await api().patch(url).set('If-Match', '"v1"').send({ title: 'x' }).expect(412);
  });

  it('deleting a participant who has statements → 409 saying why; without statements → 204', async () => {
    const refused = await api().delete(`${base}/participants/${meeting.participants[0]!.id}`).expect(409);
    expect(refused.body.detail).toMatch(/speaker of 1 statement/);
    const extra = (
      await api()
        .post(`${base}/participants`)
        .send({ person: { name: 'Someone' }, role: 'guest' })
        .expect(201)
    ).body;
    await api().delete(`${base}/participants/${extra.id}`).expect(204);
    await api().get(`${base}/participants/${extra.id}`).expect(404);
  });
});

describe('statements', () => {
  it('adds a statement at the end, by a participant of this meeting', async () => {
    const created = await api()
      .post(`${base}/statements`)
      .send({
        speakerId: meeting.participants[1]!.id,
        text: 'Kazakhstan opposes tracing being a political issue.',
        topics: ['origin tracing'],
      })
      .expect(201);
    expect(created.body).toMatchObject({ position: 2, kind: 'reported', topics: ['origin tracing'] });
    const list = (await api().get(`${base}/statements?limit=2`).expect(200)).body;
    expect(list.data).toHaveLength(2);
    const rest = (await api().get(`${base}/statements?limit=2&cursor=${list.nextCursor}`).expect(200)).body;
    expect(rest.data.map((s: { id: string }) => s.id)).toEqual([created.body.id]);
  });

  it('a speaker who is not a participant of this meeting → 422', async () => {
    const other = (
      await api()
        .post('/v1/meetings')
        .send(meetingBody({ title: 'Other meeting' }))
        .expect(201)
    ).body;
    const response = await api().post(`${base}/statements`).send({ speakerId: other.participants[0].id, text: 'Words.' }).expect(422);
    expect(response.body).toMatchObject({ code: 'unprocessable', errors: [{ pointer: '/speakerId' }] });
    await api().patch(`${base}/statements/${meeting.statements[0]!.id}`).send({ speakerId: other.participants[0].id }).expect(422);
  });

  it('the database itself refuses a speaker from another meeting', async () => {
    const other = (
      await api()
        .post('/v1/meetings')
        .send(meetingBody({ title: 'Other meeting' }))
        .expect(201)
    ).body;
    await expect(
      ctx.prisma.statement.create({
        data: {
          meetingId: meeting.id,
          speakerId: other.participants[0].id,
          speakerMeetingId: meeting.id,
          kind: 'reported',
          text: 'x',
          position: 9,
        },
      }),
    ).rejects.toThrow();
    await expect(
      ctx.prisma.statement.create({
        data: {
          meetingId: meeting.id,
          speakerId: other.participants[0].id,
          speakerMeetingId: other.id,
          kind: 'reported',
          text: 'x',
          position: 9,
        },
      }),
    ).rejects.toThrow();
  });

  it('joint statements need no speaker, reported ones do; a taken position → 409', async () => {
    await api().post(`${base}/statements`).send({ kind: 'joint', text: 'The two sides agreed to keep in touch.' }).expect(201);
    await api().post(`${base}/statements`).send({ text: 'Nobody said this.' }).expect(422);
    await api().post(`${base}/statements`).send({ kind: 'narrative', text: 'x', position: 0 }).expect(409);
    const huge = await api().post(`${base}/statements`).send({ kind: 'narrative', text: 'x', position: 3_000_000_000 }).expect(400);
    expect(huge.body.errors[0].pointer).toBe('/position');
    await api().patch(`${base}/statements/${meeting.statements[0]!.id}`).send({ position: 3_000_000_000 }).expect(400);
    await api().patch(`${base}/participants/${meeting.participants[0]!.id}`).send({ position: 3_000_000_000 }).expect(400);
    await api().post(`${base}/statements`).send({ kind: 'narrative', text: 'last', position: 2_147_483_647 }).expect(201);
    const full = await api().post(`${base}/statements`).send({ kind: 'narrative', text: 'after the last' }).expect(409);
    expect(full.body.detail).toMatch(/give a position explicitly/);
  });

  it('PATCH and DELETE with version checks; deleting a statement unlinks initiatives that cite it', async () => {
    const url = `${base}/statements/${meeting.statements[0]!.id}`;
    await api().patch(url).send({ text: 'Edited.' }).expect(200);
    await api().delete(url).set('If-Match', '"v1"').expect(412);
    await api().delete(url).set('If-Match', '"v2"').expect(204);
    const link = (await api().get(`${base}/initiatives`).expect(200)).body.data[0];
    expect(link.statementId).toBeNull();
  });
});

describe('initiative links', () => {
  it('links by slug, refuses duplicates and unknown initiatives, updates and deletes', async () => {
    const created = await api()
      .post(`${base}/initiatives`)
      .send({ initiative: 'belt-and-road-initiative', status: 'supported', statementId: meeting.statements[1]!.id })
      .expect(201);
    expect(created.body).toMatchObject({ status: 'supported', statementId: meeting.statements[1]!.id });
    const duplicate = await api()
      .post(`${base}/initiatives`)
      .send({ initiative: 'belt-and-road-initiative', status: 'agreed' })
      .expect(409);
    expect(duplicate.body.detail).toContain('already linked');
    await api().post(`${base}/initiatives`).send({ initiative: 'nope', status: 'agreed' }).expect(422);
    await api().post(`${base}/initiatives`).send({ initiative: 'covid-19-vaccine-supply', status: 'maybe' }).expect(400);
    const url = `${base}/initiatives/${created.body.id}`;
    const patched = await api()
      .patch(url)
      .send({ status: 'signed', committedParties: ['CN', 'KZ'] })
      .expect(200);
    expect(patched.body).toMatchObject({ status: 'signed', committedParties: ['CN', 'KZ'], version: 2 });
    await api().patch(url).send({ statementId: missing }).expect(422);
    await api().delete(url).expect(204);
    await api().delete(url).expect(404);
    expect(await meetingVersion()).toBe(4);
  });

  it('every part change is in the meeting history', async () => {
    await api().patch(`${base}/initiatives/${meeting.initiatives[0]!.id}`).send({ status: 'implemented' }).expect(200);
    const history = (await api().get(`${base}/history?limit=100`).expect(200)).body.data;
    expect(history.at(-1)).toMatchObject({
      action: 'update',
      recordType: 'meeting_initiative',
      before: { status: 'agreed' },
      after: { status: 'implemented' },
    });
  });
});

// New-user trial 121: these 409s named the member only in their sentence. Each points at the member of the request
// the conflict is about, in `errors` (the README's "every 4xx about one part of the request points at it").
describe('a conflict about one member of the request points at it', () => {
  it.each([
    [
      'a position taken (statement)',
      '/position',
      () => api().post(`${base}/statements`).send({ kind: 'narrative', text: 'x', position: 0 }),
    ],
    [
      'a position taken (statement moved)',
      '/position',
      () =>
        api()
          .patch(`${base}/statements/${meeting.statements[1]!.id}`)
          .set('content-type', 'application/merge-patch+json')
          .send({ position: 0 }),
    ],
    [
      'a person seated already, by id',
      '/personId',
      () => api().post(`${base}/participants`).send({ personId: meeting.participants[0]!.personId, role: 'host' }),
    ],
    [
      'a person seated already, by name',
      '/person',
      () =>
        api()
          .post(`${base}/participants`)
          .send({ person: { name: 'WANG YI', countryCode: 'CN' }, role: 'guest' }),
    ],
    [
      'an initiative linked already',
      '/initiative',
      () => api().post(`${base}/initiatives`).send({ initiative: 'covid-19-vaccine-supply', status: 'agreed' }),
    ],
    [
      'a slug in use',
      '/slug',
      () => api().post('/v1/initiatives').send({ slug: 'belt-and-road-initiative', name: 'Another', category: 'economy' }),
    ],
  ])('%s → 409 at %s', async (_case, pointer, send) => {
    const response = await send().expect(409);
    expect(response.body).toMatchObject({ code: 'conflict', errors: [{ in: 'body', pointer }] });
  });
});
