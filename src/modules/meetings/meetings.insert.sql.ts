import { selectColumns } from '../../db/columns.js';
import { Prisma } from '../../generated/prisma/client.js';
import { recordJsonSql } from './meeting-json.sql.js';

// The nested create's INSERTs as raw multi-row statements: each table's rows travel as one JSON parameter
// (jsonb_to_recordset), so the SQL text is the same for any number of rows — PostgreSQL prepares it once per
// connection and Prisma has no query to compile per request (its query compiler compiled a createMany afresh for
// every count of rows, 28 % of a create's CPU). The meeting and its lists go in one statement of data-modifying CTEs
// (the foreign keys between them are checked at its end, the participants' country_codes trigger after it), which
// returns each table's rows under their Prisma field names (db/columns.ts) and writes their audit events, each record's
// `after` the JSON its DTO function writes, built by PostgreSQL from the RETURNING row (meeting-json.sql.ts). Ids are
// minted by the caller, as Prisma mints them for @default(uuid(7)).

/** A meeting's columns as the INSERT takes them (snake_case keys, as jsonb_to_record reads them). */
export interface MeetingRow {
  id: string;
  title: string;
  kind: string;
  date: string;
  date_precision: string;
  start_time: string | null;
  timezone: string | null;
  city: string | null;
  country_code: string | null;
  parent_id: string | null;
  summary: string | null;
  source_document_id: string | null;
  country_codes: string[];
}

export interface ParticipantRow {
  id: string;
  meeting_id: string;
  person_id: string;
  title: string | null;
  country_code: string | null;
  organization: string | null;
  role: string;
  printed_name: string | null;
  printed_title: string | null;
  position: number;
}

export interface StatementRow {
  id: string;
  meeting_id: string;
  speaker_id: string | null;
  speaker_meeting_id: string | null;
  kind: string;
  text: string;
  topics: string[];
  position: number;
}

export interface MeetingInitiativeRow {
  id: string;
  meeting_id: string;
  initiative_id: string;
  status: string;
  description: string | null;
  committed_parties: string[];
  statement_id: string | null;
}

const json = (value: unknown) => Prisma.sql`CAST(${JSON.stringify(value)} AS jsonb)`;
const returning = (alias: string, fields: Record<string, string>) => selectColumns(alias, Object.values(fields));

/** INSERT of one meeting, returning it as a Meeting row. */
const insertMeetingSql = (row: MeetingRow) => Prisma.sql`
  INSERT INTO meetings AS m (id, title, kind, date, date_precision, start_time, timezone, city, country_code, parent_id, summary,
    source_document_id, country_codes)
  SELECT r.id, r.title, CAST(r.kind AS "MeetingKind"), r.date, CAST(r.date_precision AS "DatePrecision"), r.start_time, r.timezone,
    r.city, r.country_code, r.parent_id, r.summary, r.source_document_id, r.country_codes
  FROM jsonb_to_record(${json(row)}) AS r(id uuid, title text, kind text, date date, date_precision text, start_time text,
    timezone text, city text, country_code text, parent_id uuid, summary text, source_document_id uuid, country_codes text[])
  RETURNING ${returning('m', Prisma.MeetingScalarFieldEnum)}`;

/** INSERT of a meeting's participants, returning them as Participant rows (in no particular order). */
const insertParticipantsSql = (rows: readonly ParticipantRow[]) => Prisma.sql`
  INSERT INTO participants AS p (id, meeting_id, person_id, title, country_code, organization, role, printed_name, printed_title,
    position)
  SELECT r.id, r.meeting_id, r.person_id, r.title, r.country_code, r.organization, CAST(r.role AS "ParticipantRole"), r.printed_name,
    r.printed_title, r.position
  FROM jsonb_to_recordset(${json(rows)}) AS r(id uuid, meeting_id uuid, person_id uuid, title text, country_code text,
    organization text, role text, printed_name text, printed_title text, position int)
  RETURNING ${returning('p', Prisma.ParticipantScalarFieldEnum)}`;

/** INSERT of a meeting's statements, returning them as Statement rows (in no particular order). */
const insertStatementsSql = (rows: readonly StatementRow[]) => Prisma.sql`
  INSERT INTO statements AS s (id, meeting_id, speaker_id, speaker_meeting_id, kind, text, topics, position)
  SELECT r.id, r.meeting_id, r.speaker_id, r.speaker_meeting_id, CAST(r.kind AS "StatementKind"), r.text, r.topics, r.position
  FROM jsonb_to_recordset(${json(rows)}) AS r(id uuid, meeting_id uuid, speaker_id uuid, speaker_meeting_id uuid, kind text,
    text text, topics text[], position int)
  RETURNING ${returning('s', Prisma.StatementScalarFieldEnum)}`;

/** INSERT of a meeting's initiative links, returning them as MeetingInitiative rows (in no particular order). */
const insertMeetingInitiativesSql = (rows: readonly MeetingInitiativeRow[]) => Prisma.sql`
  INSERT INTO meeting_initiatives AS l (id, meeting_id, initiative_id, status, description, committed_parties, statement_id)
  SELECT r.id, r.meeting_id, r.initiative_id, CAST(r.status AS "InitiativeStatus"), r.description, r.committed_parties,
    r.statement_id
  FROM jsonb_to_recordset(${json(rows)}) AS r(id uuid, meeting_id uuid, initiative_id uuid, status text, description text,
    committed_parties text[], statement_id uuid)
  RETURNING ${returning('l', Prisma.MeetingInitiativeScalarFieldEnum)}`;

