import { Prisma } from '../../generated/prisma/client.js';
import { utcInstant, uuidPattern } from '../../http/schemas.js';
import type { ListMeetingsQuery } from './meetings.schemas.js';

// The filters of GET /v1/meetings as SQL conditions on a meeting aliased `m`, shared by the list, search and stats so
// that a filter means the same everywhere. Each can be served by an index: `country` by the GIN index on
// m.country_codes (where the meeting was held and whom its participants represented, see country-codes.ts), `person`
// and `initiative` as semi-joins from their btree indexes, `kind` and dates by theirs.

export type MeetingFilterFields = Pick<ListMeetingsQuery, 'from' | 'to' | 'country' | 'person' | 'initiative' | 'kind'> &
  Partial<Pick<ListMeetingsQuery, 'updatedSince'>>;

/** One condition per filter present, to be combined with AND (see allOf). */
export function meetingFilterConditions(filters: MeetingFilterFields): Prisma.Sql[] {
  const where: Prisma.Sql[] = [];
  if (filters.from) where.push(Prisma.sql`m.date >= CAST(${filters.from} AS date)`);
  if (filters.to) where.push(Prisma.sql`m.date <= CAST(${filters.to} AS date)`);
  if (filters.kind) where.push(Prisma.sql`m.kind = ANY(CAST(ARRAY[${Prisma.join(filters.kind)}] AS "MeetingKind"[]))`);
  if (filters.updatedSince) where.push(Prisma.sql`m.updated_at >= CAST(${utcInstant(filters.updatedSince)} AS timestamptz)`);
  if (filters.person) {
    where.push(
      Prisma.sql`EXISTS (SELECT 1 FROM participants fp WHERE fp.meeting_id = m.id
        AND fp.person_id = ANY(CAST(ARRAY[${Prisma.join(filters.person)}] AS uuid[])))`,
    );
  }
  if (filters.country) where.push(Prisma.sql`m.country_codes && CAST(ARRAY[${Prisma.join(filters.country)}] AS text[])`);
  if (filters.initiative) {
    const ids = filters.initiative.filter((key) => uuidPattern.test(key));
    const slugs = filters.initiative.filter((key) => !uuidPattern.test(key));
    const match = Prisma.join(
      [
        ...(ids.length ? [Prisma.sql`fi.id = ANY(CAST(ARRAY[${Prisma.join(ids)}] AS uuid[]))`] : []),
        ...(slugs.length ? [Prisma.sql`fi.slug = ANY(CAST(ARRAY[${Prisma.join(slugs)}] AS text[]))`] : []),
      ],
      ' OR ',
    );
    where.push(Prisma.sql`EXISTS (SELECT 1 FROM meeting_initiatives fmi JOIN initiatives fi ON fi.id = fmi.initiative_id
      WHERE fmi.meeting_id = m.id AND (${match}))`);
  }
  return where;
}

/** The conditions joined with AND; TRUE when there are none. */
export const allOf = (conditions: Prisma.Sql[]) => (conditions.length ? Prisma.join(conditions, ' AND ') : Prisma.sql`TRUE`);
