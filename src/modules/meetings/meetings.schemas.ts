import { z } from 'zod';
import { formatSchema } from '../../http/export/export-format.js';
import { fieldsSchema, sparseSchema } from '../../http/fields.js';
import { meetingFilterSchemas } from './meeting-filters.schemas.js';
import { initiativeStatuses, meetingKinds, datePrecisions, participantRoles, statementKinds } from '../../ingest/draft.js';
import {
  countryCodeSchema,
  countSchema,
  cursorSchema,
  isoDateSchema,
  limitSchema,
  pageSchema,
  timestampSchema,
  uuidSchema,
} from '../../http/schemas.js';

export { countryCodeSchema, isoDateSchema };

const timestamp = timestampSchema;

export const meetingIncludes = ['participants', 'statements', 'initiatives', 'provenance'] as const;
export type MeetingInclude = (typeof meetingIncludes)[number];

export const participantSchema = z
  .object({
    id: z.uuid(),
    meetingId: z.uuid(),
    personId: z.uuid(),
    title: z.string().nullable().describe('The title the person held at this meeting.'),
    countryCode: countryCodeSchema.nullable().describe('Country the participant represented.'),
    organization: z.string().nullable().describe('Organisation the participant represented, if not a country.'),
    role: z.enum(participantRoles),
    printedName: z.string().nullable().describe('The name exactly as printed in the source.'),
    printedTitle: z.string().nullable().describe('The title exactly as printed in the source.'),
    position: z.int(),
    version: z.int(),
    createdAt: timestamp,
    updatedAt: timestamp,
  })
  .meta({ id: 'Participant' });

export const statementSchema = z
  .object({
    id: z.uuid(),
    meetingId: z.uuid(),
    speakerId: z.uuid().nullable().describe('The participant who spoke; null for joint or narrative passages.'),
    kind: z.enum(statementKinds),
    text: z.string(),
    position: z.int().describe('Order within the meeting, from 0.'),
    topics: z.array(z.string()),
    version: z.int(),
    createdAt: timestamp,
    updatedAt: timestamp,
  })
  .meta({ id: 'Statement' });

export const meetingInitiativeSchema = z
  .object({
    id: z.uuid(),
    meetingId: z.uuid(),
    initiativeId: z.uuid(),
    status: z.enum(initiativeStatuses),
    description: z.string().nullable().describe('What was said or agreed about the initiative.'),
    committedParties: z.array(z.string()).describe('Who committed: country codes or organisation names.'),
    statementId: z.uuid().nullable().describe('The statement the mention came from.'),
    version: z.int(),
    createdAt: timestamp,
    updatedAt: timestamp,
  })
  .meta({ id: 'MeetingInitiative' });

export const provenanceSpanSchema = z
  .object({
    id: z.uuid(),
    documentId: z.uuid(),
    recordType: z.enum(['meeting', 'participant', 'statement', 'meeting_initiative']),
    recordId: z.uuid(),
    field: z.string().describe('Which fact of the record: title, date, location, name, text, mention, …'),
    start: z.int().describe('Start of the span in the document text (UTF-16 offset, inclusive).'),
    end: z.int().describe('End of the span (exclusive).'),
    confidence: z
      .number()
      .nullable()
      .describe(
        "The extractor's confidence in the fact; null when an editor set the value at commit or changed it since with a PATCH (the span is where the extractor had read it), or the span was added by hand.",
      ),
    text: z.string().describe('The document text from start to end, for checking the fact.'),
  })
  .meta({ id: 'ProvenanceSpan' });

export const meetingSchema = z
  .object({
    id: z.uuid(),
    title: z.string(),
    kind: z.enum(meetingKinds),
    date: isoDateSchema.describe('Local date of the meeting; with month or year precision, the first day of the period.'),
    datePrecision: z.enum(datePrecisions),
    startTime: z.string().nullable().describe('Local start time HH:MM, if known.'),
    timezone: z.string().nullable().describe('IANA timezone of the place, e.g. Asia/Tashkent.'),
    city: z.string().nullable(),
    countryCode: countryCodeSchema.nullable().describe('Country where the meeting took place.'),
    parentId: z.uuid().nullable().describe('The event this meeting was held on the sidelines of.'),
    summary: z.string().nullable(),
    sourceDocumentId: z.uuid().nullable(),
    version: z.int().describe('Incremented by every change to the meeting or its participants, statements and initiatives.'),
    createdAt: timestamp,
    updatedAt: timestamp,
    participants: z.array(participantSchema).optional().describe('Present with include=participants.'),
    statements: z.array(statementSchema).optional().describe('Present with include=statements.'),
    initiatives: z.array(meetingInitiativeSchema).optional().describe('Present with include=initiatives.'),
    provenance: z.array(provenanceSpanSchema).optional().describe('Present with include=provenance.'),
    truncated: z
      .array(z.enum(meetingIncludes))
      .optional()
      .describe(
        'Embedded lists cut short because the meeting would have passed the response budget (RESPONSE_BUDGET_BYTES); read them in full, paged, at /v1/meetings/{id}/participants, /statements, /initiatives. Absent when nothing was cut.',
      ),
  })
  .meta({ id: 'Meeting' });
