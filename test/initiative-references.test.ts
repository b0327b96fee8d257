import supertest from 'supertest';
import { beforeEach, describe, expect, it } from 'vitest';
import { useTestContext } from './helpers/app.js';
import { createInitiativeRow, meetingBody } from './helpers/factories.js';

// An initiative is named by its id or slug in any case, wherever a request names one: the path, the `initiative`
// filter and every body that links one (new-user trial 101: "Belt-And-Road-Initiative" was found by GET and the filter
// and was "no initiative" in a body).

const ctx = useTestContext();
const api = () => supertest(ctx.app.server);
let initiative: { id: string; slug: string };
beforeEach(async () => {
  await ctx.reset();
  initiative = await createInitiativeRow(ctx.prisma, 'belt-and-road-initiative', 'Belt and Road Initiative');
});

const spellings = [
  ['the slug in title case', () => 'Belt-And-Road-Initiative'],
  ['the slug in capitals', () => 'BELT-AND-ROAD-INITIATIVE'],
  ['the id in capitals', () => initiative.id.toUpperCase()],
  ['the slug as stored', () => initiative.slug],
] as const;

describe.each(spellings)('%s', (_label, key) => {
  it('GET /v1/initiatives/{key} and its timeline', async () => {
    expect((await api().get(`/v1/initiatives/${key()}`).expect(200)).body.id).toBe(initiative.id);
    await api().get(`/v1/initiatives/${key()}/timeline`).expect(200);
  });

  it('GET /v1/meetings?initiative=', async () => {
    await api().get(`/v1/meetings?initiative=${key()}`).expect(200);
  });

  it('POST /v1/meetings with the link nested', async () => {
    const created = await api()
      .post('/v1/meetings')
      .send(meetingBody({ initiatives: [{ initiative: key(), status: 'agreed' }] }));
    expect(created.status, created.text).toBe(201);
    const links = await ctx.prisma.meetingInitiative.findMany({ where: { meetingId: created.body.id } });
    expect(links.map((link) => link.initiativeId)).toEqual([initiative.id]);
  });

  it('POST /v1/meetings as an NDJSON line', async () => {
    const line = JSON.stringify(meetingBody({ title: `Bulk ${key()}`, initiatives: [{ initiative: key(), status: 'discussed' }] }));
    const response = await api().post('/v1/meetings').set('content-type', 'application/x-ndjson').send(`${line}\n`);
    expect(response.status, response.text).toBe(200);
    expect(response.text).toContain('"status":201');
    expect(await ctx.prisma.meetingInitiative.count({ where: { initiativeId: initiative.id } })).toBe(1);
  });

  it('POST /v1/meetings/{id}/initiatives', async () => {
    const meeting = (
      await api()
        .post('/v1/meetings')
        .send(meetingBody({ initiatives: [] }))
        .expect(201)
    ).body as { id: string };
    const linked = await api().post(`/v1/meetings/${meeting.id}/initiatives`).send({ initiative: key(), status: 'supported' });
    expect(linked.status, linked.text).toBe(201);
    expect(linked.body.initiativeId).toBe(initiative.id);
  });
});

it('a key of no initiative is still refused, in any case', async () => {
  const response = await api()
    .post('/v1/meetings')
    .send(meetingBody({ initiatives: [{ initiative: 'No-Such-Initiative', status: 'agreed' }] }));
  expect(response.status).toBe(422);
  expect(response.body.errors).toEqual([expect.objectContaining({ pointer: '/initiatives/0/initiative' })]);
});
