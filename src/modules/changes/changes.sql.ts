import { Prisma } from '../../generated/prisma/client.js';

// Reads of the change feed: audit events by `seq`, which grows in commit order with every smaller number visible
// first (the change_feed migration), so "seq > cursor" on the unique index never misses a committed change. API keys
// are left out: who holds which key, with what scopes, is for the admin scope (GET /v1/keys), not for every reader.

export interface ChangeRow {
  seq: bigint;
  id: string;
  occurredAt: Date;
  actor: string | null;
  requestId: string | null;
  action: 'create' | 'update' | 'delete';
  recordType: string;
  recordId: string;
  meetingId: string | null;
  before: unknown;
  after: unknown;
}

/** Up to `take` changes after `after` (a seq), in feed order. */
export const changesAfterSql = (after: bigint, take: number) => Prisma.sql`
  SELECT e.seq, e.id, e.occurred_at AS "occurredAt", e.actor, e.request_id AS "requestId", e.action::text AS action,
    e.record_type::text AS "recordType", e.record_id AS "recordId", e.meeting_id AS "meetingId", e.before, e.after
  FROM audit_events AS e
  WHERE e.seq > ${after} AND e.record_type <> 'api_key'
  ORDER BY e.seq
  LIMIT ${take}`;

/** The position of the latest change (0 when there is none). */
export const latestSeqSql = Prisma.sql`SELECT coalesce(max(seq), 0) AS seq FROM audit_events`;
