-- The change feed (GET /v1/changes): every audit event gets `seq`, its position in the feed, as its transaction
-- commits. Made with `npm run db:migrate:create -- change_feed`, then edited: the sequence, trigger and backfill below
-- are what Prisma's schema language cannot say.
--
-- Why at commit, under a lock: ids and insert times follow the order transactions *write*, not the order they
-- *commit*, so a reader that pages on them can pass a row that a slower transaction commits later, behind its cursor,
-- and never see it. Here a deferred constraint trigger runs as the transaction commits, takes a transaction-level
-- advisory lock — one writer at a time from there to the end of its commit — and numbers the transaction's events
-- from a sequence. PostgreSQL makes a transaction visible before it releases its locks, so a transaction's events are
-- visible before the next committing transaction can draw a number: `seq` grows in commit order with every smaller
-- number already visible, and "every event with seq > cursor" never misses one. Numbers of a transaction that fails
-- after drawing them are never used (gaps, no reordering). The cost: commits of writing transactions queue for that
-- lock for the length of a commit. The trigger also NOTIFYs `audit_events` (payload: the last seq), which PostgreSQL
-- delivers at commit, to every listening instance (GET /v1/changes/stream).

-- AlterTable
ALTER TABLE "audit_events" ADD COLUMN     "seq" BIGINT;

-- CreateIndex
CREATE UNIQUE INDEX "audit_events_seq_key" ON "audit_events"("seq");

CREATE SEQUENCE "audit_events_seq_seq" AS bigint;

-- The events written before the feed existed, in the order they were written.
UPDATE "audit_events" AS e SET "seq" = n.seq
FROM (SELECT "id", nextval('"audit_events_seq_seq"') AS seq FROM "audit_events" ORDER BY "occurred_at", "id") AS n
WHERE e."id" = n."id";

CREATE FUNCTION "public"."audit_events_number"() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  last bigint;
BEGIN
  -- Once per transaction: the first of its events' triggers numbers them all.
  IF EXISTS (SELECT 1 FROM "audit_events" WHERE "id" = NEW."id" AND "seq" IS NOT NULL) THEN
    RETURN NULL;
  END IF;
  -- 418581342580 is "audit" in ASCII: a key no other advisory lock of this database uses.
  PERFORM pg_advisory_xact_lock(418581342580);
  -- Unnumbered events are this transaction's own: every committed one is numbered, and others' are invisible.
  WITH numbered AS (
    SELECT own."id", nextval('"audit_events_seq_seq"') AS seq
    FROM (SELECT "id" FROM "audit_events" WHERE "seq" IS NULL ORDER BY "id") AS own
  ), updated AS (
    UPDATE "audit_events" AS e SET "seq" = numbered.seq FROM numbered WHERE e."id" = numbered."id" RETURNING e."seq"
  )
  SELECT max(updated."seq") INTO last FROM updated;
  PERFORM pg_notify('audit_events', last::text);
  RETURN NULL;
END;
$$;

CREATE CONSTRAINT TRIGGER "audit_events_number"
  AFTER INSERT ON "audit_events"
  DEFERRABLE INITIALLY DEFERRED
  FOR EACH ROW EXECUTE FUNCTION "public"."audit_events_number"();
