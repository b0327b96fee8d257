import { beforeEach, describe, expect, it } from 'vitest';
import supertest from 'supertest';
import { useTestContext } from './helpers/app.js';
import { createInitiativeRow, meetingBody } from './helpers/factories.js';
import { bucketCount } from '../src/modules/stats/stats.periods.js';

const ctx = useTestContext();
beforeEach(async () => ctx.reset());

const api = () => supertest(ctx.app.server);
const get = async (path: string) => (await api().get(`/v1/stats/${path}`).expect(200)).body;
const bars = (body: { buckets: Array<{ period: string; count: number }> }) => body.buckets.map((b) => `${b.period}:${b.count}`);

const participant = (person: { name: string; countryCode: string } | string, countryCode: string, role = 'guest') => ({
  ...(typeof person === 'string' ? { personId: person } : { person }),
  countryCode,
  role,
});
const meeting = (overrides: Record<string, unknown>) =>
  meetingBody({ statements: [], initiatives: [], city: null, countryCode: null, ...overrides });

// Four meetings, 2021-07 to 2022-03:
//   A 2021-07-15 meeting     in UZ  Wang Yi (CN), Tileuberdi (KZ)   covid agreed, belt-and-road discussed
//   B 2021-09-03 talks       in CN  Wang Yi (CN), Kamilov (UZ)      belt-and-road signed
//   C 2022-02-10 phone_call         Tileuberdi (KZ), Kamilov (UZ)   sco-summit agreed, covid proposed
//   D 2022-03-01 video_call         Wang Yi (CN), Lavrov (RU)
const people = { wang: '', tileuberdi: '', kamilov: '', lavrov: '' };
let scoId = '';
async function seedMeetings() {
  await createInitiativeRow(ctx.prisma);
  await createInitiativeRow(ctx.prisma, 'belt-and-road', 'Belt and Road Initiative');
  scoId = (await createInitiativeRow(ctx.prisma, 'sco-summit', 'SCO summit hosting')).id;
  await createInitiativeRow(ctx.prisma, 'unlinked', 'Never discussed');
  const post = async (body: Record<string, unknown>) =>
    (await api().post('/v1/meetings').send(body).expect(201)).body as { participants: Array<{ personId: string }> };
  const a = await post(
    meetingBody({
      initiatives: [
        { initiative: 'covid-19-vaccine-supply', status: 'agreed' },
        { initiative: 'belt-and-road', status: 'discussed' },
      ],
    }),
  );
  people.wang = a.participants[0]!.personId;
  people.tileuberdi = a.participants[1]!.personId;
  const b = await post(
    meeting({
      title: 'Talks in Beijing',
      kind: 'talks',
      date: '2021-09-03',
      city: 'Beijing',
      countryCode: 'CN',
      participants: [participant(people.wang, 'CN', 'host'), participant({ name: 'Abdulaziz Kamilov', countryCode: 'UZ' }, 'UZ')],
      initiatives: [{ initiative: 'belt-and-road', status: 'signed' }],
    }),
  );
  people.kamilov = b.participants[1]!.personId;
  await post(
    meeting({
      title: 'Phone call',
      kind: 'phone_call',
      date: '2022-02-10',
      participants: [participant(people.tileuberdi, 'KZ', 'host'), participant(people.kamilov, 'UZ')],
      initiatives: [
        { initiative: scoId, status: 'agreed' },
        { initiative: 'covid-19-vaccine-supply', status: 'proposed' },
      ],
    }),
  );
  const d = await post(
    meeting({
      title: 'Video call',
      kind: 'video_call',
      date: '2022-03-01',
      participants: [participant(people.wang, 'CN', 'host'), participant({ name: 'Sergey Lavrov', countryCode: 'RU' }, 'RU')],
    }),
  );
  people.lavrov = d.participants[1]!.personId;
}

