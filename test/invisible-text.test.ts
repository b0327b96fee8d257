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

const invisible = ['\u200b\u200b', ' \u200c\u200d ', '\u2060', '\ufeff\u00ad'];

const writes: Array<[string, 'post' | 'patch', () => string, (value: string) => object, string]> = [
  ['meeting title (create)', 'post', () => '/v1/meetings', (value) => meetingBody({ title: value }), '/title'],
  ['meeting title (patch)', 'patch', () => `/v1/meetings/${meeting.id}`, (value) => ({ title: value }), '/title'],
  ['person name', 'post', () => '/v1/people', (value) => ({ name: value }), '/name'],
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
