import { selectColumns } from '../../db/columns.js';
import { Prisma } from '../../generated/prisma/client.js';
import { cursorId } from '../../http/pagination.js';
import { allOf, initiativeIs, meetingFilterConditions, organizationIs, spokenBy, uuids } from '../meetings/meetings.sql.js';
import type { ListTableQuery } from './tables.schemas.js';

// A part table across meetings in id order (the primary key's index), keyset-paged on id alone, keeping the parts of
// the meetings that pass the meeting filters. Ids are UUIDv7, so id order is about creation order. A filter about the
// table's own rows keeps only those rows too (ownRowConditions).

export type TableName = 'participants' | 'statements' | 'meeting_initiatives';

export const tableFields: Record<TableName, readonly string[]> = {
  participants: Object.values(Prisma.ParticipantScalarFieldEnum),
  statements: Object.values(Prisma.StatementScalarFieldEnum),
  meeting_initiatives: Object.values(Prisma.MeetingInitiativeScalarFieldEnum),
};

/**
 * The filters that name rows of the table itself, as conditions on its row `r`: a participant's `person` and
 * `organization`, a statement's `speaker`, an initiative link's `initiative` and `status`. (`country` names a meeting —
 * held there or with someone of it — and keeps every part of such meetings.)
 */
export function ownRowConditions(table: TableName, filters: Omit<ListTableQuery, 'limit' | 'cursor' | 'format' | 'fields'>): Prisma.Sql[] {
  const r = Prisma.sql`r`;
  if (table === 'participants')
    return [
      ...(filters.person ? [Prisma.sql`r.person_id = ANY(${uuids(filters.person)})`] : []),
      ...(filters.organization ? [organizationIs(r, filters.organization)] : []),
    ];
  if (table === 'statements') return filters.speaker ? [spokenBy(r, filters.speaker)] : [];
  return [
    ...(filters.initiative
      ? [
          Prisma.sql`EXISTS (SELECT 1 FROM initiatives ri WHERE ri.id = r.initiative_id AND ${initiativeIs(Prisma.sql`ri`, filters.initiative)})`,
        ]
      : []),
    ...(filters.status ? [Prisma.sql`r.status = ANY(CAST(ARRAY[${Prisma.join(filters.status)}] AS "InitiativeStatus"[]))`] : []),
  ];
}

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
  const conditions = [...meetingFilterConditions(filters), ...ownRowConditions(table, filters)];
  if (after !== undefined) conditions.push(Prisma.sql`r.id > CAST(${cursorId(after)} AS uuid)`);
  return Prisma.sql`
    SELECT ${selectColumns('r', tableFields[table])}
    FROM ${Prisma.raw(table)} AS r JOIN meetings AS m ON m.id = r.meeting_id
    WHERE ${allOf(conditions)}
    ORDER BY r.id
    LIMIT ${take}`;
}