describe('GET /v1/stats/meetings-over-time', () => {
  beforeEach(seedMeetings);

  it('counts per month from the first to the last matching meeting, zero-filling the gaps', async () => {
    const body = await get('meetings-over-time');
    expect(body.interval).toBe('month');
    expect(body.total).toBe(4);
    expect(body.buckets).toHaveLength(9);
    expect(body.buckets[0]).toEqual({ period: '2021-07', start: '2021-07-01', count: 1 });
    expect(body.buckets[1]).toEqual({ period: '2021-08', start: '2021-08-01', count: 0 });
    expect(bars(body)).toEqual([
      '2021-07:1',
      '2021-08:0',
      '2021-09:1',
      '2021-10:0',
      '2021-11:0',
      '2021-12:0',
      '2022-01:0',
      '2022-02:1',
      '2022-03:1',
    ]);
  });

  it('counts per quarter and per year', async () => {
    expect(await get('meetings-over-time?interval=quarter')).toEqual({
      interval: 'quarter',
      from: '2021-07-15',
      to: '2022-03-01',
      outside: 0,
      buckets: [
        { period: '2021-Q3', start: '2021-07-01', count: 2 },
        { period: '2021-Q4', start: '2021-10-01', count: 0 },
        { period: '2022-Q1', start: '2022-01-01', count: 2 },
      ],
      total: 4,
    });
    expect(await get('meetings-over-time?interval=year')).toMatchObject({
      interval: 'year',
      buckets: [
        { period: '2021', start: '2021-01-01', count: 2 },
        { period: '2022', start: '2022-01-01', count: 2 },
      ],
      total: 4,
    });
  });

  it('covers exactly from/to when given, and the matching meetings for a missing bound', async () => {
    const year = await get('meetings-over-time?interval=quarter&from=2021-01-01&to=2021-12-31');
    expect(bars(year)).toEqual(['2021-Q1:0', '2021-Q2:0', '2021-Q3:2', '2021-Q4:0']);
    expect(year.total).toBe(2);
    const since = await get('meetings-over-time?from=2021-08-15');
    expect(since.buckets[0]).toEqual({ period: '2021-08', start: '2021-08-01', count: 0 });
    expect(since.buckets.at(-1).period).toBe('2022-03');
    expect(since.total).toBe(3);
    const until = await get('meetings-over-time?interval=year&to=2030-06-30');
    expect(until.buckets.map((b: { period: string }) => b.period)).toEqual([
      '2021',
      '2022',
      ...Array.from({ length: 8 }, (_, i) => `${2023 + i}`),
    ]);
  });

  it('is empty when nothing matches, and all zeros over an explicit range', async () => {
    const empty = { interval: 'month', from: null, to: null, buckets: [], total: 0, outside: 0 };
    expect(await get('meetings-over-time?country=FR')).toEqual(empty);
    // One bound and nothing to count: the bound sent is echoed, the other is null.
    expect(await get('meetings-over-time?country=FR&from=2030-01-01')).toEqual({ ...empty, from: '2030-01-01' });
    expect(await get('meetings-over-time?to=1990-01-01')).toEqual({ ...empty, to: '1990-01-01' });
    const zeros = await get('meetings-over-time?country=FR&from=2021-01-01&to=2021-03-31');
    expect(zeros.buckets.map((b: { count: number }) => b.count)).toEqual([0, 0, 0]);
    // A range that ends before it starts is a 400 (date-ranges.test.ts, every operation with a range).
    const inverted = await api().get('/v1/stats/meetings-over-time?from=2022-01-01&to=2021-01-01').expect(400);
    expect(inverted.body.errors).toEqual([expect.objectContaining({ in: 'query', pointer: '/from' })]);
  });

  it.each([
    ['country=KZ', 2],
    ['country=CN', 3],
    ['country=UZ,RU', 4],
    ['country=FR', 0],
    ['kind=phone_call', 1],
    ['kind=meeting,talks', 2],
    ['initiative=belt-and-road', 2],
    ['initiative=unlinked', 0],
    ['from=2021-09-03', 3],
    ['to=2021-09-03', 2],
    ['from=2021-07-16&to=2022-02-10', 2],
  ])('%s narrows it exactly as on GET /v1/meetings', async (query, expected) => {
    const { total } = await get(`meetings-over-time?${query}`);
    expect(total).toBe(expected);
    expect((await api().get(`/v1/meetings?count=exact&${query}`).expect(200)).body.total).toBe(expected);
  });

  it('person and initiative id narrow too', async () => {
    expect((await get(`meetings-over-time?person=${people.kamilov}`)).total).toBe(2);
    expect((await get(`meetings-over-time?person=${people.wang}&country=RU`)).total).toBe(1);
    expect((await get(`meetings-over-time?initiative=${scoId}`)).buckets).toEqual([{ period: '2022-02', start: '2022-02-01', count: 1 }]);
  });

  it(`refuses more than 600 buckets with a 400 that says why`, async () => {
    const response = await api().get('/v1/stats/meetings-over-time?from=1900-01-01&to=2000-12-31').expect(400);
    expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
    // A query parameter out of bounds, as every other: validation_failed, pointing at both bounds.
    expect(response.body).toMatchObject({
      code: 'validation_failed',
      detail: expect.stringMatching(/1212 month buckets; at most 600/),
      errors: [
        { in: 'query', pointer: '/from', message: expect.any(String) },
        { in: 'query', pointer: '/to', message: expect.any(String) },
      ],
    });
    expect((await get('meetings-over-time?interval=year&from=1900-01-01&to=2000-12-31')).buckets).toHaveLength(101);
    expect((await get('meetings-over-time?from=1971-01-01&to=2020-12-31')).buckets).toHaveLength(600);
    await api().get('/v1/stats/meetings-over-time?from=1971-01-01&to=2021-01-01').expect(400);
    await ctx.prisma.meeting.create({ data: { title: 'Long ago', kind: 'talks', date: new Date('1950-01-01') } });
    // Without from and to the range comes from the data, and is clamped to the 600 most recent months (see
    // stats-grouping.test.ts); per quarter it fits.
    expect((await get('meetings-over-time')).buckets).toHaveLength(600);
    expect((await get('meetings-over-time?interval=quarter')).buckets).toHaveLength(2022 * 4 + 1 - 1950 * 4);
  });
});

