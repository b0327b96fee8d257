import { beforeEach, describe, expect, it } from 'vitest';
import supertest from 'supertest';
import { useTestContext } from './helpers/app.js';
import { whileDeleting } from './helpers/while-deleting.js';

// A document's stored draft is made when it is posted; the people it matched may be deleted before it is committed.
// Committed as stored, such a participant is looked up (or created) again — the client sent no draft for a 422 to point
// into; a corrected draft that names a person who does not exist is the client's own, and still a 422.

const ctx = useTestContext();
const api = () => supertest(ctx.app.server);
beforeEach(() => ctx.reset());

const readout = 'Foreign Minister Anna Berg met Finnish Foreign Minister Pekka Laine in Stockholm on 3 May 2024.';

async function postMatched(): Promise<{
  documentId: string;
  personId: string;
  draft: { meetings: Array<{ participants: Array<{ name: string; personId: string | null }> }> };
}> {
  const person = (await api().post('/v1/people').send({ name: 'Pekka Laine', countryCode: 'FI' }).expect(201)).body as { id: string };
  const document = (await api().post('/v1/documents').send({ text: readout }).expect(201)).body;
  const matched = document.draft.meetings[0].participants.find((p: { name: string }) => p.name === 'Pekka Laine');
  expect(matched?.personId).toBe(person.id);
  return { documentId: document.id, personId: person.id, draft: document.draft };
}

describe('a person the stored draft matched, deleted before the commit', () => {
  it('committed as stored: the participant is looked up or created again, and the meeting is created', async () => {
    const { documentId, personId } = await postMatched();
    await api().delete(`/v1/people/${personId}`).expect(204);
    const committed = await api().post(`/v1/documents/${documentId}/commit`).send({}).expect(201);
    const meetingId = committed.body.data[0].id as string;
    const meeting = (await api().get(`/v1/meetings/${meetingId}?include=participants`).expect(200)).body;
    const laine = meeting.participants.find((p: { printedName: string }) => p.printedName === 'Pekka Laine');
    expect(laine?.personId).toBeTruthy();
    expect(laine?.personId).not.toBe(personId);
    expect(await ctx.prisma.person.count({ where: { name: 'Pekka Laine' } })).toBe(1);
  });

  it('committed as stored, after another Pekka Laine was stored since: that one is taken', async () => {
    const { documentId, personId } = await postMatched();
    await api().delete(`/v1/people/${personId}`).expect(204);
    const again = (await api().post('/v1/people').send({ name: 'Pekka Laine', countryCode: 'FI' }).expect(201)).body as { id: string };
    const committed = await api().post(`/v1/documents/${documentId}/commit`).send({}).expect(201);
    const meeting = (await api().get(`/v1/meetings/${committed.body.data[0].id}?include=participants`).expect(200)).body;
    expect(meeting.participants.map((p: { personId: string }) => p.personId)).toContain(again.id);
  });

  it('sent back by the client in a corrected draft: a 422 that points at it', async () => {
    const { documentId, personId, draft } = await postMatched();
    await api().delete(`/v1/people/${personId}`).expect(204);
    const response = await api().post(`/v1/documents/${documentId}/commit`).send({ draft }).expect(422);
    expect(JSON.stringify(response.body.errors ?? [])).toMatch(/personId/);
    expect(await ctx.prisma.meeting.count()).toBe(0);
  });
});

describe('a person the stored draft matched, deleted while the commit runs', () => {
  // The person is deleted in a transaction held open until the commit waits on the row, then committed: the commit's
  // own check saw the person; its INSERT then fails on the foreign key. Committed as stored, it runs again and looks
  // the person up afresh (trial finding: a 422, which an Idempotency-Key then replayed for good).
  it.each([
    ['without a key', 409, (id: string) => api().post(`/v1/documents/${id}/commit`).send({})],
    [
      'with an Idempotency-Key',
      201,
      (id: string) => api().post(`/v1/documents/${id}/commit`).set('idempotency-key', `race-${id}`).send({}),
    ],
  ])('%s: 201, the participant a person of their own', async (_label, sentAgain, commit) => {
    const { documentId, personId } = await postMatched();
    const response = await whileDeleting(ctx.prisma, 'people', personId, () => commit(documentId));
    expect(response.status, response.text).toBe(201);
    const meeting = (await api().get(`/v1/meetings/${response.body.data[0].id}?include=participants`).expect(200)).body;
    const laine = meeting.participants.find((p: { printedName: string }) => p.printedName === 'Pekka Laine');
    expect(laine?.personId).toBeTruthy();
    expect(laine?.personId).not.toBe(personId);
    // Sent again: with the key, the answer replayed; without, the document is committed already.
    expect((await commit(documentId)).status).toBe(sentAgain);
  });
});

