import { Prisma } from '../../generated/prisma/client.js';
import { selectColumns } from '../../db/columns.js';
import type { SqlTx } from '../../db/sql-transaction.js';
import { audit, type Actor } from '../audit/audit.js';
import { toDocumentSummaryDto } from './documents.dto.js';

// A document's text never changes, but its `meetingIds` (and so its ETag) do: whenever a meeting committed from it is
// created, deleted or pointed at another document, or it is attached to a meeting as a further source. Those writes record an update of each document they changed.

export type DocumentSummary = ReturnType<typeof toDocumentSummaryDto>;

const summaryFields = Object.values(Prisma.SourceDocumentScalarFieldEnum).filter((field) => field !== 'text' && field !== 'draft');

/** The documents among `ids` without their text and draft, each with the ids of its meetings (ascending). */
const summariesSql = (ids: readonly string[]) => Prisma.sql`
  SELECT ${selectColumns('d', summaryFields)},
    ARRAY(SELECT CAST(s.meeting_id AS text) FROM meeting_sources AS s WHERE s.document_id = d.id ORDER BY s.meeting_id) AS "meetingIds"
  FROM source_documents AS d WHERE d.id = ANY(CAST(${ids} AS uuid[]))`;

type SummaryRow = Omit<Parameters<typeof toDocumentSummaryDto>[0], 'sources'> & { meetingIds: string[] };

/** The documents' summaries (as GET /v1/documents lists them) by id; ids that are null or unknown are left out. */
export async function documentSummaries(tx: SqlTx, ids: Iterable<string | null | undefined>): Promise<Map<string, DocumentSummary>> {
  const wanted = [...new Set([...ids].filter((id): id is string => Boolean(id)))];
  if (!wanted.length) return new Map();
  const rows = await tx.$queryRaw<SummaryRow[]>(summariesSql(wanted));
  return new Map(
    rows.map(({ meetingIds, ...row }) => [
      row.id,
      toDocumentSummaryDto({ ...row, sources: meetingIds.map((meetingId) => ({ meetingId })) }),
    ]),
  );
}

/**
 * Records an update (before and after) of each document of `before` whose meetings differ now, inside the caller's
 * transaction, so that the change feed carries the document's new `meetingIds`.
 */
export async function auditDocumentChanges(tx: SqlTx, who: Actor, before: Map<string, DocumentSummary>): Promise<void> {
  const after = await documentSummaries(tx, before.keys());
  const changed = [...before.values()].filter((old) => {
    const now = after.get(old.id);
    return now !== undefined && now.meetingIds.join() !== old.meetingIds.join();
  });
  await audit(
    tx,
    who,
    changed.map((old) => ({
      action: 'update' as const,
      recordType: 'document' as const,
      recordId: old.id,
      before: old,
      after: after.get(old.id),
    })),
  );
}
