import pg from 'pg';
import type { Prisma } from '../generated/prisma/client.js';
import { clientPoolOf, type Db } from './prisma.js';

// The hot reads (a meeting, a page of meetings) straight on the client's pg pool: the same prepared statement, the
// same rows, without Prisma's request pipeline around it (tracing spans, its query interpreter, the adapter's
// argument and result mapping) — 0.12 of a GET's 0.32 ms of CPU in one run. The rows are what $queryRaw gives for
// the column types below; a client that is not createPrisma's (the read router's proxy over standbys) runs the
// statement through $queryRaw, with the standby routing and fallback that go with it.

// Prisma's raw results: date and timestamp (without zone) as UTC instants, int8 as bigint; pg's own parsers for the
// rest (int4 → number, timestamptz → Date, json → value, text[] → string[], text/uuid/enum → string).
const parsers: Record<number, (value: string) => unknown> = {
  20: (value) => BigInt(value),
  1082: (value) => new Date(`${value}T00:00:00.000Z`),
  1114: (value) => new Date(`${value.replace(' ', 'T')}Z`),
};

const typeParser = (oid: number, format?: string): ((value: string) => unknown) => {
  const own = (format ?? 'text') === 'text' ? parsers[oid] : undefined;
  return own ?? (pg.types.getTypeParser(oid, 'text') as (value: string) => unknown);
};
/** pg's type parsers giving the values Prisma's $queryRaw gives (above). */
export const rawTypes = { getTypeParser: typeParser as typeof pg.types.getTypeParser };

/**
 * The rows of a read-only statement (`Prisma.sql`), as `db.$queryRaw` returns them for columns of type text, uuid,
 * enums, integers, booleans, dates, timestamps, json and text arrays (numeric and bytea: use $queryRaw). Prepared
 * under the name the client's adapter gives the same text.
 */
export async function queryRows<T>(db: Db, sql: Prisma.Sql): Promise<T[]> {
  const client = clientPoolOf(db);
  if (!client) return db.$queryRaw<T[]>(sql);
  const text = sql.text;
  const result = await client.pool.query<T & pg.QueryResultRow>({
    text,
    values: sql.values,
    name: client.statementName({ sql: text }),
    types: rawTypes,
  });
  return result.rows;
}
