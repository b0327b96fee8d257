import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import supertest from 'supertest';
import { maxInstanceLength, problemInstance } from '../src/http/redact.js';
import { createTestContext, type TestContext } from './helpers/app.js';

// A problem's `instance` names the request without sending a long one back: a 400 for a 15,000-character query is not
// 15 KB of echo. Every kind of refusal, on several routes.

let ctx: TestContext;
beforeAll(async () => {
  ctx = await createTestContext();
});
afterAll(async () => ctx.close());
const api = () => supertest(ctx.app.server);
const long = 'a'.repeat(15_000);

describe('a problem for a long request carries a bounded instance', () => {
  it.each([
    ['a text filter past its bound', `/v1/meetings?q=${long}`, 400],
    ['a search past its bound', `/v1/search?q=${long}`, 400],
    ['a people lookup past its bound', `/v1/people?q=${long}`, 400],
    ['an unknown parameter', `/v1/initiatives?${long}=1`, 400],
    ['a malformed id in a long path', `/v1/meetings/${long}`, 400],
    ['an unknown route', `/v1/${long}`, 404],
  ])('%s', async (_label, url, status) => {
    const response = await api().get(url).expect(status);
    expect(response.body.instance.length).toBeLessThanOrEqual(maxInstanceLength);
    expect(url.startsWith(response.body.instance)).toBe(true);
  });

  it('a short request keeps its whole instance', async () => {
    const response = await api().get('/v1/meetings?limit=x').expect(400);
    expect(response.body.instance).toBe('/v1/meetings?limit=x');
  });
});

describe('problemInstance', () => {
  it.each([
    ['/v1/meetings?q=abc', '/v1/meetings?q=abc'],
    [`/v1/meetings?q=${'%C3%A9'.repeat(200)}`, null],
    [`/v1/meetings?api_key=secret&q=${long}`, null],
  ])('%s', (url, expected) => {
    const instance = problemInstance(url);
    if (expected !== null) expect(instance).toBe(expected);
    expect(instance.length).toBeLessThanOrEqual(maxInstanceLength);
    expect(instance).not.toMatch(/%[0-9A-F]?$/i);
    expect(instance).not.toContain('secret');
  });
});
