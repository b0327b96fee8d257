import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { useTestContext } from './helpers/app.js';

// Every query parameter of every operation in the contract takes one value (a list is one comma-separated value): given
// twice, it is a 400 naming it (a new user's `?limit=1&limit=2` got "expected number, received NaN").

const ctx = useTestContext();
const contract = parseYaml(await readFile(new URL('../openapi.yaml', import.meta.url), 'utf8')) as {
  paths: Record<string, Record<string, { parameters?: Array<{ name: string; in: string; schema?: { example?: unknown } }> }>>;
};
const cases = Object.entries(contract.paths).flatMap(([path, operations]) =>
  Object.entries(operations).flatMap(([method, operation]) =>
    (operation.parameters ?? [])
      .filter((p) => p.in === 'query')
      .map((p) => [`${method.toUpperCase()} ${path} ?${p.name}`, method, path, p.name] as const),
  ),
);

describe('a query parameter given twice', () => {
  it('is checked for every query parameter of the contract', () => {
    expect(cases.length).toBeGreaterThan(100);
  });

  it.each(cases)('%s: 400 naming it', async (_, method, path, name) => {
    const url = `${path.replace(/\{[^}]+\}/g, '00000000-0000-4000-8000-000000000000')}?${name}=1&${name}=2`;
    const response = await ctx.app.inject({ method: method.toUpperCase() as 'GET', url });
    expect(response.statusCode, url).toBe(400);
    expect(response.json().errors).toEqual([
      { in: 'query', pointer: `/${name}`, message: 'given 2 times; give it once (a list is one comma-separated value)' },
    ]);
  });
});
