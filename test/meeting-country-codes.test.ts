import { readFile } from 'node:fs/promises';
import path from 'node:path';
import supertest from 'supertest';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { seedDir } from '../src/db/seed.js';
import { useTestContext } from './helpers/app.js';
import { createInitiativeRow, meetingBody } from './helpers/factories.js';

// meetings.country_codes, the index of the `country` filter, is every country of a meeting — its place and its
// participants' — whatever writes it: each API path, the commit of a readout, plain SQL, concurrent writers.
const ctx = useTestContext();
const api = () => supertest(ctx.app.server);

beforeEach(async () => {
  await ctx.reset();
  await createInitiativeRow(ctx.prisma);
});
// After every test, every meeting's array is exactly what its rows say.
afterEach(async () => {
  const rows = await ctx.prisma.$queryRaw<Array<{ stale: number }>>`
    SELECT count(*)::int AS stale FROM meetings WHERE country_codes IS DISTINCT FROM meeting_country_codes(id, country_code)`;
  expect(rows[0]?.stale).toBe(0);
});

const codesOf = async (id: string) =>
  (await ctx.prisma.$queryRaw<Array<{ codes: string[] }>>`SELECT country_codes AS codes FROM meetings WHERE id = ${id}::uuid`)[0]?.codes;
const found = async (country: string) =>
  (await api().get(`/v1/meetings?country=${country}`).expect(200)).body.data.map((m: { id: string }) => m.id) as string[];

describe('meetings.country_codes', () => {
  it('is set by the nested create: the place and the participants, sorted, once each', async () => {
    const body = meetingBody();
    const participants = [...body.participants, { key: 'another', person: { name: 'Another Kazakh' }, countryCode: 'KZ', role: 'guest' }];
    const meeting = (
      await api()
        .post('/v1/meetings')
        .send({ ...body, participants })
        .expect(201)
    ).body;
    expect(await codesOf(meeting.id)).toEqual(['CN', 'KZ', 'UZ']);
    for (const country of ['UZ', 'KZ', 'CN', 'RU,CN']) expect(await found(country)).toEqual([meeting.id]);
    expect(await found('RU')).toEqual([]);
  });

  it('follows a PATCH of the place, to another country and to none', async () => {
    const meeting = (await api().post('/v1/meetings').send(meetingBody()).expect(201)).body;
    await api().patch(`/v1/meetings/${meeting.id}`).send({ countryCode: 'TJ' }).expect(200);
    expect(await codesOf(meeting.id)).toEqual(['CN', 'KZ', 'TJ']);
    expect(await found('UZ')).toEqual([]);
    await api().patch(`/v1/meetings/${meeting.id}`).send({ countryCode: null }).expect(200);
    expect(await codesOf(meeting.id)).toEqual(['CN', 'KZ']);
    await api().patch(`/v1/meetings/${meeting.id}`).send({ title: 'Renamed' }).expect(200);
    expect(await codesOf(meeting.id)).toEqual(['CN', 'KZ']);
  });

  it('follows participants added, changed and removed', async () => {
    const meeting = (
      await api()
        .post('/v1/meetings')
        .send(meetingBody({ statements: [], initiatives: [] }))
        .expect(201)
    ).body;
    const base = `/v1/meetings/${meeting.id}/participants`;
    const russian = (
      await api()
        .post(base)
        .send({ person: { name: 'Sergey Lavrov' }, role: 'third_party', countryCode: 'RU' })
        .expect(201)
    ).body;
    expect(await codesOf(meeting.id)).toEqual(['CN', 'KZ', 'RU', 'UZ']);
    await api().patch(`${base}/${russian.id}`).send({ countryCode: 'MN' }).expect(200);
    expect(await codesOf(meeting.id)).toEqual(['CN', 'KZ', 'MN', 'UZ']);
    expect(await found('RU')).toEqual([]);
    await api().patch(`${base}/${russian.id}`).send({ countryCode: 'CN' }).expect(200);
    expect(await codesOf(meeting.id)).toEqual(['CN', 'KZ', 'UZ']);
    // Two participants of China: removing one keeps CN, removing the other drops it.
    await api().delete(`${base}/${russian.id}`).expect(204);
    expect(await codesOf(meeting.id)).toEqual(['CN', 'KZ', 'UZ']);
    await api().delete(`${base}/${meeting.participants[0].id}`).expect(204);
    expect(await codesOf(meeting.id)).toEqual(['KZ', 'UZ']);
    expect(await found('CN')).toEqual([]);
  });

  it('is set when a readout is committed', async () => {
    const text = await readFile(path.join(seedDir, 'wang-yi-tileuberdi-2021-07-15.txt'), 'utf8');
    const document = (await api().post('/v1/documents').send({ text }).expect(201)).body;
    const [meeting] = (await api().post(`/v1/documents/${document.id}/commit`).expect(201)).body.data;
    expect(await codesOf(meeting.id)).toEqual(expect.arrayContaining(['CN', 'KZ']));
    expect(await found('KZ')).toEqual([meeting.id]);
  });

  it('is kept by plain SQL writes too', async () => {
    const [person] = await ctx.prisma.$queryRaw<Array<{ id: string }>>`
      INSERT INTO people (id, name) VALUES (gen_random_uuid(), 'Written by hand') RETURNING id`;
    const [meeting] = await ctx.prisma.$queryRaw<Array<{ id: string }>>`
      INSERT INTO meetings (id, title, kind, date, country_code) VALUES (gen_random_uuid(), 'By hand', 'talks', DATE '2020-01-01', 'AZ')
      RETURNING id`;
    await ctx.prisma.$executeRaw`INSERT INTO participants (id, meeting_id, person_id, country_code, role)
      VALUES (gen_random_uuid(), ${meeting!.id}::uuid, ${person!.id}::uuid, 'GE', 'guest')`;
    expect(await codesOf(meeting!.id)).toEqual(['AZ', 'GE']);
    await ctx.prisma.$executeRaw`UPDATE participants SET country_code = 'AM' WHERE meeting_id = ${meeting!.id}::uuid`;
    await ctx.prisma.$executeRaw`UPDATE meetings SET country_code = NULL WHERE id = ${meeting!.id}::uuid`;
    expect(await codesOf(meeting!.id)).toEqual(['AM']);
    await ctx.prisma.$executeRaw`DELETE FROM participants WHERE meeting_id = ${meeting!.id}::uuid`;
    expect(await codesOf(meeting!.id)).toEqual([]);
  });

  it('keeps every country when participants are added to one meeting at the same time', async () => {
    const meeting = (
      await api()
        .post('/v1/meetings')
        .send(meetingBody({ statements: [], initiatives: [] }))
        .expect(201)
    ).body;
    const countries = ['AF', 'AM', 'AZ', 'BY', 'GE', 'MD', 'MN', 'TM'];
    const added = await Promise.all(
      countries.map((countryCode) =>
        api()
          .post(`/v1/meetings/${meeting.id}/participants`)
          .send({ person: { name: `Envoy of ${countryCode}` }, role: 'third_party', countryCode }),
      ),
    );
    const created = countries.filter((_, index) => added[index]!.status === 201);
    expect(created.length).toBeGreaterThan(0);
    expect(await codesOf(meeting.id)).toEqual([...new Set(['CN', 'KZ', 'UZ', ...created])].sort());
  });
});
