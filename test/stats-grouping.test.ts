import supertest from 'supertest';
import { beforeEach, describe, expect, it } from 'vitest';
import { buildApp } from '../src/app.js';
import { loadConfig } from '../src/config.js';
import { listMigrationNames } from '../src/db/schema-engine.js';
import { testConfig, useTestContext } from './helpers/app.js';
import { createInitiativeRow, meetingBody } from './helpers/factories.js';

// Stats for dashboards: meetings over time grouped (groupBy, top `limit` plus "other"), Cache-Control and ETags on
// every stats answer, and ranges that a meeting dated far in the future or past cannot break.

const ctx = useTestContext();
const api = () => supertest(ctx.app.server);
const get = async (path: string) => (await api().get(`/v1/stats/${path}`).expect(200)).body;

const solo = (name: string, country: string) => [{ key: 'p', person: { name, countryCode: country }, countryCode: country, role: 'host' }];
const meeting = (overrides: Record<string, unknown>) =>
  api()
    .post('/v1/meetings')
    .send(meetingBody({ statements: [], initiatives: [], ...overrides }))
    .expect(201);

interface Series {
  key: string | null;
  label: string | null;
  other: boolean;
  total: number;
  buckets: Array<{ period: string; count: number }>;
}
const summary = (series: Series[]) =>
  series.map((s) => `${s.other ? 'other' : s.key}:${s.total}:${s.buckets.map((b) => b.count).join('')}`);

