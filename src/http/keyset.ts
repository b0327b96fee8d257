import { invalidCursor } from './errors.js';
import { cursorId, cursorInstant, type CursorKey } from './pagination.js';

// Builds Prisma's orderBy and "after this row" condition for a sort key with id as the tie-breaker, so that paging
// never skips or repeats a row even while rows are inserted.

export type SortValue = Date | string | number;

export interface Keyset<Field extends string> {
  field: Field;
  descending: boolean;
}

export function parseSort<Field extends string>(sort: `${'-' | ''}${Field}`): Keyset<Field> {
  return sort.startsWith('-') ? { field: sort.slice(1) as Field, descending: true } : { field: sort as Field, descending: false };
}

export function orderBy<Field extends string>({ field, descending }: Keyset<Field>) {
  const direction = descending ? ('desc' as const) : ('asc' as const);
  return [{ [field]: direction }, { id: direction }] as Array<Record<Field | 'id', 'asc' | 'desc'>>;
}

export function afterKey<Field extends string>(
  { field, descending }: Keyset<Field>,
  key: CursorKey,
  toValue: (raw: string | number) => SortValue,
) {
  const [raw, rawId] = key;
  if (typeof raw !== 'string' && typeof raw !== 'number') throw invalidCursor('The cursor is not one this API issued.');
  const id = cursorId(rawId);
  const value = toValue(raw);
  if (value instanceof Date) cursorInstant(Number.isNaN(value.getTime()) ? null : value.toISOString());
  const beyond = descending ? 'lt' : 'gt';
  return { OR: [{ [field]: { [beyond]: value } }, { [field]: value, id: { [beyond]: id } }] };
}

export function keyOf(value: SortValue, id: string): CursorKey {
  return [value instanceof Date ? value.toISOString() : value, id];
}
