import { afterAll, beforeAll, beforeEach, expect, it } from 'vitest';
import { randomUUID } from 'node:crypto';
import supertest from 'supertest';
import { createTestContext, type TestContext } from './helpers/app.js';
import { meetingBody } from './helpers/factories.js';
import { maxFieldErrors } from '../src/http/errors.js';

// A problem about fields says where each error is in one form, whichever check found it — the schema, a query
// parser, the writer's references, a draft's spans or the meeting a draft becomes: "body/draft/meetings/0/timezone: …".

let ctx: TestContext;
beforeAll(async () => {
  ctx = await createTestContext();
});
afterAll(async () => ctx.close());
beforeEach(() => ctx.reset());
const api = () => supertest(ctx.app.server);

const meetingId = async (): Promise<string> =>
  (
    await api()
      .post('/v1/meetings')
      .send(meetingBody({ initiatives: [] }))
      .expect(201)
  ).body.id;
const readout = 'Foreign Minister Anna Berg met Finnish Foreign Minister Pekka Laine in Stockholm on 3 May 2024.';
const draftWith = async (change: (meeting: Record<string, unknown>) => void) => {
  const document = (await api().post('/v1/documents').send({ text: readout }).expect(201)).body;
  const draft = structuredClone(document.draft);
  change(draft.meetings[0]);
  return api().post(`/v1/documents/${document.id}/commit`).send({ draft });
};

it.each<[string, () => Promise<supertest.Response>, number]>([
  [
    'a schema check of a body',
    () =>
      api()
        .post('/v1/meetings')
        .send(meetingBody({ date: '2021-02-30' })),
    400,
  ],
  ['a schema check of a query', () => api().get('/v1/meetings?from=yesterday'), 400],
  ['an integer query parameter', () => api().get('/v1/meetings?limit=x'), 400],
  ['a repeated query parameter', () => api().get('/v1/meetings?limit=1&limit=2'), 400],
  ['an initiative filter naming none', () => api().get('/v1/meetings?initiative=no-such-thing'), 400],
  [
    'a reference the writer cannot resolve',
    () =>
      api()
        .post('/v1/meetings')
        .send(meetingBody({ statements: [{ kind: 'reported', speakerKey: 'nobody', text: 'Hello.' }] })),
    422,
  ],
  ['a draft meeting without a date', () => draftWith((meeting) => (meeting.date = null)), 422],
  ['a draft meeting with an unknown time zone', () => draftWith((meeting) => (meeting.timezone = 'Mars/Olympus')), 400],
  ['a draft meeting with a span outside the text', () => draftWith((meeting) => (meeting.dateSpan = { start: 0, end: 99_999 })), 422],
  [
    'a statement added with a speaker who is no participant',
    async () =>
      api()
        .post(`/v1/meetings/${await meetingId()}/statements`)
        .send({ kind: 'reported', speakerId: randomUUID(), text: 'Hello.' }),
    422,
  ],
  [
    'an initiative link to no initiative',
    async () =>
      api()
        .post(`/v1/meetings/${await meetingId()}/initiatives`)
        .send({ initiative: 'no-such-initiative', status: 'discussed' }),
    422,
  ],
  [
    'a participant who is no person',
    async () =>
      api()
        .post(`/v1/meetings/${await meetingId()}/participants`)
        .send({ personId: randomUUID(), countryCode: 'KZ', role: 'guest' }),
    422,
  ],
  ['grouped stats limit without groupBy', () => api().get('/v1/stats/meetings-over-time?limit=3'), 400],
  ['an empty X-Api-Key', () => api().get('/v1/meetings').set('X-Api-Key', ' '), 401],
])('%s', async (_label, send, status) => {
  const response = await send();
  expect(response.status).toBe(status);
  const errors: { in: string; pointer: string; message: string }[] = response.body.errors;
  expect(errors.length).toBeGreaterThan(0);
  expect(response.body.detail).toBe(errors.map((error) => `${error.in}${error.pointer}: ${error.message}`).join('; '));
});

// However many values a query holds, a problem stays small: at most 20 errors, and how many more there were.
it.each([
  ['fields', 'zz'],
  ['country', 'zz'],
  ['initiative', 'n'],
  ['kind', 'zzz'],
  ['person', 'x'],
])('a list of 1,500 bad %s values', async (name, value) => {
  const list = Array.from({ length: 1_500 }, (_, k) => `${value}${name === 'fields' || name === 'country' ? '' : k}`).join(',');
  const response = await api().get(`/v1/meetings?${name}=${list}`).expect(400);
  expect(response.text.length).toBeLessThan(64 * 1024);
  expect(response.body.errors.length).toBeLessThanOrEqual(maxFieldErrors);
});
