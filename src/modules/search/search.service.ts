import type { Db } from '../../db/prisma.js';
import { uuidPattern } from '../../http/schemas.js';
import { invalidCursor } from '../../http/errors.js';
import { decodeCursor, pageBody, queryFingerprint, toPage, type CursorKey } from '../../http/pagination.js';
import { headlineToHtml } from './search.highlight.js';
import { hitTypes, type HitType, type SearchFacets, type SearchHit, type SearchPage, type SearchQuery } from './search.schemas.js';
import { pageSql, summarySql, type SearchKey } from './search.sql.js';

type HitRow = Omit<SearchHit, 'snippet'> & { snippet: string };

interface SummaryRow {
  total: number;
  facets: SearchFacets;
}

function keyFrom([score, type, id]: CursorKey): SearchKey {
  if (
    typeof score !== 'number' ||
    !Number.isFinite(score) ||
    !hitTypes.includes(type as HitType) ||
    typeof id !== 'string' ||
    !uuidPattern.test(id)
  ) {
    throw invalidCursor('The cursor is not one this API issued.');
  }
  return { score, type: type as HitType, id };
}

export function createSearchService({ prisma }: { prisma: Db }) {
  return {
    async search(query: SearchQuery): Promise<SearchPage> {
      const { limit, cursor, count, facets, ...criteria } = query;
      // Asking for other facets or a total does not change the hits, so it does not invalidate a cursor.
      const fingerprint = queryFingerprint('search', { ...criteria });
      const after = cursor ? keyFrom(decodeCursor(cursor, fingerprint)) : undefined;
      const wantsSummary = count === 'exact' || facets !== undefined;
      const [rows, summary] = await Promise.all([
        prisma.$queryRaw<HitRow[]>(pageSql(criteria, after, limit + 1)),
        wantsSummary ? prisma.$queryRaw<SummaryRow[]>(summarySql(criteria, facets ?? [])) : Promise.resolve([]),
      ]);
      const paging = toPage(rows, limit, fingerprint, (row) => [row.score, row.type, row.id]);
      const totals = summary[0];
      return pageBody(
        paging,
        paging.page.map((row) => ({ ...row, snippet: headlineToHtml(row.snippet) })),
        {
          ...(count === 'exact' && totals ? { total: totals.total } : {}),
          ...(facets && totals ? { facets: totals.facets } : {}),
        },
      );
    },
  };
}

export type SearchService = ReturnType<typeof createSearchService>;
