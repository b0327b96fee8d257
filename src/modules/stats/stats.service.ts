import type { Db } from '../../db/prisma.js';
import {
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
import { meetingNetwork, type Network, type NetworkQuery } from './stats.network.js';
import { meetingsOverTime } from './stats.over-time.js';
import { meetingsByCountrySql, topInitiativesSql, topPeopleSql } from './stats.sql.js';

// PostgreSQL's count() is a bigint, which the driver hands over as a BigInt; the counts here always fit a number.
const counted = <T extends { meetings: bigint }>(row: T) => ({ ...row, meetings: Number(row.meetings) });

export function createStatsService({ prisma }: { prisma: Db }) {
  return {
    /** Who met whom: the top nodes by degree and the edges among them (stats.network.ts). */
    network: (query: NetworkQuery): Promise<Network> => meetingNetwork(prisma, query),

    /** Matching meetings per period, with groupBy a series per top group (stats.over-time.ts). */
    meetingsOverTime: (query: MeetingsOverTimeQuery): Promise<MeetingsOverTime> => meetingsOverTime(prisma, query),

    async topInitiatives({ limit, ...filters }: TopInitiativesQuery): Promise<TopInitiatives> {
      await assertKnownInitiatives(prisma, filters);
      // The answer's items as the database counts them (count() is a bigint).
      type Row = Omit<TopInitiatives['data'][number], 'meetings'> & { meetings: bigint };
      const rows = await prisma.$queryRaw<Row[]>(topInitiativesSql(filters, filters.status, limit));
      return { data: rows.map(counted) };
    },

    async topPeople({ limit, ...filters }: TopPeopleQuery): Promise<TopPeople> {
      await assertKnownInitiatives(prisma, filters);
      type Row = Omit<TopPeople['data'][number], 'meetings'> & { meetings: bigint };
      const rows = await prisma.$queryRaw<Row[]>(topPeopleSql(filters, limit));
      return { data: rows.map(counted) };
    },

    async meetingsByCountry({ limit, ...filters }: MeetingsByCountryQuery): Promise<MeetingsByCountry> {
      await assertKnownInitiatives(prisma, filters);
      const rows = await prisma.$queryRaw<Array<{ countryCode: string; meetings: bigint }>>(meetingsByCountrySql(filters, limit));
      return { data: rows.map(counted) };
    },
  };
}

export type StatsService = ReturnType<typeof createStatsService>;
