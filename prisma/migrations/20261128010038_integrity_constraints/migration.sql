-- Integrity rules Prisma's schema language cannot express (made with `npm run db:migrate:create -- <name> --empty`).

-- A statement's speaker must be a participant of the same meeting: the composite foreign key
-- (speaker_id, speaker_meeting_id) -> participants(id, meeting_id) does that once speaker_meeting_id = meeting_id.
ALTER TABLE "statements"
  ADD CONSTRAINT "statements_speaker_same_meeting_check"
    CHECK ((speaker_id IS NULL AND speaker_meeting_id IS NULL)
        OR (speaker_id IS NOT NULL AND speaker_meeting_id = meeting_id)),
  ADD CONSTRAINT "statements_reported_has_speaker_check" CHECK (kind <> 'reported' OR speaker_id IS NOT NULL),
  ADD CONSTRAINT "statements_position_check" CHECK (position >= 0);

ALTER TABLE "meetings"
  ADD CONSTRAINT "meetings_country_code_check" CHECK (country_code ~ '^[A-Z]{2}$'),
  ADD CONSTRAINT "meetings_start_time_check" CHECK (start_time ~ '^([01][0-9]|2[0-3]):[0-5][0-9]$'),
  ADD CONSTRAINT "meetings_version_check" CHECK (version >= 1);

ALTER TABLE "people" ADD CONSTRAINT "people_country_code_check" CHECK (country_code ~ '^[A-Z]{2}$');
ALTER TABLE "participants" ADD CONSTRAINT "participants_country_code_check" CHECK (country_code ~ '^[A-Z]{2}$');

ALTER TABLE "source_documents" ADD CONSTRAINT "source_documents_sha256_check" CHECK (sha256 ~ '^[0-9a-f]{64}$');

ALTER TABLE "provenance_spans" ADD CONSTRAINT "provenance_spans_range_check" CHECK (start >= 0 AND "end" > start);
