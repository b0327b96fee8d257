import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import supertest from 'supertest';
import { createTestContext, type TestContext } from './helpers/app.js';

// A meeting held on the margins of another of the same readout (new-user trial 116: the bilateral "on the margins of
// the trilateral meeting" was committed with parentId null): the draft names it (`sidelinesOf`), the commit records it.

let ctx: TestContext;
beforeAll(async () => {
  ctx = await createTestContext();
});
afterAll(async () => ctx.close());
beforeEach(async () => ctx.reset());

const api = () => supertest(ctx.app.server);
const readout = `Trilateral meeting of the Foreign Ministers of Azerbaijan, Georgia and Türkiye

TBILISI, 27 March 2023 – Foreign Minister of the Republic of Azerbaijan Jeyhun Bayramov, Foreign Minister of Georgia Ilia Darchiashvili and Foreign Minister of the Republic of Türkiye Mevlut Cavusoglu held a trilateral meeting in Tbilisi.

On the margins of the trilateral meeting, Minister Bayramov also held a bilateral meeting with Minister Darchiashvili.`;

async function stored() {
  const document = (await api().post('/v1/documents').set('content-type', 'text/plain').send(readout).expect(201)).body;
  return document as { id: string; draft: { meetings: Array<{ kind: string; sidelinesOf?: number | null }> } };
}

describe('a sideline meeting of a readout', () => {
  it('the draft names the meeting it was on the margins of, and the commit makes that its parent', async () => {
    const document = await stored();
    expect(document.draft.meetings.map((m) => [m.kind, m.sidelinesOf ?? null])).toEqual([
      ['multilateral', null],
      ['sideline_meeting', 0],
    ]);
    const committed = (await api().post(`/v1/documents/${document.id}/commit`).expect(201)).body.data;
    expect(committed.map((m: { parentId: string | null }) => m.parentId)).toEqual([null, committed[0].id]);
  });

  it('a parent listed after its sideline meeting is created first; the answer keeps the draft order', async () => {
    const document = await stored();
    const [trilateral, bilateral] = document.draft.meetings;
    const draft = { ...document.draft, meetings: [{ ...bilateral, sidelinesOf: 1 }, trilateral] };
    const committed = (await api().post(`/v1/documents/${document.id}/commit`).send({ draft }).expect(201)).body.data;
    expect(committed.map((m: { kind: string }) => m.kind)).toEqual(['sideline_meeting', 'multilateral']);
    expect(committed[0].parentId).toBe(committed[1].id);
  });

  it('an editor who drops it commits no parent', async () => {
    const document = await stored();
    const draft = { ...document.draft, meetings: document.draft.meetings.map((m) => ({ ...m, sidelinesOf: null })) };
    const committed = (await api().post(`/v1/documents/${document.id}/commit`).send({ draft }).expect(201)).body.data;
    expect(committed.map((m: { parentId: string | null }) => m.parentId)).toEqual([null, null]);
  });

  it.each([
    [1, 'names no other meeting of the draft'],
    [5, 'names no other meeting of the draft'],
  ])('sidelinesOf %i on meeting 2 → 422 at that member, nothing created', async (sidelinesOf, message) => {
    const document = await stored();
    const draft = { ...document.draft, meetings: document.draft.meetings.map((m, i) => (i === 1 ? { ...m, sidelinesOf } : m)) };
    const response = await api().post(`/v1/documents/${document.id}/commit`).send({ draft }).expect(422);
    expect(response.body.errors).toEqual([
      expect.objectContaining({ pointer: '/draft/meetings/1/sidelinesOf', message: expect.stringContaining(message) }),
    ]);
    expect(await ctx.prisma.meeting.count()).toBe(0);
  });

  it('a chain of margins (a parent that is itself on the margins of another) → 422', async () => {
    const document = await stored();
    const [trilateral, bilateral] = document.draft.meetings;
    const draft = {
      ...document.draft,
      meetings: [trilateral, bilateral, { ...bilateral, sidelinesOf: 1 }],
    };
    const response = await api().post(`/v1/documents/${document.id}/commit`).send({ draft, createDuplicates: true }).expect(422);
    expect(response.body.errors.map((e: { pointer: string }) => e.pointer)).toContain('/draft/meetings/2/sidelinesOf');
    expect(await ctx.prisma.meeting.count()).toBe(0);
  });
});
