import type { Db } from '../../db/prisma.js';
import { Prisma } from '../../generated/prisma/client.js';
import { afterKey, keyOf, orderBy, parseSort, type Keyset } from '../../http/keyset.js';
import { cursorInstant, decodeCursor, queryFingerprint, pageBody, toPage, type CursorKey } from '../../http/pagination.js';
import { fuzzyCountSql, fuzzyPageSql, inPageOrder, scoreColumn, type FuzzyPageRow, type RawSortColumn } from './fuzzy-page.js';
import { nameMatch } from '../../http/name-match.js';
import { identifiersOrder, toPersonDto } from './people.dto.js';
import type { ListPeopleQuery } from './people.schemas.js';

type SortField = 'name' | 'createdAt' | 'updatedAt';
type Filters = Pick<ListPeopleQuery, 'country' | 'updatedSince'>;

// Must be the very expression of the GIN index people_trigram_idx, or the index cannot serve the query.
const trigramText = Prisma.sql`person_trigram_text(p.name, p.aliases)`;

const rawColumns: Record<SortField | 'score', RawSortColumn> = {
  score: scoreColumn,
  name: { sql: Prisma.sql`m.name`, type: 'text' },
  createdAt: { sql: Prisma.sql`m.created_at`, type: 'timestamptz' },
  updatedAt: { sql: Prisma.sql`m.updated_at`, type: 'timestamptz' },
};

/** People whose name or an alias resembles q (word similarity ≥ pg_trgm.word_similarity_threshold), with their score. */
export function fuzzyPeopleMatches(q: string, filters: Filters): Prisma.Sql {
  const match = nameMatch(q, trigramText);
  const conditions = [match.where];
  if (filters.country) conditions.push(Prisma.sql`p.country_code IN (${Prisma.join(filters.country)})`);
  if (filters.updatedSince) conditions.push(Prisma.sql`p.updated_at >= CAST(${filters.updatedSince} AS timestamptz)`);
  return Prisma.sql`
    SELECT p.id, p.name, p.created_at, p.updated_at, ${match.score} AS score
    FROM people AS p
    WHERE ${Prisma.join(conditions, ' AND ')}`;
}

export function fuzzyPeoplePageSql(query: ListPeopleQuery & { q: string }, after?: CursorKey): Prisma.Sql {
  const keyset: Keyset<SortField | 'score'> = query.sort ? parseSort<SortField>(query.sort) : { field: 'score', descending: true };
  return fuzzyPageSql(fuzzyPeopleMatches(query.q, query), rawColumns, keyset, after, query.limit);
}

function peopleWhere(filters: Filters): Prisma.PersonWhereInput {
  const where: Prisma.PersonWhereInput[] = [];
  if (filters.country) where.push({ countryCode: { in: filters.country } });
  if (filters.updatedSince) where.push({ updatedAt: { gte: new Date(filters.updatedSince) } });
  return { AND: where };
}

async function listByMatch(prisma: Db, query: ListPeopleQuery & { q: string }, fingerprint: string) {
  const after = query.cursor ? decodeCursor(query.cursor, fingerprint) : undefined;
  const rows = await prisma.$queryRaw<FuzzyPageRow[]>(fuzzyPeoplePageSql(query, after));
  const paging = toPage(rows, query.limit, fingerprint, (row) => keyOf(row.sort_value, row.id));
  const { page } = paging;
  const people = await prisma.person.findMany({
    where: { id: { in: page.map((row) => row.id) } },
    include: { identifiers: { orderBy: identifiersOrder } },
  });
  const total =
    query.count === 'exact'
      ? (await prisma.$queryRaw<Array<{ total: number }>>(fuzzyCountSql(fuzzyPeopleMatches(query.q, query))))[0]?.total
      : undefined;
  const data = inPageOrder(page, people).map(([person, score]) => toPersonDto(person, score));
  return pageBody(paging, data, total === undefined ? {} : { total });
}

async function listBySort(prisma: Db, query: ListPeopleQuery, fingerprint: string) {
  const keyset = parseSort<SortField>(query.sort ?? 'name');
  const filters = peopleWhere(query);
  const after = query.cursor
    ? afterKey(keyset, decodeCursor(query.cursor, fingerprint), (raw) => (keyset.field === 'name' ? String(raw) : cursorInstant(raw)))
    : undefined;
  const rows = await prisma.person.findMany({
    where: after ? { AND: [filters, after] } : filters,
    orderBy: orderBy(keyset),
    take: query.limit + 1,
    include: { identifiers: { orderBy: identifiersOrder } },
  });
  const paging = toPage(rows, query.limit, fingerprint, (row) => keyOf(row[keyset.field], row.id));
  const { page } = paging;
  const total = query.count === 'exact' ? await prisma.person.count({ where: filters }) : undefined;
  return pageBody(
    paging,
    page.map((row) => toPersonDto(row)),
    total === undefined ? {} : { total },
  );
}

export function listPeople(prisma: Db, query: ListPeopleQuery) {
  const fingerprint = queryFingerprint(query);
  const { q } = query;
  return q === undefined ? listBySort(prisma, query, fingerprint) : listByMatch(prisma, { ...query, q }, fingerprint);
}
