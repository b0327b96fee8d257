import type { z } from 'zod';
import { selectColumns } from '../../db/columns.js';
import { fieldColumn, jsonArraySql, jsonObjectSql, tableColumn, type JsonMember } from '../../db/json-sql.js';
import { Prisma } from '../../generated/prisma/client.js';
import {
  meetingIncludes,
  meetingInitiativeSchema,
  meetingSchema,
  participantSchema,
  provenanceSpanSchema,
  statementSchema,
  type MeetingInclude,
} from './meetings.schemas.js';

// A meeting with the lists it embeds as one JSON text that PostgreSQL builds in the statement that reads it: each
// list an aggregate over its index (meeting_id first, then the list's order), every member written as the DTO
// functions (meetings.dto.ts) and the zod serializer wrote it, in the order of the zod schema — which stays the
// contract: a member of the schema without an encoding here does not compile.

type Members<S extends z.ZodObject> = { readonly [K in keyof S['shape']]: JsonMember };

const nullable = (as: JsonMember['as']): JsonMember => ({ as, nullable: true });
const token: JsonMember = { as: 'token' };
const integer: JsonMember = { as: 'integer' };
const timestamp: JsonMember = { as: 'timestamp' };

const participant: Members<typeof participantSchema> = {
  id: token,
  meetingId: token,
  personId: token,
  title: nullable('string'),
  countryCode: nullable('string'),
  organization: nullable('string'),
  role: token,
  printedName: nullable('string'),
  printedTitle: nullable('string'),
  position: integer,
  version: integer,
  createdAt: timestamp,
  updatedAt: timestamp,
};

const statement: Members<typeof statementSchema> = {
  id: token,
  meetingId: token,
  speakerId: nullable('token'),
  kind: token,
  text: { as: 'string' },
  position: integer,
  topics: { as: 'strings' },
  version: integer,
  createdAt: timestamp,
  updatedAt: timestamp,
};

const meetingInitiative: Members<typeof meetingInitiativeSchema> = {
  id: token,
  meetingId: token,
  initiativeId: token,
  status: token,
  description: nullable('string'),
  committedParties: { as: 'strings' },
  statementId: nullable('token'),
  version: integer,
  createdAt: timestamp,
  updatedAt: timestamp,
};

const provenanceSpan: Members<typeof provenanceSpanSchema> = {
  id: token,
  documentId: token,
  recordType: token,
  recordId: token,
  field: { as: 'string' },
  start: integer,
  end: integer,
  confidence: nullable('number'),
  // The document's text from start to end, at UTF-16 offsets as JavaScript slices it; '' without the document.
  text: { as: 'json', sql: `coalesce("public"."json_utf16_slice"(d."text", r."start", r."end"), '""')` },
};

type MeetingScalars = Omit<Members<typeof meetingSchema>, MeetingInclude | 'truncated'>;
const meeting: MeetingScalars = {
  id: token,
  title: { as: 'string' },
  kind: token,
  date: { as: 'date' },
  datePrecision: token,
  startTime: nullable('string'),
  timezone: nullable('string'),
  city: nullable('string'),
  countryCode: nullable('string'),
  parentId: nullable('token'),
  summary: nullable('string'),
  sourceDocumentId: nullable('token'),
  version: integer,
  createdAt: timestamp,
  updatedAt: timestamp,
};

/** The members of `encodings` in the order of the schema's keys (the order the zod serializer wrote them in). */
function inSchemaOrder(schema: z.ZodObject, encodings: Readonly<Record<string, JsonMember>>): Array<[string, JsonMember]> {
  return Object.keys(schema.shape).flatMap((name) => (encodings[name] ? [[name, encodings[name]] as [string, JsonMember]] : []));
}

const partObject = (schema: z.ZodObject, encodings: Readonly<Record<string, JsonMember>>) =>
  jsonObjectSql(inSchemaOrder(schema, encodings), tableColumn('r'));