// new-user trial 117: a commit sent without a draft, of a stored draft that links an initiative deleted from the
// catalogue since, was a 422 pointing "into the body" of a request that had none.
describe('a stored draft that cannot be committed as it is, committed without a draft', () => {
  const linked =
    'Foreign Minister Anna Berg met Finnish Foreign Minister Pekka Laine in Stockholm on 3 May 2024. They discussed the Astana Process.';

  async function postLinked() {
    await api().post('/v1/initiatives').send({ slug: 'astana-process', name: 'Astana Process' }).expect(201);
    const document = (await api().post('/v1/documents').send({ text: linked }).expect(201)).body;
    expect(document.draft.meetings[0].initiatives.map((i: { slug: string }) => i.slug)).toContain('astana-process');
    await api().delete('/v1/initiatives/astana-process').expect(204);
    return document as { id: string; draft: { meetings: Array<{ initiatives: Array<{ slug: string }> }> } };
  }

  it.each([
    ['no body', (request: supertest.Test) => request],
    ['an empty object', (request: supertest.Test) => request.send({})],
  ])('with %s: the problem is in the stored draft (in: resource), says what to send, and nothing is stored', async (__, send) => {
    const document = await postLinked();
    const response = await send(api().post(`/v1/documents/${document.id}/commit`)).expect(422);
    expect(response.body.errors).toContainEqual({
      in: 'resource',
      pointer: '/draft/meetings/0/initiatives/0/slug',
      message: expect.stringMatching(/no initiative with id or slug "astana-process".*deleted from the catalogue.*isCandidate/),
    });
    expect(response.body.detail).toMatch(/stored draft cannot be committed as it is; commit a corrected draft/);
    expect(response.body.detail).toContain("the stored document's /draft/meetings/0/initiatives/0/slug: no initiative");
    expect(await ctx.prisma.meeting.count()).toBe(0);
  });

  it('a stored meeting with no date: in the stored draft too', async () => {
    const document = (
      await api()
        .post('/v1/documents')
        .send({ text: 'Foreign Minister Anna Berg met Finnish Foreign Minister Pekka Laine in Stockholm.' })
        .expect(201)
    ).body;
    const response = await api().post(`/v1/documents/${document.id}/commit`).expect(422);
    expect(response.body.errors).toContainEqual(expect.objectContaining({ in: 'resource', pointer: '/draft/meetings/0/date' }));
  });

  it('the same draft sent back as a corrected one: in the body, as before', async () => {
    const document = await postLinked();
    const response = await api().post(`/v1/documents/${document.id}/commit`).send({ draft: document.draft }).expect(422);
    expect(response.body.errors).toContainEqual(expect.objectContaining({ in: 'body', pointer: '/draft/meetings/0/initiatives/0/slug' }));
  });

  it('marked as a candidate in a corrected draft, it is created again and committed', async () => {
    const document = await postLinked();
    const draft = structuredClone(document.draft) as { meetings: Array<{ initiatives: Array<{ slug: string; isCandidate: boolean }> }> };
    for (const link of draft.meetings[0]!.initiatives) if (link.slug === 'astana-process') link.isCandidate = true;
    await api().post(`/v1/documents/${document.id}/commit`).send({ draft }).expect(201);
    await api().get('/v1/initiatives/astana-process').expect(200);
  });
});

describe('a stored draft whose person and initiative were both deleted, committed without a draft', () => {
  it('the one answer names both, so that a corrected draft started from it commits (new-user trial 118)', async () => {
    await api().post('/v1/initiatives').send({ slug: 'astana-process', name: 'Astana Process' }).expect(201);
    const { documentId, personId } = await (async () => {
      const person = (await api().post('/v1/people').send({ name: 'Pekka Laine', countryCode: 'FI' }).expect(201)).body as { id: string };
      const text = `${readout} They discussed the Astana Process.`;
      const document = (await api().post('/v1/documents').send({ text }).expect(201)).body;
      return { documentId: document.id as string, personId: person.id };
    })();
    await api().delete(`/v1/people/${personId}`).expect(204);
    await api().delete('/v1/initiatives/astana-process').expect(204);
    const response = await api().post(`/v1/documents/${documentId}/commit`).expect(422);
    const byPointer = new Map(response.body.errors.map((e: { pointer: string; in: string }) => [e.pointer, e.in]));
    expect(byPointer.get('/draft/meetings/0/initiatives/0/slug')).toBe('resource');
    const personError = [...byPointer.keys()].find((pointer) => /\/participants\/\d+\/personId$/.test(pointer as string));
    expect(personError).toBeDefined();
    // The corrected draft the answer asks for: the initiative a candidate, the person's id null.
    const draft = (await api().get(`/v1/documents/${documentId}`).expect(200)).body.draft;
    for (const link of draft.meetings[0].initiatives) link.isCandidate = true;
    for (const participant of draft.meetings[0].participants) if (participant.personId === personId) participant.personId = null;
    await api().post(`/v1/documents/${documentId}/commit`).send({ draft }).expect(201);
  });
});
