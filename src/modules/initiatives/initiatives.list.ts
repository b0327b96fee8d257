import type { Db } from '../../db/prisma.js';
import { Prisma } from '../../generated/prisma/client.js';
import { keyOf, parseSort, type Keyset, type KeysetColumn } from '../../http/keyset.js';
import { countRowsSql, inPageOrder, keysetPageSql, scoreColumn, type PageRow } from '../../http/keyset-page.js';
import { decodeCursor, queryFingerprint, pageBody, toPage, type CursorKey } from '../../http/pagination.js';
import { nameMatch } from '../../http/name-match.js';
import { toInitiativeDto } from './initiatives.dto.js';
import { refusePageOnly } from '../../http/export/export-format.js';
import { columnsOf } from '../../http/export/export-schemas.js';
import type { ExportTable } from '../../http/export/export-stream.js';
import { keysetBatches } from '../../http/export/keyset-batches.js';
import { initiativeSchema, type ListInitiativesQuery } from './initiatives.schemas.js';

type SortField = 'name' | 'slug' | 'createdAt' | 'updatedAt';
type Filters = Pick<ListInitiativesQuery, 'category'>;

// Must be the very expression of the GIN index initiatives_trigram_idx, or the index cannot serve the query.
const trigramText = Prisma.sql`initiative_trigram_text(i.slug, i.name, i.aliases)`;

// Each served by an index: initiatives_name_id_idx, initiatives_slug_key (slugs are unique), initiatives_created_at_id_idx,
// initiatives_updated_at_id_idx.
const columns: Record<SortField | 'score', KeysetColumn> = {
  score: scoreColumn,
  name: { sql: Prisma.sql`m.name`, type: 'text' },
  slug: { sql: Prisma.sql`m.slug`, type: 'text' },
  createdAt: { sql: Prisma.sql`m.created_at`, type: 'timestamptz' },
  updatedAt: { sql: Prisma.sql`m.updated_at`, type: 'timestamptz' },
};

/**
 * The initiatives a list considers, with their sort columns and `score`: with `q`, those whose name, slug or an alias
 * resembles q (word similarity ≥ pg_trgm.word_similarity_threshold) scored by similarity; without, all (score null).
 * The category filter ignores case and accents, as every text lookup does.
 */
export function initiativeRows(q: string | undefined, filters: Filters): Prisma.Sql {
  const match = q === undefined ? undefined : nameMatch(q, trigramText);
  const conditions = match ? [match.where] : [];
  if (filters.category) conditions.push(Prisma.sql`fold_text(i.category) = fold_text(${filters.category})`);
  return Prisma.sql`
    SELECT i.id, i.name, i.slug, i.created_at, i.updated_at, ${match ? match.score : Prisma.sql`CAST(NULL AS real)`} AS score
    FROM initiatives AS i
    WHERE ${conditions.length ? Prisma.join(conditions, ' AND ') : Prisma.sql`TRUE`}`;
}

/** One page of GET /v1/initiatives as PageRow (id, score, sort_value) after the cursor key `after`, if any. */
export function initiativesPageSql(query: ListInitiativesQuery, after?: CursorKey): Prisma.Sql {
  const keyset: Keyset<SortField | 'score'> = query.sort
    ? parseSort<SortField>(query.sort)
    : query.q === undefined
      ? { field: 'name', descending: false }
      : { field: 'score', descending: true };
  return keysetPageSql(initiativeRows(query.q, query), columns, keyset, after, query.limit);
}

/** The fuzzy lookup's page (GET /v1/initiatives?q=…). */
export const fuzzyInitiativesPageSql = (query: ListInitiativesQuery & { q: string }, after?: CursorKey) => initiativesPageSql(query, after);

/** The page of `query` after `after`: its rows (limit + 1, to tell whether more follow) and the entries of the page. */
async function initiativesPage(prisma: Db, query: ListInitiativesQuery, after: CursorKey | undefined) {
  const rows = await prisma.$queryRaw<PageRow[]>(initiativesPageSql(query, after));
  const page = rows.slice(0, query.limit);
  const initiatives = await prisma.initiative.findMany({ where: { id: { in: page.map((row) => row.id) } } });
  const data = inPageOrder(page, initiatives).map(([initiative, row]) => toInitiativeDto(initiative, row.score ?? undefined));
  return { rows, data };
}

/** GET /v1/initiatives: a page of catalogue entries in the requested order (with their score with `q`). */
export async function listInitiatives(prisma: Db, query: ListInitiativesQuery) {
  const fingerprint = queryFingerprint('initiatives', query);
  const after = query.cursor ? decodeCursor(query.cursor, fingerprint) : undefined;
  const { rows, data } = await initiativesPage(prisma, query, after);
  const paging = toPage(rows, query.limit, fingerprint, (row) => keyOf(row.sort_value, row.id));
  const total =
    query.count === 'exact'
      ? (await prisma.$queryRaw<Array<{ total: number }>>(countRowsSql(initiativeRows(query.q, query))))[0]?.total
      : undefined;
  return pageBody(paging, data, total === undefined ? {} : { total });
}

/** The columns of an initiatives export: the Initiative fields in order. */
export const initiativeExportColumns = columnsOf(initiativeSchema);

/** Every entry GET /v1/initiatives would page through, in its order, from its cursor if any. Throws 400 as the list does. */
export function exportInitiatives(prisma: Db, query: ListInitiativesQuery): ExportTable {
  refusePageOnly(query);
  const fingerprint = queryFingerprint('initiatives', query);
  const start = query.cursor ? decodeCursor(query.cursor, fingerprint) : undefined;
  return {
    name: 'initiatives',
    columns: initiativeExportColumns,
    batches: keysetBatches(
      prisma,
      async (db, after, take) => {
        const { rows, data } = await initiativesPage(db, { ...query, limit: take }, after);
        const last = rows[take - 1];
        return { records: data, next: rows.length > take && last ? keyOf(last.sort_value, last.id) : null };
      },
      start,
    ),
  };
}
