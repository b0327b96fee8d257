import supertest from 'supertest';
import { beforeEach, describe, expect, it } from 'vitest';
import { useTestContext } from './helpers/app.js';

// A meeting dated to a month or a year is the first day of that period (contract: Meeting.date), on every path that
// writes a date: the response, a later read, the audit and the filters all see the same day.

const ctx = useTestContext();
const api = () => supertest(ctx.app.server);
beforeEach(async () => ctx.reset());

const base = { title: 'Precision', kind: 'visit' };

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
    const found = (await api().get(`/v1/meetings?from=${stored}&to=${stored}`).expect(200)).body.data.map((m: { id: string }) => m.id);
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
