import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../src/app.js';
import { listMigrationNames } from '../src/db/schema-engine.js';
import { meetingKinds, participantRoles, statementKinds, initiativeStatuses } from '../src/ingest/draft.js';
import { meetingSchema } from '../src/modules/meetings/meetings.schemas.js';
import { testConfig, useTestContext } from './helpers/app.js';
import { randomSource } from './helpers/varied-meetings.js';

// POST /v1/meetings answers with the created meeting as JSON.stringify writes the object built from the inserted rows,
// unchecked on the way out (the serializer's check of every statement was half a millisecond of a create). Here it is
// checked: over generated bodies (every script, characters JSON escapes, nulls and defaults, new and existing people,
// empty and long lists, initiative links with and without their passage) each answer parses with the schema without
// losing or gaining a member, and is what GET with all three lists then answers. Past the response budget the answer
// goes through the serializer and the budget's hook, which cut its lists as GET's are cut.

const ctx = useTestContext();
const smallBudget = 16_384;
let small: FastifyInstance;

beforeAll(async () => {
  small = await buildApp(
    { ...testConfig, RESPONSE_BUDGET_BYTES: smallBudget },
    { prisma: ctx.prisma, expectedMigrations: await listMigrationNames() },
  );
}, 120_000);
afterAll(async () => small?.close());

// Text a body may carry (the input schemas refuse control characters other than line breaks and tabs in texts).
const pieces = [
  'a',
  'Z',
  ' ',
  'talks',
  'é',
  'e\u0301',
  '中文',
  '王毅',
  'Тілеуберді',
  'عربي',
  '😀',
  '👩‍👩‍👧',
  '𝄞',
  '"',
  '\\',
  '/',
  '<',
  '>',
  '&',
  "'",
  '</script>',
  '\u2028',
  '{"a":1}',
  'null',
  '10:30:',
];
const random = randomSource(20261204);
const words = (max = 6) =>
  Array.from({ length: random.int(1, max) }, () => random.pick(pieces))
    .join('')
    .trim() || 'x';
// One line (titles, names, places): no line separator.
const oneLine = (max = 6) => words(max).replaceAll('\u2028', '').trim() || 'x';
const maybe = <T>(value: () => T): T | null => (random.chance(0.4) ? null : value());

function generatedBody(existingPersonId: string, index: number) {
  const participants = Array.from({ length: random.int(0, 4) }, (_, p) => ({
    key: `p${p}`,
    ...(p === 0 && random.chance(0.5)
      ? { personId: existingPersonId }
      : {
          person: {
            name: `Person ${index}-${p} ${oneLine(3)}`,
            aliases: random.chance(0.5) ? [oneLine(2)] : [],
            countryCode: maybe(() => random.pick(['KZ', 'CN', 'UZ'])),
          },
        }),
    title: maybe(() => oneLine()),
    countryCode: maybe(() => random.pick(['KZ', 'CN', 'FR'])),
    organization: maybe(() => oneLine(2)),
    role: random.pick(participantRoles),
    ...(random.chance(0.5) ? { printedName: `Printed ${oneLine(2)}`, printedTitle: `Minister ${oneLine(2)}` } : {}),
  }));
  const statements = Array.from({ length: random.int(0, index === 0 ? 40 : 6) }, () => {
    // A reported passage has a speaker, a joint one none, a narrative one either.
    const kind = participants.length ? random.pick(statementKinds) : random.pick(['joint', 'narrative'] as const);
    const speaker = kind === 'reported' || (kind === 'narrative' && participants.length && random.chance(0.5));
    return {
      speakerKey: speaker ? random.pick(participants).key : null,
      kind,
      text: `${words(12)} ${words(12)}`,
      ...(random.chance(0.5) ? { topics: [`a ${oneLine(2)}`, `b ${oneLine(2)}`] } : {}),
    };
  });
  const initiatives = random.chance(0.6)
    ? [
        {
          initiative: 'covid-19-vaccine-supply',
          status: random.pick(initiativeStatuses),
          description: maybe(() => words()),
          committedParties: random.chance(0.5) ? ['CN', 'KZ'] : [],
          statementIndex: statements.length ? random.int(0, statements.length - 1) : null,
        },
      ]
    : [];
  return {
    title: `Talks ${index} ${oneLine()}`,
    kind: random.pick(meetingKinds),
    date: random.pick(['2021-07-15', '1999-01-01', '2024-02-29']),
    ...(random.chance(0.5) ? { datePrecision: 'day', startTime: '10:30', timezone: 'Asia/Almaty' } : {}),
    city: maybe(() => oneLine(2)),
    countryCode: maybe(() => random.pick(['KZ', 'UZ'])),
    summary: maybe(() => words(20)),
    participants,
    statements,
    initiatives,
  };
}

describe('POST /v1/meetings answers with JSON text', () => {
  it('generated creates answer within the schema, member for member, and as GET with all lists then does', async () => {
    const person = await ctx.app.inject({ method: 'POST', url: '/v1/people', payload: { name: 'Stored Person', countryCode: 'KZ' } });
    expect(person.statusCode).toBe(201);
    const initiative = await ctx.app.inject({
      method: 'POST',
      url: '/v1/initiatives',
      payload: { slug: 'covid-19-vaccine-supply', name: 'COVID-19 vaccine supply', category: 'health' },
    });
    expect(initiative.statusCode, initiative.body).toBe(201);
    for (let index = 0; index < 40; index++) {
      const body = generatedBody(person.json().id, index);
      const created = await ctx.app.inject({ method: 'POST', url: '/v1/meetings', payload: body });
      expect(created.statusCode, created.body).toBe(201);
      expect(created.headers['content-type']).toBe('application/json; charset=utf-8');
      const value: unknown = JSON.parse(created.body);
      expect(meetingSchema.parse(value)).toEqual(value);
      const read = await ctx.app.inject({
        method: 'GET',
        url: `/v1/meetings/${created.json().id}?include=participants,statements,initiatives`,
      });
      expect(read.statusCode).toBe(200);
      expect(value).toEqual(read.json());
      expect(created.headers.etag).toBe(read.headers.etag);
    }
  }, 120_000);

  it('past the response budget, the created meeting has its lists cut and named in truncated', async () => {
    const statements = Array.from({ length: 60 }, (_, k) => ({
      speakerKey: null,
      kind: 'joint',
      text: `Statement ${k}: ${'a long passage '.repeat(40)}`,
    }));
    const created = await small.inject({
      method: 'POST',
      url: '/v1/meetings',
      payload: { title: 'Long talks', kind: 'talks', date: '2021-07-15', statements },
    });
    expect(created.statusCode, created.body).toBe(201);
    const value = created.json();
    expect(meetingSchema.parse(value)).toEqual(value);
    expect(value.truncated).toContain('statements');
    expect(value.statements.length).toBeLessThan(60);
    expect(Buffer.byteLength(created.body)).toBeLessThanOrEqual(smallBudget);
  });
});
