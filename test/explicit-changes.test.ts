import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import supertest from 'supertest';
import { createTestContext, type TestContext } from './helpers/app.js';
import { createInitiativeRow, meetingBody } from './helpers/factories.js';

// Every change to what a record shows bumps its version, updatedAt and ETag and is in the audit trail — including
// changes that follow from deleting something else. No foreign key sets null behind the API's back: the services make
// those changes themselves, and the keys refuse what the services did not do.

let ctx: TestContext;
beforeAll(async () => {
  ctx = await createTestContext();
});
afterAll(async () => ctx.close());
beforeEach(async () => {
  await ctx.reset();
  await createInitiativeRow(ctx.prisma);
  await createInitiativeRow(ctx.prisma, 'belt-and-road-initiative', 'Belt and Road Initiative');
});

const api = () => supertest(ctx.app.server);

describe('the foreign keys', () => {
  it('never set null or a default on delete; only a meeting cascades to its own parts, and a person to its identifiers', async () => {
    const keys = await ctx.prisma.$queryRaw<Array<{ child: string; parent: string; action: string }>>`
      SELECT conrelid::regclass::text AS child, confrelid::regclass::text AS parent, confdeltype::text AS action
      FROM pg_constraint WHERE contype = 'f' AND connamespace = 'public'::regnamespace ORDER BY 1, 2`;
    expect(keys.filter((key) => key.action === 'n' || key.action === 'd')).toEqual([]);
    expect(keys.filter((key) => key.action === 'c').map((key) => `${key.child} → ${key.parent}`)).toEqual([
      'meeting_initiatives → meetings',
      'meeting_sources → meetings',
      'participants → meetings',
      'person_identifiers → people',
      'provenance_spans → meetings',
      'provenance_spans → source_documents',
      'statements → meetings',
    ]);
  });
});

describe('deleting a statement an initiative link cites', () => {
  it('clears the citation as a change of the link: new version, updatedAt, ETag and an audit entry', async () => {
    const meeting = (await api().post('/v1/meetings').send(meetingBody()).expect(201)).body;
    const link = meeting.initiatives.find((l: { statementId: string | null }) => l.statementId !== null);
    const linkUrl = `/v1/meetings/${meeting.id}/initiatives/${link.id}`;
    const before = await api().get(linkUrl).expect(200);
    await api().delete(`/v1/meetings/${meeting.id}/statements/${link.statementId}`).expect(204);
    const after = await api().get(linkUrl).set('If-None-Match', String(before.headers.etag)).expect(200);
    expect(after.body).toMatchObject({ statementId: null, version: before.body.version + 1 });
    expect(Date.parse(after.body.updatedAt)).toBeGreaterThan(Date.parse(before.body.updatedAt));
    const history = (await api().get(`/v1/meetings/${meeting.id}/history`).expect(200)).body.data;
    const entry = history.find(
      (e: { recordType: string; recordId: string; action: string }) =>
        e.recordType === 'meeting_initiative' && e.recordId === link.id && e.action === 'update',
    );
    expect(entry).toMatchObject({ action: 'update', before: { statementId: link.statementId }, after: { statementId: null } });
  });

  it('is refused by the database when done behind the service', async () => {
    const meeting = (await api().post('/v1/meetings').send(meetingBody()).expect(201)).body;
    const link = meeting.initiatives.find((l: { statementId: string | null }) => l.statementId !== null);
    await expect(ctx.prisma.$executeRaw`DELETE FROM statements WHERE id = ${link.statementId}::uuid`).rejects.toThrow(/foreign key/i);
  });
});

describe('deleting a meeting other meetings were held within', () => {
  it('detaches each child as a change of the child, and records the deletion of every part it owned', async () => {
    const parent = (
      await api()
        .post('/v1/meetings')
        .send(meetingBody({ title: 'Summit' }))
        .expect(201)
    ).body;
    const child = (
      await api()
        .post('/v1/meetings')
        .send(meetingBody({ title: 'Bilateral', parentId: parent.id }))
        .expect(201)
    ).body;
    const before = await api().get(`/v1/meetings/${child.id}`).expect(200);
    await api().delete(`/v1/meetings/${parent.id}`).expect(204);
    const after = await api().get(`/v1/meetings/${child.id}`).set('If-None-Match', String(before.headers.etag)).expect(200);
    expect(after.body).toMatchObject({ parentId: null, version: before.body.version + 1 });
    const since = (await api().get('/v1/meetings').query({ updatedSince: before.body.updatedAt }).expect(200)).body.data;
    expect(since.map((m: { id: string }) => m.id)).toContain(child.id);
    const childHistory = (await api().get(`/v1/meetings/${child.id}/history`).expect(200)).body.data;
    expect(childHistory.at(-1)).toMatchObject({ action: 'update', before: { parentId: parent.id }, after: { parentId: null } });
    const audit = await ctx.prisma.auditEvent.findMany({ where: { meetingId: parent.id, action: 'delete' } });
    expect(audit.map((e) => e.recordType).sort()).toEqual(
      [
        'meeting',
        ...parent.participants.map(() => 'participant'),
        ...parent.statements.map(() => 'statement'),
        ...parent.initiatives.map(() => 'meeting_initiative'),
      ].sort(),
    );
  });

  it('is refused by the database when done behind the service', async () => {
    const parent = (
      await api()
        .post('/v1/meetings')
        .send(meetingBody({ title: 'Summit' }))
        .expect(201)
    ).body;
    await api()
      .post('/v1/meetings')
      .send(meetingBody({ title: 'Bilateral', parentId: parent.id }))
      .expect(201);
    await expect(ctx.prisma.$executeRaw`DELETE FROM meetings WHERE id = ${parent.id}::uuid`).rejects.toThrow(/foreign key/i);
  });
});

describe('deleting a source document its meetings cite', () => {
  it('is refused by the database: no meeting loses its source silently', async () => {
    const document = (
      await api()
        .post('/v1/documents')
        .set('content-type', 'text/plain')
        .send('Foreign Minister Anna Berg met Finnish Foreign Minister Pekka Laine in Stockholm on 3 May 2024.')
        .expect(201)
    ).body;
    await api().post(`/v1/documents/${document.id}/commit`).expect(201);
    await expect(ctx.prisma.$executeRaw`DELETE FROM source_documents WHERE id = ${document.id}::uuid`).rejects.toThrow(/foreign key/i);
  });
});
