import { Prisma } from '../generated/prisma/client.js';
import { invalidCursor } from './errors.js';
import { cursorId, cursorInstant, cursorPosition, cursorSequence, type CursorKey } from './pagination.js';

// Keyset pagination in SQL: a sort column then id, both in one direction, and "after this row" as a row-value
// comparison — `(date, id) < ($1, $2)` — which PostgreSQL turns into a range of an index on (column, id), so page 500
// starts where it ends instead of scanning from the top. Ties on the column break on id, so paging never skips or
// repeats a row even while rows are inserted.

export type SortValue = Date | string | number;

export interface Keyset<Field extends string> {
  field: Field;
  descending: boolean;
}

/** `-name` → name descending, `name` → ascending. */
export function parseSort<Field extends string>(sort: `${'-' | ''}${Field}`): Keyset<Field> {
  return sort.startsWith('-') ? { field: sort.slice(1) as Field, descending: true } : { field: sort as Field, descending: false };
}

/** The cursor key of a row: its sort value (a Date as its ISO string) and its id. */
export function keyOf(value: SortValue, id: string): CursorKey {
  return [value instanceof Date ? value.toISOString() : value, id];
}

/** How a sort column's value is typed in SQL; a cursor's value is checked and cast to it. */
export type KeyType = 'date' | 'timestamptz' | 'text' | 'int' | 'bigint' | 'real';

/** A sort column (qualified, e.g. `m.date`) with its type. */
export interface KeysetColumn {
  sql: Prisma.Sql;
  type: KeyType;
}

const forged = () => invalidCursor('The cursor is not one this API issued.');
const loneSurrogate = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** A cursor's sort value as a typed SQL parameter. Throws 400 `invalid_cursor` when it cannot be of that type. */
export function cursorValue(type: KeyType, raw: CursorKey[number] | undefined): Prisma.Sql {
  switch (type) {
    case 'date':
      // Dates travel as the ISO instant of their UTC midnight; the calendar date is its first ten characters.
      return Prisma.sql`CAST(${cursorInstant(raw).toISOString().slice(0, 10)} AS date)`;
    case 'timestamptz':
      return Prisma.sql`CAST(${cursorInstant(raw).toISOString()} AS timestamptz)`;
    case 'int':
      return Prisma.sql`CAST(${cursorPosition(raw)} AS integer)`;
    case 'bigint':
      return Prisma.sql`CAST(${cursorSequence(raw)} AS bigint)`;
    case 'text':
      // What PostgreSQL cannot hold in text (NUL, a lone surrogate) or no list sorts by (longer than any name).
      if (typeof raw !== 'string' || raw.length > 2000 || raw.includes('\u0000') || loneSurrogate.test(raw)) throw forged();
      return Prisma.sql`CAST(${raw} AS text)`;
    case 'real':
      // A real holds up to about 3.4e38 (PostgreSQL's float4): beyond it the cast itself fails.
      if (typeof raw !== 'number' || !Number.isFinite(raw) || Math.abs(raw) > 3.4e38) throw forged();
      return Prisma.sql`CAST(${raw} AS real)`;
  }
}

/**
 * The rows after a cursor `[value, id]` in the order `column, id` (both descending or both ascending), as one row-value
 * comparison: `(column, idColumn) > (value, id)`, or `<` when descending. Throws 400 `invalid_cursor` on a forged key.
 */
export function keysetAfter(column: KeysetColumn, idColumn: Prisma.Sql, descending: boolean, [raw, rawId]: CursorKey): Prisma.Sql {
  const value = cursorValue(column.type, raw);
  const id = cursorId(rawId);
  const beyond = descending ? Prisma.sql`<` : Prisma.sql`>`;
  return Prisma.sql`(${column.sql}, ${idColumn}) ${beyond} (${value}, CAST(${id} AS uuid))`;
}

/** `column DESC, id DESC` (or both ASC): the ORDER BY that keysetAfter pages through. */
export function keysetOrder(column: KeysetColumn, idColumn: Prisma.Sql, descending: boolean): Prisma.Sql {
  const direction = descending ? Prisma.sql`DESC` : Prisma.sql`ASC`;
  return Prisma.sql`${column.sql} ${direction}, ${idColumn} ${direction}`;
}
