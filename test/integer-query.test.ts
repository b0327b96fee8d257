import supertest from 'supertest';
import { describe, expect, it } from 'vitest';
import { useTestContext } from './helpers/app.js';

// Every integer query parameter of the contract takes decimal digits only: "0x10", "1e1", "+5" and "2.0" would be read
// as numbers by JavaScript's coercion, so they are 400s at the parameter on every operation that has one.

const ctx = useTestContext();

type Contract = {
  paths: Record<string, Record<string, { parameters?: Array<{ in: string; name: string; schema?: { type?: string; maximum?: number } }> }>>;
};

function integerParameters(): Array<[string, string, number | undefined]> {
  const document = ctx.app.swagger() as Contract;
  const found: Array<[string, string, number | undefined]> = [];
  for (const [path, methods] of Object.entries(document.paths)) {
    const get = methods.get;
    if (!get || path.endsWith('/stream')) continue;
    const concrete = path.replace(/\{[^}]+\}/g, (name) =>
      name === '{initiativeKey}' ? 'no-such-initiative' : '00000000-0000-4000-8000-000000000000',
    );
    for (const parameter of get.parameters ?? [])
      if (parameter.in === 'query' && parameter.schema?.type === 'integer')
        found.push([concrete, parameter.name, parameter.schema.maximum]);
  }
  return found;
}

describe('integer query parameters', () => {
  it('there are some (the contract declares them)', () => {
    expect(integerParameters().length).toBeGreaterThanOrEqual(10);
  });

  it.each(['0x10', '1e1', '+5', '2.0', ' 5', '-1'])('"%s" is a 400 at the parameter, on every operation', async (value) => {
    for (const [path, name] of integerParameters()) {
      const separator = path.includes('?') ? '&' : '?';
      const extra = path.startsWith('/v1/search') ? 'q=talks&' : '';
      const response = await supertest(ctx.app.server).get(`${path}${separator}${extra}${name}=${encodeURIComponent(value)}`);
      expect([path, name, response.status], response.text).toEqual([path, name, 400]);
      expect(response.body.errors.map((e: { pointer: string }) => e.pointer)).toContain(`/${name}`);
    }
  });

  it('decimal digits pass this check (what the range allows is validated as before)', async () => {
    const response = await supertest(ctx.app.server).get('/v1/meetings?limit=5');
    expect(response.status).toBe(200);
    const tooBig = await supertest(ctx.app.server).get('/v1/meetings?limit=500');
    expect([tooBig.status, tooBig.body.errors[0].pointer]).toEqual([400, '/limit']);
  });

  it('digits past the range the contract gives are a 400 that names that range, however many, on every operation', async () => {
    for (const [path, name, maximum] of integerParameters()) {
      if (maximum === undefined) continue;
      const separator = path.includes('?') ? '&' : '?';
      const extra = path.startsWith('/v1/search') ? 'q=talks&' : '';
      for (const value of [String(maximum + 1), '99999999999999999999']) {
        const response = await supertest(ctx.app.server).get(`${path}${separator}${extra}${name}=${value}`);
        expect([path, name, response.status], response.text).toEqual([path, name, 400]);
        const error = response.body.errors.find((e: { pointer: string }) => e.pointer === `/${name}`);
        expect(error?.message, `${path} ${name}`).toMatch(new RegExp(`to ${maximum}$`));
      }
    }
  });
});
