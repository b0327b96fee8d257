import type { Db } from '../../db/prisma.js';
import type { Prisma, Statement } from '../../generated/prisma/client.js';
import { conflict, inBody, notFound, fieldsProblem } from '../../http/errors.js';
import { decodeCursor, pageBody, queryFingerprint, toPage } from '../../http/pagination.js';
import { assertChanged, keepUnchanged, presentFields } from '../../http/merge-patch.js';
import { releaseEditedFacts } from './edited-facts.js';
import { audit, type Actor } from '../audit/audit.js';
import { toMeetingInitiativeDto, toStatementDto } from './meetings.dto.js';
import type { CreateStatementInput, StatementPatch } from './meetings.input.js';
import { guardVersion, lockMeeting, requireMeeting, touchMeeting, type ExpectedVersions } from './meeting-version.js';
import { nextPosition, partsPageSql, partTables, type PartsQuery } from './parts-query.js';
import { speakerProblem } from './statement-speaker.js';

// What was said at a meeting. The speaker must be a participant of the same meeting: checked here for a clear 422,
// and enforced by the database's composite foreign key whatever the path.

async function checkSpeaker(tx: Prisma.TransactionClient, meetingId: string, speakerId: string | null, kind: string) {
  const problem = speakerProblem(kind, speakerId !== null);
  if (problem) throw fieldsProblem('unprocessable', [{ in: 'body', pointer: '/speakerId', message: problem }]);
  if (speakerId === null) return;
  const speaker = await tx.participant.findFirst({ where: { id: speakerId, meetingId }, select: { id: true } });
  if (!speaker) {
    throw fieldsProblem('unprocessable', [
      { in: 'body', pointer: '/speakerId', message: `participant ${speakerId} is not a participant of this meeting` },
    ]);
  }
}

async function checkPositionFree(tx: Prisma.TransactionClient, meetingId: string, position: number, self?: string) {
  const taken = await tx.statement.findFirst({
    where: { meetingId, position, ...(self ? { id: { not: self } } : {}) },
    select: { id: true },
  });
  if (taken) throw conflict(`Position ${position} is taken by statement ${taken.id}.`, inBody('/position'));
}

export function createStatementsService({ prisma }: { prisma: Db }) {
  return {
    async list(meetingId: string, query: PartsQuery) {
      await requireMeeting(prisma, meetingId);
      const fingerprint = queryFingerprint('statements', { meetingId });
      const after = query.cursor ? decodeCursor(query.cursor, fingerprint) : undefined;
      const rows = await prisma.$queryRaw<Statement[]>(partsPageSql(partTables.statements, meetingId, after, query.limit));
      const paging = toPage(rows, query.limit, fingerprint, (row) => [row.position, row.id]);
      return pageBody(paging, paging.page.map(toStatementDto));
    },

    async get(meetingId: string, statementId: string) {
      const row = await prisma.statement.findFirst({ where: { id: statementId, meetingId } });
      if (!row) throw notFound('statement', statementId);
      return toStatementDto(row);
    },

    async create(meetingId: string, input: CreateStatementInput, who: Actor, expected?: ExpectedVersions) {
      return prisma.$transaction(async (tx) => {
        await requireMeeting(tx, meetingId, expected);
        await checkSpeaker(tx, meetingId, input.speakerId, input.kind);
        const last = await tx.statement.aggregate({ where: { meetingId }, _max: { position: true } });
        const position = input.position ?? nextPosition(last._max.position);
        await checkPositionFree(tx, meetingId, position);
        const row = await tx.statement.create({
          data: { ...input, meetingId, position, speakerMeetingId: input.speakerId ? meetingId : null },
        });
        await touchMeeting(tx, meetingId, who);
        await audit(tx, who, { action: 'create', recordType: 'statement', recordId: row.id, meetingId, after: toStatementDto(row) });
        return toStatementDto(row);
      });
    },

    async update(meetingId: string, statementId: string, patch: StatementPatch, expected: ExpectedVersions, who: Actor) {
      return keepUnchanged(
        prisma.$transaction(async (tx) => {
          await lockMeeting(tx, meetingId);
          const before = await tx.statement.findFirst({ where: { id: statementId, meetingId } });
          if (!before) throw notFound('statement', statementId);
          guardVersion('statement', expected, before.version);
          if (!Object.keys(patch).length) return toStatementDto(before);
          const speakerId = patch.speakerId === undefined ? before.speakerId : patch.speakerId;
          await checkSpeaker(tx, meetingId, speakerId, patch.kind ?? before.kind);
          if (patch.position !== undefined) await checkPositionFree(tx, meetingId, patch.position, statementId);
          const { count } = await tx.statement.updateMany({
            where: { id: statementId, version: before.version },
            data: { ...presentFields(patch), speakerMeetingId: speakerId ? meetingId : null, version: { increment: 1 } },
          });
          guardVersion('statement', expected, before.version, count);
          const after = await tx.statement.findUniqueOrThrow({ where: { id: statementId } });
          assertChanged(toStatementDto(before), toStatementDto(after));
          await releaseEditedFacts(tx, 'statement', statementId, toStatementDto(before), toStatementDto(after));
          await touchMeeting(tx, meetingId, who);
          await audit(tx, who, {
            action: 'update',
            recordType: 'statement',
            recordId: statementId,
            meetingId,
            before: toStatementDto(before),
            after: toStatementDto(after),
          });
          return toStatementDto(after);
        }),
      );
    },

    async remove(meetingId: string, statementId: string, expected: ExpectedVersions, who: Actor) {
      await prisma.$transaction(async (tx) => {
        await lockMeeting(tx, meetingId);
        const before = await tx.statement.findFirst({ where: { id: statementId, meetingId } });
        if (!before) throw notFound('statement', statementId);
        guardVersion('statement', expected, before.version);
        // The initiative links that cite the statement no longer do: a change to each link, made and audited here.
        await detachCitingLinks(tx, statementId, meetingId, who);
        const { count } = await tx.statement.deleteMany({ where: { id: statementId, version: before.version } });
        guardVersion('statement', expected, before.version, count);
        await touchMeeting(tx, meetingId, who);
        await audit(tx, who, {
          action: 'delete',
          recordType: 'statement',
          recordId: statementId,
          meetingId,
          before: toStatementDto(before),
        });
      });
    },
  };
}

/** Clears `statementId` on every link citing the statement, bumping each link's version and updatedAt, with audit. */
async function detachCitingLinks(tx: Prisma.TransactionClient, statementId: string, meetingId: string, who: Actor): Promise<void> {
  const citing = await tx.meetingInitiative.findMany({ where: { statementId } });
  for (const link of citing) {
    const after = await tx.meetingInitiative.update({
      where: { id: link.id },
      data: { statementId: null, version: { increment: 1 }, updatedAt: new Date() },
    });
    await audit(tx, who, {
      action: 'update',
      recordType: 'meeting_initiative',
      recordId: link.id,
      meetingId,
      before: toMeetingInitiativeDto(link),
      after: toMeetingInitiativeDto(after),
    });
  }
}

export type StatementsService = ReturnType<typeof createStatementsService>;
