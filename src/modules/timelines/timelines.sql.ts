import { Prisma } from '../../generated/prisma/client.js';
import { keysetAfter, keysetOrder, type KeysetColumn } from '../../http/keyset.js';
import type { CursorKey } from '../../http/pagination.js';
import { allOf, meetingFilterConditions } from '../meetings/meetings.sql.js';
import type { TimelineQuery } from './timelines.schemas.js';

const day = (value: Prisma.Sql) => Prisma.sql`to_char(${value}, 'YYYY-MM-DD')`;

/** A person's titles from their participations, by the date first held. */
export function positionsSql(personId: string): Prisma.Sql {
  const title = Prisma.sql`coalesce(pa.title, pa.printed_title)`;
  // One position per title in any case ("Foreign Minister", "foreign minister"), named by its most frequent form.
  return Prisma.sql`
    SELECT mode() WITHIN GROUP (ORDER BY ${title}) AS title,
      coalesce(array_agg(DISTINCT pa.printed_title ORDER BY pa.printed_title) FILTER (WHERE pa.printed_title IS NOT NULL), '{}') AS "printedTitles",
      ${day(Prisma.sql`min(m.date)`)} AS "firstDate",
      (array_agg(m.date_precision::text ORDER BY m.date, m.id))[1] AS "firstDatePrecision",
      ${day(Prisma.sql`max(m.date)`)} AS "lastDate",
      (array_agg(m.date_precision::text ORDER BY m.date DESC, m.id DESC))[1] AS "lastDatePrecision",
      (array_agg(m.id::text ORDER BY m.date, m.id))[1] AS "firstMeetingId",
      (array_agg(m.id::text ORDER BY m.date DESC, m.id DESC))[1] AS "lastMeetingId",
      count(DISTINCT m.id)::int AS meetings
    FROM participants pa JOIN meetings m ON m.id = pa.meeting_id
    WHERE pa.person_id = CAST(${personId} AS uuid) AND ${title} IS NOT NULL
    GROUP BY lower(${title})
    ORDER BY "firstDate", "lastDate", title`;
}

const date: KeysetColumn = { sql: Prisma.sql`m.date`, type: 'date' };
const linkId = Prisma.sql`mi.id`;

/** One page (plus one row) of an initiative's links, oldest meeting first, on the meeting filters, after `after`. */
export function timelinePageSql(initiativeId: string, query: TimelineQuery, after: CursorKey | undefined): Prisma.Sql {
  // `status` is the status of this initiative's own link (as `initiative` with `status` is on the meetings list), not
  // of any link of the meeting.
  const { limit: _limit, cursor: _cursor, fields: _fields, status, ...filters } = query;
  const conditions = meetingFilterConditions(filters);
  if (status?.length) conditions.push(Prisma.sql`mi.status::text = ANY(${[...status]}::text[])`);
  if (after) conditions.push(keysetAfter(date, linkId, false, after));
  return Prisma.sql`
    SELECT mi.id, m.id AS "meetingId", m.date AS "sortValue", ${day(Prisma.sql`m.date`)} AS date, m.date_precision::text AS "datePrecision", m.title,
      m.kind::text AS kind, m.country_code AS "countryCode", mi.status::text AS status, mi.description,
      mi.committed_parties AS "committedParties", s.id AS "statementId", s.speaker_id AS "speakerId", s.text AS "statementText"
    FROM meeting_initiatives mi
    JOIN meetings m ON m.id = mi.meeting_id
    LEFT JOIN statements s ON s.id = mi.statement_id
    WHERE mi.initiative_id = CAST(${initiativeId} AS uuid) AND ${allOf(conditions)}
    ORDER BY ${keysetOrder(date, linkId, false)}
    LIMIT ${query.limit + 1}`;
}
