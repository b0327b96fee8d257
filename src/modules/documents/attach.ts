import type { Meeting, Prisma } from '../../generated/prisma/client.js';
import { fieldsProblem } from '../../http/errors.js';
import { audit, type Actor } from '../audit/audit.js';
import { toMeetingInitiativeDto, toParticipantDto, toStatementDto } from '../meetings/meetings.dto.js';
import type { CreateMeetingInput } from '../meetings/meetings.input.js';
import { findInitiatives } from '../meetings/meetings.writer.js';
import { touchMeeting } from '../meetings/meeting-version.js';
import { nextPosition } from '../meetings/parts-query.js';
import { toPersonDto } from '../people/people.dto.js';
import { kindsAgree, samePerson } from './matching.js';
import { isOfficeName } from './stored-people.js';
import { foldKey } from '../../ingest/text/fold.js';
import { insertSpans, spanRows, type SpanRef } from './draft-to-input.js';

// A further readout of a meeting already recorded (usually the other side's) is added to that meeting instead of
// becoming a second one. A fact both readouts report is one record with a span in each document; what only this
// readout reports is added. The meeting's own fields (title, date, place, kind) stay as recorded: this readout's
// spans for them are kept, so the comparison shows how each side printed them.

/** One draft meeting to add to a stored meeting: its createMeeting request (checked) and the spans by record index. */
export interface Attachment {
  meetingId: string;
  documentId: string;
  input: CreateMeetingInput;
  /** The printed name of each participant of `input`, in its order (the draft's). */
  names: readonly string[];
  spans: SpanRef[];
  /** Index of the entry in the commit's `attach`, and of its meeting in the draft: where errors point. */
  attachIndex: number;
  draftMeeting: number;
  /** The editor's `force`: attach with fewer people in common than a candidate needs. */
  force?: boolean;
}

/**
 * Adds a readout's meeting to the stored meeting `meetingId` inside the caller's transaction: participants matched by
 * person (a person already seated keeps the record and gains this document's spans; another is seated after the
 * others), every statement (after the others), initiative links (one per initiative: an existing link gains a span),
 * the provenance spans, a `meeting_sources` row (`attached`), and a new version of the meeting, each change audited.
 * Returns the meeting as it is afterwards. Throws 422 when the meeting does not exist or an initiative does not resolve.
 */
