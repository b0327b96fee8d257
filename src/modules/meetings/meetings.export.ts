import type { Db } from '../../db/prisma.js';
import { columnsOf } from '../../http/export/export-schemas.js';
import type { ExportTable } from '../../http/export/export-stream.js';
import { keysetBatches } from '../../http/export/keyset-batches.js';
import { refusePageOnly } from '../../http/export/export-format.js';
import { keyOf } from '../../http/keyset.js';
import { decodeCursor, queryFingerprint } from '../../http/pagination.js';
import { meetingsJsonPageSql } from './meetings.list.js';
import { assertKnownInitiatives } from './meeting-filters.js';
import { meetingIncludes, meetingSchema, type ListMeetingsQuery } from './meetings.schemas.js';

// GET /v1/meetings exported: the list's own statement (filters, sort, keyset) in batches, each meeting the very JSON
// object of the list's pages, without embedded lists (export /v1/participants, /statements, /meeting-initiatives
// for those, and join on meetingId).

/** The columns of a meetings export: the Meeting fields in order, less the embedded lists. */
export const meetingExportColumns = columnsOf(meetingSchema, [...meetingIncludes, 'truncated']);

/**
 * Every meeting passing `query`'s filters, in its sort, from its cursor if any. Throws 400 on `include`, `count` or
 * a cursor of another query.
 */
export function exportMeetings(prisma: Db, query: ListMeetingsQuery): ExportTable {
  refusePageOnly(query);
  const fingerprint = queryFingerprint('meetings', query);
  const start = query.cursor ? decodeCursor(query.cursor, fingerprint) : undefined;
  return {
    name: 'meetings',
    columns: meetingExportColumns,
    batches: keysetBatches(
      prisma,
      async (db, after, take) => {
        const rows = await db.$queryRaw<Array<{ id: string; sortValue: Date; json: string }>>(
          meetingsJsonPageSql({ ...query, include: [], limit: take }, after),
        );
        const page = rows.slice(0, take);
        const last = page.at(-1);
        return {
          records: page.map((row) => JSON.parse(row.json) as Record<string, unknown>),
          next: rows.length > take && last ? keyOf(last.sortValue, last.id) : null,
        };
      },
      start,
      (db) => assertKnownInitiatives(db, query),
    ),
  };
}
