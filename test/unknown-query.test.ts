import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { useTestContext } from './helpers/app.js';

// Every operation of the contract that takes no query parameters answers a request with one with 400 and a problem
// that names it — as operations with query parameters answer an unknown one — never ignores it.

type Doc = { paths: Record<string, Record<string, { operationId: string; parameters?: Array<{ in?: string; $ref?: string }> }>> };
const openapi = parse(readFileSync(new URL('../openapi.yaml', import.meta.url), 'utf8')) as Doc;
const inQuery = (parameter: { in?: string; $ref?: string }): boolean => {
  if (parameter.in) return parameter.in === 'query';
  const target = (parameter.$ref ?? '')
    .split('/')
    .slice(1)
    .reduce<unknown>((node, key) => (node as Record<string, unknown>)[key], openapi);
  return (target as { in?: string }).in === 'query';
};
const withoutQuery = Object.entries(openapi.paths)
  .filter(([path]) => path.startsWith('/v1/'))
  .flatMap(([path, item]) =>
    Object.entries(item)
      .filter(([method]) => ['get', 'post', 'patch', 'put', 'delete'].includes(method))
      .filter(([, operation]) => !(operation.parameters ?? []).some(inQuery))
      .map(([method, operation]) => [operation.operationId, method, path] as const),
  );
const fill = (path: string) => path.replace(/\{[^}]+\}/g, '0190a0b0-0000-7000-8000-000000000099');

describe('an unknown query parameter', () => {
  const ctx = useTestContext();

  it('is found on some operations of the contract (the table below is not empty)', () => {
    expect(withoutQuery.length).toBeGreaterThan(5);
  });

  it.each(withoutQuery)('%s (%s %s) answers ?bogus=1 with 400 naming it', async (_, method, path) => {
    const url = `${fill(path)}?bogus=1`;
    const response = await ctx.app.inject(
      method === 'get' || method === 'delete'
        ? { method: method.toUpperCase() as 'GET', url }
        : { method: method.toUpperCase() as 'POST', url, headers: { 'content-type': 'application/json' }, payload: '{}' },
    );
    expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
    // The key operations authenticate first: without the admin's credentials the answer is 401 whatever the query.
    if (path.startsWith('/v1/keys')) return expect(response.statusCode).toBe(401);
    expect(response.statusCode).toBe(400);
    expect(response.body).toContain('bogus');
  });
});
