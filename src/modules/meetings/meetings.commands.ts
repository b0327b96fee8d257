import type { Db } from '../../db/prisma.js';
import { Prisma } from '../../generated/prisma/client.js';
import { sqlTransaction, type SqlTx } from '../../db/sql-transaction.js';
import type { CursorKey } from '../../http/pagination.js';
import { historyPageSql, type HistoryRow } from './history.sql.js';
import { notFound, type FieldError, fieldsProblem } from '../../http/errors.js';
import { assertChanged, keepUnchanged, presentFields } from '../../http/merge-patch.js';
import { releaseEditedFacts } from './edited-facts.js';
import { audit, type Actor } from '../audit/audit.js';
import { toMeetingDto, toMeetingInitiativeDto, toParticipantDto, toStatementDto } from './meetings.dto.js';
import type { CreateMeetingInput, MeetingPatch } from './meetings.input.js';
import { partOrders } from './meetings.include.js';
import { guardVersion, lockMeeting, type ExpectedVersions } from './meeting-version.js';
import { insertMeetingAggregate } from './meetings.writer.js';
import { auditDocumentChanges, documentSummaries } from '../documents/document-changes.js';

// Meeting writes: nested create, JSON Merge Patch update, delete. Each is one transaction with its audit events.

/** The advisory lock every parent change holds to the end of its transaction (taken again, it is already held). */
async function lockHierarchy(tx: SqlTx): Promise<void> {
  await tx.$queryRaw`SELECT pg_advisory_xact_lock(hashtextextended('meetings.parent_id', 0))::text`;
}

/**
 * True when `meetingId` is `parentId` or one of its ancestors (parent, parent's parent …): making it the parent's child
 * would close a cycle. Parent changes take one advisory lock for the rest of the transaction, so that two PATCHes at
 * once (A under B, B under A) cannot both pass the check.
 */
async function isAncestor(tx: SqlTx, meetingId: string, parentId: string): Promise<boolean> {
  await lockHierarchy(tx);
  const rows = await tx.$queryRaw<Array<{ found: boolean }>>`
    WITH RECURSIVE up(id, parent_id, depth) AS (
      SELECT id, parent_id, 0 FROM meetings WHERE id = ${parentId}::uuid
      UNION ALL
      SELECT m.id, m.parent_id, up.depth + 1 FROM meetings m JOIN up ON m.id = up.parent_id WHERE up.depth < 1000
    )
    SELECT EXISTS (SELECT 1 FROM up WHERE id = ${meetingId}::uuid) AS found`;
  return rows[0]?.found === true;
}

/** Whether a row with this id is in `table` (a name of ours, never input). */
async function exists(tx: SqlTx, table: 'meetings' | 'source_documents', id: string): Promise<boolean> {
  const rows = await tx.$queryRaw<unknown[]>(Prisma.sql`SELECT 1 FROM ${Prisma.raw(table)} WHERE id = CAST(${id} AS uuid)`);
  return rows.length > 0;
}

async function checkReferences(
  tx: SqlTx,
  fields: { parentId?: string | null | undefined; sourceDocumentId?: string | null | undefined },
  self?: string,
) {
  const problems: FieldError[] = [];
  if (fields.parentId) {
    if (fields.parentId === self) problems.push({ in: 'body', pointer: '/parentId', message: 'a meeting cannot be its own parent' });
    else if (!(await exists(tx, 'meetings', fields.parentId))) {
      problems.push({ in: 'body', pointer: '/parentId', message: `no meeting with id ${fields.parentId}` });
    } else if (self && (await isAncestor(tx, self, fields.parentId))) {
      problems.push({
        in: 'body',
        pointer: '/parentId',
        message: `meeting ${fields.parentId} is held on the sidelines of this one (a cycle)`,
      });
    }
  }
  if (fields.sourceDocumentId && !(await exists(tx, 'source_documents', fields.sourceDocumentId))) {
    problems.push({ in: 'body', pointer: '/sourceDocumentId', message: `no document with id ${fields.sourceDocumentId}` });
  }
  if (problems.length) throw fieldsProblem('unprocessable', problems);
}

const precisionOrder = ['year', 'month', 'day'] as const;

/**
 * Throws 422 `unprocessable` at `/date` when a patch makes the date finer than stored ("month" to "day") without the
 * date: a month- or year-precise meeting is stored as its period's first day, which is no day anyone stated (new-user
 * trial 142 F6: 2024-06 became 2024-06-01 at day precision).
 */
export function assertDateForFinerPrecision(stored: (typeof precisionOrder)[number], patch: MeetingPatch): void {
  if (patch.datePrecision === undefined || patch.date !== undefined) return;
  if (precisionOrder.indexOf(patch.datePrecision) <= precisionOrder.indexOf(stored)) return;
  throw fieldsProblem('unprocessable', [
    {
      in: 'body',
      pointer: '/date',
      message: `datePrecision from ${stored} to ${patch.datePrecision} needs the date: the stored one is its ${stored}'s first day, not a ${patch.datePrecision} the readout gave`,
    },
  ]);
}

/**
 * A meeting with its participants, statements and initiative links (each list in its order), or null: one query at a
 * time. Prisma reads several `include`d lists of one query at once, which on a transaction's single connection queues
 * a query while another runs — what pg 8 warns of ("client.query() when the client is already executing a query", new-user
 * trial 120) and pg 9 refuses.
 */
async function withParts(tx: Prisma.TransactionClient, id: string) {
  const meeting = await tx.meeting.findUnique({ where: { id } });
  if (!meeting) return null;
  const participants = await tx.participant.findMany({ where: { meetingId: id }, orderBy: partOrders.participants });
  const statements = await tx.statement.findMany({ where: { meetingId: id }, orderBy: partOrders.statements });
  const initiatives = await tx.meetingInitiative.findMany({ where: { meetingId: id }, orderBy: partOrders.initiatives });
  return { ...meeting, participants, statements, initiatives };
}

