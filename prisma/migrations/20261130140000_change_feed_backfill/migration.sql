-- The change feed's missing events (GET /v1/changes), written once. Made with
-- `npm run db:migrate:create -- change_feed_backfill --empty`: data only, nothing Prisma's schema language can say.
--
-- Until this migration some writes left no audit event, so a client mirroring the database from the feed never saw
-- them: the initiative catalogue the seed and `npm run import` insert, and the new version of a meeting whose
-- participants, statements or initiative links changed (the meeting's version was bumped without an event), and a
-- document's `meetingIds` when it was committed or its meetings deleted. The code now records each; this adds, as of
-- now and by actor `system`, what the feed lacks for records that exist: a `create` for an initiative, person or
-- meeting that has no event at all, an `update` for a meeting whose current version is not the one of its latest
-- event, and an `update` for a document whose meetings are not the ones of its latest event. Each `after` is the
-- record's API representation, as the code writes it. Running it again adds nothing.

-- Instants as JavaScript's toISOString writes them.
CREATE OR REPLACE FUNCTION pg_temp.iso(value TIMESTAMPTZ) RETURNS TEXT LANGUAGE sql IMMUTABLE
  AS $$ SELECT to_char(value AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') $$;

WITH latest AS (
  SELECT DISTINCT ON (record_type, record_id) record_type, record_id, after
  FROM "audit_events"
  ORDER BY record_type, record_id, seq DESC NULLS FIRST, occurred_at DESC, id DESC
), new_initiatives AS (
  SELECT i.id, jsonb_build_object(
    'id', i.id, 'slug', i.slug, 'name', i.name, 'aliases', to_jsonb(i.aliases), 'category', i.category,
    'description', i.description, 'version', i.version, 'createdAt', pg_temp.iso(i.created_at),
    'updatedAt', pg_temp.iso(i.updated_at)) AS after
  FROM "initiatives" AS i
  WHERE NOT EXISTS (SELECT 1 FROM latest WHERE record_type = 'initiative' AND record_id = i.id)
), new_people AS (
  SELECT p.id, jsonb_build_object(
    'id', p.id, 'name', p.name, 'aliases', to_jsonb(p.aliases), 'countryCode', p.country_code,
    'identifiers', coalesce((SELECT jsonb_agg(jsonb_build_object('scheme', pi.scheme, 'value', pi.value) ORDER BY pi.scheme, pi.value)
                             FROM "person_identifiers" AS pi WHERE pi.person_id = p.id), '[]'::jsonb),
    'version', p.version, 'createdAt', pg_temp.iso(p.created_at), 'updatedAt', pg_temp.iso(p.updated_at)) AS after
  FROM "people" AS p
  WHERE NOT EXISTS (SELECT 1 FROM latest WHERE record_type = 'person' AND record_id = p.id)
), stale_meetings AS (
  SELECT m.id, l.after AS before, jsonb_build_object(
    'id', m.id, 'title', m.title, 'kind', m.kind, 'date', to_char(m.date, 'YYYY-MM-DD'), 'datePrecision', m.date_precision,
    'startTime', m.start_time, 'timezone', m.timezone, 'city', m.city, 'countryCode', m.country_code,
    'parentId', m.parent_id, 'summary', m.summary, 'sourceDocumentId', m.source_document_id, 'version', m.version,
    'createdAt', pg_temp.iso(m.created_at), 'updatedAt', pg_temp.iso(m.updated_at)) AS after
  FROM "meetings" AS m
  LEFT JOIN latest AS l ON l.record_type = 'meeting' AND l.record_id = m.id
  WHERE l.record_id IS NULL OR (l.after ->> 'version') IS DISTINCT FROM m.version::text
), stale_documents AS (
  SELECT d.id, l.after AS before, jsonb_build_object(
    'id', d.id, 'sha256', d.sha256, 'url', d.url, 'title', d.title, 'publisher', d.publisher, 'language', d.language,
    'isTranslation', d.is_translation, 'publishedAt', to_char(d.published_at, 'YYYY-MM-DD'),
    'retrievedAt', pg_temp.iso(d.retrieved_at), 'createdAt', pg_temp.iso(d.created_at),
    'meetingIds', coalesce((SELECT jsonb_agg(m.id ORDER BY m.id) FROM "meetings" AS m WHERE m.source_document_id = d.id), '[]'::jsonb)
  ) AS after
  FROM "source_documents" AS d
  LEFT JOIN latest AS l ON l.record_type = 'document' AND l.record_id = d.id
), missing AS (
  SELECT 'create' AS action, 'initiative' AS record_type, id, NULL::uuid AS meeting_id, NULL::jsonb AS before, after FROM new_initiatives
  UNION ALL
  SELECT 'create', 'person', id, NULL, NULL, after FROM new_people
  UNION ALL
  SELECT CASE WHEN before IS NULL THEN 'create' ELSE 'update' END, 'meeting', id, id, before, after FROM stale_meetings
  UNION ALL
  SELECT CASE WHEN before IS NULL THEN 'create' ELSE 'update' END, 'document', id, NULL, before, after FROM stale_documents
  WHERE before IS NULL OR (before -> 'meetingIds') IS DISTINCT FROM (after -> 'meetingIds')
)
INSERT INTO "audit_events" ("id", "actor", "action", "record_type", "record_id", "meeting_id", "before", "after")
SELECT gen_random_uuid(), 'system', action::"AuditAction", record_type::"RecordType", id, meeting_id, before, after
FROM missing;
