-- A meeting's history in the order its changes were committed (the change feed's seq), not by occurred_at — the
-- writing transaction's start, which a write waiting for the meeting's row lock had earlier than the one holding it.
DROP INDEX IF EXISTS "audit_events_meeting_id_occurred_at_id_idx";

CREATE INDEX "audit_events_meeting_id_seq_idx" ON "audit_events"("meeting_id", "seq");
