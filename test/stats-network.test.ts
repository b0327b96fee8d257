import supertest from 'supertest';
import { beforeAll, describe, expect, it } from 'vitest';
import { useTestContext } from './helpers/app.js';
import { meetingBody } from './helpers/factories.js';

// GET /v1/stats/network: people or countries linked by the meetings they took part in together.

const ctx = useTestContext();
const api = () => supertest(ctx.app.server);
const people: Record<string, string> = {};

const participant = (name: string, country: string) =>
  people[name]
    ? { key: name, personId: people[name], countryCode: country, role: 'guest' }
    : { key: name, person: { name, countryCode: country }, countryCode: country, role: 'guest' };

async function meeting(date: string, ...who: Array<[string, string]>) {
  const body = meetingBody({
    date,
    title: `Meeting of ${date}`,
    participants: who.map(([n, c]) => participant(n, c)),
    statements: [],
    initiatives: [],
  });
  const created = (await api().post('/v1/meetings').send(body).expect(201)).body as { participants: Array<{ personId: string }> };
  who.forEach(([name], index) => (people[name] ??= created.participants[index]!.personId));
}

beforeAll(async () => {
  await meeting('2021-01-10', ['Wang Yi', 'CN'], ['Tileuberdi', 'KZ']);
  await meeting('2021-06-01', ['Wang Yi', 'CN'], ['Tileuberdi', 'KZ']);
  await meeting('2022-03-01', ['Wang Yi', 'CN'], ['Lavrov', 'RU'], ['Tileuberdi', 'KZ']);
  await meeting('2023-05-05', ['Martin', 'FR'], ['Dubois', 'FR']);
});

describe('GET /v1/stats/network', () => {
  it('level=person: nodes by degree with names, edges weighted with first and last date', async () => {
    const body = (await api().get('/v1/stats/network').expect(200)).body;
    expect(body.level).toBe('person');
    expect(
      body.nodes
        .slice(0, 3)
        .map((n: { label: string; degree: number; meetings: number }) => `${n.label}:${n.degree}:${n.meetings}`)
        .sort(),
    ).toEqual(['Lavrov:2:1', 'Tileuberdi:2:3', 'Wang Yi:2:3']);
    const pair = [people['Wang Yi']!, people.Tileuberdi!].sort();
    expect(body.edges[0]).toEqual({
      source: pair[0],
      target: pair[1],
      weight: 3,
      firstDate: '2021-01-10',
      firstDatePrecision: 'day',
      lastDate: '2022-03-01',
      lastDatePrecision: 'day',
    });
    expect(body.edges).toHaveLength(4);
  });

  it('limit keeps the top nodes and only the edges among them; the meeting filters apply', async () => {
    const top = (await api().get('/v1/stats/network?limit=2').expect(200)).body;
    expect(top.nodes).toHaveLength(2);
    expect(top.edges).toHaveLength(1);
    const recent = (await api().get('/v1/stats/network?from=2022-01-01').expect(200)).body;
    expect(recent.edges.map((e: { weight: number }) => e.weight)).toEqual([1, 1, 1, 1]);
  });

  it('level=country: countries represented, a country meeting itself is no edge', async () => {
    const body = (await api().get('/v1/stats/network?level=country').expect(200)).body;
    expect(body.nodes.map((n: { id: string; label: string }) => `${n.id}/${n.label}`)).toEqual([
      'CN/China',
      'KZ/Kazakhstan',
      'RU/Russia',
      'FR/France',
    ]);
    expect(body.edges.map((e: { source: string; target: string; weight: number }) => `${e.source}-${e.target}:${e.weight}`)).toEqual([
      'CN-KZ:3',
      'CN-RU:1',
      'KZ-RU:1',
    ]);
  });

  it('is cacheable with an ETag, and validates its parameters', async () => {
    const first = await api().get('/v1/stats/network?level=country').expect(200);
    expect(first.headers['cache-control']).toBe('public, max-age=60');
    await api()
      .get('/v1/stats/network?level=country')
      .set('If-None-Match', first.headers.etag as string)
      .expect(304);
    for (const [query, pointer] of [
      ['level=org', '/level'],
      ['limit=501', '/limit'],
      ['kind=party', '/kind/0'],
      ['initiative=no-such-thing', '/initiative/0'],
    ]) {
      expect((await api().get(`/v1/stats/network?${query}`).expect(400)).body.errors[0].pointer).toBe(pointer);
    }
  });
});
