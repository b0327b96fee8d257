import { randomBytes } from 'node:crypto';

// The baseline's SQL: what an expert would send for each benchmarked request, not a copy of the API's. PostgreSQL
// builds the response JSON itself (row_to_json, json_agg), the keyset is a row value that reads as a range of the
// (date, id) index, the country filter is the GIN-indexed meetings.country_codes, and a meeting with its parts is one
// statement. Plans (`npm run bench:explain`: EXPLAIN (ANALYZE, BUFFERS) of the prepared statement after six
// executions, 100,000 meetings with 5 participants and 10 statements each, warm cache) are summarised next to each
// query; buffers are those of the whole statement.

/** An instant as the API writes it: ISO 8601 in UTC with milliseconds (the columns are timestamptz(3)). */
const iso = (column: string) => `to_char(${column} AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`;

/** The select list of each record under its API field names, in the API's order. */
const fields = {
  meeting: `m.id, m.title, m.kind, m.date, m.date_precision AS "datePrecision", m.start_time AS "startTime", m.timezone, m.city,
    m.country_code AS "countryCode", m.parent_id AS "parentId", m.summary, m.source_document_id AS "sourceDocumentId", m.version,
    ${iso('m.created_at')} AS "createdAt", ${iso('m.updated_at')} AS "updatedAt"`,
  participant: `p.id, p.meeting_id AS "meetingId", p.person_id AS "personId", p.title, p.country_code AS "countryCode", p.organization,
    p.role, p.printed_name AS "printedName", p.printed_title AS "printedTitle", p.position, p.version,
    ${iso('p.created_at')} AS "createdAt", ${iso('p.updated_at')} AS "updatedAt"`,
  statement: `s.id, s.meeting_id AS "meetingId", s.speaker_id AS "speakerId", s.kind, s.text, s.position, s.topics, s.version,
    ${iso('s.created_at')} AS "createdAt", ${iso('s.updated_at')} AS "updatedAt"`,
  link: `l.id, l.meeting_id AS "meetingId", l.initiative_id AS "initiativeId", l.status, l.description,
    l.committed_parties AS "committedParties", l.statement_id AS "statementId", l.version,
    ${iso('l.created_at')} AS "createdAt", ${iso('l.updated_at')} AS "updatedAt"`,
};
export const recordFields = fields;

export type Part = 'participants' | 'statements' | 'initiatives';
export const parts: readonly Part[] = ['participants', 'statements', 'initiatives'];

/** Each embedded list of meeting `m`, as a JSON array in the API's order, read from its (meeting_id, order…) index. */
const embedded: Record<Part, string> = {
  participants: `(SELECT coalesce(json_agg(p ORDER BY p.position, p.id), '[]') FROM (SELECT ${fields.participant}
    FROM participants p WHERE p.meeting_id = m.id) p) AS participants`,
  statements: `(SELECT coalesce(json_agg(s ORDER BY s.position), '[]') FROM (SELECT ${fields.statement}
    FROM statements s WHERE s.meeting_id = m.id) s) AS statements`,
  initiatives: `(SELECT coalesce(json_agg(l ORDER BY l."createdAt", l.id), '[]') FROM (SELECT ${fields.link}
    FROM meeting_initiatives l WHERE l.meeting_id = m.id) l) AS initiatives`,
};

export interface NamedQuery {
  /** Name of the prepared statement: parsed and planned once per connection. */
  name: string;
  text: string;
}

const meetingQueries: Record<string, NamedQuery> = {};
const listQueries: Record<string, NamedQuery> = {};

/**
 * GET /v1/meetings/{id}, with any of the lists, as one statement answering the response body.
 *
 * No lists: Index Scan using meetings_pkey; 4 buffers, 0.02 ms (generic plan).
 * participants,statements,initiatives: Index Scan using meetings_pkey, then one subplan per list, each a Bitmap Index
 * Scan of its (meeting_id, order) index — participants_meeting_id_position_id_idx, statements_meeting_id_position_key,
 * meeting_initiatives_meeting_id_created_at_id_idx — and a Bitmap Heap Scan; 22 buffers, 0.12 ms (generic plan).
 */
export function meetingQuery(include: readonly Part[]): NamedQuery {
  const lists = parts.filter((part) => include.includes(part));
  const key = lists.join('-') || 'plain';
  return (meetingQueries[key] ??= {
    name: `baseline-meeting-${key}`,
    text: `SELECT m.version, row_to_json(r)::text AS json
      FROM meetings m CROSS JOIN LATERAL (SELECT ${[fields.meeting, ...lists.map((part) => embedded[part])].join(', ')}) r
      WHERE m.id = $1`,
  });
}

/**
 * GET /v1/meetings, newest first, one page plus one row (to know whether there is a next one), each row's JSON built
 * by PostgreSQL. $1 limit + 1; the cursor ($2 date, $3 id) and the countries ($4) only in the variants that have them.
 * PostgreSQL plans each execution for its values (it keeps custom plans for these).
 *
 * Page 1: Index Scan using meetings_date_id_idx; 24 buffers, 0.10 ms.
 * Page 100: Index Scan using meetings_date_id_idx, Index Cond: ROW(date, id) < ROW($2, $3); 24 buffers, 0.11 ms.
 * country=KZ (42 % of the meetings), page 1: Index Scan using meetings_date_id_idx, Filter: country_codes && '{KZ}',
 * 43 rows removed; 67 buffers, 0.12 ms. Page 100: the same scan from Index Cond ROW(date, id) < ROW($2, $3), 26 rows
 * removed; 50 buffers, 0.12 ms. (The bitmap scan of meetings_country_codes_idx, forced: all 41,596, top-N sort; 4,391
 * buffers, 43 ms.)
 */
export function listQuery(options: { after: boolean; countries: boolean }): NamedQuery {
  const key = `${options.after ? 'after' : 'first'}-${options.countries ? 'country' : 'all'}`;
  if (listQueries[key]) return listQueries[key];
  const conditions = [
    ...(options.after ? ['(m.date, m.id) < ($2::date, $3::uuid)'] : []),
    ...(options.countries ? [`m.country_codes && $${options.after ? 4 : 2}::text[]`] : []),
  ];
  return (listQueries[key] = {
    name: `baseline-list-${key}`,
    text: `SELECT m.date::text AS date, m.id, (SELECT row_to_json(r) FROM (SELECT ${fields.meeting}) r)::text AS json
      FROM meetings m ${conditions.length ? `WHERE ${conditions.join(' AND ')}` : ''}
      ORDER BY m.date DESC, m.id DESC
      LIMIT $1`,
  });
}

/** A time-ordered UUID (v7), as the API mints them. */
export function uuidv7(): string {
  const bytes = randomBytes(16);
  bytes.writeUIntBE(Date.now(), 0, 6);
  bytes[6] = 0x70 | (bytes[6]! & 0x0f);
  bytes[8] = 0x80 | (bytes[8]! & 0x3f);
  const hex = bytes.toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
