import { describe, expect, it } from 'vitest';
import { queryRows } from '../src/db/raw-rows.js';
import { Prisma } from '../src/generated/prisma/client.js';
import { useTestContext } from './helpers/app.js';

// queryRows reads on the client's pg pool and must give the rows $queryRaw gives, value for value and type for type,
// for every column type it takes — in this process's time zone (not UTC, see vitest.config.ts) as in any.

const ctx = useTestContext();

const everyType = (id: string) => Prisma.sql`
  SELECT CAST(${id} AS uuid) AS id, 7::int4 AS int4, 9007199254740993::int8 AS int8, 1.5::float8 AS float8, true AS bool,
    'text "quoted"'::text AS text, 'phone_call'::"MeetingKind" AS kind,
    DATE '2021-07-15' AS date, DATE '0044-03-15' AS "oldDate",
    TIMESTAMPTZ '2021-07-15 10:00:00.123+05' AS timestamptz, TIMESTAMP '2021-07-15 23:59:59.999' AS timestamp,
    '{"a":[1,"b",null]}'::json AS json, '{"b":2}'::jsonb AS jsonb, ARRAY['a', 'b,c', NULL]::text[] AS strings,
    NULL::text AS "nullText", NULL::date AS "nullDate"`;

describe('queryRows', () => {
  it('gives what $queryRaw gives for each column type it takes', async () => {
    const id = '0190a000-0000-7000-8000-000000000001';
    const raw = await ctx.prisma.$queryRaw<unknown[]>(everyType(id));
    const rows = await queryRows<Record<string, unknown>>(ctx.prisma, everyType(id));
    expect(rows).toEqual(raw);
    expect(rows[0]).toMatchObject({ date: new Date('2021-07-15T00:00:00.000Z'), int8: 9007199254740993n });
  });

  it('gives the same rows the second time, when the statement runs prepared', async () => {
    const sql = (value: number) => Prisma.sql`SELECT ${value}::int AS n, DATE '2021-07-15' + ${value}::int AS day`;
    for (const value of [1, 2, 3])
      expect(await queryRows(ctx.prisma, sql(value))).toEqual(await ctx.prisma.$queryRaw<unknown[]>(sql(value)));
  });
});
