import { beforeEach, describe, expect, it } from 'vitest';
import supertest from 'supertest';
import { useTestContext } from './helpers/app.js';
import { createInitiativeRow, meetingBody } from './helpers/factories.js';

// Names, titles, organisations, cities and keys are one line of visible text: a control character, a line break or a
// bidirectional control inside one is a 400 at its pointer that names the character, on every write that sets it,
// and nothing is stored. Zero-width joiners stay (Persian and Indic spellings need them).

const ctx = useTestContext();
let meeting: { id: string; version: number; participants: Array<{ id: string }> };
let person: { id: string };
beforeEach(async () => {
  await ctx.reset();
  await createInitiativeRow(ctx.prisma);
  meeting = (await api().post('/v1/meetings').send(meetingBody()).expect(201)).body;
  person = (await api().post('/v1/people').send({ name: 'Ana Silva' }).expect(201)).body;
});
const api = () => supertest(ctx.app.server);

const participant = (overrides: Record<string, unknown>) => ({
  person: { name: 'Kenji Mori' },
  role: 'guest',
  ...overrides,
});
const writes: Array<[string, 'post' | 'patch', () => string, (value: string) => object, string]> = [
  ['person name (create)', 'post', () => '/v1/people', (value) => ({ name: value }), '/name'],
  ['person name (patch)', 'patch', () => `/v1/people/${person.id}`, (value) => ({ name: value }), '/name'],
  ['person alias', 'post', () => '/v1/people', (value) => ({ name: 'Kenji Mori', aliases: [value] }), '/aliases/0'],
  [
    'person identifier',
    'post',
    () => '/v1/people',
    (value) => ({ name: 'Kenji Mori', identifiers: [{ scheme: 'register', value }] }),
    '/identifiers/0/value',
  ],
  ['city (create)', 'post', () => '/v1/meetings', (value) => meetingBody({ city: value }), '/city'],
  ['document title', 'post', () => '/v1/documents', (value) => ({ text: 'Anna Berg met Ole Lund in Oslo.', title: value }), '/title'],
  [
    'document publisher',
    'post',
    () => '/v1/documents',
    (value) => ({ text: 'Anna Berg met Ole Lund in Oslo.', publisher: value }),
    '/publisher',
  ],
  ['city (patch)', 'patch', () => `/v1/meetings/${meeting.id}`, (value) => ({ city: value }), '/city'],
  [
    'participant person name (nested)',
    'post',
    () => '/v1/meetings',
    (value) => meetingBody({ participants: [participant({ person: { name: value } })], statements: [], initiatives: [] }),
    '/participants/0/person/name',
  ],
  [
    'participant title (nested)',
    'post',
    () => '/v1/meetings',
    (value) => meetingBody({ participants: [participant({ title: value })], statements: [], initiatives: [] }),
    '/participants/0/title',
  ],
  [
    'participant organization (added)',
    'post',
    () => `/v1/meetings/${meeting.id}/participants`,
    (value) => participant({ organization: value }),
    '/organization',
  ],
  [
    'participant title (patch)',
    'patch',
    () => `/v1/meetings/${meeting.id}/participants/${meeting.participants[0]!.id}`,
    (value) => ({ title: value }),
    '/title',
  ],
  [
    'participant key',
    'post',
    () => '/v1/meetings',
    (value) => meetingBody({ participants: [participant({ key: value })], statements: [], initiatives: [] }),
    '/participants/0/key',
  ],
];

const inside = [
  ['a tab', 'Kenji\tMori', 'U+0009'],
  ['a line feed', 'Kenji\nMori', 'U+000A'],
  ['a carriage return', 'Kenji\rMori', 'U+000D'],
  ['a bell', 'Kenji\u0007Mori', 'U+0007'],
  ['a right-to-left override', 'Kenji \u202eiroM', 'U+202E'],
  ['a first-strong isolate', 'Kenji \u2068Mori\u2069', 'U+2068'],
  ['a zero-width space', 'Ken\u200bji Mori', 'U+200B'],
  ['a line separator', 'Kenji\u2028Mori', 'U+2028'],
  ['a word joiner', 'Kenji\u2060Mori', 'U+2060'],
  ['a soft hyphen', 'Ken\u00adji Mori', 'U+00AD'],
  ['a right-to-left mark', 'Kenji Mori\u200f', 'U+200F'],
  ['an Arabic letter mark', 'Kenji\u061c Mori', 'U+061C'],
  ['a Mongolian vowel separator', 'Kenji\u180eMori', 'U+180E'],
] as const;

describe.each(writes)('%s', (_label, method, url, body, pointer) => {
  it.each(inside)('with %s inside is a 400 naming it', async (_name, value, code) => {
    const before = await ctx.prisma.person.count();
    const request = method === 'post' ? api().post(url()) : api().patch(url()).set('content-type', 'application/merge-patch+json');
    const response = await request.send(body(value));
    expect([response.status, response.body.code], response.text).toEqual([400, 'validation_failed']);
    const error = response.body.errors.find((e: { pointer: string }) => e.pointer === pointer);
    expect(error?.message, response.text).toContain(code);
    expect(await ctx.prisma.person.count()).toBe(before);
  });

  it('with a zero-width non-joiner (Persian spelling) is taken', async () => {
    const request = method === 'post' ? api().post(url()) : api().patch(url()).set('content-type', 'application/merge-patch+json');
    const response = await request.send(body('Mohammad Javad Zarif\u200cpour'));
    expect(response.status, response.text).toBeLessThan(300);
  });
});
