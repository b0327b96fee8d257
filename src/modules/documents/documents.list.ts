import type { Db } from '../../db/prisma.js';
import { Prisma } from '../../generated/prisma/client.js';
import { keyOf, type KeysetColumn } from '../../http/keyset.js';
import { inPageOrder, keysetPageSql, type PageRow } from '../../http/keyset-page.js';
import { decodeCursor, queryFingerprint, toPage, type CursorKey } from '../../http/pagination.js';

// GET /v1/documents: newest first, on source_documents_created_at_id_idx.

const columns: Record<'createdAt', KeysetColumn> = { createdAt: { sql: Prisma.sql`m.created_at`, type: 'timestamptz' } };
const newestFirst = { field: 'createdAt' as const, descending: true };

/** One page of documents (plus one row) as PageRow, newest first, after the cursor key `after`, if any. */
export function documentsPageSql(limit: number, after?: CursorKey): Prisma.Sql {
  const rows = Prisma.sql`SELECT d.id, d.created_at, CAST(NULL AS real) AS score FROM source_documents AS d`;
  return keysetPageSql(rows, columns, newestFirst, after, limit);
}

/**
 * A page of documents without their text and draft, each with the ids of the meetings committed from it, and the
 * paging of toPage. Throws 400 `invalid_cursor` for a cursor of another list or a forged one.
 */
export async function listDocuments(prisma: Db, limit: number, cursor: string | undefined) {
  const fingerprint = queryFingerprint('documents', {});
  const rows = await prisma.$queryRaw<PageRow[]>(documentsPageSql(limit, cursor ? decodeCursor(cursor, fingerprint) : undefined));
  const paging = toPage(rows, limit, fingerprint, (row) => keyOf(row.sort_value, row.id));
  const documents = await prisma.sourceDocument.findMany({
    where: { id: { in: paging.page.map((row) => row.id) } },
    omit: { text: true, draft: true },
    include: { sources: { select: { meetingId: true }, orderBy: { meetingId: 'asc' } } },
  });
  return { ...paging, page: inPageOrder(paging.page, documents).map(([document]) => document) };
}
