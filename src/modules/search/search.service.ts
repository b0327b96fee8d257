import type { Db } from '../../db/prisma.js';
import { uuidPattern } from '../../http/schemas.js';
import { invalidCursor } from '../../http/errors.js';
import { decodeCursor, pageBody, queryFingerprint, toPage, type CursorKey } from '../../http/pagination.js';
import { headlineToHtml } from './search.highlight.js';
import {
  hitTypes,
  searchHitKey,
  searchHitSchema,
  type HitType,
  type SearchFacets,
  type SearchHit,
  type SearchPage,
  type SearchQuery,
} from './search.schemas.js';
import { pageSql, summarySql, type SearchCriteria, type SearchKey } from './search.sql.js';
import { refusePageOnly } from '../../http/export/export-format.js';
import { columnsOf } from '../../http/export/export-schemas.js';
import type { ExportTable } from '../../http/export/export-stream.js';
import { keysetBatches } from '../../http/export/keyset-batches.js';
import { assertKnownInitiatives } from '../meetings/meeting-filters.js';
import { sparseExport, sparsePage } from '../../http/fields.js';

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

/** Rows per batch of a search export at most: a page's most (each hit's highlight costs the database its own work). */
export const searchExportBatchRows = 100;

/** The columns of a search export: the SearchHit fields in order. */
export const searchExportColumns = columnsOf(searchHitSchema);

export function createSearchService({ prisma }: { prisma: Db }) {
  const exportOf = (criteria: SearchCriteria, start: CursorKey | undefined): ExportTable => ({
    name: 'search',
    columns: searchExportColumns,
    batches: keysetBatches(
      async (after, take) => {
        const rows = await prisma.$queryRaw<HitRow[]>(pageSql(criteria, after ? keyFrom(after) : undefined, take + 1));
        const page = rows.slice(0, take);
        const last = page.at(-1);
        return {
          records: page.map((row) => ({ ...row, snippet: headlineToHtml(row.snippet) })),
          next: rows.length > take && last ? [last.score, last.type, last.id] : null,
        };
      },
      start,
      () => assertKnownInitiatives(prisma, criteria),
      // A highlight per hit (ts_headline over the statement's whole text): batches no larger than the largest page.
      searchExportBatchRows,
    ),
  });

  return {
    /** Every hit the search would page through, best first, from its cursor if any. Throws 400 as the search does. */
    export(query: SearchQuery): ExportTable {
      refusePageOnly(query);
      const { limit: _limit, cursor, count: _count, facets: _facets, format: _format, fields, ...criteria } = query;
      const fingerprint = queryFingerprint('search', { ...criteria });
      const start = cursor ? decodeCursor(cursor, fingerprint, 3) : undefined;
      return sparseExport(exportOf(criteria, start), fields, searchHitKey);
    },

    async search(query: SearchQuery): Promise<SearchPage> {
      const { limit, cursor, count, facets, format: _format, fields, ...criteria } = query;
      // Asking for other facets or a total does not change the hits, so it does not invalidate a cursor.
      const fingerprint = queryFingerprint('search', { ...criteria });
      const after = cursor ? keyFrom(decodeCursor(cursor, fingerprint, 3)) : undefined;
      await assertKnownInitiatives(prisma, criteria);
      const wantsSummary = count === 'exact' || facets !== undefined;
      const [rows, summary] = await Promise.all([
        prisma.$queryRaw<HitRow[]>(pageSql(criteria, after, limit + 1)),
        wantsSummary ? prisma.$queryRaw<SummaryRow[]>(summarySql(criteria, facets ?? [])) : Promise.resolve([]),
      ]);
      const paging = toPage(rows, limit, fingerprint, (row) => [row.score, row.type, row.id]);
      const totals = summary[0];
      const body = pageBody(
        paging,
        paging.page.map((row) => ({ ...row, snippet: headlineToHtml(row.snippet) })),
        {
          ...(count === 'exact' && totals ? { total: totals.total } : {}),
          ...(facets && totals ? { facets: totals.facets } : {}),
        },
      );
      return sparsePage(body, fields, searchHitKey);
    },
  };
}

export type SearchService = ReturnType<typeof createSearchService>;
