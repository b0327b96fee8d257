import { assertIdentifiersFree } from '../people/identifiers-free.js';
import { seatedAs } from '../people/same-person.js';
import type { Db } from '../../db/prisma.js';
import type { Participant } from '../../generated/prisma/client.js';
import { conflict, inBody, notFound, fieldsProblem } from '../../http/errors.js';
import { assertChanged, keepUnchanged, presentFields } from '../../http/merge-patch.js';
import { releaseEditedFacts } from './edited-facts.js';
import { audit, type Actor } from '../audit/audit.js';
import { toParticipantDto } from './meetings.dto.js';
import { toPersonDto } from '../people/people.dto.js';
import type { CreateParticipantInput, ParticipantPatch } from './meetings.input.js';
import { decodeCursor, queryFingerprint, pageBody, toPage } from '../../http/pagination.js';
import { nextPosition, partsPageSql, partTables, type PartsQuery } from './parts-query.js';
import { guardVersion, lockMeeting, requireMeeting, touchMeeting, type ExpectedVersions } from './meeting-version.js';

// A person's part in one meeting. Every change bumps the meeting's version too.

export function createParticipantsService({ prisma }: { prisma: Db }) {
  async function find(meetingId: string, participantId: string) {
    const row = await prisma.participant.findFirst({ where: { id: participantId, meetingId } });
    if (!row) throw notFound('participant', participantId);
    return row;
  }

  return {
    async list(meetingId: string, query: PartsQuery) {
      await requireMeeting(prisma, meetingId);
      const fingerprint = queryFingerprint('participants', { meetingId });
      const after = query.cursor ? decodeCursor(query.cursor, fingerprint) : undefined;
      const rows = await prisma.$queryRaw<Participant[]>(partsPageSql(partTables.participants, meetingId, after, query.limit));
      const paging = toPage(rows, query.limit, fingerprint, (row) => [row.position, row.id]);
      return pageBody(paging, paging.page.map(toParticipantDto));
    },

    get: async (meetingId: string, participantId: string) => toParticipantDto(await find(meetingId, participantId)),

    async create(meetingId: string, input: CreateParticipantInput, who: Actor, expected?: ExpectedVersions) {
      return prisma.$transaction(async (tx) => {
        await requireMeeting(tx, meetingId, expected);
        let personId = input.personId;
        if (personId && !(await tx.person.findUnique({ where: { id: personId }, select: { id: true } }))) {
          throw fieldsProblem('unprocessable', [{ in: 'body', pointer: '/personId', message: `no person with id ${personId}` }]);
        }
        if (!personId && input.person) {
          const { identifiers, ...person } = input.person;
          // A new person whom the meeting already seats — in another case, accents, script or transliteration, of a
          // compatible country, as a meeting's body is checked (people/same-person.ts) — would be created a second time
          // and seated twice (new-user trials 117 and 118).
          const seated = (
            await tx.participant.findMany({
              where: { meetingId },
              select: { person: { select: { name: true, aliases: true, countryCode: true } } },
            })
          ).map((row) => row.person);
          const same = seated[seatedAs(person.name, person.countryCode ?? null, seated)];
          if (same)
            throw conflict(
              `This person is already a participant of the meeting ("${same.name}"); give their personId to change their part.`,
              inBody('/person'),
            );
          await assertIdentifiersFree(
            tx,
            identifiers.map((identifier, at) => ({ ...identifier, pointer: `/person/identifiers/${at}` })),
          );
          const created = await tx.person.create({ data: { ...person, identifiers: { create: identifiers } } });
          await audit(tx, who, {
            action: 'create',
            recordType: 'person',
            recordId: created.id,
            after: toPersonDto({ ...created, identifiers }),
          });
          personId = created.id;
        }
        if (await tx.participant.findFirst({ where: { meetingId, personId: personId! }, select: { id: true } })) {
          throw conflict('This person is already a participant of the meeting.', inBody(input.personId ? '/personId' : '/person'));
        }
        const last = await tx.participant.aggregate({ where: { meetingId }, _max: { position: true } });
        const { person: _person, personId: _personId, ...fields } = input;
        const row = await tx.participant.create({
          data: { ...fields, meetingId, personId: personId!, position: nextPosition(last._max.position) },
        });
        await touchMeeting(tx, meetingId, who);
        await audit(tx, who, { action: 'create', recordType: 'participant', recordId: row.id, meetingId, after: toParticipantDto(row) });
        return toParticipantDto(row);
      });
    },

    async update(meetingId: string, participantId: string, patch: ParticipantPatch, expected: ExpectedVersions, who: Actor) {
      return keepUnchanged(
        prisma.$transaction(async (tx) => {
          await lockMeeting(tx, meetingId);
          const before = await tx.participant.findFirst({ where: { id: participantId, meetingId } });
          if (!before) throw notFound('participant', participantId);
          guardVersion('participant', expected, before.version);
          if (!Object.keys(patch).length) return toParticipantDto(before);
          const { count } = await tx.participant.updateMany({
            where: { id: participantId, version: before.version },
            data: { ...presentFields(patch), version: { increment: 1 } },
          });
          guardVersion('participant', expected, before.version, count);
          const after = await tx.participant.findUniqueOrThrow({ where: { id: participantId } });
          assertChanged(toParticipantDto(before), toParticipantDto(after));
          await releaseEditedFacts(tx, 'participant', participantId, toParticipantDto(before), toParticipantDto(after));
          await touchMeeting(tx, meetingId, who);
          await audit(tx, who, {
            action: 'update',
            recordType: 'participant',
            recordId: participantId,
            meetingId,
            before: toParticipantDto(before),
            after: toParticipantDto(after),
          });
          return toParticipantDto(after);
        }),
      );
    },

    async remove(meetingId: string, participantId: string, expected: ExpectedVersions, who: Actor) {
      await prisma.$transaction(async (tx) => {
        await lockMeeting(tx, meetingId);
        const before = await tx.participant.findFirst({ where: { id: participantId, meetingId } });
        if (!before) throw notFound('participant', participantId);
        guardVersion('participant', expected, before.version);
        const statements = await tx.statement.count({ where: { speakerId: participantId } });
        if (statements) {
          throw conflict(
            `This participant is the speaker of ${statements} statement${statements === 1 ? '' : 's'}; delete or reassign them first.`,
          );
        }
        const { count } = await tx.participant.deleteMany({ where: { id: participantId, version: before.version } });
        guardVersion('participant', expected, before.version, count);
        await touchMeeting(tx, meetingId, who);
        await audit(tx, who, {
          action: 'delete',
          recordType: 'participant',
          recordId: participantId,
          meetingId,
          before: toParticipantDto(before),
        });
      });
    },
  };
}

export type ParticipantsService = ReturnType<typeof createParticipantsService>;
