import { beforeEach, expect, it } from 'vitest';
import supertest from 'supertest';
import { useTestContext } from './helpers/app.js';

// A corrected draft that holds one meeting twice would commit it twice (new-user trial 120): a 422 at the second, and
// nothing stored. Meetings that differ in their day, kind, place or people are two, and both are committed.

const ctx = useTestContext();
const api = () => supertest(ctx.app.server);
beforeEach(() => ctx.reset());

const text = 'Foreign Minister Anna Berg met Finnish Foreign Minister Pekka Laine in Stockholm on 3 May 2024.';

type Meeting = Record<string, unknown> & { participants: Array<Record<string, unknown>> };

it('the same meeting twice is a 422 at the second, and nothing is committed', async () => {
  const document = (await api().post('/v1/documents').send({ text }).expect(201)).body;
  const draft = structuredClone(document.draft);
  draft.meetings.push(structuredClone(draft.meetings[0]));
  const response = await api().post(`/v1/documents/${document.id}/commit`).send({ draft }).expect(422);
  expect(response.body.errors.map((e: { pointer: string }) => e.pointer)).toEqual(['/draft/meetings/1']);
  expect((await api().get('/v1/meetings').expect(200)).body.data).toEqual([]);
});

it.each([
  ['another day', (m: Meeting) => ({ ...m, date: '2024-05-04' })],
  ['another kind', (m: Meeting) => ({ ...m, kind: 'phone_call' })],
  ['another place', (m: Meeting) => ({ ...m, city: 'Helsinki', countryCode: 'FI' })],
  ['another participant', (m: Meeting) => ({ ...m, participants: [m.participants[0]!] })],
])('a second meeting on %s is committed as one of its own', async (_label, change) => {
  const document = (await api().post('/v1/documents').send({ text }).expect(201)).body;
  const draft = structuredClone(document.draft);
  const second = change(structuredClone(draft.meetings[0]) as Meeting);
  draft.meetings.push({ ...second, statements: [], initiatives: [] });
  const committed = await api().post(`/v1/documents/${document.id}/commit`).send({ draft }).expect(201);
  expect(committed.body.data).toHaveLength(2);
});
