import { selectColumns } from '../../db/columns.js';
import type { Db } from '../../db/prisma.js';
import { Prisma, type Meeting } from '../../generated/prisma/client.js';
import { keyOf, keysetAfter, keysetOrder, parseSort, type KeysetColumn } from '../../http/keyset.js';
import { decodeCursor, queryFingerprint, pageBody, toPage, type CursorKey } from '../../http/pagination.js';
import { toMeetingDto } from './meetings.dto.js';
import { documentTexts, withIncludes } from './meetings.include.js';
import type { ListMeetingsQuery } from './meetings.schemas.js';
import { allOf, meetingFilterConditions } from './meetings.sql.js';

// GET /v1/meetings as one statement: the filters (meetings.sql.ts), the row-value keyset condition and the order of
// one of the indexes meetings_date_id_idx, meetings_created_at_id_idx, meetings_updated_at_id_idx.

type SortField = 'date' | 'createdAt' | 'updatedAt';

const columns: Record<SortField, KeysetColumn> = {
  date: { sql: Prisma.sql`m.date`, type: 'date' },
  createdAt: { sql: Prisma.sql`m.created_at`, type: 'timestamptz' },
  updatedAt: { sql: Prisma.sql`m.updated_at`, type: 'timestamptz' },
};
const id = Prisma.sql`m.id`;
const meetingColumns = selectColumns('m', Object.values(Prisma.MeetingScalarFieldEnum));

/**
 * One page (plus one row) of GET /v1/meetings as Meeting rows: the query's filters, its sort, after the cursor key
 * `after` ([sort value, id]) if any. Throws 400 `invalid_cursor` on a forged key.
 */
export function meetingsPageSql(query: Omit<ListMeetingsQuery, 'cursor' | 'count' | 'include'>, after?: CursorKey): Prisma.Sql {
  const keyset = parseSort<SortField>(query.sort);
  const column = columns[keyset.field];
  const conditions = meetingFilterConditions(query);
  if (after) conditions.push(keysetAfter(column, id, keyset.descending, after));
  return Prisma.sql`
    SELECT ${meetingColumns}
    FROM meetings AS m
    WHERE ${allOf(conditions)}
    ORDER BY ${keysetOrder(column, id, keyset.descending)}
    LIMIT ${query.limit + 1}`;
}

/** How many meetings pass the query's filters (`count=exact`). */
export function meetingsCountSql(query: Omit<ListMeetingsQuery, 'cursor' | 'count' | 'include' | 'sort' | 'limit'>): Prisma.Sql {
  return Prisma.sql`SELECT count(*)::int AS total FROM meetings AS m WHERE ${allOf(meetingFilterConditions(query))}`;
}

/** GET /v1/meetings: a page of meetings with the lists they embed, the next cursor, and `total` with `count=exact`. */
export async function listMeetings(prisma: Db, query: ListMeetingsQuery) {
  const fingerprint = queryFingerprint('meetings', query);
  const after = query.cursor ? decodeCursor(query.cursor, fingerprint) : undefined;
  const keyset = parseSort<SortField>(query.sort);
  const rows = await prisma.$queryRaw<Meeting[]>(meetingsPageSql(query, after));
  const paging = toPage(rows, query.limit, fingerprint, (row) => keyOf(row[keyset.field], row.id));
  const total = query.count === 'exact' ? (await prisma.$queryRaw<Array<{ total: number }>>(meetingsCountSql(query)))[0]?.total : undefined;
  const meetings = await withIncludes(prisma, paging.page, query.include);
  const texts = await documentTexts(prisma, meetings);
  return pageBody(
    paging,
    meetings.map((row) => toMeetingDto(row, texts)),
    total === undefined ? {} : { total },
  );
}
