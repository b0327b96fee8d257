import supertest from 'supertest';
import { beforeAll, describe, expect, it } from 'vitest';
import { useTestContext } from './helpers/app.js';
import { createInitiativeRow, meetingBody } from './helpers/factories.js';

// A month- or year-precise meeting is stored as its period's first day: wherever its date is answered outside the
// meeting itself — a search hit, an initiative's timeline, a person's positions, the top lists, the network's edges —
// its precision goes with it, or "2019-01-01" reads as a meeting held on New Year's Day (a trial found it so).

const ctx = useTestContext();
const api = () => supertest(ctx.app.server);
let personId: string;

beforeAll(async () => {
  await createInitiativeRow(ctx.prisma);
  const body = meetingBody({ title: 'Talks on vaccines', date: '2019-01-01', datePrecision: 'year' });
  const created = (await api().post('/v1/meetings').send(body).expect(201)).body as { participants: Array<{ personId: string }> };
  personId = created.participants[0]!.personId;
});

const routes: Array<[string, () => Promise<Record<string, unknown>>, Record<string, unknown>]> = [
  [
    'GET /v1/search (a meeting hit)',
    async () => (await api().get('/v1/search?q=vaccines&type=meeting').expect(200)).body.data[0],
    { date: '2019-01-01', datePrecision: 'year' },
  ],
  [
    'GET /v1/initiatives/{key}/timeline',
    async () => (await api().get('/v1/initiatives/covid-19-vaccine-supply/timeline').expect(200)).body.data[0],
    { date: '2019-01-01', datePrecision: 'year' },
  ],
  [
    'GET /v1/people/{id}/positions',
    async () => (await api().get(`/v1/people/${personId}/positions`).expect(200)).body.data[0],
    { firstDate: '2019-01-01', firstDatePrecision: 'year', lastDate: '2019-01-01', lastDatePrecision: 'year' },
  ],
  [
    'GET /v1/stats/top-people',
    async () => (await api().get('/v1/stats/top-people').expect(200)).body.data[0],
    { lastDate: '2019-01-01', lastDatePrecision: 'year' },
  ],
  [
    'GET /v1/stats/top-initiatives',
    async () => (await api().get('/v1/stats/top-initiatives').expect(200)).body.data[0],
    { lastDate: '2019-01-01', lastDatePrecision: 'year' },
  ],
  [
    'GET /v1/stats/network (an edge)',
    async () => (await api().get('/v1/stats/network?level=country').expect(200)).body.edges[0],
    { firstDate: '2019-01-01', firstDatePrecision: 'year', lastDate: '2019-01-01', lastDatePrecision: 'year' },
  ],
];

describe.each(routes)('%s', (_route, read, expected) => {
  it('answers the date with its precision', async () => {
    expect(await read()).toMatchObject(expected);
  });
});

describe('positions', () => {
  it('are one per title whatever its case, named by the form most often recorded', async () => {
    const body = (title: string) =>
      meetingBody({
        date: '2020-05-05',
        participants: [
          { key: 'a', personId, countryCode: 'CN', role: 'host', title },
          { key: 'b', person: { name: 'Someone Else', countryCode: 'KZ' }, countryCode: 'KZ', role: 'guest' },
        ],
        statements: [],
        initiatives: [],
      });
    for (const title of ['Special Envoy', 'special envoy', 'Special Envoy']) await api().post('/v1/meetings').send(body(title)).expect(201);
    const positions = (await api().get(`/v1/people/${personId}/positions`).expect(200)).body.data as Array<{
      title: string;
      meetings: number;
    }>;
    expect(positions.filter((p) => p.title.toLowerCase() === 'special envoy')).toEqual([
      expect.objectContaining({ title: 'Special Envoy', meetings: 3 }),
    ]);
  });
});
