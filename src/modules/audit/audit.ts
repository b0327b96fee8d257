import { newId as uuidv7 } from '../../db/ids.js';
import type { RecordType } from '../../generated/prisma/client.js';
import type { SqlTx } from '../../db/sql-transaction.js';

// Audit events are written inside the transaction of the change they describe: both land, or neither does.
// One INSERT for all of a change's events, with the records serialised once (Dates become ISO strings), in id order:
// the change feed numbers a transaction's events in the order they were inserted (the audit_events_number trigger).

export interface Actor {
  actor: string | null;
  requestId: string | null;
  /** The Idempotency-Key the request claimed: its outcome is recorded in the same transaction as the change. */
  idempotency?: { scope: string; key: string } | undefined;
}

export const systemActor: Actor = { actor: 'system', requestId: null };

export interface AuditEntry {
  action: 'create' | 'update' | 'delete';
  recordType: RecordType;
  recordId: string;
  meetingId?: string | null;
  before?: unknown;
  after?: unknown;
}

export async function audit(tx: SqlTx, who: Actor, entries: AuditEntry | AuditEntry[]): Promise<void> {
  const list = Array.isArray(entries) ? entries : [entries];
  if (!list.length) return;
  const rows = JSON.stringify(
    list.map((entry) => ({
      id: uuidv7(),
      actor: who.actor,
      request_id: who.requestId,
      action: entry.action,
      record_type: entry.recordType,
      record_id: entry.recordId,
      meeting_id: entry.meetingId ?? null,
      before: entry.before ?? null,
      after: entry.after ?? null,
    })),
  );
  await tx.$executeRaw`
    INSERT INTO audit_events (id, actor, request_id, action, record_type, record_id, meeting_id, before, after)
    SELECT r.id, r.actor, r.request_id, r.action::"AuditAction", r.record_type::"RecordType", r.record_id, r.meeting_id,
           r.before, r.after
    FROM jsonb_to_recordset(${rows}::jsonb)
      AS r(id uuid, actor text, request_id text, action text, record_type text, record_id uuid, meeting_id uuid, before jsonb, after jsonb)
    ORDER BY r.id`;
  await recordOutcome(tx, who, list);
}

/** What an audit event names of its record: enough for a keyed request's outcome. */
export type AuditedRecord = Pick<AuditEntry, 'action' | 'recordType' | 'recordId' | 'meetingId'>;

/**
 * Adds the records a keyed request (who.idempotency) created or changed to its Idempotency-Key's outcome, in the
 * caller's transaction; nothing for a request without a key. `audit` calls it; a write that inserts its audit events
 * itself (the nested create's one statement, meetings.insert.sql.ts) calls it with the same records.
 */
export async function recordOutcome(tx: SqlTx, who: Actor, records: readonly AuditedRecord[]): Promise<void> {
  if (!who.idempotency || !records.length) return;
  // The keyed request's outcome commits with the change itself: a retry after a crash finds it (http/idempotency.ts).
  const outcome = JSON.stringify(
    records.map((entry) => ({
      action: entry.action,
      recordType: entry.recordType,
      recordId: entry.recordId,
      meetingId: entry.meetingId ?? null,
    })),
  );
  await tx.$executeRaw`
    UPDATE idempotency_keys SET outcome = coalesce(outcome, '[]'::jsonb) || ${outcome}::jsonb
    WHERE scope = ${who.idempotency.scope} AND key = ${who.idempotency.key}`;
}
