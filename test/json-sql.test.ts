import { describe, expect, it } from 'vitest';
import { Prisma } from '../src/generated/prisma/client.js';
import { useTestContext } from './helpers/app.js';
import { randomSource, variedText } from './helpers/varied-meetings.js';

// The SQL functions behind the JSON PostgreSQL builds (the json_encoding migration), against JavaScript itself over
// generated values: json_number writes a double as JSON.stringify does, json_utf16_slice slices text at UTF-16
// offsets as String#slice does and writes it as JSON.stringify does, lone surrogates included.

const ctx = useTestContext();
const random = randomSource(7);

async function numbersAsJson(values: number[]): Promise<string[]> {
  // -0 travels as text: String(-0) is "0".
  const texts = values.map((value) => (Object.is(value, -0) ? '-0' : String(value)));
  const rows = await ctx.prisma.$queryRaw<Array<{ json: string }>>(Prisma.sql`
    SELECT json_number(CAST(v AS double precision)) AS json FROM unnest(CAST(${texts} AS text[])) WITH ORDINALITY AS t(v, n) ORDER BY n`);
  return rows.map((row) => row.json);
}

describe('json_number', () => {
  it('writes doubles as JSON.stringify does, from the smallest to the largest', async () => {
    const values = [
      0,
      -0,
      1,
      -1,
      0.1,
      0.5,
      1 / 3,
      2 / 3,
      1e-4,
      9.99e-5,
      1e-5,
      1.5e-5,
      1e-6,
      1.234e-6,
      1e-7,
      1.5e-7,
      1e-8,
      5e-324,
      2.2250738585072014e-308,
    ];
    values.push(123.456, 1e14, 99999999999999.9, 1e15, 1.5e15, 1e16, 1e20, 1.5e20, 1e21, 1.5e21, 1e22, 1.7976931348623157e308, -1e-300);
    for (let index = 0; index < 2000; index++) {
      const magnitude = 10 ** random.int(-320, 15);
      values.push((random.next() - 0.5) * 2 * magnitude, Math.round(random.next() * 1e6) / 10 ** random.int(0, 12));
    }
    const finite = values.filter((value) => Number.isFinite(value));
    expect(await numbersAsJson(finite)).toEqual(finite.map((value) => JSON.stringify(value)));
  });

  it('writes NaN and the infinities as null, as JSON.stringify does', async () => {
    const rows = await ctx.prisma.$queryRaw<Array<{ json: string }>>`
      SELECT json_number(v) AS json FROM unnest(ARRAY['NaN', 'Infinity', '-Infinity']::double precision[]) WITH ORDINALITY AS t(v, n) ORDER BY n`;
    expect(rows.map((row) => row.json)).toEqual(['null', 'null', 'null']);
  });

  it('above 1e16, where the shortest digits may tie, reads back as the same number', async () => {
    const values = Array.from({ length: 500 }, () => (random.next() - 0.5) * 10 ** random.int(16, 300));
    const written = await numbersAsJson(values);
    expect(written.map(Number)).toEqual(values);
  });
});

describe('json_utf16_slice', () => {
  it('slices at UTF-16 offsets as String#slice does, halving characters outside the BMP where the offsets fall', async () => {
    const cases = Array.from({ length: 3000 }, () => {
      const text = variedText(random, random.pick([1, 5, 30, 300]));
      const start = random.int(0, text.length + 2);
      return { text, start, end: start + random.int(1, text.length + 3) };
    });
    cases.push(
      { text: '😀', start: 0, end: 1 },
      { text: '😀', start: 1, end: 2 },
      { text: 'a😀b', start: 2, end: 3 },
      { text: '', start: 0, end: 1 },
    );
    const rows = await ctx.prisma.$queryRaw<Array<{ json: string }>>(Prisma.sql`
      SELECT json_utf16_slice(t.text, t.start, t."end") AS json
      FROM unnest(CAST(${cases.map((c) => c.text)} AS text[]), CAST(${cases.map((c) => String(c.start))} AS int[]),
                  CAST(${cases.map((c) => String(c.end))} AS int[])) WITH ORDINALITY AS t(text, start, "end", n)
      ORDER BY t.n`);
    expect(rows.map((row) => row.json)).toEqual(cases.map(({ text, start, end }) => JSON.stringify(text.slice(start, end))));
    expect(rows.some((row) => /\\ud[89ab]/.test(row.json)) && rows.some((row) => /\\ud[c-f]/.test(row.json))).toBe(true);
  });
});
