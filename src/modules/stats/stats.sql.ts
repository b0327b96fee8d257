import { Prisma } from '../../generated/prisma/client.js';
import { allOf, meetingFilterConditions } from '../meetings/meetings.sql.js';
import type { Interval, MeetingFilters } from './stats.schemas.js';

// The aggregates as SQL over the meetings aliased `m`. Dates leave the database as YYYY-MM-DD text, so no time zone
// ever shifts them.

/** The filters of GET /v1/meetings (see meetings.sql.ts), as one condition on `m`. */
export const meetingCondition = (filters: MeetingFilters): Prisma.Sql => allOf(meetingFilterConditions(filters));

const step: Record<Interval, string> = { month: '1 month', quarter: '3 months', year: '1 year' };
const label: Record<Interval, string> = { month: 'YYYY-MM', quarter: 'YYYY-"Q"Q', year: 'YYYY' };
const day = (value: Prisma.Sql) => Prisma.sql`to_char(${value}, 'YYYY-MM-DD')`;

/** The first and last date of the matching meetings (null when none match). */
export function dateRangeSql(filters: MeetingFilters): Prisma.Sql {
  return Prisma.sql`SELECT ${day(Prisma.sql`min(m.date)`)} AS "first", ${day(Prisma.sql`max(m.date)`)} AS "last"
    FROM meetings m WHERE ${meetingCondition(filters)}`;
}

/** One row per period from the one holding `first` to the one holding `last`, with its count of matching meetings. */
export function bucketsSql(filters: MeetingFilters, interval: Interval, first: string, last: string): Prisma.Sql {
  const trunc = (value: Prisma.Sql) => Prisma.sql`date_trunc(${interval}::text, ${value})`;
  return Prisma.sql`
    WITH counts AS (
      SELECT ${trunc(Prisma.sql`m.date::timestamp`)} AS start, count(*) AS count
      FROM meetings m WHERE ${meetingCondition(filters)} GROUP BY 1
    )
    SELECT to_char(s.start, ${label[interval]}::text) AS period, ${day(Prisma.sql`s.start`)} AS start, coalesce(c.count, 0) AS count
    FROM generate_series(${trunc(Prisma.sql`${first}::date::timestamp`)}, ${trunc(Prisma.sql`${last}::date::timestamp`)},
      ${step[interval]}::interval) AS s(start)
    LEFT JOIN counts c ON c.start = s.start
    ORDER BY s.start`;
}

export function topInitiativesSql(filters: MeetingFilters, statuses: readonly string[] | undefined, limit: number): Prisma.Sql {
  const status = statuses ? Prisma.sql`AND mi.status::text IN (${Prisma.join(statuses)})` : Prisma.empty;
  return Prisma.sql`
    SELECT i.id::text AS "initiativeId", i.slug, i.name, count(DISTINCT m.id) AS meetings, ${day(Prisma.sql`max(m.date)`)} AS "lastDate"
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
      ${day(Prisma.sql`max(m.date)`)} AS "lastDate"
    FROM participants p
    JOIN people pe ON pe.id = p.person_id
    JOIN meetings m ON m.id = p.meeting_id
    WHERE ${meetingCondition(filters)}
    GROUP BY pe.id, pe.name, pe.country_code
    ORDER BY meetings DESC, pe.name, pe.id
    LIMIT ${limit}`;
}

export function meetingsByCountrySql(filters: MeetingFilters): Prisma.Sql {
  return Prisma.sql`
    SELECT p.country_code AS "countryCode", count(DISTINCT m.id) AS meetings
    FROM participants p
    JOIN meetings m ON m.id = p.meeting_id
    WHERE p.country_code IS NOT NULL AND ${meetingCondition(filters)}
    GROUP BY p.country_code
    ORDER BY meetings DESC, p.country_code`;
}
