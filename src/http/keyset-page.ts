import { Prisma } from '../../generated/prisma/client.js';
import { uuidPattern } from '../../http/schemas.js';
import { invalidCursor } from '../../http/errors.js';
import type { Keyset } from '../../http/keyset.js';
import { cursorInstant, type CursorKey } from '../../http/pagination.js';

// Keyset pagination over the rows of a raw trigram-matching query (Prisma cannot order by similarity). Mirrors
// http/keyset.ts: the sort column then id, both in one direction, compared as a row so paging never skips or repeats.
// `matches` must select id, score and every column named in the sort columns; the caller aliases it as m.

export type RawColumnType = 'real' | 'text' | 'timestamptz';

export interface RawSortColumn {
  sql: Prisma.Sql;
  type: RawColumnType;
}

export const scoreColumn: RawSortColumn = { sql: Prisma.sql`m.score`, type: 'real' };

function castCursorValue(type: RawColumnType, raw: string | number | null | undefined): Prisma.Sql {
  if (type === 'real' && typeof raw === 'number' && Number.isFinite(raw)) return Prisma.sql`CAST(${raw} AS real)`;
  if (type === 'text' && typeof raw === 'string') return Prisma.sql`CAST(${raw} AS text)`;
  if (type === 'timestamptz') return Prisma.sql`CAST(${cursorInstant(raw).toISOString()} AS timestamptz)`;
  throw invalidCursor('The cursor is not one this API issued.');
}

function rawAfter(column: RawSortColumn, descending: boolean, key: CursorKey): Prisma.Sql {
  const [raw, id] = key;
  if (typeof id !== 'string' || !uuidPattern.test(id)) throw invalidCursor('The cursor is not one this API issued.');
  const beyond = descending ? Prisma.sql`<` : Prisma.sql`>`;
  return Prisma.sql`(${column.sql}, m.id) ${beyond} (${castCursorValue(column.type, raw)}, CAST(${id} AS uuid))`;
}

export interface FuzzyPageRow {
  id: string;
  score: number;
  sort_value: Date | string | number;
}

/** One page (plus one row, to tell whether there is a next page) of `matches` in keyset order. */
export function fuzzyPageSql<Field extends string>(
  matches: Prisma.Sql,
  columns: Record<Field, RawSortColumn>,
  keyset: Keyset<Field>,
  after: CursorKey | undefined,
  limit: number,
): Prisma.Sql {
  const column = columns[keyset.field];
  const direction = keyset.descending ? Prisma.sql`DESC` : Prisma.sql`ASC`;
  const where = after ? Prisma.sql`WHERE ${rawAfter(column, keyset.descending, after)}` : Prisma.empty;
  return Prisma.sql`
    SELECT m.id, m.score, ${column.sql} AS sort_value
    FROM (${matches}) AS m
    ${where}
    ORDER BY ${column.sql} ${direction}, m.id ${direction}
    LIMIT ${limit + 1}`;
}

export const fuzzyCountSql = (matches: Prisma.Sql) => Prisma.sql`SELECT count(*)::int AS total FROM (${matches}) AS m`;

/** Reorders records loaded by id into the page's order. */
export function inPageOrder<T extends { id: string }>(rows: readonly FuzzyPageRow[], records: readonly T[]): Array<[T, number]> {
  const byId = new Map(records.map((record) => [record.id, record]));
  return rows.flatMap((row) => {
    const record = byId.get(row.id);
    return record ? [[record, row.score] as [T, number]] : [];
  });
}