export type MeetingDto = z.infer<typeof meetingSchema>;

export const participantFieldsSchema = sparseSchema(participantSchema, 'ParticipantFields', 'A participant');
export const statementFieldsSchema = sparseSchema(statementSchema, 'StatementFields', 'A statement');
export const meetingInitiativeFieldsSchema = sparseSchema(meetingInitiativeSchema, 'MeetingInitiativeFields', 'An initiative link');

/** A meeting's parts as their gets and lists answer them: whole, or with the members a sparse fieldset names. */
export const participantReadSchema = z.union([participantSchema, participantFieldsSchema]);
export const statementReadSchema = z.union([statementSchema, statementFieldsSchema]);
export const meetingInitiativeReadSchema = z.union([meetingInitiativeSchema, meetingInitiativeFieldsSchema]);
export const participantFieldsParam = fieldsSchema(participantSchema);
export const statementFieldsParam = fieldsSchema(statementSchema);
export const meetingInitiativeFieldsParam = fieldsSchema(meetingInitiativeSchema);

export const meetingFieldsSchema = sparseSchema(
  meetingSchema.extend({
    participants: z.array(participantFieldsSchema).optional(),
    statements: z.array(statementFieldsSchema).optional(),
    initiatives: z.array(meetingInitiativeFieldsSchema).optional(),
    provenance: z.array(sparseSchema(provenanceSpanSchema, 'ProvenanceSpanFields', 'A provenance span')).optional(),
  }),
  'MeetingFields',
  'A meeting',
);
/** A meeting as GET answers it: whole, or with the members a sparse fieldset names. */
export const meetingReadSchema = z.union([meetingSchema, meetingFieldsSchema]);

export const meetingFieldsParam = fieldsSchema(meetingSchema, {
  participants: participantSchema,
  statements: statementSchema,
  initiatives: meetingInitiativeSchema,
  provenance: provenanceSpanSchema,
});

export const includeSchema = z
  .string()
  .optional()
  .transform((value, context) => {
    const parts = value
      ? value
          .split(',')
          .map((part) => part.trim())
          .filter(Boolean)
      : [];
    // "include=" names nothing: a 400, as an empty fields= or sort= is (leave it out for no embedded records).
    if (value !== undefined && parts.length === 0) {
      context.addIssue({ code: 'custom', message: `must name at least one of ${meetingIncludes.join(', ')}; leave it out for none` });
      return z.NEVER;
    }
    const unknown = parts.filter((part) => !(meetingIncludes as readonly string[]).includes(part));
    if (unknown.length) {
      context.addIssue({ code: 'custom', message: `unknown include ${unknown.join(', ')}; allowed: ${meetingIncludes.join(', ')}` });
      return z.NEVER;
    }
    return [...new Set(parts)] as MeetingInclude[];
  })
  .describe(`Comma-separated related records to embed: ${meetingIncludes.join(', ')}.`);

export const meetingSorts = ['date', '-date', 'createdAt', '-createdAt', 'updatedAt', '-updatedAt'] as const;

export const listMeetingsQuerySchema = z.strictObject({
  limit: limitSchema,
  cursor: cursorSchema,
  count: countSchema,
  include: includeSchema,
  sort: z.enum(meetingSorts).default('-date').describe('Sort key; a leading - sorts descending. Ties break on id.'),
  ...meetingFilterSchemas,
  updatedSince: timestamp.optional().describe('Meetings changed at or after this instant (ISO 8601 with offset).'),
  fields: meetingFieldsParam,
  format: formatSchema,
});
export type ListMeetingsQuery = z.infer<typeof listMeetingsQuerySchema>;

export const meetingIdSchema = uuidSchema.describe('Id of the meeting (UUID).');
export const meetingParamsSchema = z.strictObject({ meetingId: meetingIdSchema });
export const getMeetingQuerySchema = z.strictObject({ include: includeSchema, fields: meetingFieldsParam });

export const meetingPageSchema = pageSchema(meetingReadSchema, 'MeetingPage');
export const participantPageSchema = pageSchema(participantReadSchema, 'ParticipantPage');
export const statementPageSchema = pageSchema(statementReadSchema, 'StatementPage');
export const meetingInitiativePageSchema = pageSchema(meetingInitiativeReadSchema, 'MeetingInitiativePage');

export const auditEventSchema = z
  .object({
    id: z.uuid(),
    occurredAt: timestamp,
    actor: z.string().nullable().describe('Name of the API key that made the change; null when writes are open.'),
    requestId: z.string().nullable(),
    action: z.enum(['create', 'update', 'delete']),
    recordType: z.enum(['meeting', 'person', 'participant', 'statement', 'initiative', 'meeting_initiative', 'document', 'api_key']),
    recordId: z.uuid(),
    meetingId: z.uuid().nullable(),
    before: z.unknown().describe('The record before the change; null for creates.'),
    after: z.unknown().describe('The record after the change; null for deletes.'),
  })
  .meta({ id: 'AuditEvent' });
export const auditEventPageSchema = pageSchema(auditEventSchema, 'AuditEventPage');
export const historyQuerySchema = z.strictObject({ limit: limitSchema, cursor: cursorSchema });
