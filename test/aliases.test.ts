import supertest from 'supertest';
import { beforeEach, describe, expect, it } from 'vitest';
import { defaultInitiatives } from '../src/ingest/lexicon/initiative-catalog.js';
import { useTestContext } from './helpers/app.js';
import { createInitiativeRow, meetingBody } from './helpers/factories.js';

// No alias is the name itself, case aside, on every path that writes a record with a name and aliases — people and
// initiatives alike (http/aliases.ts; new-user trial 139 F11 for people, trial 140 F9 for initiatives) — and none of
// the catalogue's entries carries one.

const ctx = useTestContext();
const api = () => supertest(ctx.app.server);
beforeEach(async () => {
  await ctx.reset();
  await createInitiativeRow(ctx.prisma);
});

const mergePatch = (path: string, body: Record<string, unknown>) =>
  api().patch(path).set('content-type', 'application/merge-patch+json').set('if-match', '*').send(body);

/** The one field error of a problem: where and what. */
const errorOf = (problem: { errors?: Array<{ pointer: string; message: string }> }) => {
  expect(problem.errors).toHaveLength(1);
  return problem.errors![0]!;
};

const withAlias = (alias: string) => {
  const body = meetingBody();
  (body.participants as Array<{ person: { name: string; aliases?: string[] } }>)[1]!.person.aliases = ['Tleuberdi', alias];
  return body;
};

const writes: Array<[string, () => Promise<{ status: number; problem: Record<string, unknown> }>, string]> = [
  [
    'POST /v1/people',
    async () => {
      const response = await api()
        .post('/v1/people')
        .send({ name: 'Ali Rahimov', aliases: ['Ali Ragimov', 'ALI RAHIMOV'] });
      return { status: response.status, problem: response.body };
    },
    '/aliases/1',
  ],
  [
    "POST /v1/meetings, a participant's new person",
    async () => {
      const response = await api().post('/v1/meetings').send(withAlias('mukhtar tileuberdi'));
      return { status: response.status, problem: response.body };
    },
    '/participants/1/person/aliases/1',
  ],
  [
    "POST /v1/meetings as NDJSON, a line's new person",
    async () => {
      const response = await api()
        .post('/v1/meetings')
        .set('content-type', 'application/x-ndjson')
        .send(`${JSON.stringify(withAlias('Mukhtar Tileuberdi'))}\n`);
      const line = JSON.parse(response.text.split('\n')[0]!);
      return { status: line.status, problem: line.problem };
    },
    '/participants/1/person/aliases/1',
  ],
  [
    "POST /v1/meetings/{id}/participants, the participant's new person",
    async () => {
      const meeting = (await api().post('/v1/meetings').send(meetingBody()).expect(201)).body;
      const response = await api()
        .post(`/v1/meetings/${meeting.id}/participants`)
        .send({ person: { name: 'Ali Rahimov', aliases: ['Ali Rahimov'], countryCode: 'AZ' }, countryCode: 'AZ', role: 'guest' });
      return { status: response.status, problem: response.body };
    },
    '/person/aliases/0',
  ],
  [
    'POST /v1/initiatives',
    async () => {
      const response = await api()
        .post('/v1/initiatives')
        .send({ slug: 'green-corridor', name: 'Green Corridor', aliases: ['GC', 'green corridor'] });
      return { status: response.status, problem: response.body };
    },
    '/aliases/1',
  ],
  [
    'PATCH /v1/initiatives/{slug}, aliases',
    async () => {
      await api()
        .post('/v1/initiatives')
        .send({ slug: 'green-corridor', name: 'Green Corridor', aliases: ['GC'] })
        .expect(201);
      const response = await mergePatch('/v1/initiatives/green-corridor', { aliases: ['GC', 'Green Corridor'] });
      return { status: response.status, problem: response.body };
    },
    '/aliases/1',
  ],
  [
    'PATCH /v1/initiatives/{slug}, a name that is an alias already',
    async () => {
      await api()
        .post('/v1/initiatives')
        .send({ slug: 'green-corridor', name: 'Green Corridor', aliases: ['GC'] })
        .expect(201);
      const response = await mergePatch('/v1/initiatives/green-corridor', { name: 'gc' });
      return { status: response.status, problem: response.body };
    },
    '/name',
  ],
  [
    'PATCH /v1/people/{id}, aliases',
    async () => {
      const person = (
        await api()
          .post('/v1/people')
          .send({ name: 'Ali Rahimov', aliases: ['Ali Ragimov'] })
          .expect(201)
      ).body;
      const response = await mergePatch(`/v1/people/${person.id}`, { aliases: ['ali rahimov'] });
      return { status: response.status, problem: response.body };
    },
    '/aliases/0',
  ],
];

describe('an alias equal to the name is a 400 at the member that made it so', () => {
  it.each(writes)('%s', async (_label, write, pointer) => {
    const { status, problem } = await write();
    expect(status, JSON.stringify(problem)).toBe(400);
    expect(errorOf(problem as never)).toEqual({ in: 'body', pointer, message: expect.stringMatching(/name itself|aliases/) });
    // Nothing of the refused write is stored.
    const initiatives = (await api().get('/v1/initiatives').expect(200)).body.data;
    for (const { name, aliases } of initiatives)
      expect(aliases.map((alias: string) => alias.toLowerCase())).not.toContain(name.toLowerCase());
    const people = (await api().get('/v1/people').expect(200)).body.data;
    for (const { name, aliases } of people) expect(aliases.map((alias: string) => alias.toLowerCase())).not.toContain(name.toLowerCase());
  });
});

describe('initiatives', () => {
  it('a patch that makes the alias the name and the name an alias at once is taken', async () => {
    await api()
      .post('/v1/initiatives')
      .send({ slug: 'green-corridor', name: 'Green Corridor', aliases: ['GC'] })
      .expect(201);
    const after = (await mergePatch('/v1/initiatives/green-corridor', { name: 'GC', aliases: ['Green Corridor'] }).expect(200)).body;
    expect([after.name, after.aliases]).toEqual(['GC', ['Green Corridor']]);
  });

  it('an entry stored with its name as an alias before the rule can still have its other members patched', async () => {
    await ctx.prisma.initiative.create({ data: { slug: 'green-corridor', name: 'Green Corridor', aliases: ['green corridor'] } });
    await mergePatch('/v1/initiatives/green-corridor', { category: 'transport' }).expect(200);
    const refused = await mergePatch('/v1/initiatives/green-corridor', { name: 'GREEN CORRIDOR' });
    expect(refused.status).toBe(400);
    expect(errorOf(refused.body)).toMatchObject({ pointer: '/name', message: expect.stringMatching(/one of the initiative's aliases/) });
  });

  it.each(defaultInitiatives.map((entry) => [entry.slug, entry] as const))(
    'the catalogue entry %s carries no alias that is its name',
    (_slug, entry) => {
      expect(entry.aliases.map((alias) => alias.toLowerCase())).not.toContain(entry.name.toLowerCase());
    },
  );
});
