import supertest from 'supertest';
import { beforeEach, describe, expect, it } from 'vitest';
import { useTestContext } from './helpers/app.js';
import { candidateInitiative, createInitiativeRow, meetingBody } from './helpers/factories.js';

// Names and titles hold visible text on every path that writes one: a meeting's title, an initiative's name, a
// participant's printed name and title — as people's names already did. A lone direction override is "empty"; one inside
// a name ("Green \u202elaeD\u202c Accord" shows as "Green Deal Accord") is a 400 that names it (new-user trial 101).

const ctx = useTestContext();
const api = () => supertest(ctx.app.server);
const mergePatch = 'application/merge-patch+json';
let meeting: { id: string };
let participantId: string;
const readout = 'Foreign Minister Anna Berg met Foreign Minister Ole Lund in Oslo on 3 May 2024. They discussed energy.';
let document: { id: string; draft: { meetings: { initiatives: unknown[] }[] } };
beforeEach(async () => {
  await ctx.reset();
  await createInitiativeRow(ctx.prisma);
  meeting = (await api().post('/v1/meetings').send(meetingBody()).expect(201)).body;
  participantId = ((await api().get(`/v1/meetings/${meeting.id}/participants`).expect(200)).body.data as { id: string }[])[0]!.id;
  document = (await api().post('/v1/documents').send({ text: readout }).expect(201)).body;
});

const participant = (field: string, value: string) => ({
  person: { name: 'Ana Lima', countryCode: 'BR' },
  role: 'guest',
  [field]: value,
});

// [what, send(value) → the request, the pointer of the error]
const writes: [string, (value: string) => supertest.Test, string][] = [
  [
    'POST /v1/meetings title',
    (value) =>
      api()
        .post('/v1/meetings')
        .send(meetingBody({ title: value })),
    '/title',
  ],
  [
    'PATCH /v1/meetings/{id} title',
    (value) => api().patch(`/v1/meetings/${meeting.id}`).set('content-type', mergePatch).send({ title: value }),
    '/title',
  ],
  ['POST /v1/initiatives name', (value) => api().post('/v1/initiatives').send({ slug: 'green-deal-accord', name: value }), '/name'],
  [
    'PATCH /v1/initiatives/{key} name',
    (value) => api().patch('/v1/initiatives/covid-19-vaccine-supply').set('content-type', mergePatch).send({ name: value }),
    '/name',
  ],
  [
    'POST /v1/meetings participants[].printedName',
    (value) =>
      api()
        .post('/v1/meetings')
        .send(meetingBody({ participants: [participant('printedName', value)], statements: [], initiatives: [] })),
    '/participants/0/printedName',
  ],
  [
    'POST /v1/meetings/{id}/participants printedTitle',
    (value) => api().post(`/v1/meetings/${meeting.id}/participants`).send(participant('printedTitle', value)),
    '/printedTitle',
  ],
  [
    'PATCH /v1/meetings/{id}/participants/{id} printedName',
    (value) =>
      api().patch(`/v1/meetings/${meeting.id}/participants/${participantId}`).set('content-type', mergePatch).send({ printedName: value }),
    '/printedName',
  ],
  // New-user trial 102: an initiative's aliases, and a candidate's name committed from a corrected draft.
  [
    'POST /v1/initiatives aliases[]',
    (value) =>
      api()
        .post('/v1/initiatives')
        .send({ slug: 'green-accord', name: 'Green Accord', aliases: [value] }),
    '/aliases/0',
  ],
  [
    'PATCH /v1/initiatives/{key} aliases[]',
    (value) =>
      api()
        .patch('/v1/initiatives/covid-19-vaccine-supply')
        .set('content-type', mergePatch)
        .send({ aliases: [value] }),
    '/aliases/0',
  ],
  [
    'POST /v1/documents/{id}/commit a candidate initiative’s name',
    (value) => commitCandidate(value),
    '/draft/meetings/0/initiatives/0/name',
  ],
];

function commitCandidate(name: string): supertest.Test {
  const draft = structuredClone(document.draft);
  draft.meetings[0]!.initiatives = [candidateInitiative(name)];
  return api().post(`/v1/documents/${document.id}/commit`).send({ draft });
}

describe.each(writes)('%s', (_label, send, pointer) => {
  it.each([
    ['only a direction override', '\u202e', 'invisible'],
    ['an override inside', 'Green \u202elaeD\u202c Accord', 'U+202E'],
    ['a right-to-left mark inside', 'Green\u200f Accord', 'U+200F'],
    ['a zero-width space inside', 'Green\u200bAccord', 'U+200B'],
  ])('%s: 400 at the field, nothing written', async (_case, value, named) => {
    const before = await ctx.prisma.auditEvent.count();
    const response = await send(value);
    expect(response.status, response.text).toBe(400);
    expect(response.body.errors).toEqual(
      expect.arrayContaining([expect.objectContaining({ pointer, message: expect.stringContaining(named) })]),
    );
    expect(await ctx.prisma.auditEvent.count()).toBe(before);
  });

  it('visible text in any script is taken', async () => {
    const response = await send('Ana Lima · أنا ليما · 李安娜');
    expect(response.status, response.text).toBeLessThan(300);
  });
});
