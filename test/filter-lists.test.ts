import supertest from 'supertest';
import { beforeAll, describe, expect, it } from 'vitest';
import { useTestContext } from './helpers/app.js';
import { beltAndRoadInitiative, createInitiativeRow, meetingBody } from './helpers/factories.js';

// Comma lists in the meeting filters — person, initiative, kind, country (any case) — with the same names and
// meaning on the meetings list, search, stats, the exports and the tables of every meeting's parts.

const ctx = useTestContext();
const api = () => supertest(ctx.app.server);

interface Created {
  id: string;
  participants: Array<{ personId: string }>;
}
const meetings: Created[] = [];
let beltAndRoadId: string;

const solo = (name: string, country: string) => [{ key: 'p', person: { name, countryCode: country }, countryCode: country, role: 'host' }];

beforeAll(async () => {
  await createInitiativeRow(ctx.prisma);
  beltAndRoadId = (await api().post('/v1/initiatives').send(beltAndRoadInitiative).expect(201)).body.id;
  const bodies = [
    meetingBody({ title: 'Talks in Tashkent' }),
    meetingBody({
      title: 'Talks in Moscow',
      kind: 'visit',
      city: 'Moscow',
      countryCode: 'RU',
      timezone: 'Europe/Moscow',
      participants: solo('Sergey Lavrov', 'RU'),
      statements: [{ speakerKey: 'p', text: 'Russia supports the corridor.' }],
      initiatives: [{ initiative: 'belt-and-road-initiative', status: 'discussed' }],
    }),
    meetingBody({
      title: 'Talks in Paris',
      kind: 'phone_call',
      city: undefined,
      countryCode: undefined,
      timezone: undefined,
      participants: solo('Jean Martin', 'FR'),
      statements: [],
      initiatives: [],
    }),
  ];
  for (const body of bodies) meetings.push((await api().post('/v1/meetings').send(body).expect(201)).body as Created);
});

const [tashkent, moscow] = [0, 1];
const meetingIds = (...indexes: number[]) => indexes.map((index) => meetings[index]!.id).sort();

/** Which meetings each endpoint returns for a filter, as sorted meeting ids. */
const endpoints: Array<[string, (filter: string) => Promise<string[]>]> = [
  [
    'GET /v1/meetings',
    async (filter) => ((await api().get(`/v1/meetings?${filter}`).expect(200)).body.data as Array<{ id: string }>).map((m) => m.id).sort(),
  ],
  [
    'GET /v1/meetings as NDJSON',
    async (filter) => {
      const text = (
        await api()
          .get(`/v1/meetings?format=ndjson&${filter}`)
          .buffer(true)
          .parse((response, done) => {
            let body = '';
            response.setEncoding('utf8');
            response.on('data', (chunk: string) => (body += chunk));
            response.on('end', () => done(null, body));
          })
          .expect(200)
      ).body as string;
      return text
        .split('\n')
        .filter(Boolean)
        .map((line) => (JSON.parse(line) as { id: string }).id)
        .sort();
    },
  ],
  [
    'GET /v1/search',
    async (filter) =>
      ((await api().get(`/v1/search?q=talks&type=meeting&${filter}`).expect(200)).body.data as Array<{ id: string }>)
        .map((hit) => hit.id)
        .sort(),
  ],
  [
    'GET /v1/participants',
    async (filter) =>
      [
        ...new Set(
          ((await api().get(`/v1/participants?${filter}`).expect(200)).body.data as Array<{ meetingId: string }>).map((p) => p.meetingId),
        ),
      ].sort(),
  ],
];

describe.each(endpoints)('comma lists on %s', (_, idsFor) => {
  it('person=a,b: meetings any of them took part in', async () => {
    const people = [meetings[tashkent]!.participants[0]!.personId, meetings[moscow]!.participants[0]!.personId];
    expect(await idsFor(`person=${people.join(',')}`)).toEqual(meetingIds(tashkent, moscow));
  });

  it('initiative=a,b: ids and slugs mixed', async () => {
    expect(await idsFor(`initiative=covid-19-vaccine-supply,${beltAndRoadId}`)).toEqual(meetingIds(tashkent, moscow));
    expect(await idsFor('initiative=belt-and-road-initiative')).toEqual(meetingIds(moscow));
  });

  it('country=kz,Ru: codes in any case, the place or a participant', async () => {
    expect(await idsFor('country=kz,Ru')).toEqual(meetingIds(tashkent, moscow));
    expect(await idsFor('country=KZ,RU')).toEqual(meetingIds(tashkent, moscow));
  });

  it('kind=a,b', async () => {
    expect(await idsFor('kind=meeting,visit')).toEqual(meetingIds(tashkent, moscow));
  });
});

describe('comma lists, the same on stats and on people', () => {
  it('stats count the meetings the lists keep', async () => {
    const total = async (filter: string) =>
      (await api().get(`/v1/stats/meetings-over-time?interval=year&${filter}`).expect(200)).body.total as number;
    expect(await total('country=kz,ru')).toBe(2);
    expect(await total(`initiative=covid-19-vaccine-supply,${beltAndRoadId}`)).toBe(2);
    expect(await total(`person=${meetings[moscow]!.participants[0]!.personId}`)).toBe(1);
  });

  it('people filter on countries in any case', async () => {
    const names = ((await api().get('/v1/people?country=fr,Ru').expect(200)).body.data as Array<{ name: string }>).map((p) => p.name);
    expect(names).toEqual(['Jean Martin', 'Sergey Lavrov']);
  });

  it('each item is validated: a malformed one is a 400 naming the parameter', async () => {
    for (const query of ['person=not-a-uuid', `person=${meetings[0]!.id},x`, 'country=kz,kaz', 'country=', 'kind=meeting,party']) {
      const response = await api().get(`/v1/meetings?${query}`).expect(400);
      expect(response.body.errors[0].pointer).toMatch(/^\/(person|country|kind)/);
    }
  });
});
