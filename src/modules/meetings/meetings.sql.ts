import { Prisma } from '../../generated/prisma/client.js';
import { uuidPattern } from '../../http/schemas.js';
import type { ListMeetingsQuery } from './meetings.schemas.js';

// The filters of GET /v1/meetings as SQL conditions on a meeting aliased `m`, for the modules that aggregate with raw
// SQL (search, stats). Same meaning as meetingFilters in meetings.service.ts: `country` is where the meeting was held
// or whom a participant represented.

export type MeetingFilterFields = Pick<ListMeetingsQuery, 'from' | 'to' | 'country' | 'person' | 'initiative' | 'kind'>;

export function meetingFilterConditions(filters: MeetingFilterFields): Prisma.Sql[] {
  const where: Prisma.Sql[] = [];
  if (filters.from) where.push(Prisma.sql`m.date >= ${filters.from}::date`);
  if (filters.to) where.push(Prisma.sql`m.date <= ${filters.to}::date`);
  if (filters.kind) where.push(Prisma.sql`m.kind::text IN (${Prisma.join(filters.kind)})`);
  if (filters.person) {
    where.push(Prisma.sql`EXISTS (SELECT 1 FROM participants fp WHERE fp.meeting_id = m.id AND fp.person_id = ${filters.person}::uuid)`);
  }
  if (filters.country) {
    const codes = Prisma.join(filters.country);
    where.push(Prisma.sql`(m.country_code IN (${codes})
      OR EXISTS (SELECT 1 FROM participants fp WHERE fp.meeting_id = m.id AND fp.country_code IN (${codes})))`);
  }
  if (filters.initiative) {
    const key = filters.initiative;
    const match = uuidPattern.test(key) ? Prisma.sql`fi.id = ${key}::uuid` : Prisma.sql`fi.slug = ${key}`;
    where.push(Prisma.sql`EXISTS (SELECT 1 FROM meeting_initiatives fmi JOIN initiatives fi ON fi.id = fmi.initiative_id
      WHERE fmi.meeting_id = m.id AND ${match})`);
  }
  return where;
}

export const allOf = (conditions: Prisma.Sql[]) => (conditions.length ? Prisma.join(conditions, ' AND ') : Prisma.sql`TRUE`);
