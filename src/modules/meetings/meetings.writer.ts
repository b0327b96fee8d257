import type { Initiative, MeetingInitiative, Participant, Prisma, Statement } from '../../generated/prisma/client.js';
import { uuidPattern } from '../../http/schemas.js';
import { v7 as uuidv7 } from 'uuid';
import { unprocessable, type FieldError } from '../../http/errors.js';
import { audit, type Actor } from '../audit/audit.js';
import { toMeetingInitiativeDto, toMeetingDto, toParticipantDto, toStatementDto } from './meetings.dto.js';
import type { CreateMeetingInput } from './meetings.input.js';
import { countryCodesOf } from './country-codes.js';
import { toPersonDto } from '../people/people.dto.js';

// Writes a whole meeting — participants (existing or new people), statements and initiative links — inside the
// caller's transaction. Anything that does not resolve is a 422 and the transaction rolls back: all or nothing.

export async function findInitiatives(tx: Prisma.TransactionClient, keys: readonly string[]): Promise<Map<string, Initiative>> {
  if (!keys.length) return new Map();
  const ids = keys.filter((key) => uuidPattern.test(key));
  const rows = await tx.initiative.findMany({ where: { OR: [{ id: { in: ids } }, { slug: { in: [...keys] } }] } });
  const byKey = new Map<string, Initiative>();
  for (const row of rows) {
    byKey.set(row.id, row);
    byKey.set(row.slug, row);
  }
  return byKey;
}

function resolveReferences(input: CreateMeetingInput, existingPeople: Set<string>, initiatives: Map<string, Initiative>) {
  const problems: FieldError[] = [];
  const keys = new Map<string, number>();
  input.participants.forEach((participant, index) => {
    if (participant.personId && !existingPeople.has(participant.personId)) {
      problems.push({ in: 'body', pointer: `/participants/${index}/personId`, message: `no person with id ${participant.personId}` });
    }
    if (participant.key && keys.has(participant.key)) {
      problems.push({ in: 'body', pointer: `/participants/${index}/key`, message: `duplicate participant key "${participant.key}"` });
    }
    if (participant.key) keys.set(participant.key, index);
  });
  input.statements.forEach((statement, index) => {
    if (statement.speakerKey !== null && !keys.has(statement.speakerKey)) {
      problems.push({
        in: 'body',
        pointer: `/statements/${index}/speakerKey`,
        message: `the speaker "${statement.speakerKey}" is not a participant of this meeting`,
      });
    }
    if (statement.kind === 'reported' && statement.speakerKey === null) {
      problems.push({ in: 'body', pointer: `/statements/${index}/speakerKey`, message: 'a reported statement needs a speaker' });
    }
  });
  input.initiatives.forEach((link, index) => {
    if (!initiatives.has(link.initiative)) {
      problems.push({
        in: 'body',
        pointer: `/initiatives/${index}/initiative`,
        message: `no initiative with id or slug "${link.initiative}"`,
      });
    }
    if (link.statementIndex !== null && link.statementIndex >= input.statements.length) {
      problems.push({ in: 'body', pointer: `/initiatives/${index}/statementIndex`, message: 'no statement at this index' });
    }
  });
  const seen = new Set<string>();
  input.initiatives.forEach((link, index) => {
    const id = initiatives.get(link.initiative)?.id;
    if (id && seen.has(id)) problems.push({ in: 'body', pointer: `/initiatives/${index}/initiative`, message: 'initiative linked twice' });
    if (id) seen.add(id);
  });
  if (problems.length) throw unprocessable(problems.map((p) => `${p.pointer}: ${p.message}`).join('; '), problems);
  return keys;
}

