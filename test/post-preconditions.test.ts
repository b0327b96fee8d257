import supertest from 'supertest';
import { beforeEach, describe, expect, it } from 'vitest';
import { useTestContext } from './helpers/app.js';
import { createInitiativeRow, meetingBody } from './helpers/factories.js';

// RFC 9110 §13.2.1: preconditions are evaluated on POST too, never ignored. Adding a meeting's part compares them with
// the meeting's version; committing a document with the document's ETag; every other POST targets a collection,
// which has no ETag: If-Match with a tag or If-None-Match: * is a 412, and nothing is written.

const ctx = useTestContext();
const api = () => supertest(ctx.app.server);
let meeting: { id: string; version: number; participants: Array<{ id: string }> };
beforeEach(async () => {
  await ctx.reset();
  await createInitiativeRow(ctx.prisma);
  await createInitiativeRow(ctx.prisma, 'belt-and-road-initiative', 'Belt and Road Initiative');
  meeting = (await api().post('/v1/meetings').send(meetingBody()).expect(201)).body;
});

const partBodies: Record<string, () => object> = {
  participants: () => ({ person: { name: 'Delta Test' }, role: 'third_party' }),
  statements: () => ({ kind: 'joint', text: 'Both sides agreed.' }),
  initiatives: () => ({ initiative: 'belt-and-road-initiative', status: 'discussed' }),
};

describe("adding a meeting's part: preconditions on the meeting's version", () => {
  it.each(Object.keys(partBodies))(
    '%s: a stale If-Match or If-None-Match: * is a 412 and adds nothing; the current ETag adds',
    async (part) => {
      const url = `/v1/meetings/${meeting.id}/${part}`;
      const count = async () => (await api().get(`/v1/meetings/${meeting.id}/${part}`).expect(200)).body.data.length as number;
      const before = await count();
      const stale = await api().post(url).set('if-match', '"v99"').send(partBodies[part]!()).expect(412);
      expect(stale.body.code).toBe('precondition_failed');
      await api().post(url).set('if-none-match', '*').send(partBodies[part]!()).expect(412);
      expect(await count()).toBe(before);
      await api().post(url).set('if-match', `"v${meeting.version}"`).send(partBodies[part]!()).expect(201);
      await api()
        .post(url)
        .set('if-match', '*')
        .send(partBodies[part]!())
        .expect((r) => expect([201, 409, 422]).toContain(r.status));
    },
  );
});

describe('committing a document: preconditions on its ETag', () => {
  const text = `Wang Yi met with Peruvian Foreign Minister Ana Cecilia Gervasi in Beijing on 4 March 2024.\n\nWang Yi said China valued its ties with Peru.`;
  it('a stale If-Match is a 412 and commits nothing; the ETag read commits', async () => {
    const posted = await api().post('/v1/documents').send({ text }).expect(201);
    const etag = (await api().get(`/v1/documents/${posted.body.id}`).expect(200)).headers.etag as string;
    await api().post(`/v1/documents/${posted.body.id}/commit`).set('if-match', '"not-the-etag"').send({}).expect(412);
    await api().post(`/v1/documents/${posted.body.id}/commit`).set('if-none-match', '*').send({}).expect(412);
    // The current ETag made weak never matches (strong comparison), and the 412 says the document has not changed.
    const weak = await api().post(`/v1/documents/${posted.body.id}/commit`).set('if-match', `W/${etag}`).send({}).expect(412);
    expect(weak.body.detail).toMatch(/compares entity tags strongly .* has not changed/);
    expect((await api().get(`/v1/documents/${posted.body.id}`).expect(200)).body.meetingIds).toEqual([]);
    await api().post(`/v1/documents/${posted.body.id}/commit`).set('if-match', etag).send({}).expect(201);
  });
});

describe('every other POST targets a collection', () => {
  const creates: Array<[string, () => object]> = [
    ['/v1/meetings', () => meetingBody({ title: 'Guarded' })],
    ['/v1/people', () => ({ name: 'Guarded Person' })],
    ['/v1/initiatives', () => ({ slug: 'guarded-initiative', name: 'Guarded initiative' })],
    ['/v1/documents', () => ({ text: 'Guarded text of a readout: Wang Yi met Ana Gervasi in Beijing on 4 March 2024.' })],
  ];
  it.each(creates)(
    'POST %s: If-Match with a tag or If-None-Match: * is a 412 and writes nothing; If-Match: * passes',
    async (url, body) => {
      const audited = () => ctx.prisma.auditEvent.count();
      const before = await audited();
      for (const [name, value] of [
        ['if-match', '"v1"'],
        ['if-none-match', '*'],
      ] as const) {
        const refused = await api().post(url).set(name, value).send(body()).expect(412);
        expect(refused.headers['content-type']).toMatch(/^application\/problem\+json/);
      }
      expect(await audited()).toBe(before);
      await api()
        .post(url)
        .set('if-match', '*')
        .send(body())
        .expect((r) => expect(r.status).toBeLessThan(300));
    },
  );
});