export async function attachToMeeting(tx: Prisma.TransactionClient, attachment: Attachment, who: Actor): Promise<Meeting> {
  const { meetingId, documentId, input, spans, attachIndex, draftMeeting } = attachment;
  const locked = await tx.$queryRaw<
    Array<{ id: string; date: Date | null; kind: string; countryCode: string | null }>
  >`SELECT id, date, kind::text AS kind, country_code AS "countryCode" FROM meetings WHERE id = ${meetingId}::uuid FOR UPDATE`;
  if (!locked.length) {
    throw fieldsProblem('unprocessable', [
      { in: 'body', pointer: `/attach/${attachIndex}/meetingId`, message: `no meeting with id ${meetingId}` },
    ]);
  }
  const seated = await tx.participant.findMany({
    where: { meetingId },
    select: { id: true, personId: true, countryCode: true, title: true, person: { select: { name: true, aliases: true } } },
  });
  const byPerson = new Map(seated.map((row) => [row.personId, row.id]));
  const stored = seated.map((row) => ({
    id: row.id,
    personId: row.personId,
    name: row.person.name,
    aliases: row.person.aliases,
    countryCode: row.countryCode,
    title: row.title,
  }));
  const draftPointer = `/draft/meetings/${draftMeeting}/participants`;
  // A person id that names nobody is refused, whether or not the name would match someone seated.
  const personIds = input.participants.flatMap((participant) => (participant.personId ? [participant.personId] : []));
  const existing = new Set((await tx.person.findMany({ where: { id: { in: personIds } }, select: { id: true } })).map((row) => row.id));
  const unknown = input.participants.findIndex((participant) => participant.personId && !existing.has(participant.personId));
  if (unknown >= 0) {
    const id = input.participants[unknown]!.personId!;
    throw fieldsProblem('unprocessable', [
      { in: 'body', pointer: `${draftPointer}/${unknown}/personId`, message: `no person with id ${id}` },
    ]);
  }
  // A readout of another meeting is not attached to this one: at least one person both record (as matching.ts compares).
  const printedOf = (index: number) => ({
    personId: input.participants[index]!.personId ?? null,
    name: attachment.names[index] ?? input.participants[index]!.person?.name ?? '',
    countryCode: input.participants[index]!.countryCode,
    title: input.participants[index]!.title,
  });
  // As a candidate must (matching.ts): two people in common, one to one; or the one person a side names, when the day,
  // the kind and the place do not differ — one person in common is otherwise the same principal's meeting, that day,
  // with another counterpart. An editor who knows better sends `force`.
  const free = [...stored];
  const shared = input.participants.filter((_, index) => {
    const at = free.findIndex((row) => samePerson(printedOf(index), row));
    if (at >= 0) free.splice(at, 1);
    return at >= 0;
  }).length;
  const alone = Math.min(input.participants.length, stored.length) === 1 && Math.max(input.participants.length, stored.length) >= 2;
  const sameOccasion =
    (locked[0]?.date ?? null) !== null &&
    input.date !== undefined &&
    input.date !== null &&
    locked[0]!.date!.toISOString().slice(0, 10) === input.date.slice(0, 10) &&
    locked[0]!.kind === input.kind &&
    !(locked[0]!.countryCode && input.countryCode && locked[0]!.countryCode !== input.countryCode);
  if (stored.length > 0 && !attachment.force && (shared === 0 || (shared === 1 && !(alone && sameOccasion)))) {
    const why =
      shared === 0
        ? `shares no participant with meeting ${meetingId}`
        : `shares only one person with meeting ${meetingId}, which is how the same principal's meeting with another counterpart looks`;
    throw fieldsProblem('unprocessable', [
      {
        in: 'body',
        pointer: `/attach/${attachIndex}/meetingId`,
        message: `the readout's meeting ${why}; attach it only to a meeting it reports, or send "force": true on this attach entry if you know it is that meeting`,
      },
    ]);
  }
  // As a candidate must (matching.ts), whatever the people: the day within one (the two capitals' dates of one call
  // differ by a day at most) when both are dated, and a kind of the same family (a call is no visit) — trial finding:
  // a 2021 call attached to a 2023 meeting of the same two people. An editor who knows better sends `force`.
  const recordedDate = locked[0]?.date ?? null;
  const recordedKind = locked[0]?.kind ?? null;
  const refuse = (why: string) =>
    fieldsProblem('unprocessable', [
      {
        in: 'body',
        pointer: `/attach/${attachIndex}/meetingId`,
        message: `${why}; attach the readout only to a meeting it reports, or send "force": true on this attach entry if you know it is that meeting`,
      },
    ]);
  if (!attachment.force && recordedDate && input.date) {
    const days = Math.abs(Date.parse(input.date.slice(0, 10)) - Date.parse(recordedDate.toISOString().slice(0, 10))) / 86_400_000;
    const recorded = recordedDate.toISOString().slice(0, 10);
    if (days > 1)
      throw refuse(`meeting ${meetingId} is dated ${recorded}, more than a day from the readout's meeting (${input.date.slice(0, 10)})`);
  }
  if (!attachment.force && recordedKind && !kindsAgree(recordedKind, input.kind))
    throw refuse(`meeting ${meetingId} is a ${recordedKind}, which the readout's ${input.kind} cannot be`);
  let participantPosition = (await tx.participant.aggregate({ where: { meetingId }, _max: { position: true } }))._max.position;
  let statementPosition = (await tx.statement.aggregate({ where: { meetingId }, _max: { position: true } }))._max.position;

  const participantIds: string[] = [];
  const keys = new Map<string, string>();
  for (const [index, participant] of input.participants.entries()) {
    let personId = participant.personId ?? null;
    // The person seated already, by id or — printed another way by this side, maybe stored twice — by name, as the
    // matcher compares them (matching.ts).
    const printed = printedOf(index);
    const seatedAs = personId ? undefined : stored.find((row) => samePerson(printed, row));
    let id = (personId ? byPerson.get(personId) : undefined) ?? seatedAs?.id;
    // "Minister for Foreign Affairs (IE)", stored from a side that never named them, is the Micheál Martin this side
    // names: the person takes the name, the office name stays an alias (trial finding: the name was found nowhere).
    if (seatedAs && isOfficeName(seatedAs.name) && printed.name && !isOfficeName(printed.name)) {
      await tx.$queryRaw`SELECT id FROM people WHERE id = ${seatedAs.personId}::uuid FOR UPDATE`;
      const before = await tx.person.findUnique({ where: { id: seatedAs.personId }, include: { identifiers: true } });
      if (before && before.name === seatedAs.name) {
        const after = await tx.person.update({
          where: { id: before.id },
          data: { name: printed.name, aliases: [...new Set([...before.aliases, before.name])], version: { increment: 1 } },
          include: { identifiers: true },
        });
        await audit(tx, who, {
          action: 'update',
          recordType: 'person',
          recordId: after.id,
          before: toPersonDto(before),
          after: toPersonDto(after),
        });
        seatedAs.name = printed.name;
      }
    }
    if (!id) {
      if (!personId && participant.person) {
        const { identifiers, ...person } = participant.person;
        const created = await tx.person.create({ data: { ...person, identifiers: { create: identifiers } } });
        await audit(tx, who, {
          action: 'create',
          recordType: 'person',
          recordId: created.id,
          after: toPersonDto({ ...created, identifiers }),
        });
        personId = created.id;
      }
      participantPosition = nextPosition(participantPosition);
      const row = await tx.participant.create({
        data: {
          meetingId,
          personId: personId!,
          title: participant.title,
          countryCode: participant.countryCode,
          organization: participant.organization,
          role: participant.role,
          printedName: participant.printedName,
          printedTitle: participant.printedTitle,
          position: participantPosition,
        },
      });
      await audit(tx, who, { action: 'create', recordType: 'participant', recordId: row.id, meetingId, after: toParticipantDto(row) });
      byPerson.set(row.personId, row.id);
      stored.push({ id: row.id, personId: row.personId, name: printed.name, aliases: [], countryCode: row.countryCode, title: row.title });
      id = row.id;
    }
    participantIds.push(id);
    if (participant.key) keys.set(participant.key, id);
  }

  const statementIds: string[] = [];
  // A statement the meeting holds already, word for word (a reprint of the same readout, one side quoting the other's
  // release), is that record: it gains this document's span rather than a copy (trial finding) — one to one, as people.
  const said = new Map<string, string[]>();
  for (const row of await tx.statement.findMany({ where: { meetingId }, select: { id: true, text: true }, orderBy: { position: 'asc' } }))
    said.set(foldKey(row.text), [...(said.get(foldKey(row.text)) ?? []), row.id]);
  for (const statement of input.statements) {
    const again = said.get(foldKey(statement.text))?.shift();
    if (again) {
      statementIds.push(again);
      continue;
    }
    const speakerId = statement.speakerKey === null ? null : (keys.get(statement.speakerKey) ?? null);
    statementPosition = nextPosition(statementPosition);
    const row = await tx.statement.create({
      data: {
        meetingId,
        speakerId,
        speakerMeetingId: speakerId ? meetingId : null,
        kind: statement.kind,
        text: statement.text,
        topics: statement.topics,
        position: statementPosition,
      },
    });
    await audit(tx, who, { action: 'create', recordType: 'statement', recordId: row.id, meetingId, after: toStatementDto(row) });
    statementIds.push(row.id);
  }

  const initiatives = await findInitiatives(
    tx,
    input.initiatives.map((link) => link.initiative),
  );
  const linkIds: string[] = [];
  for (const [index, link] of input.initiatives.entries()) {
    const initiative = initiatives.get(link.initiative);
    if (!initiative) {
      throw fieldsProblem('unprocessable', [
        { in: 'body', pointer: `/draft/meetings/${draftMeeting}/initiatives/${index}/slug`, message: `no initiative "${link.initiative}"` },
      ]);
    }
    const existing = await tx.meetingInitiative.findUnique({
      where: { meetingId_initiativeId: { meetingId, initiativeId: initiative.id } },
      select: { id: true },
    });
    if (existing) {
      linkIds.push(existing.id);
      continue;
    }
    const row = await tx.meetingInitiative.create({
      data: {
        meetingId,
        initiativeId: initiative.id,
        status: link.status,
        description: link.description,
        committedParties: link.committedParties,
        statementId: link.statementIndex === null ? null : (statementIds[link.statementIndex] ?? null),
      },
    });
    await audit(tx, who, {
      action: 'create',
      recordType: 'meeting_initiative',
      recordId: row.id,
      meetingId,
      after: toMeetingInitiativeDto(row),
    });
    linkIds.push(row.id);
  }

  const ids = { meeting: [meetingId], participant: participantIds, statement: statementIds, meeting_initiative: linkIds };
  await insertSpans(tx, spanRows(documentId, meetingId, spans, ids));
  await tx.meetingSource.create({ data: { meetingId, documentId, role: 'attached' } });
  await touchMeeting(tx, meetingId, who);
  return tx.meeting.findUniqueOrThrow({ where: { id: meetingId } });
}
