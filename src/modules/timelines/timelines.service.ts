import type { Db } from '../../db/prisma.js';
import { notFound } from '../../http/errors.js';
import { sparsePage } from '../../http/fields.js';
import { keyOf } from '../../http/keyset.js';
import { decodeCursor, pageBody, queryFingerprint, toPage } from '../../http/pagination.js';
import { uuidPattern } from '../../http/schemas.js';
import type { Position, Positions, TimelineEntry, TimelineQuery } from './timelines.schemas.js';
import { positionsSql, timelinePageSql } from './timelines.sql.js';

type TimelineRow = Omit<TimelineEntry, 'statement'> & {
  sortValue: Date;
  statementId: string | null;
  speakerId: string | null;
  statementText: string | null;
};

const toEntry = ({ sortValue: _sortValue, statementId, speakerId, statementText, ...row }: TimelineRow): TimelineEntry => ({
  ...row,
  statement: statementId ? { id: statementId, speakerId, text: statementText ?? '' } : null,
});

/** A person's positions over time and an initiative's timeline, derived from the meetings. */
export function createTimelinesService({ prisma }: { prisma: Db }) {
  return {
    /**
     * The titles the person held, each with its first and last meeting and count — with a sparse fieldset, only its
     * members (and title); 404 when there is no such person.
     */
    async positions(personId: string, fields?: readonly string[]): Promise<Positions> {
      if (!(await prisma.person.findUnique({ where: { id: personId }, select: { id: true } }))) throw notFound('person', personId);
      return sparsePage({ personId, data: await prisma.$queryRaw<Position[]>(positionsSql(personId)) }, fields, 'title');
    },

    /**
     * One page of the initiative's links across meetings, oldest meeting first (ties by link id), with the meeting
     * filters, each with only the members `fields` names when it is given; 404 when no initiative has the id or slug,
     * 400 on a cursor of another query.
     */
    async timeline(key: string, query: TimelineQuery) {
      const initiative = await prisma.initiative.findFirst({
        where: uuidPattern.test(key) ? { id: key.toLowerCase() } : { slug: key },
        select: { id: true },
      });
      if (!initiative) throw notFound('initiative', key, 'id or slug');
      const fingerprint = queryFingerprint('initiative-timeline', { ...query, initiative: initiative.id });
      const after = query.cursor ? decodeCursor(query.cursor, fingerprint) : undefined;
      const rows = await prisma.$queryRaw<TimelineRow[]>(timelinePageSql(initiative.id, query, after));
      const paging = toPage(rows, query.limit, fingerprint, (row) => keyOf(row.sortValue, row.id));
      return sparsePage(pageBody(paging, paging.page.map(toEntry)), query.fields);
    },
  };
}

export type TimelinesService = ReturnType<typeof createTimelinesService>;
