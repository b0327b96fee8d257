import { beforeEach, expect, it } from 'vitest';
import supertest from 'supertest';
import { audit, systemActor } from '../src/modules/audit/audit.js';
import { useTestContext } from './helpers/app.js';
import { createInitiativeRow, meetingBody } from './helpers/factories.js';

// A meeting's history lists its changes in the order they were committed. A write that began first but reached the
// meeting's row lock later commits after the one that held it; listed by when its transaction began, it came before
// it (new-user trial 137 F13: versions 3→4, 4→5, 5→6, 8→9, 6→7, 7→8 after five PATCHes at once).

const ctx = useTestContext();
const api = () => supertest(ctx.app.server);
beforeEach(async () => {
  await ctx.reset();
  await createInitiativeRow(ctx.prisma);
});

type Event = { action: string; recordType: string; after: { version?: number; title?: string } | null; requestId: string | null };
const history = async (id: string): Promise<Event[]> => (await api().get(`/v1/meetings/${id}/history?limit=100`).expect(200)).body.data;

it('a change that began first and committed last is listed last', async () => {
  const meeting = (await api().post('/v1/meetings').send(meetingBody()).expect(201)).body;
  await ctx.prisma.$transaction(async (tx) => {
    // This transaction begins now, then waits while a PATCH runs and commits.
    await tx.$queryRaw`SELECT 1`;
    await api()
      .patch(`/v1/meetings/${meeting.id}`)
      .set('content-type', 'application/merge-patch+json')
      .send({ title: 'Patched' })
      .expect(200);
    await audit(
      tx,
      { ...systemActor, requestId: 'began-first' },
      {
        action: 'update',
        recordType: 'meeting',
        recordId: meeting.id,
        meetingId: meeting.id,
        before: null,
        after: { title: 'Written last' },
      },
    );
  });
  const events = await history(meeting.id);
  expect(events.map((event) => event.after?.title ?? null).slice(-2)).toEqual(['Patched', 'Written last']);
  expect(events.at(-1)?.requestId).toBe('began-first');
});

it.each([
  [
    'PATCHes of the meeting',
    (id: string, n: number) =>
      api()
        .patch(`/v1/meetings/${id}`)
        .set('content-type', 'application/merge-patch+json')
        .send({ title: `Title ${n}` }),
  ],
  [
    'statements added',
    (id: string, n: number) =>
      api()
        .post(`/v1/meetings/${id}/statements`)
        .send({ kind: 'joint', text: `Statement ${n}` }),
  ],
])('%s at once are listed in the order of the versions they made', async (_case, write) => {
  const meeting = (await api().post('/v1/meetings').send(meetingBody()).expect(201)).body;
  const answers = await Promise.all([1, 2, 3, 4, 5, 6].map((n) => write(meeting.id, n)));
  expect(answers.map((answer) => answer.status).every((status) => status < 300)).toBe(true);
  const versions = (await history(meeting.id))
    .filter((event) => event.recordType === 'meeting' && event.action === 'update')
    .map((event) => event.after?.version);
  expect(versions).toEqual([...versions].sort((a, b) => (a ?? 0) - (b ?? 0)));
  const current = (await api().get(`/v1/meetings/${meeting.id}`).expect(200)).body;
  expect(versions.at(-1)).toBe(current.version);
});