export function createMeetingCommands({ prisma }: { prisma: Db }) {
  return {
    /**
     * Creates a meeting with everything nested in it, in one transaction; returns it as GET answers it with its three
     * lists, and the WAL position after the commit (Committed). Throws 422 for a reference that does not resolve, 409
     * for a person identifier taken.
     */
    async create(input: CreateMeetingInput, who: Actor) {
      return sqlTransaction(prisma, async (tx) => {
        await checkReferences(tx, input);
        const documents = await documentSummaries(tx, [input.sourceDocumentId]);
        const created = await insertMeetingAggregate(tx, input, who);
        await auditDocumentChanges(tx, who, documents);
        return toMeetingDto({
          ...created.meeting,
          participants: created.participants,
          statements: created.statements,
          initiatives: created.links,
        });
      });
    },

    async update(id: string, patch: MeetingPatch, expected: ExpectedVersions, who: Actor) {
      return keepUnchanged(
        prisma.$transaction(async (tx) => {
          // A parent change takes the hierarchy's lock before the meeting's row, so that two of them cannot deadlock
          // (each holding its row, the other's foreign-key check waiting for it).
          if (patch.parentId) await lockHierarchy(tx);
          await lockMeeting(tx, id);
          const before = await tx.meeting.findUnique({ where: { id } });
          if (!before) throw notFound('meeting', id);
          guardVersion('meeting', expected, before.version);
          if (!Object.keys(patch).length) return toMeetingDto(before);
          assertDateForFinerPrecision(before.datePrecision, patch);
          await checkReferences(tx, patch, id);
          const documents = await documentSummaries(tx, [before.sourceDocumentId, patch.sourceDocumentId]);
          const { date, ...fields } = presentFields(patch);
          const { count } = await tx.meeting.updateMany({
            where: { id, version: before.version },
            data: { ...fields, ...(date ? { date: new Date(date) } : {}), version: { increment: 1 } },
          });
          guardVersion('meeting', expected, before.version, count);
          const after = await tx.meeting.findUniqueOrThrow({ where: { id } });
          assertChanged(toMeetingDto(before), toMeetingDto(after));
          await releaseEditedFacts(tx, 'meeting', id, toMeetingDto(before), toMeetingDto(after));
          await audit(tx, who, {
            action: 'update',
            recordType: 'meeting',
            recordId: id,
            meetingId: id,
            before: toMeetingDto(before),
            after: toMeetingDto(after),
          });
          await auditDocumentChanges(tx, who, documents);
          return toMeetingDto(after);
        }),
      );
    },

    async remove(id: string, expected: ExpectedVersions, who: Actor) {
      await prisma.$transaction(async (tx) => {
        await lockMeeting(tx, id);
        const before = await withParts(tx, id);
        if (!before) throw notFound('meeting', id);
        guardVersion('meeting', expected, before.version);
        // Every document the meeting was recorded from (its own and those attached to it) loses it from `meetingIds`.
        const sources = await tx.meetingSource.findMany({ where: { meetingId: id }, select: { documentId: true } });
        const documents = await documentSummaries(tx, [before.sourceDocumentId, ...sources.map((source) => source.documentId)]);
        // Meetings held within this one lose their parent: a change to each, made and audited here, not by the database.
        for (const child of await tx.meeting.findMany({ where: { parentId: id } })) {
          const after = await tx.meeting.update({
            where: { id: child.id },
            data: { parentId: null, version: { increment: 1 }, updatedAt: new Date() },
          });
          await audit(tx, who, {
            action: 'update',
            recordType: 'meeting',
            recordId: child.id,
            meetingId: child.id,
            before: toMeetingDto(child),
            after: toMeetingDto(after),
          });
        }
        const { count } = await tx.meeting.deleteMany({ where: { id, version: before.version } });
        guardVersion('meeting', expected, before.version, count);
        // The meeting owns its parts: each goes with it, and each deletion is on record, the meeting's last — in the order
        // a copy that keeps the foreign keys can apply them (new-user trial 121): the links (which cite statements), the
        // statements (which name participants as speakers), the participants, then the meeting.
        await audit(tx, who, [
          ...before.initiatives.map((row) => ({
            action: 'delete' as const,
            recordType: 'meeting_initiative' as const,
            recordId: row.id,
            meetingId: id,
            before: toMeetingInitiativeDto(row),
          })),
          ...before.statements.map((row) => ({
            action: 'delete' as const,
            recordType: 'statement' as const,
            recordId: row.id,
            meetingId: id,
            before: toStatementDto(row),
          })),
          ...before.participants.map((row) => ({
            action: 'delete' as const,
            recordType: 'participant' as const,
            recordId: row.id,
            meetingId: id,
            before: toParticipantDto(row),
          })),
          { action: 'delete', recordType: 'meeting', recordId: id, meetingId: id, before: toMeetingDto(before) },
        ]);
        await auditDocumentChanges(tx, who, documents);
      });
    },

    /** Up to limit + 1 audit events of the meeting after the cursor key, in commit order; 404 when it never existed. */
    async history(meetingId: string, limit: number, after: CursorKey | undefined) {
      const rows = await prisma.$queryRaw<HistoryRow[]>(historyPageSql(meetingId, after, limit));
      if (!rows.length && !after && !(await prisma.meeting.findUnique({ where: { id: meetingId }, select: { id: true } }))) {
        throw notFound('meeting', meetingId);
      }
      return rows;
    },
  };
}

export type MeetingCommands = ReturnType<typeof createMeetingCommands>;
