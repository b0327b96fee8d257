import { describe, expect, it } from 'vitest';
import { commaItems, commaList } from '../src/http/schemas.js';
import { z } from 'zod';

// A comma-separated filter value is one CSV record (RFC 4180): an item holding a comma is quoted, a quote in it doubled.
describe('commaItems', () => {
  it.each<[string, string[]]>([
    ['KZ,CN', ['KZ', 'CN']],
    [' KZ , cn ', ['KZ', 'cn']],
    ['"Ministry of Foreign Affairs, Trade and Development",UN', ['Ministry of Foreign Affairs, Trade and Development', 'UN']],
    ['"say ""hi"""', ['say "hi"']],
    ['=ORG "Inc"', ['=ORG "Inc"']],
    ['a,,b', ['a', '', 'b']],
    ['', ['']],
  ])('%s', (value, items) => {
    expect(commaItems(value)).toEqual(items);
  });

  it('a quote never closed is an error; as a filter, a 400 issue', () => {
    expect(() => commaItems('"never closed')).toThrow();
    const result = commaList(z.string().min(1)).safeParse('"never closed');
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toMatch(/never closed/);
  });
});
