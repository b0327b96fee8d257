import { Prisma } from '../../generated/prisma/client.js';
import { allOf, meetingFilterConditions } from '../meetings/meetings.sql.js';
import type { Interval, MeetingFilters, StatsGroup } from './stats.schemas.js';

// The aggregates as SQL over the meetings aliased `m`. Dates leave the database as YYYY-MM-DD text, so no time zone
// ever shifts them.

/** The filters of GET /v1/meetings (see meetings.sql.ts), as one condition on `m`. */
export const meetingCondition = (filters: MeetingFilters): Prisma.Sql => allOf(meetingFilterConditions(filters));

const step: Record<Interval, string> = { month: '1 month', quarter: '3 months', year: '1 year' };
const label: Record<Interval, string> = { month: 'YYYY-MM', quarter: 'YYYY-"Q"Q', year: 'YYYY' };
const day = (value: Prisma.Sql) => Prisma.sql`to_char(${value}, 'YYYY-MM-DD')`;

/**
 * The first and last date of the matching meetings (null when none match), the last one on or before `horizon`
 * (null when there is none), and how many match.
 */
export function dateRangeSql(filters: MeetingFilters, horizon: string): Prisma.Sql {
  return Prisma.sql`SELECT ${day(Prisma.sql`min(m.date)`)} AS "first", ${day(Prisma.sql`max(m.date)`)} AS "last",
      ${day(Prisma.sql`max(m.date) FILTER (WHERE m.date <= CAST(${horizon} AS date))`)} AS "lastBefore", count(*)::int AS "matching"
    FROM meetings m WHERE ${meetingCondition(filters)}`;
}

/** Per group: the meetings `mt` of the matching set, each with its keys and labels (kind, countries, initiatives, people). */
function groupKeys(group: StatsGroup, statuses: readonly string[] | undefined): Prisma.Sql {
  switch (group) {
    case 'kind':
      return Prisma.sql`SELECT mt.id, mt.start, mt.kind::text AS key, mt.kind::text AS label FROM matching mt`;
    case 'country':
      return Prisma.sql`SELECT mt.id, mt.start, c.code AS key, c.code AS label FROM matching mt, unnest(mt.country_codes) AS c(code)`;
    case 'initiative': {
      const status = statuses ? Prisma.sql`AND mi.status::text IN (${Prisma.join(statuses)})` : Prisma.empty;
      return Prisma.sql`SELECT mt.id, mt.start, i.slug AS key, i.name AS label FROM matching mt
        JOIN meeting_initiatives mi ON mi.meeting_id = mt.id ${status} JOIN initiatives i ON i.id = mi.initiative_id`;
    }
    case 'person':
      return Prisma.sql`SELECT mt.id, mt.start, pe.id::text AS key, pe.name AS label FROM matching mt
        JOIN participants pa ON pa.meeting_id = mt.id JOIN people pe ON pe.id = pa.person_id`;
  }
}

/**
 * The series of groupBy: for the top `limit` groups by matching meetings in [first, last] (ties by key), their counts
 * per period (rows with key, label, total, start, count); then the counts per period of the matching meetings in none
 * of those groups (key null). Periods without meetings have no row.
 */
export function groupedBucketsSql(
  filters: MeetingFilters,
  interval: Interval,
  first: string,
  last: string,
  group: StatsGroup,
  limit: number,
): Prisma.Sql {
  const trunc = (value: Prisma.Sql) => Prisma.sql`date_trunc(${interval}::text, ${value})`;
  return Prisma.sql`
    WITH matching AS (
      SELECT m.id, m.kind, m.country_codes, ${trunc(Prisma.sql`m.date::timestamp`)} AS start
      FROM meetings m
      WHERE ${meetingCondition(filters)} AND m.date BETWEEN CAST(${first} AS date) AND CAST(${last} AS date)
    ), grouped AS (${groupKeys(group, filters.status)}),
    totals AS (SELECT key, min(label) AS label, count(DISTINCT id) AS total FROM grouped GROUP BY key),
    top AS (SELECT key, label, total FROM totals ORDER BY total DESC, key LIMIT ${limit})
    SELECT t.key, t.label, t.total::int AS total, ${day(Prisma.sql`g.start`)} AS start, count(DISTINCT g.id)::int AS count
    FROM top t JOIN grouped g ON g.key = t.key
    GROUP BY t.key, t.label, t.total, g.start
    UNION ALL
    SELECT NULL, NULL, NULL, ${day(Prisma.sql`mt.start`)}, count(*)::int
    FROM matching mt
    WHERE NOT EXISTS (SELECT 1 FROM grouped g JOIN top t ON t.key = g.key WHERE g.id = mt.id)
    GROUP BY mt.start`;
}