describe('GET /v1/stats/meetings-over-time?groupBy=', () => {
  beforeEach(async () => {
    await ctx.reset();
    await createInitiativeRow(ctx.prisma);
    await api().post('/v1/initiatives').send({ slug: 'belt-and-road-initiative', name: 'Belt and Road Initiative' }).expect(201);
    // 2021: Tashkent (meeting; UZ, CN, KZ; covid agreed) and Moscow (visit; RU; belt and road discussed).
    // 2022: Tashkent again (meeting; UZ, CN, KZ; covid proposed) and a phone call (FR; no link).
    await meeting({ date: '2021-07-15', initiatives: [{ initiative: 'covid-19-vaccine-supply', status: 'agreed' }] });
    await meeting({
      date: '2021-09-01',
      kind: 'visit',
      city: 'Moscow',
      countryCode: 'RU',
      timezone: 'Europe/Moscow',
      participants: solo('Sergey Lavrov', 'RU'),
      initiatives: [{ initiative: 'belt-and-road-initiative', status: 'discussed' }],
    });
    await meeting({ date: '2022-03-01', initiatives: [{ initiative: 'covid-19-vaccine-supply', status: 'proposed' }] });
    await meeting({
      date: '2022-05-01',
      kind: 'phone_call',
      city: null,
      countryCode: null,
      timezone: null,
      participants: solo('Jean Martin', 'FR'),
    });
  });

  it('kind: a series per kind, over the periods of buckets, zeros included, most meetings first', async () => {
    const body = await get('meetings-over-time?interval=year&groupBy=kind');
    expect(body).toMatchObject({ groupBy: 'kind', total: 4, buckets: [{ period: '2021' }, { period: '2022' }] });
    expect(summary(body.series)).toEqual(['meeting:2:11', 'phone_call:1:01', 'visit:1:10']);
    expect(body.series[0]).toMatchObject({
      label: 'meeting',
      other: false,
      buckets: [{ period: '2021', start: '2021-01-01' }, { period: '2022' }],
    });
  });

  it('limit keeps the top groups and puts every other matching meeting in one "other" series', async () => {
    const body = await get('meetings-over-time?interval=year&groupBy=kind&limit=1');
    expect(summary(body.series)).toEqual(['meeting:2:11', 'other:2:11']);
    expect(body.series[1]).toMatchObject({ key: null, label: null, other: true });
  });

  it('country: where held or represented, named; groups overlap and "other" is the meetings in none of them', async () => {
    const body = await get('meetings-over-time?interval=year&groupBy=country&limit=2');
    // UZ, CN and KZ tie at 2 meetings each (the Tashkent ones): by code, CN and KZ.
    expect(summary(body.series)).toEqual(['CN:2:11', 'KZ:2:11', 'other:2:11']);
    expect(body.series.map((s: Series) => s.label)).toEqual(['China', 'Kazakhstan', null]);
  });

  it('initiative: by link, with status only the links in those statuses; person: ids with names', async () => {
    const links = await get('meetings-over-time?interval=year&groupBy=initiative');
    expect(summary(links.series)).toEqual(['covid-19-vaccine-supply:2:11', 'belt-and-road-initiative:1:10', 'other:1:01']);
    expect(links.series[0].label).toBe('COVID-19 vaccine supply');
    const agreed = await get('meetings-over-time?interval=year&groupBy=initiative&status=agreed,discussed');
    // status filters the meetings too: only 2021's have such links.
    expect(summary(agreed.series)).toEqual(['belt-and-road-initiative:1:1', 'covid-19-vaccine-supply:1:1']);
    const people = await get('meetings-over-time?interval=year&groupBy=person&limit=1&country=ru,fr');
    // A tie, broken by key: Lavrov's id (UUIDv7) is the older.
    expect(people.series.map((s: Series) => [s.label, s.total])).toEqual([
      ['Sergey Lavrov', 1],
      [null, 1],
    ]);
    expect(people.series[0].key).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('takes the meeting filters, and a filter naming nothing is a 400', async () => {
    expect(summary((await get('meetings-over-time?interval=year&groupBy=kind&from=2022-01-01')).series)).toEqual([
      'meeting:1:1',
      'phone_call:1:1',
    ]);
    await api().get('/v1/stats/meetings-over-time?groupBy=initiative&initiative=nothing').expect(400);
  });
});

describe('Cache-Control and ETag on stats', () => {
  beforeEach(async () => {
    await ctx.reset();
    await createInitiativeRow(ctx.prisma);
    await meeting({ initiatives: [{ initiative: 'covid-19-vaccine-supply', status: 'agreed' }] });
  });

  it.each(['meetings-over-time?groupBy=country', 'top-initiatives', 'top-people', 'countries?limit=1'])(
    '%s: cacheable, 304 on If-None-Match, a new ETag once the answer changes',
    async (path) => {
      const first = await api().get(`/v1/stats/${path}`).expect(200);
      expect(first.headers['cache-control']).toBe('public, max-age=60');
      expect(first.headers.etag).toMatch(/^"s-[\w-]{22}"$/);
      const etag = first.headers.etag as string;
      const again = await api().get(`/v1/stats/${path}`).set('If-None-Match', etag).expect(304);
      expect(again.headers.etag).toBe(etag);
      expect(again.headers['cache-control']).toBe('public, max-age=60');
      await meeting({ date: '2021-08-01', title: 'Another', initiatives: [{ initiative: 'covid-19-vaccine-supply', status: 'signed' }] });
      const changed = await api().get(`/v1/stats/${path}`).set('If-None-Match', etag).expect(200);
      expect(changed.headers.etag).not.toBe(etag);
    },
  );
});

describe('Cache-Control when reads need a key', () => {
  it("is private: a shared cache must not hand one key holder's answer to anyone", async () => {
    const key = 'dashboard-key-0123456789abcdef';
    const { API_KEYS } = loadConfig({ API_KEYS: `dashboard:${key}` });
    const keyed = await buildApp(
      { ...testConfig, API_KEYS, REQUIRE_KEY_FOR_READS: true },
      { prisma: ctx.prisma, expectedMigrations: await listMigrationNames() },
    );
    try {
      await keyed.ready();
      const response = await supertest(keyed.server).get('/v1/stats/top-people').set('Authorization', `Bearer ${key}`).expect(200);
      expect(response.headers['cache-control']).toBe('private, max-age=60');
    } finally {
      await keyed.close();
    }
  });
});

describe('ranges a far-off date cannot break', () => {
  beforeEach(async () => {
    await ctx.reset();
    await createInitiativeRow(ctx.prisma);
    await meeting({ date: '2021-07-15' });
    await meeting({ date: '2022-02-10', title: 'Second' });
  });

  it('a meeting dated 9999-12-31 leaves the default range alone and is counted as outside', async () => {
    // A body may no longer give such a date (test/meeting-date-bound.test.ts); a row stored before that rule still can.
    const typo = (await meeting({ date: '2022-03-01', title: 'A typo' })).body;
    await ctx.prisma.$executeRaw`UPDATE meetings SET date = '9999-12-31' WHERE id = ${typo.id}::uuid`;
    const body = await get('meetings-over-time');
    expect(body).toMatchObject({ from: '2021-07-15', to: '2022-02-10', total: 2, outside: 1 });
    expect(body.buckets).toHaveLength(8);
    for (const path of [
      'meetings-over-time?interval=quarter&groupBy=kind',
      'meetings-over-time?from=2021-01-01',
      'top-people',
      'countries',
    ]) {
      await api().get(`/v1/stats/${path}`).expect(200);
    }
    expect(await get('meetings-over-time?interval=year&from=2021-01-01')).toMatchObject({ to: '2022-02-10', total: 2, outside: 1 });
    // Asked for explicitly: the client's range, up to 600 periods.
    expect(await get('meetings-over-time?interval=year&from=9990-01-01&to=9999-12-31')).toMatchObject({ total: 1, outside: 0 });
    const tooMany = await api().get('/v1/stats/meetings-over-time?from=2021-01-01&to=9999-12-31').expect(400);
    expect(tooMany.body).toMatchObject({ code: 'validation_failed', detail: expect.stringMatching(/at most 600/) });
    // Only future meetings: the range is theirs.
    expect(await get('meetings-over-time?interval=year&from=9500-01-01')).toMatchObject({ from: '9500-01-01', to: '9999-12-31', total: 1 });
    // … clamped to 600 periods from `from` when longer.
    expect(await get('meetings-over-time?interval=year&from=9000-01-01')).toMatchObject({ to: '9599-12-31', total: 0, outside: 1 });
  });

  it('a default range longer than 600 periods is clamped to the most recent, or to those from `from`', async () => {
    await meeting({ date: '0001-01-01', title: 'Very long ago' });
    const body = await get('meetings-over-time');
    expect(body.buckets).toHaveLength(600);
    expect(body).toMatchObject({ from: '1972-03-01', to: '2022-02-10', total: 2, outside: 1 });
    expect(body.buckets.at(-1)).toMatchObject({ period: '2022-02', count: 1 });
    const fromThen = await get('meetings-over-time?from=0001-01-01');
    expect(fromThen).toMatchObject({ from: '0001-01-01', to: '0050-12-31', total: 1, outside: 2 });
    expect(fromThen.buckets[0]).toMatchObject({ period: '0001-01', count: 1 });
  });
});
