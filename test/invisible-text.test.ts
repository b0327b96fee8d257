import { beforeEach, describe, expect, it } from 'vitest';
import supertest from 'supertest';
import { useTestContext } from './helpers/app.js';
import { createInitiativeRow, meetingBody } from './helpers/factories.js';

// A required text made only of characters that print nothing is as empty as a blank one: 400 at its pointer, on
// every kind of record, created or patched, and nothing stored.

const ctx = useTestContext();
let meeting: { id: string; participants: Array<{ id: string }>; statements: Array<{ id: string }> };
beforeEach(async () => {
  await ctx.reset();
  await createInitiativeRow(ctx.prisma);
  meeting = (await api().post('/v1/meetings').send(meetingBody()).expect(201)).body;
});
const api = () => supertest(ctx.app.server);

// Zero-width and direction characters; combining marks with no letter, a variation selector, a tag character; the
// Hangul fillers and the blank Braille cell, drawn as nothing (new-user trial 137 F2).
const invisible = [
  '\u200b\u200b',
  ' \u200c\u200d ',
  '\u2060',
  '\ufeff\u00ad',
  '\u0301\u0301',
  '\u0301\u0302\u0303',
  '\ufe0f',
  '\u{e0041}',
  '\u3164\u3164',
  '\u115f\u1160',
  '\uffa0',
  '\u2800',
  ' \u2800 \u0301',
];

const writes: Array<[string, 'post' | 'patch', () => string, (value: string) => object, string]> = [
  ['meeting title (create)', 'post', () => '/v1/meetings', (value) => meetingBody({ title: value }), '/title'],
  ['meeting title (patch)', 'patch', () => `/v1/meetings/${meeting.id}`, (value) => ({ title: value }), '/title'],
  ['person name', 'post', () => '/v1/people', (value) => ({ name: value }), '/name'],
  ['person alias', 'post', () => '/v1/people', (value) => ({ name: 'Ana Silva', aliases: [value] }), '/aliases/0'],
  [
    "a participant's person name (create)",
    'post',
    () => '/v1/meetings',
    (value) => {
      const body = meetingBody();
      body.participants[0]!.person.name = value;
      return body;
    },
    '/participants/0/person/name',
  ],
  ['readout text', 'post', () => '/v1/documents', (value) => ({ text: value }), '/text'],
  ['initiative name', 'post', () => '/v1/initiatives', (value) => ({ slug: 'new-initiative', name: value }), '/name'],
  ['statement text', 'post', () => `/v1/meetings/${meeting.id}/statements`, (value) => ({ kind: 'joint', text: value }), '/text'],
  [
    'participant title',
    'patch',
    () => `/v1/meetings/${meeting.id}/participants/${meeting.participants[0]!.id}`,
    (value) => ({ title: value }),
    '/title',
  ],
];

describe.each(writes)('%s', (_label, method, url, body, pointer) => {
  it.each(invisible.map((value) => [JSON.stringify(value), value]))('of only invisible characters %s is a 400', async (_shown, value) => {
    const request = method === 'post' ? api().post(url()) : api().patch(url()).set('content-type', 'application/merge-patch+json');
    const response = await request.send(body(value));
    expect([response.status, response.body.code], response.text).toEqual([400, 'validation_failed']);
    expect(response.body.errors.map((e: { pointer: string }) => e.pointer)).toContain(pointer);
  });

  it('with a visible character between invisible ones is taken', async () => {
    const request = method === 'post' ? api().post(url()) : api().patch(url()).set('content-type', 'application/merge-patch+json');
    // Zero-width non-joiners: other invisible characters are refused inside one-line fields (names, titles:
    // one-line-fields.test.ts).
    const response = await request.send(body('\u200cA\u200c'));
    expect(response.status, response.text).toBeLessThan(300);
  });
});

// The commit of a corrected draft is no way around it (new-user trial 137 F2: a participant named "\u0301\u0301" was
// committed, and a person of that name created).
it.each(invisible.map((value) => [JSON.stringify(value), value]))(
  "a corrected draft's participant named only %s is refused, and nothing is stored",
  async (_shown, value) => {
    const text = 'Foreign Minister Anna Berg met Finnish Foreign Minister Pekka Laine in Stockholm on 3 May 2024.';
    const document = (await api().post('/v1/documents').send({ text }).expect(201)).body;
    const draft = structuredClone(document.draft);
    draft.meetings[0].participants[1].name = value;
    const response = await api().post(`/v1/documents/${document.id}/commit`).send({ draft });
    expect([400, 422], response.text).toContain(response.status);
    expect(response.body.errors.map((e: { pointer: string }) => e.pointer)).toContain('/draft/meetings/0/participants/1/name');
    const people = (await api().get('/v1/people?limit=100').expect(200)).body.data as { name: string }[];
    expect(people.map((person) => person.name).filter((name) => !/\p{L}/u.test(name))).toEqual([]);
    expect((await api().get(`/v1/documents/${document.id}`).expect(200)).body.meetingIds ?? []).toEqual([]);
  },
);