/**
 * One row per period from the one holding `first` to the one holding `last`, with its count of matching meetings, and
 * on every row `matching`: all matching meetings, in the range or not — counted in the same statement, so that
 * `outside` (matching less the range's) never goes negative however writes interleave.
 */
export function bucketsSql(filters: MeetingFilters, interval: Interval, first: string, last: string): Prisma.Sql {
  const trunc = (value: Prisma.Sql) => Prisma.sql`date_trunc(${interval}::text, ${value})`;
  return Prisma.sql`
    WITH counts AS (
      SELECT ${trunc(Prisma.sql`m.date::timestamp`)} AS start, count(*) AS count
      FROM meetings m WHERE ${meetingCondition(filters)} GROUP BY 1
    )
    SELECT to_char(s.start, ${label[interval]}::text) AS period, ${day(Prisma.sql`s.start`)} AS start, coalesce(c.count, 0) AS count,
      (SELECT coalesce(sum(count), 0) FROM counts)::int AS matching
    FROM generate_series(${trunc(Prisma.sql`${first}::date::timestamp`)}, ${trunc(Prisma.sql`${last}::date::timestamp`)},
      ${step[interval]}::interval) AS s(start)
    LEFT JOIN counts c ON c.start = s.start
    ORDER BY s.start`;
}

export function topInitiativesSql(filters: MeetingFilters, statuses: readonly string[] | undefined, limit: number): Prisma.Sql {
  const status = statuses ? Prisma.sql`AND mi.status::text IN (${Prisma.join(statuses)})` : Prisma.empty;
  return Prisma.sql`
    SELECT i.id::text AS "initiativeId", i.slug, i.name, count(DISTINCT m.id) AS meetings, ${day(Prisma.sql`max(m.date)`)} AS "lastDate",
      (array_agg(m.date_precision::text ORDER BY m.date DESC, m.id DESC))[1] AS "lastDatePrecision"
    FROM meeting_initiatives mi
    JOIN initiatives i ON i.id = mi.initiative_id
    JOIN meetings m ON m.id = mi.meeting_id
    WHERE ${meetingCondition(filters)} ${status}
    GROUP BY i.id, i.slug, i.name
    ORDER BY meetings DESC, i.slug
    LIMIT ${limit}`;
}

export function topPeopleSql(filters: MeetingFilters, limit: number): Prisma.Sql {
  return Prisma.sql`
    SELECT pe.id::text AS "personId", pe.name, pe.country_code AS "countryCode", count(DISTINCT m.id) AS meetings,
      ${day(Prisma.sql`max(m.date)`)} AS "lastDate", (array_agg(m.date_precision::text ORDER BY m.date DESC, m.id DESC))[1] AS "lastDatePrecision"
    FROM participants p
    JOIN people pe ON pe.id = p.person_id
    JOIN meetings m ON m.id = p.meeting_id
    WHERE ${meetingCondition(filters)}
    GROUP BY pe.id, pe.name, pe.country_code
    ORDER BY meetings DESC, pe.name, pe.id
    LIMIT ${limit}`;
}

export function meetingsByCountrySql(filters: MeetingFilters, limit: number): Prisma.Sql {
  return Prisma.sql`
    SELECT p.country_code AS "countryCode", count(DISTINCT m.id) AS meetings
    FROM participants p
    JOIN meetings m ON m.id = p.meeting_id
    WHERE p.country_code IS NOT NULL AND ${meetingCondition(filters)}
    GROUP BY p.country_code
    ORDER BY meetings DESC, p.country_code
    LIMIT ${limit}`;
}
