import supertest from 'supertest';
import { describe, expect, it } from 'vitest';
import { useTestContext } from './helpers/app.js';

// Every 400 about query parameters gives its detail in one form, whichever check found the fault: each error as where
// it is and what is wrong ("query/limit: …"). New-user trial 126 found three checks with sentences of their own.

const ctx = useTestContext();
const api = () => supertest(ctx.app.server);

describe('the detail of a 400 about query parameters', () => {
  it.each([
    ['a schema check', '/v1/meetings?limit=abc', 'query/limit: '],
    ['count on an export', '/v1/meetings?format=csv&count=exact', 'query/count: does not apply to an export'],
    ['facets on an export', '/v1/search?q=cooperation&format=ndjson&facets=country', 'query/facets: does not apply to an export'],
    ['a nested field on an export', '/v1/meetings?format=csv&fields=participants.title', 'query/fields: participants.title is no column'],
    [
      'a time series of too many buckets',
      '/v1/stats/meetings-over-time?interval=month&from=1000-01-01&to=2025-01-01',
      'query/from: 1000-01-01 to 2025-01-01 spans 12301 month buckets',
    ],
  ])('%s: "%s" starts "%s"', async (_case, path, start) => {
    const response = await api().get(path).expect(400);
    expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(response.body.code).toBe('validation_failed');
    expect(response.body.detail.startsWith(start)).toBe(true);
    for (const error of response.body.errors) expect(response.body.detail).toContain(`${error.in}${error.pointer}: ${error.message}`);
  });

  it('a JSON body in another charset is a 415 whose detail reads as English', async () => {
    const response = await api()
      .post('/v1/meetings')
      .set('Content-Type', 'application/json; charset=latin1')
      .send(Buffer.from('{}'))
      .expect(415);
    expect(response.body.detail).toMatch(/^The body of application\/json is UTF-8/);
  });
});
