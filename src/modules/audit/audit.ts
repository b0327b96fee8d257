import { Prisma, type RecordType } from '../../generated/prisma/client.js';

// Audit events are written inside the transaction of the change they describe: both land, or neither does.

export interface Actor {
  actor: string | null;
  requestId: string | null;
}

export const systemActor: Actor = { actor: 'system', requestId: null };

export interface AuditEntry {
  action: 'create' | 'update' | 'delete';
  recordType: RecordType;
  recordId: string;
  meetingId?: string | null;
  before?: unknown;
  after?: unknown;
}

const asJson = (value: unknown) =>
  value === undefined || value === null ? Prisma.DbNull : (JSON.parse(JSON.stringify(value)) as Prisma.InputJsonValue);

export async function audit(tx: Prisma.TransactionClient, who: Actor, entries: AuditEntry | AuditEntry[]): Promise<void> {
  const list = Array.isArray(entries) ? entries : [entries];
  if (!list.length) return;
  await tx.auditEvent.createMany({
    data: list.map((entry) => ({
      actor: who.actor,
      requestId: who.requestId,
      action: entry.action,
      recordType: entry.recordType,
      recordId: entry.recordId,
      meetingId: entry.meetingId ?? null,
      before: asJson(entry.before),
      after: asJson(entry.after),
    })),
  });
}