describe('GET /v1/stats/top-initiatives', () => {
  beforeEach(seedMeetings);
  const slugs = async (query: string) =>
    (await get(`top-initiatives?${query}`)).data.map((row: { slug: string; meetings: number }) => `${row.slug}:${row.meetings}`);

  it('ranks initiatives by linked meetings, ties by slug, leaving out unlinked ones', async () => {
    const { data } = await get('top-initiatives');
    expect(data).toEqual([
      {
        initiativeId: expect.any(String),
        slug: 'belt-and-road',
        name: 'Belt and Road Initiative',
        meetings: 2,
        lastDate: '2021-09-03',
        lastDatePrecision: 'day',
      },
      {
        initiativeId: expect.any(String),
        slug: 'covid-19-vaccine-supply',
        name: 'COVID-19 vaccine supply',
        meetings: 2,
        lastDate: '2022-02-10',
        lastDatePrecision: 'day',
      },
      {
        initiativeId: scoId,
        slug: 'sco-summit',
        name: 'SCO summit hosting',
        meetings: 1,
        lastDate: '2022-02-10',
        lastDatePrecision: 'day',
      },
    ]);
    expect(await slugs('limit=1')).toEqual(['belt-and-road:2']);
  });

  it('status counts only links with those statuses', async () => {
    expect(await slugs('status=agreed')).toEqual(['covid-19-vaccine-supply:1', 'sco-summit:1']);
    expect(await slugs('status=agreed,signed')).toEqual(['belt-and-road:1', 'covid-19-vaccine-supply:1', 'sco-summit:1']);
    expect((await get('top-initiatives?status=proposed')).data[0]).toMatchObject({
      slug: 'covid-19-vaccine-supply',
      lastDate: '2022-02-10',
      lastDatePrecision: 'day',
    });
    expect(await slugs('status=implemented')).toEqual([]);
  });

  it('the meeting filters narrow the meetings counted', async () => {
    expect(await slugs('country=CN')).toEqual(['belt-and-road:2', 'covid-19-vaccine-supply:1']);
    expect(await slugs(`person=${people.kamilov}`)).toEqual(['belt-and-road:1', 'covid-19-vaccine-supply:1', 'sco-summit:1']);
    expect(await slugs('kind=phone_call')).toEqual(['covid-19-vaccine-supply:1', 'sco-summit:1']);
    expect(await slugs('from=2021-08-01&to=2021-12-31')).toEqual(['belt-and-road:1']);
    expect(await slugs(`initiative=${scoId}`)).toEqual(['covid-19-vaccine-supply:1', 'sco-summit:1']);
  });
});

