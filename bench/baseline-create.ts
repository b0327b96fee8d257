import type pg from 'pg';
import { recordFields, uuidv7, type NamedQuery } from './baseline-sql.js';

// The baseline's nested create: the rows the API writes (meeting, participants, statements, one audit event each) in
// ONE statement — data-modifying CTEs, so no BEGIN/COMMIT round trips; the foreign keys are checked at its end, and
// the participants' trigger finds the meeting's country_codes already announced, as the API announces them. Ids are
// UUIDv7 minted here, as the API mints them. Body checks are only what the SQL needs; the API validates everything.

interface ParticipantInput {
  key?: string;
  personId: string;
  title?: string | null;
  countryCode?: string | null;
  organization?: string | null;
  role: string;
  printedName?: string | null;
  printedTitle?: string | null;
}
interface StatementInput {
  speakerKey?: string | null;
  kind?: string;
  text: string;
  topics?: string[];
}
export interface CreateMeetingBody {
  title: string;
  kind: string;
  date: string;
  city?: string | null;
  countryCode?: string | null;
  timezone?: string | null;
  summary?: string | null;
  participants: ParticipantInput[];
  statements: StatementInput[];
}

export class UnknownReference extends Error {}

/**
 * 5 participants, 20 statements (`npm run bench:explain`, 100,000 meetings): Insert on meetings, participants and
 * statements, each from a Function Scan of jsonb_to_recordset, and Insert on audit_events from their RETURNING rows;
 * 424 buffers, 2–2.5 ms of which 0.6–0.8 ms in the triggers (foreign keys, country_codes) (generic plan).
 */
const createQuery: NamedQuery = {
  name: 'baseline-create',
  text: `WITH m AS (
      INSERT INTO meetings (id, title, kind, date, city, country_code, timezone, summary, country_codes)
      SELECT b.id, b.title, b.kind::"MeetingKind", b.date, b.city, b.country_code, b.timezone, b.summary, b.country_codes
      FROM jsonb_to_record($1::jsonb) AS b(id uuid, title text, kind text, date date, city text, country_code text, timezone text,
        summary text, country_codes text[])
      RETURNING *),
    p AS (
      INSERT INTO participants (id, meeting_id, person_id, title, country_code, organization, role, printed_name, printed_title, position)
      SELECT r.id, r.meeting_id, r.person_id, r.title, r.country_code, r.organization, r.role::"ParticipantRole", r.printed_name,
        r.printed_title, r.position
      FROM jsonb_to_recordset($2::jsonb) AS r(id uuid, meeting_id uuid, person_id uuid, title text, country_code text,
        organization text, role text, printed_name text, printed_title text, position int)
      RETURNING *),
    s AS (
      INSERT INTO statements (id, meeting_id, speaker_id, speaker_meeting_id, kind, text, position, topics)
      SELECT r.id, r.meeting_id, r.speaker_id, r.speaker_meeting_id, r.kind::"StatementKind", r.text, r.position, r.topics
      FROM jsonb_to_recordset($3::jsonb) AS r(id uuid, meeting_id uuid, speaker_id uuid, speaker_meeting_id uuid, kind text,
        text text, position int, topics text[])
      RETURNING *),
    mj AS (SELECT m.id, (SELECT row_to_json(r) FROM (SELECT ${recordFields.meeting}) r) AS json FROM m),
    pj AS (SELECT p.id, p.position, (SELECT row_to_json(r) FROM (SELECT ${recordFields.participant}) r) AS json FROM p),
    sj AS (SELECT s.id, s.position, (SELECT row_to_json(r) FROM (SELECT ${recordFields.statement}) r) AS json FROM s),
    audit AS (
      INSERT INTO audit_events (id, request_id, action, record_type, record_id, meeting_id, after)
      SELECT ($4::uuid[])[e.n], $5, 'create', e.type::"RecordType", e.id, (SELECT id FROM m), e.json::jsonb
      FROM (SELECT e.*, row_number() OVER () AS n FROM (
        SELECT 'meeting' AS type, mj.id, mj.json, 0 AS position FROM mj
        UNION ALL SELECT 'participant', pj.id, pj.json, pj.position FROM pj
        UNION ALL SELECT 'statement', sj.id, sj.json, sj.position FROM sj) e) e)
    SELECT (SELECT row_to_json(r) FROM (SELECT ${recordFields.meeting},
        (SELECT coalesce(json_agg(pj.json ORDER BY pj.position), '[]') FROM pj) AS participants,
        (SELECT coalesce(json_agg(sj.json ORDER BY sj.position), '[]') FROM sj) AS statements,
        '[]'::json AS initiatives) r)::text AS json
    FROM m`,
};
export const baselineCreateQuery = createQuery;

/** The statement's parameters for a request body: ids minted, speakers resolved by key. */
export function createParameters(body: CreateMeetingBody, requestId: string): unknown[] {
  const meetingId = uuidv7();
  const participants = body.participants.map((p, position) => ({
    id: uuidv7(),
    meeting_id: meetingId,
    person_id: p.personId,
    title: p.title ?? null,
    country_code: p.countryCode ?? null,
    organization: p.organization ?? null,
    role: p.role,
    printed_name: p.printedName ?? null,
    printed_title: p.printedTitle ?? null,
    position,
    key: p.key,
  }));
  const speakers = new Map(participants.map((p) => [p.key, p.id]));
  const statements = body.statements.map((s, position) => {
    const speaker = s.speakerKey ? speakers.get(s.speakerKey) : null;
    if (speaker === undefined) throw new UnknownReference(`no participant with key ${s.speakerKey ?? ''}`);
    return {
      id: uuidv7(),
      meeting_id: meetingId,
      speaker_id: speaker,
      speaker_meeting_id: speaker ? meetingId : null,
      kind: s.kind ?? 'reported',
      text: s.text,
      position,
      topics: s.topics ?? [],
    };
  });
  const countryCodes = [...new Set(participants.flatMap((p) => (p.country_code ? [p.country_code] : [])))].sort();
  const meeting = {
    id: meetingId,
    title: body.title,
    kind: body.kind,
    date: body.date,
    city: body.city ?? null,
    country_code: body.countryCode ?? null,
    timezone: body.timezone ?? null,
    summary: body.summary ?? null,
    country_codes: countryCodes,
  };
  const auditIds = Array.from({ length: 1 + participants.length + statements.length }, uuidv7);
  return [JSON.stringify(meeting), JSON.stringify(participants), JSON.stringify(statements), auditIds, requestId];
}

/** The created meeting as the response body (JSON text); UnknownReference for a person or speaker that does not exist. */
export async function createMeeting(pool: pg.Pool, body: CreateMeetingBody, requestId: string): Promise<{ id: string; json: string }> {
  const values = createParameters(body, requestId);
  try {
    const { rows } = await pool.query<{ json: string }>({ ...createQuery, values });
    return { id: (JSON.parse(values[0] as string) as { id: string }).id, json: rows[0]!.json };
  } catch (error) {
    // 23503: a participant's person does not exist (participants_person_id_fkey).
    if ((error as { code?: string }).code === '23503') throw new UnknownReference('no such person');
    throw error;
  }
}
