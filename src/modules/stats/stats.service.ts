import type { Db } from '../../db/prisma.js';
import { badRequest } from '../../http/errors.js';
import {
  maxBuckets,
  type Interval,
  type MeetingsByCountry,
  type MeetingsByCountryQuery,
  type MeetingsOverTime,
  type MeetingsOverTimeQuery,
  type TopInitiatives,
  type TopInitiativesQuery,
  type TopPeople,
  type TopPeopleQuery,
} from './stats.schemas.js';
import { assertKnownInitiatives } from '../meetings/meeting-filters.js';
import { bucketsSql, dateRangeSql, meetingsByCountrySql, topInitiativesSql, topPeopleSql } from './stats.sql.js';

// PostgreSQL's count() is a bigint, which the driver hands over as a BigInt; the counts here always fit a number.
const counted = <T extends { meetings: bigint }>(row: T) => ({ ...row, meetings: Number(row.meetings) });

const monthsPer: Record<Interval, number> = { month: 1, quarter: 3, year: 12 };

/** How many periods of `interval` the dates `first`..`last` (YYYY-MM-DD) touch; 0 when first is after last. */
export function bucketCount(interval: Interval, first: string, last: string): number {
  if (first > last) return 0;
  const period = (date: string) => Math.floor((Number(date.slice(0, 4)) * 12 + Number(date.slice(5, 7)) - 1) / monthsPer[interval]);
  return period(last) - period(first) + 1;
}

export function createStatsService({ prisma }: { prisma: Db }) {
  async function dateRange(query: MeetingsOverTimeQuery) {
    if (query.from && query.to) return { first: query.from, last: query.to };
    const [row] = await prisma.$queryRaw<Array<{ first: string | null; last: string | null }>>(dateRangeSql(query));
    const first = query.from ?? row?.first;
    const last = query.to ?? row?.last;
    return first && last ? { first, last } : undefined;
  }

  return {
    async meetingsOverTime(query: MeetingsOverTimeQuery): Promise<MeetingsOverTime> {
      const { interval } = query;
      await assertKnownInitiatives(prisma, query);
      const range = await dateRange(query);
      const buckets = range ? bucketCount(interval, range.first, range.last) : 0;
      if (!range || buckets === 0) return { interval, buckets: [], total: 0 };
      if (buckets > maxBuckets) {
        throw badRequest(
          `${range.first} to ${range.last} spans ${buckets} ${interval} buckets; at most ${maxBuckets} are returned. ` +
            'Narrow from/to or use a longer interval.',
        );
      }
      const rows = await prisma.$queryRaw<Array<{ period: string; start: string; count: bigint }>>(
        bucketsSql(query, interval, range.first, range.last),
      );
      const data = rows.map((row) => ({ period: row.period, start: row.start, count: Number(row.count) }));
      return { interval, buckets: data, total: data.reduce((sum, bucket) => sum + bucket.count, 0) };
    },

    async topInitiatives({ limit, ...filters }: TopInitiativesQuery): Promise<TopInitiatives> {
      await assertKnownInitiatives(prisma, filters);
      type Row = { initiativeId: string; slug: string; name: string; meetings: bigint; lastDate: string };
      const rows = await prisma.$queryRaw<Row[]>(topInitiativesSql(filters, filters.status, limit));
      return { data: rows.map(counted) };
    },

    async topPeople({ limit, ...filters }: TopPeopleQuery): Promise<TopPeople> {
      await assertKnownInitiatives(prisma, filters);
      type Row = { personId: string; name: string; countryCode: string | null; meetings: bigint; lastDate: string };
      const rows = await prisma.$queryRaw<Row[]>(topPeopleSql(filters, limit));
      return { data: rows.map(counted) };
    },

    async meetingsByCountry(filters: MeetingsByCountryQuery): Promise<MeetingsByCountry> {
      await assertKnownInitiatives(prisma, filters);
      const rows = await prisma.$queryRaw<Array<{ countryCode: string; meetings: bigint }>>(meetingsByCountrySql(filters));
      return { data: rows.map(counted) };
    },
  };
}

export type StatsService = ReturnType<typeof createStatsService>;
