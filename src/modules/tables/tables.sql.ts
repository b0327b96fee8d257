import { selectColumns } from '../../db/columns.js';
import { Prisma } from '../../generated/prisma/client.js';
import { cursorId } from '../../http/pagination.js';
import { allOf, meetingFilterConditions, spokenBy } from '../meetings/meetings.sql.js';
import type { ListTableQuery } from './tables.schemas.js';

// A part table across meetings in id order (the primary key's index), keyset-paged on id alone, keeping the parts of
// the meetings that pass the meeting filters. Ids are UUIDv7, so id order is about creation order. The filter about the
// table's own rows keeps only those rows too: `speaker` the statements of those speakers, `status` the links in them.

export type TableName = 'participants' | 'statements' | 'meeting_initiatives';

export const tableFields: Record<TableName, readonly string[]> = {
  participants: Object.values(Prisma.ParticipantScalarFieldEnum),
  statements: Object.values(Prisma.StatementScalarFieldEnum),
  meeting_initiatives: Object.values(Prisma.MeetingInitiativeScalarFieldEnum),
};

/**
 * Up to `take` rows of the table (as rows of its model) whose meeting passes the filters, after the id `after` if any.
 * Throws 400 `invalid_cursor` when `after` is no UUID.
 */
export function tablePageSql(
  table: TableName,
  filters: Omit<ListTableQuery, 'limit' | 'cursor' | 'format' | 'fields'>,
  after: unknown,
  take: number,
) {
  const conditions = meetingFilterConditions(filters);
  if (table === 'statements' && filters.speaker) conditions.push(spokenBy(Prisma.sql`r`, filters.speaker));
  if (table === 'meeting_initiatives' && filters.status) {
    conditions.push(Prisma.sql`r.status = ANY(CAST(ARRAY[${Prisma.join(filters.status)}] AS "InitiativeStatus"[]))`);
  }
  if (after !== undefined) conditions.push(Prisma.sql`r.id > CAST(${cursorId(after)} AS uuid)`);
  return Prisma.sql`
    SELECT ${selectColumns('r', tableFields[table])}
    FROM ${Prisma.raw(table)} AS r JOIN meetings AS m ON m.id = r.meeting_id
    WHERE ${allOf(conditions)}
    ORDER BY r.id
    LIMIT ${take}`;
}
