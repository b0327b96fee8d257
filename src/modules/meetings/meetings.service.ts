import type { Db } from '../../db/prisma.js';
import { queryRows } from '../../db/raw-rows.js';
import { notFound } from '../../http/errors.js';
import { fitsBudget } from '../../http/response-budget.js';
import { meetingByIdSql } from './meeting-json.sql.js';
import { withEmbeddedLists } from './meetings.dto.js';
import { exportMeetings } from './meetings.export.js';
import { listMeetings } from './meetings.list.js';
import type { ListMeetingsQuery, MeetingDto, MeetingInclude } from './meetings.schemas.js';

/** A meeting as read: its version (for the ETag) and its body, JSON text to send as it is or, past the budget, objects. */
export interface MeetingRead {
  version: number;
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
    export: (query: ListMeetingsQuery) => exportMeetings(prisma, query),

    /** One meeting with the requested lists; throws 404 when there is none. */
    async get(id: string, include: readonly MeetingInclude[]): Promise<MeetingRead> {
      const [row] = await queryRows<{ version: number; json: string }>(prisma, meetingByIdSql(id, include));
      if (!row) throw notFound('meeting', id);
      const body = fitsBudget(row.json, budgetBytes) ? row.json : withEmbeddedLists(JSON.parse(row.json) as MeetingDto);
      return { version: row.version, body };
    },
  };
}

export type MeetingsService = ReturnType<typeof createMeetingsService>;
