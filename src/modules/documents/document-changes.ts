import type { Prisma } from '../../generated/prisma/client.js';
import { audit, type Actor } from '../audit/audit.js';
import { toDocumentSummaryDto } from './documents.dto.js';

// A document's text never changes, but its `meetingIds` (and so its ETag) do: whenever a meeting committed from it is
// created, deleted or pointed at another document, or it is attached to a meeting as a further source. Those writes record an update of each document they changed.

export type DocumentSummary = ReturnType<typeof toDocumentSummaryDto>;

const summaryArgs = {
  omit: { text: true, draft: true },
  include: { sources: { select: { meetingId: true }, orderBy: { meetingId: 'asc' } } },
} as const;

/** The documents' summaries (as GET /v1/documents lists them) by id; ids that are null or unknown are left out. */
export async function documentSummaries(
  tx: Prisma.TransactionClient,
  ids: Iterable<string | null | undefined>,
): Promise<Map<string, DocumentSummary>> {
  const wanted = [...new Set([...ids].filter((id): id is string => Boolean(id)))];
  if (!wanted.length) return new Map();
  const rows = await tx.sourceDocument.findMany({ where: { id: { in: wanted } }, ...summaryArgs });
  return new Map(rows.map((row) => [row.id, toDocumentSummaryDto(row)]));
}

/**
 * Records an update (before and after) of each document of `before` whose meetings differ now, inside the caller's
 * transaction, so that the change feed carries the document's new `meetingIds`.
 */
export async function auditDocumentChanges(tx: Prisma.TransactionClient, who: Actor, before: Map<string, DocumentSummary>): Promise<void> {
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
