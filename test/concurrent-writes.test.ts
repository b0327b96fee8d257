import { beforeEach, describe, expect, it } from 'vitest';
import supertest from 'supertest';
import { useTestContext } from './helpers/app.js';
import { createInitiativeRow, meetingBody } from './helpers/factories.js';
import { whileDeleting } from './helpers/while-deleting.js';

// Writes to one record (or one meeting's parts) sent at the same time: without a precondition each applies in turn
// (a 412 is only for an If-Match the client sent that no longer holds, RFC 9110 §13.1.1); with the same If-Match
// exactly one wins; parts added at once all land, in distinct positions. Every write route of a versioned record.

const ctx = useTestContext();
let meeting: {
  id: string;
  participants: Array<{ id: string; personId: string }>;
  statements: Array<{ id: string }>;
  initiatives: Array<{ id: string }>;
};
let personId: string;
beforeEach(async () => {
  await ctx.reset();
  await createInitiativeRow(ctx.prisma);
  meeting = (await api().post('/v1/meetings').send(meetingBody()).expect(201)).body;
  personId = (await api().post('/v1/people').send({ name: 'Anna Berg' }).expect(201)).body.id;
});

const api = () => supertest(ctx.app.server);
const times = 6;

// Each versioned record's PATCH: its URL and a body whose field differs per request.
const patches: Array<[string, () => string, (i: number) => object]> = [
  ['meeting', () => `/v1/meetings/${meeting.id}`, (i) => ({ summary: `Summary ${i}` })],
  ['participant', () => `/v1/meetings/${meeting.id}/participants/${meeting.participants[0]!.id}`, (i) => ({ title: `Title ${i}` })],
  ['statement', () => `/v1/meetings/${meeting.id}/statements/${meeting.statements[0]!.id}`, (i) => ({ text: `Text ${i}` })],
  [
    'meeting initiative',
    () => `/v1/meetings/${meeting.id}/initiatives/${meeting.initiatives[0]!.id}`,
    (i) => ({ description: `Note ${i}` }),
  ],
  ['person', () => `/v1/people/${personId}`, (i) => ({ name: `Anna Berg ${i}` })],
  ['initiative', () => '/v1/initiatives/covid-19-vaccine-supply', (i) => ({ name: `COVID-19 vaccine supply ${i}` })],
];

describe.each(patches)('PATCH of a %s sent %d times at once', (_record, url, body) => {
  it('without If-Match: every one applies, in turn (no 412), and the version counts them all', async () => {
    const before = (await api().get(url()).expect(200)).body.version as number;
    const responses = await Promise.all(
      Array.from({ length: times }, (_, i) => api().patch(url()).set('content-type', 'application/merge-patch+json').send(body(i))),
    );
    expect(responses.map((response) => response.status)).toEqual(Array(times).fill(200));
    expect((await api().get(url()).expect(200)).body.version).toBe(before + times);
  });

  it('with the same If-Match: exactly one applies, the others are 412', async () => {
    const etag = (await api().get(url()).expect(200)).headers.etag as string;
    const responses = await Promise.all(
      Array.from({ length: times }, (_, i) =>
        api().patch(url()).set({ 'content-type': 'application/merge-patch+json', 'if-match': etag }).send(body(i)),
      ),
    );
    const statuses = responses.map((response) => response.status).sort();
    expect(statuses).toEqual([200, ...Array(times - 1).fill(412)]);
  });
});

