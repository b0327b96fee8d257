import { selectColumns } from '../../db/columns.js';
import { Prisma } from '../../generated/prisma/client.js';
import { keysetAfter, keysetOrder, type KeysetColumn } from '../../http/keyset.js';
import type { CursorKey } from '../../http/pagination.js';

// A meeting's audit trail, oldest first, on audit_events_meeting_id_occurred_at_id_idx.

const occurredAt: KeysetColumn = { sql: Prisma.sql`a.occurred_at`, type: 'timestamptz' };
const id = Prisma.sql`a.id`;
// The change feed's position (seq) is the feed's business (modules/changes), not the trail's.
const fields = Object.values(Prisma.AuditEventScalarFieldEnum).filter((field) => field !== 'seq');

/**
 * One page (plus one row) of the audit events of a meeting as AuditEvent rows, oldest first, after the cursor key
 * `after` ([occurredAt, id]) if any. Throws 400 `invalid_cursor` on a forged key.
 */
export function historyPageSql(meetingId: string, after: CursorKey | undefined, limit: number): Prisma.Sql {
  const beyond = after ? Prisma.sql`AND ${keysetAfter(occurredAt, id, false, after)}` : Prisma.empty;
  return Prisma.sql`
    SELECT ${selectColumns('a', fields)}
    FROM audit_events AS a
    WHERE a.meeting_id = CAST(${meetingId} AS uuid) ${beyond}
    ORDER BY ${keysetOrder(occurredAt, id, false)}
    LIMIT ${limit + 1}`;
}
