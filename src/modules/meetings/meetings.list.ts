import type { Db } from '../../db/prisma.js';
import { queryRows } from '../../db/raw-rows.js';
import { Prisma } from '../../generated/prisma/client.js';
import { keyOf, keysetAfter, keysetOrder, parseSort, type KeysetColumn } from '../../http/keyset.js';
import { decodeCursor, queryFingerprint, pageBody, toPage, type CursorKey, type PageBody } from '../../http/pagination.js';
import { sparse } from '../../http/fields.js';
import { fitsBudget } from '../../http/response-budget.js';
import { embeddedLists } from './meetings.include.js';
import { meetingColumns, meetingJsonSql } from './meeting-json.sql.js';
import { withEmbeddedLists } from './meetings.dto.js';
import type { ListMeetingsQuery, MeetingDto } from './meetings.schemas.js';
import { allOf, meetingFilterConditions } from './meetings.sql.js';
import { assertKnownInitiatives } from './meeting-filters.js';

// GET /v1/meetings as one statement: the filters (meetings.sql.ts), the row-value keyset condition and the order of
// one of the indexes meetings_date_id_idx, meetings_created_at_id_idx, meetings_updated_at_id_idx; around that page,
// each meeting as the JSON text PostgreSQL builds with the lists it embeds (meeting-json.sql.ts).

type SortField = 'date' | 'createdAt' | 'updatedAt';

const columns: Record<SortField, KeysetColumn> = {
  date: { sql: Prisma.sql`m.date`, type: 'date' },
  createdAt: { sql: Prisma.sql`m.created_at`, type: 'timestamptz' },
  updatedAt: { sql: Prisma.sql`m.updated_at`, type: 'timestamptz' },
};
const id = Prisma.sql`m.id`;

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

/**
 * One page (plus one row) of GET /v1/meetings as rows `{ id, sortValue, json }`: the page of meetingsPageSql, each
 * meeting's JSON text with the lists `query.include` names, in the page's order.
 */
export function meetingsJsonPageSql(query: Omit<ListMeetingsQuery, 'cursor' | 'count'>, after?: CursorKey): Prisma.Sql {
  const keyset = parseSort<SortField>(query.sort);
  const column = { sql: Prisma.raw(`page."${keyset.field}"`), type: columns[keyset.field].type };
  return Prisma.sql`
    SELECT page.id, ${column.sql} AS "sortValue", ${meetingJsonSql('page', query.include)} AS json
    FROM (${meetingsPageSql(query, after)}) AS page
    ORDER BY ${keysetOrder(column, Prisma.sql`page.id`, keyset.descending)}`;
}

interface MeetingJsonRow {
  id: string;
  sortValue: Date;
  json: string;
}

/**
 * A page of GET /v1/meetings: `nextCursor`, and `body`, the page as the JSON text to send when it fits the response
 * budget, else as objects for the budget to cut (http/response-budget.ts); with a sparse fieldset, objects with only
 * its members. Throws 400 `invalid_cursor`, and 400 on an unknown initiative or an `include` the fieldset leaves out.
 */
export async function listMeetings(
  prisma: Db,
  query: ListMeetingsQuery,
  budgetBytes: number,
): Promise<{ nextCursor: string | null; body: string | PageBody<MeetingDto> }> {
  const fingerprint = queryFingerprint('meetings', query);
  const after = query.cursor ? decodeCursor(query.cursor, fingerprint) : undefined;
  const include = embeddedLists(query.include, query.fields);
  await assertKnownInitiatives(prisma, query);
  const rows = await queryRows<MeetingJsonRow>(prisma, meetingsJsonPageSql({ ...query, include }, after));
  const paging = toPage(rows, query.limit, fingerprint, (row) => keyOf(row.sortValue, row.id));
  const total = query.count === 'exact' ? (await prisma.$queryRaw<Array<{ total: number }>>(meetingsCountSql(query)))[0]?.total : undefined;
  const { nextCursor } = paging;
  if (query.fields) {
    const data = paging.page.map((row) => withEmbeddedLists(sparse(JSON.parse(row.json) as MeetingDto, query.fields) as MeetingDto));
    return { nextCursor, body: pageBody(paging, data, total === undefined ? {} : { total }) };
  }
  const json = `{"data":[${paging.page.map((row) => row.json).join(',')}],"nextCursor":${JSON.stringify(nextCursor)}${total === undefined ? '' : `,"total":${total}`}}`;
  if (fitsBudget(json, budgetBytes)) return { nextCursor, body: json };
  const data = paging.page.map((row) => withEmbeddedLists(JSON.parse(row.json) as MeetingDto));
  return { nextCursor, body: pageBody(paging, data, total === undefined ? {} : { total }) };
}
