import supertest from 'supertest';
import { beforeEach, describe, expect, it } from 'vitest';
import { useTestContext } from './helpers/app.js';

// A meeting dated to a month or a year is the first day of that period (contract: Meeting.date), on every path that
// writes a date: the response, a later read, the audit and the filters all see the same day.

const ctx = useTestContext();
const api = () => supertest(ctx.app.server);
beforeEach(async () => ctx.reset());

const base = { title: 'Precision', kind: 'visit' };

/** The last day of the month or year that starts on `first` (YYYY-MM-DD). */
function lastDayOf(first: string, period: 'month' | 'year'): string {
  const [year, month] = first.split('-').map(Number) as [number, number];
  return new Date(Date.UTC(period === 'year' ? year + 1 : year, period === 'year' ? 0 : month, 0)).toISOString().slice(0, 10);
}

async function auditedDate(id: string) {
  const event = await ctx.prisma.auditEvent.findFirst({ where: { recordId: id }, orderBy: { id: 'desc' } });
  return (event?.after as { date?: string } | null)?.date;
}

describe('month and year precision store the first day of the period', () => {
  it.each([
    ['month', '2024-03-17', '2024-03-01'],
    ['month', '2024-02-29', '2024-02-01'],
    ['year', '2024-03-17', '2024-01-01'],
    ['day', '2024-03-17', '2024-03-17'],
  ])('POST with %s precision and %s → %s, in the answer, a read, the audit and a filter', async (precision, date, stored) => {
    const created = (
      await api()
        .post('/v1/meetings')
        .send({ ...base, date, datePrecision: precision })
        .expect(201)
    ).body;
    expect(created.date).toBe(stored);
    expect((await api().get(`/v1/meetings/${created.id}`).expect(200)).body.date).toBe(stored);
    expect(await auditedDate(created.id)).toBe(stored);
    const last = { day: stored, month: lastDayOf(stored, 'month'), year: lastDayOf(stored, 'year') }[precision]!;
    const found = (await api().get(`/v1/meetings?from=${stored}&to=${last}`).expect(200)).body.data.map((m: { id: string }) => m.id);
    expect(found).toEqual([created.id]);
  });

  it.each([
    [{ date: '2024-05-19', datePrecision: 'month' }, '2024-05-01'],
    [{ datePrecision: 'year' }, '2024-01-01'],
    [{ date: '2024-08-30' }, '2024-08-01'], // the precision the meeting already has
  ])('PATCH %j → %s', async (patch, stored) => {
    const precision = 'datePrecision' in patch ? 'day' : 'month';
    const created = (
      await api()
        .post('/v1/meetings')
        .send({ ...base, date: '2024-07-17', datePrecision: precision })
        .expect(201)
    ).body;
    const patched = (await api().patch(`/v1/meetings/${created.id}`).set('if-match', `"v${created.version}"`).send(patch).expect(200)).body;
    expect(patched.date).toBe(stored);
    expect((await api().get(`/v1/meetings/${created.id}`).expect(200)).body.date).toBe(stored);
    expect(await auditedDate(created.id)).toBe(stored);
  });

  it('an NDJSON line', async () => {
    const line = JSON.stringify({ ...base, date: '2024-05-19', datePrecision: 'month' });
    const response = await ctx.app.inject({
      method: 'POST',
      url: '/v1/meetings',
      headers: { 'content-type': 'application/x-ndjson' },
      payload: `${line}\n`,
    });
    const results = response.payload
      .split('\n')
      .filter(Boolean)
      .map((l) => JSON.parse(l) as { status?: number; id?: string });
    const id = results.find((l) => l.status === 201)?.id;
    expect((await api().get(`/v1/meetings/${id}`).expect(200)).body.date).toBe('2024-05-01');
  });
});