export async function insertMeetingAggregate(tx: Prisma.TransactionClient, input: CreateMeetingInput, who: Actor) {
  const personIds = input.participants.flatMap((participant) => (participant.personId ? [participant.personId] : []));
  const existing = new Set((await tx.person.findMany({ where: { id: { in: personIds } }, select: { id: true } })).map((p) => p.id));
  const initiatives = await findInitiatives(
    tx,
    input.initiatives.map((link) => link.initiative),
  );
  resolveReferences(input, existing, initiatives);

  const { participants: participantInputs, statements: statementInputs, initiatives: linkInputs, date, ...fields } = input;
  const countryCodes = countryCodesOf(fields.countryCode, participantInputs);
  const meeting = await tx.meeting.create({ data: { ...fields, date: new Date(date), countryCodes } });

  // New people and the participants go in one INSERT each; ids are minted here (UUIDv7, as Prisma would) so rows can
  // be matched to the request without relying on the order the database returns them in.
  const newPeople = participantInputs.map((participant) => (participant.personId ? null : { id: uuidv7(), ...participant.person! }));
  const peopleRows = await tx.person.createManyAndReturn({
    data: newPeople.flatMap((person) =>
      person ? [{ id: person.id, name: person.name, aliases: person.aliases, countryCode: person.countryCode }] : [],
    ),
  });
  const identifiers = newPeople.flatMap(
    (person) => person?.identifiers.map((identifier) => ({ ...identifier, personId: person.id })) ?? [],
  );
  if (identifiers.length) await tx.personIdentifier.createMany({ data: identifiers });
  const participantRows = await tx.participant.createManyAndReturn({
    data: participantInputs.map((participant, position) => ({
      meetingId: meeting.id,
      personId: participant.personId ?? newPeople[position]!.id,
      title: participant.title,
      countryCode: participant.countryCode,
      organization: participant.organization,
      role: participant.role,
      printedName: participant.printedName,
      printedTitle: participant.printedTitle,
      position,
    })),
  });
  const participants: Participant[] = [...participantRows].sort((a, b) => a.position - b.position);
  const byKey = new Map(participantInputs.flatMap((p, index) => (p.key ? [[p.key, participants[index]!.id] as const] : [])));

  // One INSERT each for statements and links; rows are put back in request order by their unique keys.
  const statementRows = await tx.statement.createManyAndReturn({
    data: statementInputs.map((input, position) => {
      const speakerId = input.speakerKey === null ? null : byKey.get(input.speakerKey)!;
      return {
        meetingId: meeting.id,
        speakerId,
        speakerMeetingId: speakerId ? meeting.id : null,
        kind: input.kind,
        text: input.text,
        topics: input.topics,
        position,
      };
    }),
  });
  const statements: Statement[] = [...statementRows].sort((a, b) => a.position - b.position);

  const linkRows = await tx.meetingInitiative.createManyAndReturn({
    data: linkInputs.map((input) => ({
      meetingId: meeting.id,
      initiativeId: initiatives.get(input.initiative)!.id,
      status: input.status,
      description: input.description,
      committedParties: input.committedParties,
      statementId: input.statementIndex === null ? null : statements[input.statementIndex]!.id,
    })),
  });
  const linkByInitiative = new Map(linkRows.map((row) => [row.initiativeId, row]));
  const links: MeetingInitiative[] = linkInputs.map((input) => linkByInitiative.get(initiatives.get(input.initiative)!.id)!);

  const identifiersOf = (personId: string) => identifiers.filter((identifier) => identifier.personId === personId);
  await audit(tx, who, [
    ...peopleRows.map((row) => ({
      action: 'create' as const,
      recordType: 'person' as const,
      recordId: row.id,
      after: toPersonDto({ ...row, identifiers: identifiersOf(row.id) }),
    })),
    { action: 'create', recordType: 'meeting', recordId: meeting.id, meetingId: meeting.id, after: toMeetingDto(meeting) },
    ...participants.map((row) => ({
      action: 'create' as const,
      recordType: 'participant' as const,
      recordId: row.id,
      meetingId: meeting.id,
      after: toParticipantDto(row),
    })),
    ...statements.map((row) => ({
      action: 'create' as const,
      recordType: 'statement' as const,
      recordId: row.id,
      meetingId: meeting.id,
      after: toStatementDto(row),
    })),
    ...links.map((row) => ({
      action: 'create' as const,
      recordType: 'meeting_initiative' as const,
      recordId: row.id,
      meetingId: meeting.id,
      after: toMeetingInitiativeDto(row),
    })),
  ]);
  return { meeting, participants, statements, links };
}
