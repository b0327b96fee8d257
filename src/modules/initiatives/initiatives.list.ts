import type { Db } from '../../db/prisma.js';
import { Prisma } from '../../generated/prisma/client.js';
import { afterKey, keyOf, orderBy, parseSort, type Keyset } from '../../http/keyset.js';
import { cursorInstant, decodeCursor, queryFingerprint, pageBody, toPage, type CursorKey } from '../../http/pagination.js';
import { fuzzyCountSql, fuzzyPageSql, inPageOrder, scoreColumn, type FuzzyPageRow, type RawSortColumn } from '../people/fuzzy-page.js';
import { nameMatch } from '../../http/name-match.js';
import { toInitiativeDto } from './initiatives.dto.js';
import type { ListInitiativesQuery } from './initiatives.schemas.js';

type SortField = 'name' | 'slug' | 'createdAt' | 'updatedAt';
type Filters = Pick<ListInitiativesQuery, 'category'>;

// Must be the very expression of the GIN index initiatives_trigram_idx, or the index cannot serve the query.
const trigramText = Prisma.sql`initiative_trigram_text(i.slug, i.name, i.aliases)`;

const rawColumns: Record<SortField | 'score', RawSortColumn> = {
  score: scoreColumn,
  name: { sql: Prisma.sql`m.name`, type: 'text' },
  slug: { sql: Prisma.sql`m.slug`, type: 'text' },
  createdAt: { sql: Prisma.sql`m.created_at`, type: 'timestamptz' },
  updatedAt: { sql: Prisma.sql`m.updated_at`, type: 'timestamptz' },
};

/** Initiatives whose name, slug or an alias resembles q (word similarity ≥ pg_trgm.word_similarity_threshold). */
export function fuzzyInitiativeMatches(q: string, filters: Filters): Prisma.Sql {
  const match = nameMatch(q, trigramText);
  const conditions = [match.where];
  if (filters.category) conditions.push(Prisma.sql`fold_text(i.category) = fold_text(${filters.category})`);
  return Prisma.sql`
    SELECT i.id, i.name, i.slug, i.created_at, i.updated_at, ${match.score} AS score
    FROM initiatives AS i
    WHERE ${Prisma.join(conditions, ' AND ')}`;
}

export function fuzzyInitiativesPageSql(query: ListInitiativesQuery & { q: string }, after?: CursorKey): Prisma.Sql {
  const keyset: Keyset<SortField | 'score'> = query.sort ? parseSort<SortField>(query.sort) : { field: 'score', descending: true };
  return fuzzyPageSql(fuzzyInitiativeMatches(query.q, query), rawColumns, keyset, after, query.limit);
}

// The category filter ignores case and accents, as every text lookup does: the stored spellings that fold alike.
async function initiativesWhere(prisma: Db, filters: Filters): Promise<Prisma.InitiativeWhereInput> {
  if (!filters.category) return {};
  const rows = await prisma.$queryRaw<Array<{ category: string }>>`
    SELECT DISTINCT category FROM initiatives WHERE fold_text(category) = fold_text(${filters.category})`;
  return { category: { in: rows.map((row) => row.category) } };
}

async function listByMatch(prisma: Db, query: ListInitiativesQuery & { q: string }, fingerprint: string) {
  const after = query.cursor ? decodeCursor(query.cursor, fingerprint) : undefined;
  const rows = await prisma.$queryRaw<FuzzyPageRow[]>(fuzzyInitiativesPageSql(query, after));
  const paging = toPage(rows, query.limit, fingerprint, (row) => keyOf(row.sort_value, row.id));
  const { page } = paging;
  const initiatives = await prisma.initiative.findMany({ where: { id: { in: page.map((row) => row.id) } } });
  const total =
    query.count === 'exact'
      ? (await prisma.$queryRaw<Array<{ total: number }>>(fuzzyCountSql(fuzzyInitiativeMatches(query.q, query))))[0]?.total
      : undefined;
  const data = inPageOrder(page, initiatives).map(([initiative, score]) => toInitiativeDto(initiative, score));
  return pageBody(paging, data, total === undefined ? {} : { total });
}

async function listBySort(prisma: Db, query: ListInitiativesQuery, fingerprint: string) {
  const keyset = parseSort<SortField>(query.sort ?? 'name');
  const filters = await initiativesWhere(prisma, query);
  const textKey = keyset.field === 'name' || keyset.field === 'slug';
  const after = query.cursor
    ? afterKey(keyset, decodeCursor(query.cursor, fingerprint), (raw) => (textKey ? String(raw) : cursorInstant(raw)))
    : undefined;
  const rows = await prisma.initiative.findMany({
    where: after ? { AND: [filters, after] } : filters,
    orderBy: orderBy(keyset),
    take: query.limit + 1,
  });
  const paging = toPage(rows, query.limit, fingerprint, (row) => keyOf(row[keyset.field], row.id));
  const { page } = paging;
  const total = query.count === 'exact' ? await prisma.initiative.count({ where: filters }) : undefined;
  return pageBody(
    paging,
    page.map((row) => toInitiativeDto(row)),
    total === undefined ? {} : { total },
  );
}

export function listInitiatives(prisma: Db, query: ListInitiativesQuery) {
  const fingerprint = queryFingerprint(query);
  const { q } = query;
  return q === undefined ? listBySort(prisma, query, fingerprint) : listByMatch(prisma, { ...query, q }, fingerprint);
}
