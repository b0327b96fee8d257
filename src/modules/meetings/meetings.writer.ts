import { seatedAs, type SeatedPerson } from '../people/same-person.js';
import { assertIdentifiersFree } from '../people/identifiers-free.js';
import type { Initiative, Meeting, MeetingInitiative, Participant, Person, Statement } from '../../generated/prisma/client.js';
import type { SqlTx } from '../../db/sql-transaction.js';
import { uuidPattern } from '../../http/schemas.js';
import { newId as uuidv7 } from '../../db/ids.js';
import { type FieldError, fieldsProblem } from '../../http/errors.js';
import { audit, recordOutcome, type Actor, type AuditedRecord } from '../audit/audit.js';
import type { CreateMeetingInput } from './meetings.input.js';
import { countryCodesOf } from './country-codes.js';
import {
  existingPeopleSql,
  initiativesByKeySql,
  insertIdentifiersSql,
  insertMeetingAggregateSql,
  insertPeopleSql,
  type InsertedJson,
} from './meetings.insert.sql.js';
import { toPersonDto } from '../people/people.dto.js';
import { speakerProblem } from './statement-speaker.js';

// Writes a whole meeting — participants (existing or new people), statements and initiative links — inside the
// caller's transaction. Anything that does not resolve is a 422 and the transaction rolls back: all or nothing.

/** The initiatives named by id or slug among `keys`, each under both its id and its slug. */
export async function findInitiatives(tx: SqlTx, keys: readonly string[]): Promise<Map<string, Initiative>> {
  if (!keys.length) return new Map();
  const ids = keys.filter((key) => uuidPattern.test(key));
  const rows = await tx.$queryRaw<Initiative[]>(initiativesByKeySql(ids, keys));
  const byKey = new Map<string, Initiative>();
  for (const row of rows) {
    byKey.set(row.id, row);
    byKey.set(row.slug, row);
  }
  return byKey;
}

