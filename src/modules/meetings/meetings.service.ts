import type { Db } from '../../db/prisma.js';
import { queryRows } from '../../db/raw-rows.js';
import { notFound } from '../../http/errors.js';
import { etagFor } from '../../http/etag.js';
import { fieldsDigest, sparse, sparseExport } from '../../http/fields.js';
import { fitsBudget } from '../../http/response-budget.js';
import { embeddedLists } from './meetings.include.js';
import { meetingByIdSql } from './meeting-json.sql.js';
import { withEmbeddedLists } from './meetings.dto.js';
import { exportMeetings } from './meetings.export.js';
import { listMeetings } from './meetings.list.js';
import type { ListMeetingsQuery, MeetingDto, MeetingInclude } from './meetings.schemas.js';

/** A meeting as read: its version (for the ETag) and its body, JSON text to send as it is or, past the budget, objects. */
export interface MeetingRead {
  version: number;
  /** The ETag of this representation (its version, embedded lists and fieldset). */
  etag: string;
  body: string | MeetingDto;
}

/**
 * Reads of meetings: the filtered, keyset-paged list and one meeting with the lists it embeds, each one SQL statement
 * whose JSON PostgreSQL builds. A body within `budgetBytes` is JSON text; a larger one is objects, which the response
 * budget cuts (http/response-budget.ts).
 */
export function createMeetingsService({ prisma, budgetBytes }: { prisma: Db; budgetBytes: number }) {
  return {
    /** GET /v1/meetings; throws 400 `invalid_cursor` on a cursor of another query. */
    list: (query: ListMeetingsQuery) => listMeetings(prisma, query, budgetBytes),

    /** Every meeting GET /v1/meetings would page through, in batches (meetings.export.ts). */
    export: (query: ListMeetingsQuery) => sparseExport(exportMeetings(prisma, query), query.fields),

    /**
     * One meeting with the requested lists — with a sparse fieldset, only the members it names (and the lists it
     * names, see embeddedLists) — and the ETag of that representation. Throws 404 when there is none, 400 when
     * `include` names a list `fields` leaves out.
     */
    async get(id: string, include: readonly MeetingInclude[], fields?: readonly string[]): Promise<MeetingRead> {
      const lists = embeddedLists(include, fields);
      const [row] = await queryRows<{ version: number; json: string }>(prisma, meetingByIdSql(id, lists));
      if (!row) throw notFound('meeting', id);
      const etag = etagFor(row.version, lists, fields && fieldsDigest(fields));
      if (fields)
        return { version: row.version, etag, body: withEmbeddedLists(sparse(JSON.parse(row.json) as MeetingDto, fields) as MeetingDto) };
      const body = fitsBudget(row.json, budgetBytes) ? row.json : withEmbeddedLists(JSON.parse(row.json) as MeetingDto);
      return { version: row.version, etag, body };
    },
  };
}

export type MeetingsService = ReturnType<typeof createMeetingsService>;
