import { afterAll, beforeAll, beforeEach, expect, it } from 'vitest';
import supertest from 'supertest';
import { createTestContext, type TestContext } from './helpers/app.js';
import { meetingBody } from './helpers/factories.js';

// A problem about fields says where each error is in one form, whichever check found it — the schema, a query
// parser, the writer's references, a draft's spans or the meeting a draft becomes: "body/draft/meetings/0/timezone: …".

let ctx: TestContext;
beforeAll(async () => {
  ctx = await createTestContext();
});
afterAll(async () => ctx.close());
beforeEach(() => ctx.reset());
const api = () => supertest(ctx.app.server);

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
])('%s', async (_label, send, status) => {
  const response = await send();
  expect(response.status).toBe(status);
  const errors: { in: string; pointer: string; message: string }[] = response.body.errors;
  expect(errors.length).toBeGreaterThan(0);
  expect(response.body.detail).toBe(errors.map((error) => `${error.in}${error.pointer}: ${error.message}`).join('; '));
});
