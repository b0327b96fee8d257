import supertest from 'supertest';
import { beforeEach, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { issueMessage } from '../src/http/zod-messages.js';
import { useTestContext } from './helpers/app.js';
import { createInitiativeRow, meetingBody } from './helpers/factories.js';

// Validation messages are the API's own on every route, not zod's ("Invalid input: expected object, received array",
// "Too big: …", "Invalid ISO datetime": new-user trial 141 F9, F12; trial 140 F11).

const ctx = useTestContext();
const api = () => supertest(ctx.app.server);
beforeEach(async () => {
  await ctx.reset();
  await createInitiativeRow(ctx.prisma);
});

// zod's own wording: its messages open so ("Invalid input", "Too big", "Unrecognized key") or say "received".
const zodWording = /^(?:Invalid|Too (?:big|small)|Unrecognized|Expected)|\breceived\b/;

const mergePatch = (path: string, body: unknown) =>
  api()
    .patch(path)
    .set('content-type', 'application/merge-patch+json')
    .set('if-match', '*')
    .send(body as object);

describe('each kind of issue, in the API’s words', () => {
  const cases: Array<[string, () => Promise<supertest.Response>, string, string]> = [
    ['an array for an object', async () => mergePatch(`/v1/meetings/${await meeting()}`, []), '', 'must be an object, not an array'],
    [
      'null for a member that cannot be cleared',
      async () => mergePatch(`/v1/meetings/${await meeting()}`, { title: null }),
      '/title',
      'cannot be null: send a string, or leave the member out',
    ],
    ['a number for a string', async () => api().post('/v1/people').send({ name: 5 }), '/name', 'must be a string, not a number'],
    ['a member left out', async () => api().post('/v1/people').send({}), '/name', 'is required'],
    [
      'a string too long',
      async () =>
        api()
          .post('/v1/people')
          .send({ name: 'A'.repeat(201) }),
      '/name',
      'must be at most 200 characters long',
    ],
    ['a value of no option', async () => api().get('/v1/meetings?sort=title'), '/sort', 'must be one of '],
    ['a list with a value of no option', async () => api().get('/v1/meetings?kind=visit,bogus'), '/kind/1', 'must be one of '],
    ['a literal', async () => api().get('/v1/meetings?count=yes'), '/count', 'must be "exact"'],
    [
      'a date-time without its time',
      async () => api().get('/v1/meetings?updatedSince=2025-01-01'),
      '/updatedSince',
      'must be an RFC 3339 date-time with its offset, such as "2025-01-01T00:00:00Z"',
    ],
    ['a word for a date-time', async () => api().get('/v1/meetings?updatedSince=yesterday'), '/updatedSince', 'must be an RFC 3339'],
  ];

  it.each(cases)('%s', async (_label, request, pointer, message) => {
    const response = await request();
    expect(response.status, response.text).toBe(400);
    const error = response.body.errors.find((e: { pointer: string }) => e.pointer === pointer);
    expect(error?.message, response.text).toContain(message);
    for (const e of response.body.errors) expect(e.message).not.toMatch(zodWording);
    expect(response.body.detail).not.toMatch(zodWording);
  });
});

async function meeting(): Promise<string> {
  return (await api().post('/v1/meetings').send(meetingBody()).expect(201)).body.id;
}

type Contract = {
  paths: Record<string, Record<string, { parameters?: Array<{ in: string; name: string; schema?: Record<string, unknown> }> }>>;
};

describe('every query parameter of every read, given a wrong value', () => {
  it('is answered in the API’s words', async () => {
    const document = ctx.app.swagger() as Contract;
    let checked = 0;
    for (const [path, methods] of Object.entries(document.paths)) {
      const get = methods.get;
      if (!get || path.endsWith('/stream')) continue;
      const concrete = path.replace(/\{[^}]+\}/g, (name) =>
        name === '{initiativeKey}' ? 'no-such' : '00000000-0000-4000-8000-000000000000',
      );
      for (const parameter of get.parameters ?? []) {
        if (parameter.in !== 'query' || ['q', 'cursor', 'fields', 'include', 'format'].includes(parameter.name)) continue;
        for (const value of ['not-a-value', '', 'x'.repeat(3000)]) {
          const extra = path.startsWith('/v1/search') ? 'q=talks&' : '';
          const response = await api().get(`${concrete}?${extra}${parameter.name}=${encodeURIComponent(value)}`);
          if (response.status !== 400) continue;
          checked++;
          for (const error of response.body.errors ?? [])
            expect([path, parameter.name, error.message]).not.toEqual([path, parameter.name, expect.stringMatching(zodWording)]);
        }
      }
    }
    expect(checked).toBeGreaterThan(50);
  });
});

describe('issueMessage', () => {
  it.each([
    [z.strictObject({ a: z.string() }), { a: 'x', b: 1 }, 'is not a known member: "b"'],
    [z.array(z.string()).min(2), ['x'], 'must hold at least 2 items'],
    [z.array(z.string()).max(1), ['x', 'y'], 'must hold at most 1 items'],
    [z.string().min(1), '', 'must not be empty'],
    [z.number().gt(0), 0, 'must be greater than 0'],
    [z.int(), 1.5, 'must be an integer, not a number'],
    [z.uuid(), 'zz', 'must be a UUID such as'],
    [z.number(), Number.NaN, 'must be a number, not NaN'],
    [z.number(), Number.POSITIVE_INFINITY, 'must be a number, not Infinity (beyond a double)'],
    [z.number(), Number.NEGATIVE_INFINITY, 'must be a number, not -Infinity (beyond a double)'],
  ])('%#', (schema, value, message) => {
    const issues = (schema as z.ZodType).safeParse(value).error?.issues ?? [];
    expect(issues[0]?.message).toContain(message);
  });

  it('a schema’s own message is kept', () => {
    expect(z.string().max(2, { error: 'too long for a code' }).safeParse('abc').error?.issues[0]?.message).toBe('too long for a code');
    expect(issueMessage({ code: 'custom', input: 1, message: 'x' } as never)).toBeUndefined();
  });
});
