import { randomBytes } from 'node:crypto';
import type pg from 'pg';

// Hand-written SQL and row mapping for the baseline server: what the API's three meeting endpoints do, with nothing
// in between the HTTP request and the pg driver.

// Qualify the sort columns in queries: a bare `date` in ORDER BY would name this text column, not the indexed one.
const meetingColumns = `id, title, kind, date::text AS date, date_precision, start_time, timezone, city, country_code, parent_id,
  summary, source_document_id, version, created_at, updated_at`;
const participantColumns = `id, meeting_id, person_id, title, country_code, organization, role, printed_name, printed_title, position,
  version, created_at, updated_at`;
const statementColumns = 'id, meeting_id, speaker_id, kind, text, position, topics, version, created_at, updated_at';

type Row = Record<string, unknown>;
const iso = (value: unknown) => (value as Date).toISOString();

export function toMeeting(row: Row) {
  return {
    id: row.id,
    title: row.title,
    kind: row.kind,
    date: row.date,
    datePrecision: row.date_precision,
    startTime: row.start_time,
    timezone: row.timezone,
    city: row.city,
    countryCode: row.country_code,
    parentId: row.parent_id,
    summary: row.summary,
    sourceDocumentId: row.source_document_id,
    version: row.version,
    createdAt: iso(row.created_at),
    updatedAt: iso(row.updated_at),
  };
}

export function toParticipant(row: Row) {
  return {
    id: row.id,
    meetingId: row.meeting_id,
    personId: row.person_id,
    title: row.title,
    countryCode: row.country_code,
    organization: row.organization,
    role: row.role,
    printedName: row.printed_name,
    printedTitle: row.printed_title,
    position: row.position,
    version: row.version,
    createdAt: iso(row.created_at),
    updatedAt: iso(row.updated_at),
  };
}

export function toStatement(row: Row) {
  return {
    id: row.id,
    meetingId: row.meeting_id,
    speakerId: row.speaker_id,
    kind: row.kind,
    text: row.text,
    position: row.position,
    topics: row.topics ?? [],
    version: row.version,
    createdAt: iso(row.created_at),
    updatedAt: iso(row.updated_at),
  };
}

export async function listMeetings(pool: pg.Pool, limit: number, countries: string[] | undefined) {
  const where = countries
    ? `WHERE m.country_code = ANY($2) OR EXISTS (SELECT 1 FROM participants p WHERE p.meeting_id = m.id AND p.country_code = ANY($2))`
    : '';
  const { rows } = await pool.query<Row>(
    `SELECT ${meetingColumns} FROM meetings m ${where} ORDER BY m.date DESC, m.id DESC LIMIT $1`,
    countries ? [limit + 1, countries] : [limit + 1],
  );
  const page = rows.slice(0, limit);
  const last = page.at(-1);
  const nextCursor = rows.length > limit && last ? Buffer.from(JSON.stringify({ k: [last.date, last.id] })).toString('base64url') : null;
  return { data: page.map(toMeeting), nextCursor };
}

/** Three indexed queries sent at once (one round trip of latency); null when there is no such meeting. */
export async function getMeeting(pool: pg.Pool, id: string, include: string[]) {
  const [meeting, participants, statements] = await Promise.all([
    pool.query<Row>(`SELECT ${meetingColumns} FROM meetings WHERE id = $1`, [id]),
    include.includes('participants')
      ? pool.query<Row>(`SELECT ${participantColumns} FROM participants WHERE meeting_id = $1 ORDER BY position, id`, [id])
      : undefined,
    include.includes('statements')
      ? pool.query<Row>(`SELECT ${statementColumns} FROM statements WHERE meeting_id = $1 ORDER BY position`, [id])
      : undefined,
  ]);
  const row = meeting.rows[0];
  if (!row) return null;
  return {
    ...toMeeting(row),
    ...(participants ? { participants: participants.rows.map(toParticipant) } : {}),
    ...(statements ? { statements: statements.rows.map(toStatement) } : {}),
  };
}

/** A time-ordered UUID (v7), as the API's Prisma schema generates. */
export function uuidv7(): string {
  const bytes = randomBytes(16);
  bytes.writeUIntBE(Date.now(), 0, 6);
  bytes[6] = 0x70 | (bytes[6]! & 0x0f);
  bytes[8] = 0x80 | (bytes[8]! & 0x3f);
  const hex = bytes.toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/** `($1, $2), ($3, $4)` and the flat parameter list for a multi-row INSERT. */
export function values(rows: unknown[][]): { sql: string; params: unknown[] } {
  const params: unknown[] = [];
  const sql = rows.map((row) => `(${row.map((value) => (params.push(value), `$${params.length}`)).join(', ')})`).join(', ');
  return { sql, params };
}

export const returning = { meeting: meetingColumns, participant: participantColumns, statement: statementColumns };
