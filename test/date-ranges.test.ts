import { readFile } from 'node:fs/promises';
import supertest from 'supertest';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { useTestContext } from './helpers/app.js';

// A date range that ends before it starts is a 400 at `from` on every operation of the contract that takes both
// `from` and `to` (a new user got 200 and an empty list or an empty series, which reads as "no data").

const ctx = useTestContext();
const contract = parseYaml(await readFile(new URL('../openapi.yaml', import.meta.url), 'utf8')) as {
  paths: Record<string, Record<string, { parameters?: Array<{ name: string; in: string; required?: boolean }> }>>;
};
const ranged = Object.entries(contract.paths).flatMap(([path, operations]) =>
  Object.entries(operations)
    .filter(([method, operation]) => method === 'get' && ['from', 'to'].every((name) => operation.parameters?.some((p) => p.name === name)))
    .map(([, operation]) => [path, operation] as const),
);

describe('from after to', () => {
  it('is checked on every list, search, stats and export that takes a range', () => {
    expect(ranged.length).toBeGreaterThanOrEqual(8);
  });

  it.each(ranged)('GET %s: 400 at /from', async (path, operation) => {
    // Required parameters other than the range, with values every operation takes.
    const required = (operation.parameters ?? []).filter((p) => p.required && p.in === 'query' && !['from', 'to'].includes(p.name));
    const extra = required.map((p) => `&${p.name}=${p.name === 'q' ? 'talks' : 'x'}`).join('');
    const url = `${path.replace(/\{[^}]+\}/g, '00000000-0000-4000-8000-000000000000')}?from=2024-01-01&to=2023-01-01${extra}`;
    const response = await supertest(ctx.app.server).get(url);
    expect(response.status, url).toBe(400);
    // Once, however many routes share the operation's schema (GET and HEAD).
    expect(
      response.body.errors.filter((error: { pointer: string }) => error.pointer === '/from'),
      url,
    ).toEqual([{ in: 'query', pointer: '/from', message: 'must not be after `to`' }]);
  });

  it.each(ranged)('GET %s: a range of one day is fine', async (path, operation) => {
    const required = (operation.parameters ?? []).filter((p) => p.required && p.in === 'query' && !['from', 'to'].includes(p.name));
    if (required.length > 0 || path.includes('{')) return;
    await supertest(ctx.app.server).get(`${path}?from=2023-01-01&to=2023-01-01`).expect(200);
  });
});