/** The rows of a nested create, as JSON: each table's RETURNING rows, an array ordered as the request gave them. */
export interface InsertedJson {
  meeting: Record<string, unknown>;
  participants: Array<Record<string, unknown>>;
  statements: Array<Record<string, unknown>>;
  initiatives: Array<Record<string, unknown>>;
}

/**
 * Who the audit events of a nested create name, and each record's event id by record id (UUIDv7 minted by the caller
 * in the order the events are to be read: the meeting, its participants, statements and links).
 */
export interface CreatedAudit {
  actor: string | null;
  requestId: string | null;
  eventIds: Record<string, string>;
}

/** The `create` audit events of the rows CTEs m, p, s and l returned, their `after` as each record's DTO. */
const insertCreatedAuditSql = (audit: CreatedAudit) => Prisma.sql`
  INSERT INTO audit_events (id, actor, request_id, action, record_type, record_id, meeting_id, after)
  SELECT CAST(${json(audit.eventIds)} ->> CAST(e.record_id AS text) AS uuid), CAST(${audit.actor} AS text),
    CAST(${audit.requestId} AS text), CAST('create' AS "AuditAction"), CAST(e.record_type AS "RecordType"), e.record_id,
    (SELECT m.id FROM m), CAST(e.after AS jsonb)
  FROM (SELECT 'meeting' AS record_type, m.id AS record_id, ${recordJsonSql('meeting', 'm')} AS after FROM m
    UNION ALL SELECT 'participant', p.id, ${recordJsonSql('participant', 'p')} FROM p
    UNION ALL SELECT 'statement', s.id, ${recordJsonSql('statement', 's')} FROM s
    UNION ALL SELECT 'meeting_initiative', l.id, ${recordJsonSql('meeting_initiative', 'l')} FROM l) AS e
  ORDER BY 1`;

/**
 * One statement that inserts a meeting with its participants, statements and initiative links and their `create`
 * audit events, and returns the records' rows (InsertedJson: field names, values as row_to_json writes them —
 * timestamps and dates as text).
 */
export const insertMeetingAggregateSql = (
  meeting: MeetingRow,
  participants: readonly ParticipantRow[],
  statements: readonly StatementRow[],
  links: readonly MeetingInitiativeRow[],
  audit: CreatedAudit,
) => Prisma.sql`
  WITH m AS (${insertMeetingSql(meeting)}),
    p AS (${insertParticipantsSql(participants)}),
    s AS (${insertStatementsSql(statements)}),
    l AS (${insertMeetingInitiativesSql(links)}),
    a AS (${insertCreatedAuditSql(audit)})
  SELECT (SELECT row_to_json(m) FROM m) AS meeting,
    (SELECT coalesce(json_agg(p ORDER BY p.position), '[]') FROM p) AS participants,
    (SELECT coalesce(json_agg(s ORDER BY s.position), '[]') FROM s) AS statements,
    (SELECT coalesce(json_agg(l ORDER BY array_position(CAST(${links.map((link) => link.id)} AS uuid[]), l.id)), '[]') FROM l) AS initiatives`;

/** A new person's columns as the INSERT takes them. */
export interface PersonRow {
  id: string;
  name: string;
  aliases: string[];
  countryCode: string | null;
}

/** INSERT of new people, returning them as Person rows (in no particular order). */
export const insertPeopleSql = (rows: readonly PersonRow[]) => Prisma.sql`
  INSERT INTO people AS p (id, name, aliases, country_code)
  SELECT r.id, r.name, coalesce(r.aliases, '{}'), r."countryCode"
  FROM jsonb_to_recordset(${json(rows)}) AS r(id uuid, name text, aliases text[], "countryCode" text)
  RETURNING ${returning('p', Prisma.PersonScalarFieldEnum)}`;

/** INSERT of people's identifiers. */
export const insertIdentifiersSql = (rows: ReadonlyArray<{ id: string; personId: string; scheme: string; value: string }>) => Prisma.sql`
  INSERT INTO person_identifiers (id, person_id, scheme, value)
  SELECT r.id, r."personId", r.scheme, r.value FROM jsonb_to_recordset(${json(rows)}) AS r(id uuid, "personId" uuid, scheme text, value text)`;

/** The people among `ids` that exist. */
export const existingPeopleSql = (ids: readonly string[]) => Prisma.sql`
  SELECT p.id, p.name, p.aliases, p.country_code AS "countryCode" FROM people AS p WHERE p.id = ANY(CAST(${ids} AS uuid[]))`;

/** The initiatives whose id or slug is among `keys` (ids: those of the keys that are UUIDs), as Initiative rows. */
export const initiativesByKeySql = (ids: readonly string[], keys: readonly string[]) => Prisma.sql`
  SELECT ${returning('i', Prisma.InitiativeScalarFieldEnum)} FROM initiatives AS i
  WHERE i.id = ANY(CAST(${ids} AS uuid[])) OR i.slug = ANY(CAST(${keys} AS text[]))`;
