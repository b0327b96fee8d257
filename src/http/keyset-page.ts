import { Prisma } from '../generated/prisma/client.js';
import { keysetAfter, keysetOrder, type Keyset, type KeysetColumn, type SortValue } from './keyset.js';
import type { CursorKey } from './pagination.js';

// Keyset pages over the rows of a raw query: the candidates of a list (a trigram match, or every row passing the
// filters), aliased m. `rows` must select id, score and every column named in `columns`. PostgreSQL pulls the
// subquery up, so the row-value condition and the ORDER BY reach the table's (column, id) index.

/** A trigram similarity, the sort key of fuzzy lookups. */
export const scoreColumn: KeysetColumn = { sql: Prisma.sql`m.score`, type: 'real' };

export interface PageRow {
  id: string;
  /** The trigram similarity for fuzzy lookups; null for plain lists. */
  score: number | null;
  sort_value: SortValue;
}

/** One page (plus one row, to tell whether there is a next page) of `rows` in keyset order, as PageRow. */
export function keysetPageSql<Field extends string>(
  rows: Prisma.Sql,
  columns: Record<Field, KeysetColumn>,
  keyset: Keyset<Field>,
  after: CursorKey | undefined,
  limit: number,
): Prisma.Sql {
  const column = columns[keyset.field];
  const id = Prisma.sql`m.id`;
  const where = after ? Prisma.sql`WHERE ${keysetAfter(column, id, keyset.descending, after)}` : Prisma.empty;
  return Prisma.sql`
    SELECT m.id, m.score, ${column.sql} AS sort_value
    FROM (${rows}) AS m
    ${where}
    ORDER BY ${keysetOrder(column, id, keyset.descending)}
    LIMIT ${limit + 1}`;
}

/** How many rows `rows` has: `total` of `count=exact`. */
export const countRowsSql = (rows: Prisma.Sql) => Prisma.sql`SELECT count(*)::int AS total FROM (${rows}) AS m`;

/** Records loaded by id, each with its page row, in the page's order. */
export function inPageOrder<T extends { id: string }>(rows: readonly PageRow[], records: readonly T[]): Array<[T, PageRow]> {
  const byId = new Map(records.map((record) => [record.id, record]));
  return rows.flatMap((row) => {
    const record = byId.get(row.id);
    return record ? [[record, row] as [T, PageRow]] : [];
  });
}
