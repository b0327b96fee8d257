import { z } from 'zod';
import { selectColumns } from '../../db/columns.js';
import { Prisma } from '../../generated/prisma/client.js';
import { conflict, inBody } from '../../http/errors.js';
import { keysetAfter, keysetOrder, type KeysetColumn } from '../../http/keyset.js';
import type { CursorKey } from '../../http/pagination.js';
import { cursorSchema, limitSchema, uuidSchema } from '../../http/schemas.js';

// Lists of a meeting's parts page in meeting order — participants and statements on (position, id), initiative links
// on (createdAt, id) — each on an index that starts with meeting_id and continues with that order.

const maxPosition = 2_147_483_647;

/** The position after the last one, unless the last one is already the largest a position can be. */
export function nextPosition(last: number | null): number {
  if (last !== null && last >= maxPosition)
    throw conflict('The last position is taken by the largest possible value; give a position explicitly.', inBody('/position'));
  return (last ?? -1) + 1;
}

export const partsQuerySchema = z.strictObject({ limit: limitSchema, cursor: cursorSchema });
export type PartsQuery = z.infer<typeof partsQuerySchema>;

/** Where a part lives and the order its list pages in. */
export interface PartTable {
  table: 'participants' | 'statements' | 'meeting_initiatives';
  fields: readonly string[];
  order: KeysetColumn;
}

/** The parts of a meeting: participants and statements page on position, initiative links on createdAt. */
export const partTables = {
  participants: {
    table: 'participants',
    fields: Object.values(Prisma.ParticipantScalarFieldEnum),
    order: { sql: Prisma.sql`r.position`, type: 'int' },
  },
  statements: {
    table: 'statements',
    fields: Object.values(Prisma.StatementScalarFieldEnum),
    order: { sql: Prisma.sql`r.position`, type: 'int' },
  },
  initiatives: {
    table: 'meeting_initiatives',
    fields: Object.values(Prisma.MeetingInitiativeScalarFieldEnum),
    order: { sql: Prisma.sql`r.created_at`, type: 'timestamptz' },
  },
} satisfies Record<string, PartTable>;

/**
 * One page (plus one row) of a meeting's parts as rows of the part's model, in list order, after the cursor key
 * `after` ([position, id] or [createdAt, id]) if any. Throws 400 `invalid_cursor` on a forged key.
 */
export function partsPageSql(part: PartTable, meetingId: string, after: CursorKey | undefined, limit: number): Prisma.Sql {
  const id = Prisma.sql`r.id`;
  const beyond = after ? Prisma.sql`AND ${keysetAfter(part.order, id, false, after)}` : Prisma.empty;
  return Prisma.sql`
    SELECT ${selectColumns('r', part.fields)}
    FROM ${Prisma.raw(part.table)} AS r
    WHERE r.meeting_id = CAST(${meetingId} AS uuid) ${beyond}
    ORDER BY ${keysetOrder(part.order, id, false)}
    LIMIT ${limit + 1}`;
}

const meetingId = uuidSchema.describe('Id of the meeting (UUID).');
export const meetingPartParams = {
  participant: z.strictObject({ meetingId, participantId: uuidSchema.describe('Id of the participant (UUID).') }),
  statement: z.strictObject({ meetingId, statementId: uuidSchema.describe('Id of the statement (UUID).') }),
  initiative: z.strictObject({
    meetingId,
    linkId: uuidSchema.describe("Id of the meeting's initiative link (UUID), not of the catalogue entry."),
  }),
};
