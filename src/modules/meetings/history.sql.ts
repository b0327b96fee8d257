import { selectColumns } from '../../db/columns.js';
import { Prisma } from '../../generated/prisma/client.js';
import { cursorValue } from '../../http/keyset.js';
import { cursorId, type CursorKey } from '../../http/pagination.js';

// A meeting's audit trail, oldest first, in the order its changes were committed: by the change feed's position
// (`seq`, numbered at each commit in commit order, unique), on audit_events_meeting_id_seq_idx. Not by `occurred_at`, the
// writing transaction's start: a write that began first but waited for the meeting's row lock commits after the one
// holding it, and was listed before it (new-user trial 137: versions 3→4, 4→5, 5→6, 8→9, 6→7, 7→8).

// The change feed's position is the feed's business (modules/changes): the trail orders and pages by it, and does not
// show it.
const fields = Object.values(Prisma.AuditEventScalarFieldEnum).filter((field) => field !== 'seq');

/** An audit event of the trail, with its position in the change feed (for the cursor). */
export type HistoryRow = Omit<Prisma.AuditEventGetPayload<object>, 'seq'> & { position: bigint };

/**
 * One page (plus one row) of the audit events of a meeting as HistoryRow, in commit order, after the cursor key
 * `after` ([seq, the event's id]) if any. Throws 400 `invalid_cursor` on a forged key.
 */
export function historyPageSql(meetingId: string, after: CursorKey | undefined, limit: number): Prisma.Sql {
  // The position alone orders (it is unique); the cursor's id is checked as every cursor's is.
  if (after) cursorId(after[1]);
  const beyond = after ? Prisma.sql`AND a.seq > ${cursorValue('bigint', after[0])}` : Prisma.empty;
  return Prisma.sql`
    SELECT ${selectColumns('a', fields)}, a.seq AS position
    FROM audit_events AS a
    WHERE a.meeting_id = CAST(${meetingId} AS uuid) ${beyond}
    ORDER BY a.seq
    LIMIT ${limit + 1}`;
}
