import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import supertest from 'supertest';
import { createTestContext, type TestContext } from './helpers/app.js';
import { createInitiativeRow, meetingBody } from './helpers/factories.js';

let ctx: TestContext;
let meetingId: string;
beforeAll(async () => {
  ctx = await createTestContext();
});
afterAll(async () => ctx.close());
beforeEach(async () => {
  await ctx.reset();
  await createInitiativeRow(ctx.prisma);
  meetingId = (await api().post('/v1/meetings').send(meetingBody()).expect(201)).body.id;
});

const api = () => supertest(ctx.app.server);

describe('ETags and conditional requests', () => {
  it('GET sends an ETag per representation and answers 304 to If-None-Match', async () => {
    const plain = await api().get(`/v1/meetings/${meetingId}`).expect(200);
    expect(plain.headers.etag).toBe('"v1"');
    const embedded = await api().get(`/v1/meetings/${meetingId}?include=statements,participants`).expect(200);
    expect(embedded.headers.etag).toBe('"v1-participants.statements"');
    const cached = await api().get(`/v1/meetings/${meetingId}`).set('If-None-Match', '"v1"').expect(304);
    expect(cached.text).toBe('');
    await api().get(`/v1/meetings/${meetingId}`).set('If-None-Match', '"v0"').expect(200);
  });

  it('PATCH applies JSON Merge Patch, bumps the version and changes the ETag', async () => {
    const response = await api()
      .patch(`/v1/meetings/${meetingId}`)
      .set('content-type', 'application/merge-patch+json')
      .set('If-Match', '"v1"')
      .send({ summary: 'Talks on vaccines.', city: null })
      .expect(200);
    expect(response.body).toMatchObject({ summary: 'Talks on vaccines.', city: null, countryCode: 'UZ', version: 2 });
    expect(response.headers.etag).toBe('"v2"');
    await api().get(`/v1/meetings/${meetingId}`).set('If-None-Match', '"v1"').expect(200);
  });

  it('PATCH with a stale If-Match answers 412 and changes nothing', async () => {
    await api().patch(`/v1/meetings/${meetingId}`).send({ summary: 'first' }).expect(200);
    const stale = await api().patch(`/v1/meetings/${meetingId}`).set('If-Match', '"v1"').send({ summary: 'second' }).expect(412);
    expect(stale.body).toMatchObject({ code: 'precondition_failed', detail: expect.stringContaining('"v2"') });
    expect((await api().get(`/v1/meetings/${meetingId}`)).body.summary).toBe('first');
  });

  it('accepts the ETag of any representation of the current version', async () => {
    await api().patch(`/v1/meetings/${meetingId}`).set('If-Match', '"v1-participants"').send({ summary: 'x' }).expect(200);
  });

  it('two concurrent PATCHes carrying the same If-Match: exactly one 200 and one 412', async () => {
    const results = await Promise.all(
      ['one', 'two'].map((summary) => api().patch(`/v1/meetings/${meetingId}`).set('If-Match', '"v1"').send({ summary })),
    );
    expect(results.map((r) => r.status).sort()).toEqual([200, 412]);
    const winner = results.find((r) => r.status === 200)!;
    expect((await api().get(`/v1/meetings/${meetingId}`)).body).toMatchObject({ summary: winner.body.summary, version: 2 });
  });

  it('answers 412 for an entity tag that is not one of ours, 400 for a value that is no entity tag', async () => {
    await api().patch(`/v1/meetings/${meetingId}`).set('If-Match', 'W/"weak"').send({ summary: 'x' }).expect(412);
    const response = await api().patch(`/v1/meetings/${meetingId}`).set('If-Match', 'weak').send({ summary: 'x' }).expect(400);
    expect(response.body.code).toBe('bad_request');
  });
});

