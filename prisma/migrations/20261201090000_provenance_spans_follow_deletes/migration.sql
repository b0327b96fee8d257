-- A provenance span says where a document printed a record; when the record is deleted, so is the span — on every
-- path that deletes a participant, a statement or an initiative link (the API's, a bulk job's, raw SQL), in the
-- deleting transaction. Spans of a deleted meeting already go with it (ON DELETE CASCADE on meeting_id).
CREATE FUNCTION "provenance_spans_forget_record"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  DELETE FROM "provenance_spans" WHERE "record_type" = TG_ARGV[0]::"RecordType" AND "record_id" = OLD."id";
  RETURN OLD;
END;
$$;

CREATE TRIGGER "participants_forget_spans" AFTER DELETE ON "participants"
  FOR EACH ROW EXECUTE FUNCTION "provenance_spans_forget_record"('participant');
CREATE TRIGGER "statements_forget_spans" AFTER DELETE ON "statements"
  FOR EACH ROW EXECUTE FUNCTION "provenance_spans_forget_record"('statement');
CREATE TRIGGER "meeting_initiatives_forget_spans" AFTER DELETE ON "meeting_initiatives"
  FOR EACH ROW EXECUTE FUNCTION "provenance_spans_forget_record"('meeting_initiative');

-- Spans left behind by deletes made before this migration.
DELETE FROM "provenance_spans" AS s
WHERE (s."record_type" = 'participant' AND NOT EXISTS (SELECT 1 FROM "participants" p WHERE p."id" = s."record_id"))
   OR (s."record_type" = 'statement' AND NOT EXISTS (SELECT 1 FROM "statements" t WHERE t."id" = s."record_id"))
   OR (s."record_type" = 'meeting_initiative' AND NOT EXISTS (SELECT 1 FROM "meeting_initiatives" l WHERE l."id" = s."record_id"));