// README (Conventions → Filters): a range never returns a meeting that may lie outside it. A month- or year-precise
// meeting is found by a range that holds its whole period, on every operation that takes `from`/`to`.
describe('a range finds a month- or year-precise meeting only when it holds the whole period', () => {
  const cases = [
    ['month', '2025-03-01', '2025-03-31', true],
    ['month', '2025-02-15', '2025-04-15', true],
    ['month', '2025-03-01', '2025-03-05', false],
    ['month', '2025-03-01', '2025-03-30', false],
    ['month', '2025-03-02', '2025-03-31', false],
    ['month', '2025-02-01', '2025-02-28', false],
    ['year', '2025-01-01', '2025-12-31', true],
    ['year', '2025-01-01', '2025-03-31', false],
    ['year', '2025-01-01', '2025-01-01', false],
    ['day', '2025-03-17', '2025-03-17', true],
    ['day', '2025-03-01', '2025-03-16', false],
  ] as const;
  // Each operation of the class, and how many meetings it says the range holds.
  const operations: Array<[string, (range: string) => Promise<number>]> = [
    ['GET /v1/meetings', async (range) => (await api().get(`/v1/meetings?${range}`).expect(200)).body.data.length],
    [
      'GET /v1/meetings?format=ndjson',
      async (range) => (await api().get(`/v1/meetings?format=ndjson&${range}`).expect(200)).text.split('\n').filter(Boolean).length,
    ],
    [
      'GET /v1/stats/meetings-over-time',
      async (range) => (await api().get(`/v1/stats/meetings-over-time?interval=year&${range}`).expect(200)).body.total,
    ],
    [
      'GET /v1/participants',
      async (range) =>
        new Set((await api().get(`/v1/participants?${range}`).expect(200)).body.data.map((p: { meetingId: string }) => p.meetingId)).size,
    ],
    ['GET /v1/search', async (range) => (await api().get(`/v1/search?q=precision&type=meeting&${range}`).expect(200)).body.data.length],
  ];
  it.each(
    operations.flatMap(([name, count]) => cases.map(([precision, from, to, found]) => [name, precision, from, to, found, count] as const)),
  )('%s: %s-precise 2025-03-17, from=%s&to=%s → found %s', async (_name, precision, from, to, found, count) => {
    await api()
      .post('/v1/meetings')
      .send({
        title: 'Precision check',
        kind: 'talks',
        date: '2025-03-17',
        datePrecision: precision,
        participants: [{ person: { name: 'Ana Precise' }, role: 'host' }],
      })
      .expect(201);
    expect(await count(`from=${from}&to=${to}`)).toBe(found ? 1 : 0);
  });
});

// New-user trial 142 F6: 2024-06 patched to day precision became 2024-06-01, a day nobody stated.
describe('a PATCH that makes the date finer than stored needs the date', () => {
  const patchOf = async (stored: 'year' | 'month' | 'day', patch: Record<string, unknown>) => {
    const created = (
      await api()
        .post('/v1/meetings')
        .send({ ...base, date: '2024-06-17', datePrecision: stored })
        .expect(201)
    ).body;
    const response = await api().patch(`/v1/meetings/${created.id}`).set('if-match', `"v${created.version}"`).send(patch);
    return { created, response };
  };

  it.each([
    ['month', 'day'],
    ['year', 'day'],
    ['year', 'month'],
  ] as const)('%s → %s without a date: 422 at /date, the meeting unchanged', async (stored, finer) => {
    const { created, response } = await patchOf(stored, { datePrecision: finer });
    expect(response.status, response.text).toBe(422);
    expect(response.body.errors).toEqual([{ in: 'body', pointer: '/date', message: expect.stringMatching(/needs the date/) }]);
    const after = (await api().get(`/v1/meetings/${created.id}`).expect(200)).body;
    expect([after.date, after.datePrecision, after.version]).toEqual([created.date, stored, created.version]);
  });

  it.each([
    ['month', { datePrecision: 'day', date: '2024-06-17' }, '2024-06-17', 'day'],
    ['year', { datePrecision: 'month', date: '2024-06-17' }, '2024-06-01', 'month'],
    ['day', { datePrecision: 'month' }, '2024-06-01', 'month'],
    ['month', { datePrecision: 'year' }, '2024-01-01', 'year'],
    ['month', { datePrecision: 'month' }, '2024-06-01', 'month'],
  ] as const)('%s, PATCH %j: %s at %s precision', async (stored, patch, date, precision) => {
    const { response } = await patchOf(stored, patch);
    expect(response.status, response.text).toBe(200);
    expect([response.body.date, response.body.datePrecision]).toEqual([date, precision]);
  });
});