describe('GET /v1/stats/top-people', () => {
  beforeEach(seedMeetings);
  const names = async (query: string) =>
    (await get(`top-people?${query}`)).data.map((row: { name: string; meetings: number }) => `${row.name}:${row.meetings}`);

  it('ranks people by meetings taken part in, ties by name', async () => {
    const { data } = await get('top-people');
    expect(data[0]).toEqual({
      personId: people.wang,
      name: 'Wang Yi',
      countryCode: 'CN',
      meetings: 3,
      lastDate: '2022-03-01',
      lastDatePrecision: 'day',
    });
    expect(await names('')).toEqual(['Wang Yi:3', 'Abdulaziz Kamilov:2', 'Mukhtar Tileuberdi:2', 'Sergey Lavrov:1']);
    expect(await names('limit=2')).toEqual(['Wang Yi:3', 'Abdulaziz Kamilov:2']);
  });

  it('the meeting filters narrow the meetings counted', async () => {
    expect(await names(`person=${people.kamilov}`)).toEqual(['Abdulaziz Kamilov:2', 'Mukhtar Tileuberdi:1', 'Wang Yi:1']);
    expect(await names('country=RU')).toEqual(['Sergey Lavrov:1', 'Wang Yi:1']);
    expect(await names('kind=talks,phone_call&from=2021-09-04')).toEqual(['Abdulaziz Kamilov:1', 'Mukhtar Tileuberdi:1']);
    expect(await names('initiative=covid-19-vaccine-supply&to=2021-12-31')).toEqual(['Mukhtar Tileuberdi:1', 'Wang Yi:1']);
  });
});

describe('GET /v1/stats/countries', () => {
  beforeEach(seedMeetings);
  const counts = async (query: string) =>
    (await get(`countries?${query}`)).data.map((row: { countryCode: string; meetings: number }) => `${row.countryCode}:${row.meetings}`);

  it('counts each meeting once per country its participants represent', async () => {
    expect((await get('countries')).data[0]).toEqual({ countryCode: 'CN', meetings: 3 });
    expect(await counts('')).toEqual(['CN:3', 'KZ:2', 'UZ:2', 'RU:1']);
  });

  it('the meeting filters narrow the meetings counted', async () => {
    expect(await counts('country=KZ')).toEqual(['KZ:2', 'CN:1', 'UZ:1']);
    expect(await counts('kind=talks')).toEqual(['CN:1', 'UZ:1']);
    expect(await counts('from=2022-01-01')).toEqual(['CN:1', 'KZ:1', 'RU:1', 'UZ:1']);
    expect(await counts(`person=${people.lavrov}`)).toEqual(['CN:1', 'RU:1']);
    expect(await counts('initiative=unlinked')).toEqual([]);
  });
});

describe('bucketCount', () => {
  it('counts the periods a range touches, calendar-aligned', () => {
    expect(bucketCount('month', '2021-01-31', '2021-02-01')).toBe(2);
    expect(bucketCount('quarter', '2021-03-31', '2021-04-01')).toBe(2);
    expect(bucketCount('quarter', '2021-01-01', '2021-03-31')).toBe(1);
    expect(bucketCount('year', '2021-12-31', '2023-01-01')).toBe(3);
    expect(bucketCount('month', '2021-02-01', '2021-01-31')).toBe(0);
  });
});

describe('GET /v1/stats/* validation', () => {
  it.each([
    ['meetings-over-time?interval=week', '/interval'],
    ['meetings-over-time?sort=date', '/sort'],
    ['meetings-over-time?updatedSince=2021-01-01T00:00:00Z', '/updatedSince'],
    ['top-initiatives?limit=0', '/limit'],
    ['top-initiatives?limit=101', '/limit'],
    ['top-initiatives?status=done', '/status/0'],
    ['top-people?limit=101', '/limit'],
    ['top-people?limit=ten', '/limit'],
    ['top-people?statuses=agreed', '/statuses'],
    ['countries?limit=251', '/limit'],
    ['meetings-over-time?limit=5', '/limit'],
    ['meetings-over-time?groupBy=year', '/groupBy'],
    ['meetings-over-time?groupBy=kind&limit=0', '/limit'],
    ['countries?country=k1', '/country/0'],
    ['countries?from=2021-02-30', '/from'],
    ['top-initiatives?kind=summit', '/kind/0'],
    ['meetings-over-time?person=abc', '/person/0'],
  ])('%s → 400', async (query, pointer) => {
    const response = await api().get(`/v1/stats/${query}`).expect(400);
    expect(response.body).toMatchObject({ code: 'validation_failed' });
    expect(response.body.errors[0]).toMatchObject({ in: 'query', pointer });
  });

  it('answers on an empty database', async () => {
    expect(await get('meetings-over-time')).toEqual({ interval: 'month', from: null, to: null, buckets: [], total: 0, outside: 0 });
    expect(await get('top-initiatives')).toEqual({ data: [] });
    expect(await get('top-people')).toEqual({ data: [] });
    expect(await get('countries')).toEqual({ data: [] });
  });
});
