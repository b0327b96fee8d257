import type { Db } from '../../db/prisma.js';
import { Prisma } from '../../generated/prisma/client.js';
import { keyOf, parseSort, type Keyset, type KeysetColumn } from '../../http/keyset.js';
import { countRowsSql, inPageOrder, keysetPageSql, scoreColumn, type PageRow } from '../../http/keyset-page.js';
import { decodeCursor, queryFingerprint, pageBody, toPage, type CursorKey } from '../../http/pagination.js';
import { nameMatch } from '../../http/name-match.js';
import { utcInstant } from '../../http/schemas.js';
import { identifiersOrder, toPersonDto } from './people.dto.js';
import { refusePageOnly } from '../../http/export/export-format.js';
import { columnsOf } from '../../http/export/export-schemas.js';
import type { ExportTable } from '../../http/export/export-stream.js';
import { keysetBatches } from '../../http/export/keyset-batches.js';
import { personSchema, type ListPeopleQuery } from './people.schemas.js';

type SortField = 'name' | 'createdAt' | 'updatedAt';
type Filters = Pick<ListPeopleQuery, 'country' | 'updatedSince'>;

// Must be the very expression of the GIN index people_trigram_idx, or the index cannot serve the query.
const trigramText = Prisma.sql`person_trigram_text(p.name, p.aliases)`;

// Each served by an index on (column, id): people_name_id_idx, people_created_at_id_idx, people_updated_at_id_idx.
const columns: Record<SortField | 'score', KeysetColumn> = {
  score: scoreColumn,
  name: { sql: Prisma.sql`m.name`, type: 'text' },
  createdAt: { sql: Prisma.sql`m.created_at`, type: 'timestamptz' },
  updatedAt: { sql: Prisma.sql`m.updated_at`, type: 'timestamptz' },
};

function filterConditions(filters: Filters): Prisma.Sql[] {
  const conditions: Prisma.Sql[] = [];
  if (filters.country) conditions.push(Prisma.sql`p.country_code IN (${Prisma.join(filters.country)})`);
  if (filters.updatedSince) conditions.push(Prisma.sql`p.updated_at >= CAST(${utcInstant(filters.updatedSince)} AS timestamptz)`);
  return conditions;
}

/**
 * The people a list considers, with their sort columns and `score`: with `q`, those whose name or an alias resembles
 * q (word similarity ≥ pg_trgm.word_similarity_threshold) scored by similarity; without, everyone (score null).
 */
export function peopleRows(q: string | undefined, filters: Filters): Prisma.Sql {
  const match = q === undefined ? undefined : nameMatch(q, trigramText);
  const conditions = [...(match ? [match.where] : []), ...filterConditions(filters)];
  return Prisma.sql`
    SELECT p.id, p.name, p.created_at, p.updated_at, ${match ? match.score : Prisma.sql`CAST(NULL AS real)`} AS score
    FROM people AS p
    WHERE ${conditions.length ? Prisma.join(conditions, ' AND ') : Prisma.sql`TRUE`}`;
}

/** One page of GET /v1/people as PageRow (id, score, sort_value) after the cursor key `after`, if any. */
export function peoplePageSql(query: ListPeopleQuery, after?: CursorKey): Prisma.Sql {
  const keyset: Keyset<SortField | 'score'> = query.sort
    ? parseSort<SortField>(query.sort)
    : query.q === undefined
      ? { field: 'name', descending: false }
      : { field: 'score', descending: true };
  return keysetPageSql(peopleRows(query.q, query), columns, keyset, after, query.limit);
}

/** The fuzzy lookup's page (GET /v1/people?q=…). */
export const fuzzyPeoplePageSql = (query: ListPeopleQuery & { q: string }, after?: CursorKey) => peoplePageSql(query, after);

/** The page of `query` after `after`: its rows (limit + 1, to tell whether more follow) and the people of the page. */
async function peoplePage(prisma: Db, query: ListPeopleQuery, after: CursorKey | undefined) {
  const rows = await prisma.$queryRaw<PageRow[]>(peoplePageSql(query, after));
  const page = rows.slice(0, query.limit);
  const people = await prisma.person.findMany({
    where: { id: { in: page.map((row) => row.id) } },
    include: { identifiers: { orderBy: identifiersOrder } },
  });
  const data = inPageOrder(page, people).map(([person, row]) => toPersonDto(person, row.score ?? undefined));
  return { rows, data };
}

/** GET /v1/people: a page of people in the requested order, each with its identifiers (and score with `q`). */
export async function listPeople(prisma: Db, query: ListPeopleQuery) {
  const fingerprint = queryFingerprint('people', query);
  const after = query.cursor ? decodeCursor(query.cursor, fingerprint) : undefined;
  const { rows, data } = await peoplePage(prisma, query, after);
  const paging = toPage(rows, query.limit, fingerprint, (row) => keyOf(row.sort_value, row.id));
  const total =
    query.count === 'exact'
      ? (await prisma.$queryRaw<Array<{ total: number }>>(countRowsSql(peopleRows(query.q, query))))[0]?.total
      : undefined;
  return pageBody(paging, data, total === undefined ? {} : { total });
}

/** The columns of a people export: the Person fields in order (identifiers as JSON text in CSV). */
export const personExportColumns = columnsOf(personSchema);

/** Every person GET /v1/people would page through, in its order, from its cursor if any. Throws 400 as the list does. */
export function exportPeople(prisma: Db, query: ListPeopleQuery): ExportTable {
  refusePageOnly(query);
  const fingerprint = queryFingerprint('people', query);
  const start = query.cursor ? decodeCursor(query.cursor, fingerprint) : undefined;
  return {
    name: 'people',
    columns: personExportColumns,
    batches: keysetBatches(
      prisma,
      async (db, after, take) => {
        const { rows, data } = await peoplePage(db, { ...query, limit: take }, after);
        const last = rows[take - 1];
        return { records: data, next: rows.length > take && last ? keyOf(last.sort_value, last.id) : null };
      },
      start,
    ),
  };
}
