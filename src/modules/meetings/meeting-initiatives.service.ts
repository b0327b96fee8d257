import type { Db } from '../../db/prisma.js';
import type { MeetingInitiative, Prisma } from '../../generated/prisma/client.js';
import { conflict, inBody, notFound, fieldsProblem } from '../../http/errors.js';
import { decodeCursor, queryFingerprint, pageBody, toPage } from '../../http/pagination.js';
import { keyOf } from '../../http/keyset.js';
import { assertChanged, keepUnchanged, presentFields } from '../../http/merge-patch.js';
import { releaseEditedFacts } from './edited-facts.js';
import { audit, type Actor } from '../audit/audit.js';
import { toMeetingInitiativeDto } from './meetings.dto.js';
import type { CreateMeetingInitiativeInput, MeetingInitiativePatch } from './meetings.input.js';
import { guardVersion, lockMeeting, requireMeeting, touchMeeting, type ExpectedVersions } from './meeting-version.js';
import { findInitiatives } from './meetings.writer.js';
import { partsPageSql, partTables, type PartsQuery } from './parts-query.js';

// An initiative agreed or discussed at a meeting: a link to the catalogue with what was said and by whom.

async function checkStatement(tx: Prisma.TransactionClient, meetingId: string, statementId: string | null) {
  if (statementId === null) return;
  if (!(await tx.statement.findFirst({ where: { id: statementId, meetingId }, select: { id: true } }))) {
    throw fieldsProblem('unprocessable', [
      { in: 'body', pointer: '/statementId', message: `statement ${statementId} is not a statement of this meeting` },
    ]);
  }
}

export function createMeetingInitiativesService({ prisma }: { prisma: Db }) {
  return {
    async list(meetingId: string, query: PartsQuery) {
      await requireMeeting(prisma, meetingId);
      const fingerprint = queryFingerprint('initiative-links', { meetingId });
      const after = query.cursor ? decodeCursor(query.cursor, fingerprint) : undefined;
      const rows = await prisma.$queryRaw<MeetingInitiative[]>(partsPageSql(partTables.initiatives, meetingId, after, query.limit));
      const paging = toPage(rows, query.limit, fingerprint, (row) => keyOf(row.createdAt, row.id));
      return pageBody(paging, paging.page.map(toMeetingInitiativeDto));
    },

    async get(meetingId: string, linkId: string) {
      const row = await prisma.meetingInitiative.findFirst({ where: { id: linkId, meetingId } });
      if (!row) throw notFound('meeting initiative', linkId);
      return toMeetingInitiativeDto(row);
    },

    async create(meetingId: string, input: CreateMeetingInitiativeInput, who: Actor, expected?: ExpectedVersions) {
      return prisma.$transaction(async (tx) => {
        await requireMeeting(tx, meetingId, expected);
        const initiative = (await findInitiatives(tx, [input.initiative])).get(input.initiative);
        if (!initiative) {
          throw fieldsProblem('unprocessable', [
            { in: 'body', pointer: '/initiative', message: `no initiative with id or slug "${input.initiative}"` },
          ]);
        }
        await checkStatement(tx, meetingId, input.statementId);
        if (await tx.meetingInitiative.findFirst({ where: { meetingId, initiativeId: initiative.id }, select: { id: true } })) {
          throw conflict(
            `The initiative "${initiative.slug}" is already linked to this meeting; update that link instead.`,
            inBody('/initiative'),
          );
        }
        const { initiative: _key, ...fields } = input;
        const row = await tx.meetingInitiative.create({ data: { ...fields, meetingId, initiativeId: initiative.id } });
        await touchMeeting(tx, meetingId, who);
        await audit(tx, who, {
          action: 'create',
          recordType: 'meeting_initiative',
          recordId: row.id,
          meetingId,
          after: toMeetingInitiativeDto(row),
        });
        return toMeetingInitiativeDto(row);
      });
    },

    async update(meetingId: string, linkId: string, patch: MeetingInitiativePatch, expected: ExpectedVersions, who: Actor) {
      return keepUnchanged(
        prisma.$transaction(async (tx) => {
          await lockMeeting(tx, meetingId);
          const before = await tx.meetingInitiative.findFirst({ where: { id: linkId, meetingId } });
          if (!before) throw notFound('meeting initiative', linkId);
          guardVersion('meeting initiative', expected, before.version);
          if (!Object.keys(patch).length) return toMeetingInitiativeDto(before);
          if (patch.statementId !== undefined) await checkStatement(tx, meetingId, patch.statementId);
          const { count } = await tx.meetingInitiative.updateMany({
            where: { id: linkId, version: before.version },
            data: { ...presentFields(patch), version: { increment: 1 } },
          });
          guardVersion('meeting initiative', expected, before.version, count);
          const after = await tx.meetingInitiative.findUniqueOrThrow({ where: { id: linkId } });
          assertChanged(toMeetingInitiativeDto(before), toMeetingInitiativeDto(after));
          await releaseEditedFacts(tx, 'meeting_initiative', linkId, toMeetingInitiativeDto(before), toMeetingInitiativeDto(after));
          await touchMeeting(tx, meetingId, who);
          await audit(tx, who, {
            action: 'update',
            recordType: 'meeting_initiative',
            recordId: linkId,
            meetingId,
            before: toMeetingInitiativeDto(before),
            after: toMeetingInitiativeDto(after),
          });
          return toMeetingInitiativeDto(after);
        }),
      );
    },

    async remove(meetingId: string, linkId: string, expected: ExpectedVersions, who: Actor) {
      await prisma.$transaction(async (tx) => {
        await lockMeeting(tx, meetingId);
        const before = await tx.meetingInitiative.findFirst({ where: { id: linkId, meetingId } });
        if (!before) throw notFound('meeting initiative', linkId);
        guardVersion('meeting initiative', expected, before.version);
        const { count } = await tx.meetingInitiative.deleteMany({ where: { id: linkId, version: before.version } });
        guardVersion('meeting initiative', expected, before.version, count);
        await touchMeeting(tx, meetingId, who);
        await audit(tx, who, {
          action: 'delete',
          recordType: 'meeting_initiative',
          recordId: linkId,
          meetingId,
          before: toMeetingInitiativeDto(before),
        });
      });
    },
  };
}

export type MeetingInitiativesService = ReturnType<typeof createMeetingInitiativesService>;
