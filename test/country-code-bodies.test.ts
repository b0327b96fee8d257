import supertest from 'supertest';
import { beforeAll, afterAll, describe, expect, it } from 'vitest';
import { createTestContext, type TestContext } from './helpers/app.js';
import { meetingBody } from './helpers/factories.js';

// Every country code a body carries is read by one schema (countryCodeSchema) and refused with one sentence: the
// corrected draft of a commit or a candidates request said "Invalid string: must match pattern /^[A-Z]{2}$/" where a
// POST of a meeting said what a country code is (new-user trial 95).

let ctx: TestContext;
let documentId = '';
let draft: { meetings: Array<Record<string, unknown> & { participants: Array<Record<string, unknown>> }> };
beforeAll(async () => {
  ctx = await createTestContext();
  const created = await supertest(ctx.app.server)
    .post('/v1/documents')
    .send({ text: 'Foreign Minister Wang Yi met Kazakh Foreign Minister Mukhtar Tileuberdi in Tashkent on 15 July 2021.' });
  documentId = created.body.id;
  draft = (await supertest(ctx.app.server).get(`/v1/documents/${documentId}`).expect(200)).body.draft;
});
afterAll(async () => ctx.close());

const readable = 'must be an ISO 3166-1 alpha-2 country code such as "KZ"';
const withMeetingCode = (code: string) => ({ ...draft, meetings: [{ ...draft.meetings[0], countryCode: code }] });
const withParticipantCode = (code: string) => ({
  ...draft,
  meetings: [
    {
      ...draft.meetings[0],
      participants: [{ ...draft.meetings[0]!.participants[0], countryCode: code }, ...draft.meetings[0]!.participants.slice(1)],
    },
  ],
});

const cases: Array<[string, string, () => string, (code: string) => object, string]> = [
  ['a meeting', 'post', () => '/v1/meetings', (code) => meetingBody({ countryCode: code }), '/countryCode'],
  [
    'a meeting’s participant',
    'post',
    () => '/v1/meetings',
    (code) => meetingBody({ participants: [{ ...meetingBody().participants[0], countryCode: code }, meetingBody().participants[1]] }),
    '/participants/0/countryCode',
  ],
  ['a person', 'post', () => '/v1/people', (code) => ({ name: 'Ana Silva', countryCode: code }), '/countryCode'],
  [
    'a commit’s corrected draft meeting',
    'post',
    () => `/v1/documents/${documentId}/commit`,
    (code) => ({ draft: withMeetingCode(code) }),
    '/draft/meetings/0/countryCode',
  ],
  [
    'a commit’s corrected draft participant',
    'post',
    () => `/v1/documents/${documentId}/commit`,
    (code) => ({ draft: withParticipantCode(code) }),
    '/draft/meetings/0/participants/0/countryCode',
  ],
  [
    'a candidates request’s draft meeting',
    'post',
    () => `/v1/documents/${documentId}/candidates`,
    (code) => ({ draft: withMeetingCode(code) }),
    '/draft/meetings/0/countryCode',
  ],
];

describe.each(cases)('the country code of %s', (_what, method, path, body, pointer) => {
  it.each([
    ['lower case', 'ch'],
    ['three letters', 'CHE'],
    ['digits', '12'],
  ])('%s → 400 with the one sentence', async (_case, code) => {
    const response = await supertest(ctx.app.server)[method as 'post'](path()).send(body(code)).expect(400);
    expect(response.body.errors).toContainEqual({ in: 'body', pointer, message: readable });
  });
  it('a code ISO 3166-1 does not assign → 400', async () => {
    const response = await supertest(ctx.app.server)[method as 'post'](path()).send(body('QQ')).expect(400);
    expect(response.body.errors).toContainEqual({ in: 'body', pointer, message: 'is no ISO 3166-1 alpha-2 country code (such as "KZ")' });
  });
});
