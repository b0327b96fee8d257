import type { Db } from '../../db/prisma.js';
import { Prisma } from '../../generated/prisma/client.js';
import { keyOf, type KeysetColumn } from '../../http/keyset.js';
import { foldedContainsPattern } from '../../http/name-match.js';
import { inPageOrder, keysetPageSql, type PageRow } from '../../http/keyset-page.js';
import { decodeCursor, queryFingerprint, toPage, type CursorKey } from '../../http/pagination.js';

// GET /v1/documents: newest first, on source_documents_created_at_id_idx.

const columns: Record<'createdAt', KeysetColumn> = { createdAt: { sql: Prisma.sql`m.created_at`, type: 'timestamptz' } };
const newestFirst = { field: 'createdAt' as const, descending: true };

/** The filters of GET /v1/documents. */
export interface DocumentFilters {
  /** Committed as (or attached to) a meeting, or not. */
  committed?: boolean | undefined;
  /** Publisher contains this, ignoring case and accents. */
  publisher?: string | undefined;
}

/** One page of documents (plus one row) as PageRow, newest first, after the cursor key `after`, if any. */
export function documentsPageSql(limit: number, after?: CursorKey, filters: DocumentFilters = {}): Prisma.Sql {
  const where: Prisma.Sql[] = [];
  const committed = Prisma.sql`EXISTS (SELECT 1 FROM meeting_sources s WHERE s.document_id = d.id)`;
  if (filters.committed !== undefined) where.push(filters.committed ? committed : Prisma.sql`NOT ${committed}`);
  // Contains, ignoring case and accents.
  if (filters.publisher !== undefined) where.push(Prisma.sql`fold_text(d.publisher) LIKE ${foldedContainsPattern(filters.publisher)}`);
  const condition = where.length ? Prisma.sql`WHERE ${Prisma.join(where, ' AND ')}` : Prisma.empty;
  const rows = Prisma.sql`SELECT d.id, d.created_at, CAST(NULL AS real) AS score FROM source_documents AS d ${condition}`;
  return keysetPageSql(rows, columns, newestFirst, after, limit);
}

/**
 * A page of documents without their text and draft, each with the ids of the meetings committed from it, and the
 * paging of toPage; `filters` narrow it (a cursor is valid for the filters it was made with only). Throws 400
 * `invalid_cursor` for a cursor of another list or of other filters, or a forged one.
 */
export async function listDocuments(prisma: Db, limit: number, cursor: string | undefined, filters: DocumentFilters = {}) {
  const fingerprint = queryFingerprint('documents', { committed: filters.committed, publisher: filters.publisher });
  const rows = await prisma.$queryRaw<PageRow[]>(documentsPageSql(limit, cursor ? decodeCursor(cursor, fingerprint) : undefined, filters));
  const paging = toPage(rows, limit, fingerprint, (row) => keyOf(row.sort_value, row.id));
  const documents = await prisma.sourceDocument.findMany({
    where: { id: { in: paging.page.map((row) => row.id) } },
    omit: { text: true, draft: true },
    include: { sources: { select: { meetingId: true }, orderBy: { meetingId: 'asc' } } },
  });
  return { ...paging, page: inPageOrder(paging.page, documents).map(([document]) => document) };
}