describe('parts added to one meeting at once', () => {
  it('statements: all created, at distinct positions after the others', async () => {
    const url = `/v1/meetings/${meeting.id}/statements`;
    const responses = await Promise.all(
      Array.from({ length: times }, (_, i) =>
        api()
          .post(url)
          .send({ kind: 'joint', text: `Point ${i}` }),
      ),
    );
    expect(responses.map((response) => response.status)).toEqual(Array(times).fill(201));
    const positions = responses.map((response) => response.body.position as number);
    expect(new Set(positions).size).toBe(times);
    expect(Math.min(...positions)).toBeGreaterThan(meeting.statements.length - 1);
    expect((await api().get(url).expect(200)).body.data).toHaveLength(meeting.statements.length + times);
  });

  it('participants: all seated, at distinct positions', async () => {
    const url = `/v1/meetings/${meeting.id}/participants`;
    const responses = await Promise.all(
      Array.from({ length: times }, (_, i) =>
        api()
          .post(url)
          .send({ person: { name: `Delegate ${i}` }, role: 'third_party' }),
      ),
    );
    expect(responses.map((response) => response.status)).toEqual(Array(times).fill(201));
    expect(new Set(responses.map((response) => response.body.position as number)).size).toBe(times);
  });

  it('a statement added while the meeting is edited: both land', async () => {
    const [added, edited] = await Promise.all([
      api().post(`/v1/meetings/${meeting.id}/statements`).send({ kind: 'joint', text: 'Added' }),
      api().patch(`/v1/meetings/${meeting.id}`).set('content-type', 'application/merge-patch+json').send({ summary: 'Edited' }),
    ]);
    expect([added.status, edited.status]).toEqual([201, 200]);
  });
});

describe('readouts naming the same new person, committed at once', () => {
  // Each readout of another day; the person is new to the database when every draft is made.
  const readout = (day: number, name: string) =>
    `Wang Yi met with Peruvian Foreign Minister ${name} in Beijing on ${day} March 2024.\n\nWang Yi said China valued its ties with Peru. Minister ${name.split(' ').at(-1)} thanked him.`;

  it.each([
    ['one name, four readouts', ['Quentin Zorvathek', 'Quentin Zorvathek', 'Quentin Zorvathek', 'Quentin Zorvathek']],
    ['the name in another word order', ['Quentin Zorvathek', 'ZORVATHEK Quentin', 'Quentin Zorvathek']],
    ['the name in other transliterations', ['Quentin Zorvathek', 'Quentin Zorvatek', 'Quentyn Zorvathek', 'Quentin Zorvathek']],
    ['the name with and without accents', ['Quentin Zorvathek', 'Quéntin Zorváthek', 'Quentin Zorvathek']],
    ['the name with more words and without', ['Quentin Zorvathek', 'Quentin Amadeo Zorvathek', 'Quentin Zorvathek']],
  ])('%s: the person is created once', async (_label, names) => {
    const documents = [];
    for (const [i, name] of names.entries())
      documents.push(
        (
          await api()
            .post('/v1/documents')
            .send({ text: readout(i + 3, name) })
            .expect(201)
        ).body as { id: string },
      );
    const commits = await Promise.all(documents.map((document) => api().post(`/v1/documents/${document.id}/commit`).send({})));
    expect(commits.map((response) => response.status)).toEqual(names.map(() => 201));
    // "Zorv", which every spelling has ("Zorváthek" has no "orvat"): whichever commit created the person, it is found.
    const people = await ctx.prisma.person.findMany({ where: { name: { contains: 'zorv', mode: 'insensitive' } } });
    expect(people).toHaveLength(1);
  });
});

describe('a write that refers to a record deleted while it runs', () => {
  it.each([
    [
      'POST /v1/meetings naming the person',
      'people',
      () => personId,
      () =>
        api()
          .post('/v1/meetings')
          .send({ title: 'Talks', kind: 'talks', date: '2024-01-10', participants: [{ personId, role: 'host' }] }),
    ],
    [
      'POST …/participants naming the person',
      'people',
      () => personId,
      () => api().post(`/v1/meetings/${meeting.id}/participants`).send({ personId, role: 'guest' }),
    ],
  ] as const)('%s: 422 (the record no longer exists), as when the delete came first', async (_label, table, id, send) => {
    const response = await whileDeleting(ctx.prisma, table, id(), send);
    expect([response.status, response.body.code], response.text).toEqual([422, 'unprocessable']);
    // Done one after the other, the same request is the same answer.
    const after = await send();
    expect([after.status, after.body.code]).toEqual([422, 'unprocessable']);
  });
});