function resolveReferences(input: CreateMeetingInput, existingPeople: Map<string, SeatedPerson>, initiatives: Map<string, Initiative>) {
  const problems: FieldError[] = [];
  const keys = new Map<string, number>();
  // One person is one participant of a meeting: the same personId twice, or a new person who is someone seated before
  // them — a stored one by id, or another new one — in another spelling of the same name (people/same-person.ts: case,
  // accents, script, transliteration; countries compatible: equal, or one not given — new-user trials 117 and 118
  // seated "José García" of ES and "JOSE GARCIA" with none, creating both), would seat them twice or create them twice.
  const ids = new Map<string, number>();
  const seated: SeatedPerson[] = [];
  const seatedAt: number[] = [];
  input.participants.forEach((participant, index) => {
    const storedPerson = participant.personId ? existingPeople.get(participant.personId) : undefined;
    if (participant.personId && !storedPerson) {
      problems.push({ in: 'body', pointer: `/participants/${index}/personId`, message: `no person with id ${participant.personId}` });
    }
    let first: number | undefined;
    if (participant.personId) {
      first = ids.get(participant.personId);
      if (first === undefined) ids.set(participant.personId, index);
      // A new person seated before who is this stored one in another spelling.
      const at = storedPerson && first === undefined ? seatedAs(storedPerson.name, storedPerson.countryCode, seated) : -1;
      if (at >= 0) first = seatedAt[at];
    } else if (participant.person) {
      const at = seatedAs(participant.person.name, participant.person.countryCode ?? null, seated);
      if (at >= 0) first = seatedAt[at];
    }
    const person = storedPerson ?? participant.person;
    if (first === undefined && person) {
      seated.push({ name: person.name, aliases: person.aliases ?? [], countryCode: person.countryCode ?? null });
      seatedAt.push(index);
    }
    if (first !== undefined) {
      problems.push({
        in: 'body',
        pointer: `/participants/${index}/${participant.personId ? 'personId' : 'person'}`,
        message: `the same person as participants/${first}: a person takes part in a meeting once`,
      });
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
    const speaker = speakerProblem(statement.kind, statement.speakerKey !== null);
    if (speaker) problems.push({ in: 'body', pointer: `/statements/${index}/speakerKey`, message: speaker });
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
  if (problems.length) throw fieldsProblem('unprocessable', problems);
  return keys;
}

const timestamps = ['createdAt', 'updatedAt'];

/** A row as row_to_json wrote it, with its date and timestamp fields (text there) as the Dates Prisma's rows hold. */
function withDates<Row>(json: Record<string, unknown>, fields: readonly string[]): Row {
  const row: Record<string, unknown> = { ...json };
  for (const field of fields) {
    const value = row[field];
    if (typeof value === 'string') row[field] = new Date(value.length === 10 ? `${value}T00:00:00.000Z` : value);
  }
  return row as Row;
}

/**
 * Inserts a meeting with its participants (and the new people among them), statements and initiative links, and
 * their audit events, in the caller's transaction; returns the rows as Prisma's models, lists in request order.
 * Throws 422 (`unprocessable`, with a pointer per problem) before writing anything when a reference does not resolve.
 */
export async function insertMeetingAggregate(tx: SqlTx, input: CreateMeetingInput, who: Actor) {
  const personIds = input.participants.flatMap((participant) => (participant.personId ? [participant.personId] : []));
  const stored = personIds.length ? await tx.$queryRaw<Array<{ id: string } & SeatedPerson>>(existingPeopleSql(personIds)) : [];
  const existing = new Map(stored.map((person) => [person.id, person]));
  const initiatives = await findInitiatives(
    tx,
    input.initiatives.map((link) => link.initiative),
  );
  resolveReferences(input, existing, initiatives);

  const { participants: participantInputs, statements: statementInputs, initiatives: linkInputs, ...fields } = input;
  // New people first, in one INSERT (their participants refer to them).
  const newPeople = participantInputs.map((participant) => (participant.personId ? null : { id: uuidv7(), ...participant.person! }));
  const peopleData = newPeople.flatMap((person) =>
    person ? [{ id: person.id, name: person.name, aliases: person.aliases, countryCode: person.countryCode }] : [],
  );
  // An identifier taken, or given twice: a 409 at its member, naming the holder (as POST /v1/people says it).
  await assertIdentifiersFree(
    tx,
    participantInputs.flatMap((participant, index) =>
      (participant.personId ? [] : (participant.person?.identifiers ?? [])).map((identifier, at) => ({
        ...identifier,
        pointer: `/participants/${index}/person/identifiers/${at}`,
      })),
    ),
  );
  const peopleRows = peopleData.length ? await tx.$queryRaw<Person[]>(insertPeopleSql(peopleData)) : [];
  const identifiers = newPeople.flatMap(
    (person) => person?.identifiers.map((identifier) => ({ ...identifier, personId: person.id })) ?? [],
  );
  if (identifiers.length) await tx.$executeRaw(insertIdentifiersSql(identifiers.map((identifier) => ({ id: uuidv7(), ...identifier }))));
  const identifiersOf = (personId: string) => identifiers.filter((identifier) => identifier.personId === personId);
  await audit(
    tx,
    who,
    peopleRows.map((row) => ({
      action: 'create' as const,
      recordType: 'person' as const,
      recordId: row.id,
      after: toPersonDto({ ...row, identifiers: identifiersOf(row.id) }),
    })),
  );

  // The meeting and its lists in one statement (meetings.insert.sql.ts); ids are minted here (UUIDv7, as Prisma
  // would), so statements name their speakers and links their statements before anything is written.
  const meetingId = uuidv7();
  const participantIds = participantInputs.map(() => uuidv7());
  const byKey = new Map(participantInputs.flatMap((p, index) => (p.key ? [[p.key, participantIds[index]!] as const] : [])));
  const statementIds = statementInputs.map(() => uuidv7());
  const linkIds = linkInputs.map(() => uuidv7());
  // Their audit events, written by the same statement; each event's id minted after the people's, in reading order.
  const records: AuditedRecord[] = [
    { action: 'create', recordType: 'meeting', recordId: meetingId, meetingId },
    ...participantIds.map((recordId) => ({ action: 'create' as const, recordType: 'participant' as const, recordId, meetingId })),
    ...statementIds.map((recordId) => ({ action: 'create' as const, recordType: 'statement' as const, recordId, meetingId })),
    ...linkIds.map((recordId) => ({ action: 'create' as const, recordType: 'meeting_initiative' as const, recordId, meetingId })),
  ];
  const eventIds = Object.fromEntries(records.map((record) => [record.recordId, uuidv7()]));
  const [inserted] = await tx.$queryRaw<InsertedJson[]>(
    insertMeetingAggregateSql(
      {
        id: meetingId,
        title: fields.title,
        kind: fields.kind,
        date: fields.date,
        date_precision: fields.datePrecision,
        start_time: fields.startTime,
        timezone: fields.timezone,
        city: fields.city,
        country_code: fields.countryCode,
        parent_id: fields.parentId,
        summary: fields.summary,
        source_document_id: fields.sourceDocumentId,
        country_codes: countryCodesOf(fields.countryCode, participantInputs),
      },
      participantInputs.map((participant, position) => ({
        id: participantIds[position]!,
        meeting_id: meetingId,
        person_id: participant.personId ?? newPeople[position]!.id,
        title: participant.title,
        country_code: participant.countryCode,
        organization: participant.organization,
        role: participant.role,
        printed_name: participant.printedName,
        printed_title: participant.printedTitle,
        position,
      })),
      statementInputs.map((input, position) => {
        const speakerId = input.speakerKey === null ? null : byKey.get(input.speakerKey)!;
        return {
          id: statementIds[position]!,
          meeting_id: meetingId,
          speaker_id: speakerId,
          speaker_meeting_id: speakerId ? meetingId : null,
          kind: input.kind,
          text: input.text,
          topics: input.topics,
          position,
        };
      }),
      linkInputs.map((input, index) => ({
        id: linkIds[index]!,
        meeting_id: meetingId,
        initiative_id: initiatives.get(input.initiative)!.id,
        status: input.status,
        description: input.description,
        committed_parties: input.committedParties,
        statement_id: input.statementIndex === null ? null : statementIds[input.statementIndex]!,
      })),
      { actor: who.actor, requestId: who.requestId, eventIds },
    ),
  );
  await recordOutcome(tx, who, records);
  const rows = inserted!;
  const meeting = withDates<Meeting>(rows.meeting, ['date', 'createdAt', 'updatedAt']);
  const participants = rows.participants.map((row) => withDates<Participant>(row, timestamps));
  const statements = rows.statements.map((row) => withDates<Statement>(row, timestamps));
  const links = rows.initiatives.map((row) => withDates<MeetingInitiative>(row, timestamps));

  return { meeting, participants, statements, links };
}
