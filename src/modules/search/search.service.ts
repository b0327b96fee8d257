import type { Db } from '../../db/prisma.js';
import { queryRows } from '../../db/raw-rows.js';
import { uuidPattern } from '../../http/schemas.js';
import { invalidCursor } from '../../http/errors.js';
import { decodeCursor, pageBody, queryFingerprint, toPage, type CursorKey } from '../../http/pagination.js';
import { snippetOf } from './search.highlight.js';
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
import { pageSql, rankWindowSize, summarySql, type SearchCriteria, type SearchKey, type SearchWindow } from './search.sql.js';
import { refusePageOnly } from '../../http/export/export-format.js';
import { columnsOf } from '../../http/export/export-schemas.js';
import type { ExportTable } from '../../http/export/export-stream.js';
import { keysetBatches } from '../../http/export/keyset-batches.js';
import { assertKnownInitiatives } from '../meetings/meeting-filters.js';
import { sparseExport, sparsePage } from '../../http/fields.js';

type HitRow = Omit<SearchHit, 'snippet'> & { snippet: string };
/** A row of pageSql: the window it was ranked in, and a hit unless the page was empty. */
type WindowRow = { lo: string | null; hi: string | null; n: number } & (HitRow | { [K in keyof HitRow]: null });
type RankedHit = HitRow & { lo: string; hi: string };

interface SummaryRow {
  total: number;
  facets: SearchFacets;
}

/** Where a page starts: inside a window already read, after a hit of it; or at the newest window. */
interface SearchPosition {
  window: SearchWindow;
  after?: SearchKey;
}

// A cursor's key: the window (lowest and highest id) and the last hit's (score, type, id) in it.
function positionFrom([lo, hi, score, type, id]: CursorKey): SearchPosition {
  const ids = [lo, hi, id];
  if (
    ids.some((value) => typeof value !== 'string' || !uuidPattern.test(value)) ||
    typeof score !== 'number' ||
    !Number.isFinite(score) ||
    !hitTypes.includes(type as HitType)
  ) {
    throw invalidCursor('The cursor is not one this API issued.');
  }
  return { window: { lo: lo as string, hi: hi as string }, after: { score, type: type as HitType, id: id as string } };
}

const keyOf = (hit: RankedHit): CursorKey => [hit.lo, hit.hi, hit.score, hit.type, hit.id];
const shown = ({ lo: _lo, hi: _hi, ...hit }: RankedHit): SearchHit => ({ ...hit, snippet: snippetOf(hit.snippet) });
/** Rows per batch of a search export at most: a page's most (each hit's highlight costs the database its own work). */
export const searchExportBatchRows = 100;

/** The columns of a search export: the SearchHit fields in order. */
export const searchExportColumns = columnsOf(searchHitSchema);

export function createSearchService({ prisma, windowSize = rankWindowSize }: { prisma: Db; windowSize?: number }) {
  /**
   * Up to `take` + 1 hits from `position` on, best first within each window, windows newest first: when a window runs
   * out before the page is full, the page goes on in the window below it (one statement per window read).
   */
  async function hitsFrom(
    criteria: SearchCriteria,
    position: SearchPosition | undefined,
    take: number,
    db: Db = prisma,
  ): Promise<RankedHit[]> {
    let { window, after }: SearchPosition = position ?? { window: { below: null, size: windowSize } };
    const hits: RankedHit[] = [];
    for (;;) {
      const rows = await queryRows<WindowRow>(db, pageSql(criteria, window, after, take + 1 - hits.length));
      const bounds = rows[0];
      if (!bounds) throw new Error('the search page has no window row');
      const range = 'lo' in window ? window : bounds.lo !== null && bounds.hi !== null ? { lo: bounds.lo, hi: bounds.hi } : null;
      for (const { lo: _lo, hi: _hi, n: _n, ...row } of rows) if (row.id !== null && range) hits.push({ ...(row as HitRow), ...range });
      // A window read for the first time and found short of its size is the last; one read before may have more below.
      const last = !range || (!('lo' in window) && bounds.n < window.size);
      if (hits.length > take || last) return hits;
      window = { below: range.lo, size: windowSize };
      after = undefined;
    }
  }

  const exportOf = (criteria: SearchCriteria, start: CursorKey | undefined): ExportTable => ({
    name: 'search',
    columns: searchExportColumns,
    batches: keysetBatches(
      prisma,
      async (db, after, take) => {
        const hits = await hitsFrom(criteria, after ? positionFrom(after) : undefined, take, db);
        const page = hits.slice(0, take);
        const last = page.at(-1);
        return { records: page.map(shown), next: hits.length > take && last ? keyOf(last) : null };
      },
      start,
      (db) => assertKnownInitiatives(db, criteria),
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
      const start = cursor ? decodeCursor(cursor, fingerprint, 5) : undefined;
      return sparseExport(exportOf(criteria, start), fields, searchHitKey);
    },

    async search(query: SearchQuery): Promise<SearchPage> {
      const { limit, cursor, count, facets, format: _format, fields, ...criteria } = query;
      // Asking for other facets or a total does not change the hits, so it does not invalidate a cursor.
      const fingerprint = queryFingerprint('search', { ...criteria });
      const position = cursor ? positionFrom(decodeCursor(cursor, fingerprint, 5)) : undefined;
      await assertKnownInitiatives(prisma, criteria);
      const wantsSummary = count === 'exact' || facets !== undefined;
      const [rows, summary] = await Promise.all([
        hitsFrom(criteria, position, limit),
        wantsSummary ? prisma.$queryRaw<SummaryRow[]>(summarySql(criteria, facets ?? [])) : Promise.resolve([]),
      ]);
      const paging = toPage(rows, limit, fingerprint, keyOf);
      const totals = summary[0];
      const body = pageBody(paging, paging.page.map(shown), {
        ...(count === 'exact' && totals ? { total: totals.total } : {}),
        ...(facets && totals ? { facets: totals.facets } : {}),
      });
      return sparsePage(body, fields, searchHitKey);
    },
  };
}

export type SearchService = ReturnType<typeof createSearchService>;
