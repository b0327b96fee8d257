import type { Db } from '../../db/prisma.js';
import { fieldsProblem } from '../../http/errors.js';
import { worldCountries } from '../../ingest/recognize/world-countries.js';
import { assertKnownInitiatives } from '../meetings/meeting-filters.js';
import { bucketCount, periodEnd, periodOf, periodStart } from './stats.periods.js';
import { defaultGroups, maxBuckets, type MeetingsOverTime, type MeetingsOverTimeQuery } from './stats.schemas.js';
import { bucketsSql, dateRangeSql, groupedBucketsSql } from './stats.sql.js';

// GET /v1/stats/meetings-over-time: the range, its buckets, and with groupBy a series per top group plus "other".
//
// The range. With from and to both given, it is theirs, and more than maxBuckets periods is a 400: the client asked
// for it. An end not given comes from the data — the first matching meeting, and the last one dated up to the end of
// next year (a meeting typed as 9999-12-31 must not stretch every default chart over eight thousand years of empty
// months) — and a range so found that is longer than maxBuckets periods is clamped to maxBuckets periods: the most
// recent ones, or those from `from` when only from was given. `outside` counts the matching meetings left out.

type Bucket = MeetingsOverTime['buckets'][number];
type Series = NonNullable<MeetingsOverTime['series']>[number];

const countryNames = new Map(worldCountries.map((country) => [country.cca2, country.name.common]));

interface Range {
  first: string;
  last: string;
  /** All matching meetings, in the range or not (when the range is empty); undefined when from and to were both given. */
  matching?: number;
}

/** The end of next year (UTC): past it, no meeting sets the default end of a range. */
const horizon = () => `${new Date().getUTCFullYear() + 1}-12-31`;

async function rangeOf(prisma: Db, query: MeetingsOverTimeQuery): Promise<Range | { matching: number }> {
  const { interval, from, to } = query;
  if (from && to) {
    const buckets = bucketCount(interval, from, to);
    if (buckets > maxBuckets) {
      // A query parameter out of bounds, as every other: validation_failed with pointers at the parameters, in the one
      // form of every field problem ("query/from: …", new-user trial 126).
      const message = `${from} to ${to} spans ${buckets} ${interval} buckets; at most ${maxBuckets} are returned — narrow from/to or use a longer interval`;
      throw fieldsProblem('validation_failed', [
        { in: 'query', pointer: '/from', message },
        { in: 'query', pointer: '/to', message },
      ]);
    }
    return { first: from, last: to };
  }
  type Row = { first: string | null; last: string | null; lastBefore: string | null; matching: number };
  const [row] = await prisma.$queryRaw<Row[]>(dateRangeSql(query, horizon()));
  const matching = row?.matching ?? 0;
  let first = from ?? row?.first;
  let last = to ?? row?.lastBefore ?? row?.last;
  if (!first || !last) return { matching };
  if (bucketCount(interval, first, last) > maxBuckets) {
    if (from) last = periodEnd(interval, periodOf(interval, first) + maxBuckets - 1);
    else first = periodStart(interval, periodOf(interval, last) - maxBuckets + 1);
  }
  return { first, last, matching };
}

function seriesOf(query: MeetingsOverTimeQuery, buckets: Bucket[], rows: GroupRow[]): Series[] {
  const byKey = new Map<string | null, GroupRow[]>();
  for (const row of rows) byKey.set(row.key, [...(byKey.get(row.key) ?? []), row]);
  const label = (row: GroupRow) => (query.groupBy === 'country' && row.key ? (countryNames.get(row.key) ?? row.key) : row.label);
  const series = [...byKey.entries()].map(([key, group]): Series => {
    const counts = new Map(group.map((row) => [row.start, row.count]));
    const filled = buckets.map((bucket) => ({ ...bucket, count: counts.get(bucket.start) ?? 0 }));
    const total = key === null ? filled.reduce((sum, bucket) => sum + bucket.count, 0) : group[0]!.total!;
    return { key, label: key === null ? null : label(group[0]!), other: key === null, total, buckets: filled };
  });
  const ranked = series.filter((entry) => !entry.other).sort((a, b) => b.total - a.total || (a.key! < b.key! ? -1 : 1));
  return [...ranked, ...series.filter((entry) => entry.other && entry.total > 0)];
}

interface GroupRow {
  key: string | null;
  label: string | null;
  total: number | null;
  start: string;
  count: number;
}

/** Matching meetings per period of the range, and with groupBy a series per top group and one for the others. */
export async function meetingsOverTime(prisma: Db, query: MeetingsOverTimeQuery): Promise<MeetingsOverTime> {
  const { interval, groupBy, limit } = query;
  if (limit !== undefined && !groupBy)
    throw fieldsProblem('validation_failed', [
      { in: 'query', pointer: '/limit', message: 'counts the groups of groupBy, so applies only with groupBy' },
    ]);
  await assertKnownInitiatives(prisma, query);
  const grouping = groupBy ? { groupBy, series: [] as Series[] } : {};
  const range = await rangeOf(prisma, query);
  if (!('first' in range) || bucketCount(interval, range.first, range.last) === 0) {
    // Nothing to count: the bounds the client gave are still the range asked about (null for one not given).
    return { interval, from: query.from ?? null, to: query.to ?? null, buckets: [], total: 0, outside: range.matching ?? 0, ...grouping };
  }
  const rows = await prisma.$queryRaw<Array<{ period: string; start: string; count: bigint; matching: number }>>(
    bucketsSql(query, interval, range.first, range.last),
  );
  const buckets = rows.map((row) => ({ period: row.period, start: row.start, count: Number(row.count) }));
  const total = buckets.reduce((sum, bucket) => sum + bucket.count, 0);
  const result = { interval, from: range.first, to: range.last, buckets, total, outside: (rows[0]?.matching ?? total) - total };
  if (!groupBy) return result;
  const groups = await prisma.$queryRaw<GroupRow[]>(
    groupedBucketsSql(query, interval, range.first, range.last, groupBy, limit ?? defaultGroups),
  );
  return { ...result, groupBy, series: seriesOf(query, buckets, groups) };
}