/** Each embedded list of a meeting whose id is `meetingId` (SQL), in the order its own route pages it. */
const lists: Record<MeetingInclude, (meetingId: string) => string> = {
  participants: (id) =>
    jsonArraySql(partObject(participantSchema, participant), `FROM participants AS r WHERE r.meeting_id = ${id}`, 'r.position, r.id'),
  statements: (id) =>
    jsonArraySql(partObject(statementSchema, statement), `FROM statements AS r WHERE r.meeting_id = ${id}`, 'r.position, r.id'),
  initiatives: (id) =>
    jsonArraySql(
      partObject(meetingInitiativeSchema, meetingInitiative),
      `FROM meeting_initiatives AS r WHERE r.meeting_id = ${id}`,
      'r.created_at, r.id',
    ),
  provenance: (id) =>
    jsonArraySql(
      partObject(provenanceSpanSchema, provenanceSpan),
      `FROM provenance_spans AS r LEFT JOIN source_documents AS d ON d.id = r.document_id WHERE r.meeting_id = ${id}`,
      'r.start, r.id',
    ),
};

const cache = new Map<string, Prisma.Sql>();

/**
 * The JSON text of a meeting with the requested lists, as SQL over a row `alias` whose columns are the Meeting
 * fields by name (`alias."datePrecision"`, as selectColumns selects them). Lists come in the schema's order whatever
 * the order requested.
 */
export function meetingJsonSql(alias: string, include: readonly MeetingInclude[]): Prisma.Sql {
  const key = `${alias}:${meetingIncludes.filter((list) => include.includes(list)).join(',')}`;
  let sql = cache.get(key);
  if (!sql) {
    const members: Record<string, JsonMember> = { ...meeting };
    for (const list of meetingIncludes) if (include.includes(list)) members[list] = { as: 'json', sql: lists[list](`${alias}."id"`) };
    sql = Prisma.raw(jsonObjectSql(inSchemaOrder(meetingSchema, members), fieldColumn(alias)));
    cache.set(key, sql);
  }
  return sql;
}

/** Every column of a meeting aliased `m`, each under its field name (the rows meetingJsonSql reads). */
export const meetingColumns = selectColumns('m', Object.values(Prisma.MeetingScalarFieldEnum));

/** One meeting's version and JSON text with the requested lists, in one statement; no row when there is none. */
export function meetingByIdSql(id: string, include: readonly MeetingInclude[]): Prisma.Sql {
  return Prisma.sql`
    SELECT page.version, ${meetingJsonSql('page', include)} AS json
    FROM (SELECT ${meetingColumns} FROM meetings AS m WHERE m.id = CAST(${id} AS uuid)) AS page`;
}

/** The records of a meeting whose JSON text recordJsonSql writes. */
export type MeetingRecordType = 'meeting' | 'participant' | 'statement' | 'meeting_initiative';

const recordObjects: Record<MeetingRecordType, (alias: string) => string> = {
  meeting: (alias) => jsonObjectSql(inSchemaOrder(meetingSchema, meeting), fieldColumn(alias)),
  participant: (alias) => jsonObjectSql(inSchemaOrder(participantSchema, participant), fieldColumn(alias)),
  statement: (alias) => jsonObjectSql(inSchemaOrder(statementSchema, statement), fieldColumn(alias)),
  meeting_initiative: (alias) => jsonObjectSql(inSchemaOrder(meetingInitiativeSchema, meetingInitiative), fieldColumn(alias)),
};

/**
 * The JSON text of one record as its DTO function writes it (toMeetingDto without lists, toParticipantDto,
 * toStatementDto, toMeetingInitiativeDto), as SQL over a row `alias` whose columns are the record's fields by name
 * (`RETURNING p.printed_name AS "printedName"`, as selectColumns selects them). `alias` is ours, never input.
 */
export function recordJsonSql(type: MeetingRecordType, alias: string): Prisma.Sql {
  return Prisma.raw(recordObjects[type](alias));
}
