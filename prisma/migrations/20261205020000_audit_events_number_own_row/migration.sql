-- The change feed's numbering, without reading any row but the one numbered. Before, the first deferred trigger of a
-- transaction found its events as "seq IS NULL": a scan that also passed over every dead, unnumbered version the
-- numbering UPDATE of every earlier transaction had left until VACUUM removed it — on 215,000 events without a vacuum,
-- 23,000 pages read and 270 ms at every commit, under the lock that serialises commits (issue 12). Now each deferred
-- trigger numbers its own row by primary key. The triggers fire at commit in the order the rows were inserted, so a
-- transaction's events are numbered in that order (the API inserts them in id order), after every transaction that
-- committed before it took the lock: numbers still follow commit order.
CREATE FUNCTION "public"."audit_events_number_row"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  -- 418581342580 is "audit" in ASCII: a key no other advisory lock of this database uses. Held until the commit; the
  -- transaction's first trigger takes it, the others hold it already.
  PERFORM pg_advisory_xact_lock(418581342580);
  UPDATE "audit_events" SET "seq" = nextval('"audit_events_seq_seq"') WHERE "id" = NEW."id" AND "seq" IS NULL;
  -- A notification only wakes the streams (change-notifier.ts), which read the feed: one per transaction (PostgreSQL
  -- sends a transaction's identical notifications once).
  PERFORM pg_notify('audit_events', '');
  RETURN NULL;
END;
$$;

DROP TRIGGER "audit_events_number" ON "audit_events";
DROP FUNCTION "public"."audit_events_number"();

CREATE CONSTRAINT TRIGGER "audit_events_number"
  AFTER INSERT ON "audit_events"
  DEFERRABLE INITIALLY DEFERRED
  FOR EACH ROW EXECUTE FUNCTION "public"."audit_events_number_row"();