describe('PATCH /v1/meetings/{id} validation', () => {
  it.each([
    [{ title: null }, '/title'],
    [{ date: '2021-13-01' }, '/date'],
    [{ nonsense: true }, '/nonsense'],
  ])('%o → 400', async (patch, pointer) => {
    const response = await api().patch(`/v1/meetings/${meetingId}`).send(patch).expect(400);
    expect(response.body.errors.map((e: { pointer: string }) => e.pointer)).toContain(pointer);
  });

  it('404 for an unknown meeting, 422 for a parent that is the meeting itself', async () => {
    await api().patch('/v1/meetings/01900000-0000-7000-8000-000000000000').send({ summary: 'x' }).expect(404);
    const self = await api().patch(`/v1/meetings/${meetingId}`).send({ parentId: meetingId }).expect(422);
    expect(self.body.errors[0].pointer).toBe('/parentId');
  });

  it.each([2, 3, 5])('422 for a parent that would close a cycle of %i meetings; a chain without one is fine', async (length) => {
    const ids = [meetingId];
    for (let i = 1; i < length; i++)
      ids.push(
        (
          await api()
            .post('/v1/meetings')
            .send({ title: `Level ${i}`, kind: 'multilateral', date: '2024-01-10' })
            .expect(201)
        ).body.id,
      );
    // ids[0] under ids[1] under … under ids[length - 1]: a chain.
    for (let i = 0; i < length - 1; i++)
      await api()
        .patch(`/v1/meetings/${ids[i]}`)
        .send({ parentId: ids[i + 1] })
        .expect(200);
    const top = ids[length - 1] as string;
    const cycle = await api().patch(`/v1/meetings/${top}`).send({ parentId: meetingId }).expect(422);
    expect(cycle.body.errors).toEqual([expect.objectContaining({ pointer: '/parentId', message: expect.stringContaining('cycle') })]);
    expect((await api().get(`/v1/meetings/${top}`).expect(200)).body.parentId).toBeNull();
  });

  it('two PATCHes at once that would together close a cycle: one applies, the other is a 422', async () => {
    const other = (await api().post('/v1/meetings').send({ title: 'Other', kind: 'multilateral', date: '2024-01-10' }).expect(201)).body.id;
    const answers = await Promise.all([
      api().patch(`/v1/meetings/${meetingId}`).send({ parentId: other }),
      api().patch(`/v1/meetings/${other}`).send({ parentId: meetingId }),
    ]);
    expect(answers.map((a) => a.status).sort()).toEqual([200, 422]);
  });

  it('an empty patch changes nothing', async () => {
    const response = await api().patch(`/v1/meetings/${meetingId}`).send({}).expect(200);
    expect(response.body.version).toBe(1);
  });

  it('audits the update with before and after', async () => {
    await api().patch(`/v1/meetings/${meetingId}`).send({ summary: 'after' }).expect(200);
    const history = (await api().get(`/v1/meetings/${meetingId}/history`)).body.data;
    expect(history.at(-1)).toMatchObject({
      action: 'update',
      recordType: 'meeting',
      before: { summary: null },
      after: { summary: 'after' },
    });
  });
});

describe('DELETE /v1/meetings/{id}', () => {
  it('deletes the meeting with its parts; its history stays readable', async () => {
    await api().delete(`/v1/meetings/${meetingId}`).set('If-Match', '"v1"').expect(204);
    await api().get(`/v1/meetings/${meetingId}`).expect(404);
    expect(await ctx.prisma.statement.count()).toBe(0);
    expect(await ctx.prisma.person.count()).toBe(2);
    const history = (await api().get(`/v1/meetings/${meetingId}/history`).expect(200)).body.data;
    expect(history.at(-1)).toMatchObject({ action: 'delete', recordType: 'meeting', after: null });
  });

  it('412 when stale, 404 when gone', async () => {
    await api().delete(`/v1/meetings/${meetingId}`).set('If-Match', '"v7"').expect(412);
    await api().delete(`/v1/meetings/${meetingId}`).expect(204);
    await api().delete(`/v1/meetings/${meetingId}`).expect(404);
    await api().get('/v1/meetings/01900000-0000-7000-8000-000000000000/history').expect(404);
  });
});

describe('Idempotency-Key', () => {
  it('a retry returns the first response and creates nothing new', async () => {
    const body = meetingBody({ title: 'Idempotent talks' });
    const first = await api().post('/v1/meetings').set('Idempotency-Key', 'key-1').send(body).expect(201);
    const retry = await api().post('/v1/meetings').set('Idempotency-Key', 'key-1').send(body).expect(201);
    expect(retry.body).toEqual(first.body);
    expect(retry.headers.location).toBe(first.headers.location);
    expect(retry.headers['idempotent-replayed']).toBe('true');
    expect(await ctx.prisma.meeting.count({ where: { title: 'Idempotent talks' } })).toBe(1);
  });

  it('the same key with a different body → 422', async () => {
    await api()
      .post('/v1/meetings')
      .set('Idempotency-Key', 'key-2')
      .send(meetingBody({ title: 'A' }))
      .expect(201);
    const reused = await api()
      .post('/v1/meetings')
      .set('Idempotency-Key', 'key-2')
      .send(meetingBody({ title: 'B' }))
      .expect(422);
    expect(reused.body.code).toBe('idempotency_key_reused');
  });

  it('replays error responses too, and keeps keys in the database for 24 hours', async () => {
    const bad = meetingBody({ initiatives: [{ initiative: 'unknown', status: 'agreed' }] });
    await api().post('/v1/meetings').set('Idempotency-Key', 'key-3').send(bad).expect(422);
    const again = await api().post('/v1/meetings').set('Idempotency-Key', 'key-3').send(bad).expect(422);
    expect(again.headers['idempotent-replayed']).toBe('true');
    const stored = await ctx.prisma.idempotencyKey.findFirstOrThrow({ where: { key: 'key-3' } });
    expect(stored.expiresAt.getTime() - stored.createdAt.getTime()).toBeGreaterThanOrEqual(24 * 3600 * 1000 - 1000);
  });

  it('an invalid key → 400', async () => {
    await api().post('/v1/meetings').set('Idempotency-Key', 'ünïcode').send(meetingBody()).expect(400);
  });
});
