import { getTimezone } from 'countries-and-timezones';
import { z } from 'zod';
import { initiativeStatuses, meetingKinds, datePrecisions, participantRoles, statementKinds } from '../../ingest/draft.js';
import { personCreateSchema } from '../people/people.schemas.js';
import { countryCodeSchema, line, meetingDateSchema, text, textSet, visibleText } from '../../http/schemas.js';

// Request bodies for writing meetings. Strict objects: an unknown field is a 400, never silently dropped.

// Every name of the IANA tz database, current and linked ("Asia/Kolkata" and "Asia/Calcutta", "Europe/Kyiv" and
// "Europe/Kiev"), spelled as the database spells it. Intl.supportedValuesOf lists ICU's older canonical names only and
// would refuse "Asia/Kolkata". Data: countries-and-timezones, which follows the tz database.
export const timezoneSchema = z
  .string()
  .max(64)
  .refine((zone) => getTimezone(zone) !== null, { error: 'must be an IANA timezone such as Asia/Tashkent' });
export const startTimeSchema = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, { error: 'must be a local time HH:MM' });

// A person created along with their participation: the same schema as POST /v1/people.
export const newPersonSchema = personCreateSchema;

const participantFields = {
  personId: z.uuid().optional().describe('An existing person; give either personId or person.'),
  person: newPersonSchema.optional().describe('A person to create; give either personId or person.'),
  title: line(300).nullable().default(null).describe('The title the person held at this meeting.'),
  countryCode: countryCodeSchema.nullable().default(null).describe('Country the participant represented.'),
  organization: line(200).nullable().default(null).describe('Organisation represented, if not a country.'),
  role: z.enum(participantRoles),
  printedName: visibleText(200).nullable().default(null).describe('The name exactly as printed in the source.'),
  printedTitle: visibleText(300).nullable().default(null).describe('The title exactly as printed in the source.'),
};
const onePerson = (value: { personId?: string | undefined; person?: unknown }) =>
  (value.personId === undefined) !== (value.person === undefined);
const onePersonIssue = { error: 'give exactly one of personId and person', path: ['personId'] };

export const participantInputSchema = z
  .strictObject({
    key: line(40).optional().describe('Local name for this participant, used by statements[].speakerKey in the same request.'),
    ...participantFields,
  })
  .refine(onePerson, onePersonIssue)
  .meta({ id: 'NestedParticipant' });

export const statementInputSchema = z
  .strictObject({
    speakerKey: line(40).nullable().default(null).describe('The key of a participant in the same request.'),
    kind: z.enum(statementKinds).default('reported'),
    text: text(100_000),
    topics: textSet(100, 50).default([]),
  })
  .meta({ id: 'NestedStatement' });

/**
 * An initiative named in a body: its id or slug, in any case — as the path (`/initiatives/{initiativeKey}`) and the
 * `initiative` filter take it (ids and slugs are lower case; new-user trial 101: "Belt-And-Road-Initiative" was found
 * by GET and the filter, and was "no initiative" in a body).
 */
const initiativeReference = text(120)
  .transform((key) => key.toLowerCase())
  .describe('Catalogue id or slug, in any case.');

export const initiativeLinkInputSchema = z
  .strictObject({
    initiative: initiativeReference,
    status: z.enum(initiativeStatuses),
    description: text(2000).nullable().default(null),
    committedParties: textSet(200, 50).default([]),
    statementIndex: z.int().min(0).nullable().default(null).describe('Index into statements of the passage it came from.'),
  })
  .meta({ id: 'NestedMeetingInitiative' });

export const meetingFieldsSchema = z.strictObject({
  title: visibleText(500),
  kind: z.enum(meetingKinds),
  date: meetingDateSchema,
  datePrecision: z.enum(datePrecisions).default('day'),
  startTime: startTimeSchema.nullable().default(null),
  timezone: timezoneSchema.nullable().default(null),
  city: line(200).nullable().default(null),
  countryCode: countryCodeSchema.nullable().default(null),
  parentId: z.uuid().nullable().default(null),
  summary: text(10_000).nullable().default(null),
  sourceDocumentId: z.uuid().nullable().default(null),
});

export const createMeetingSchema = meetingFieldsSchema
  .extend({
    participants: z.array(participantInputSchema).max(200).default([]),
    statements: z.array(statementInputSchema).max(2000).default([]),
    initiatives: z.array(initiativeLinkInputSchema).max(500).default([]),
  })
  .meta({ id: 'CreateMeeting' });
export type CreateMeetingInput = z.infer<typeof createMeetingSchema>;

// JSON Merge Patch bodies (RFC 7396): an absent field stays as it is, null clears a nullable field.
export const meetingPatchSchema = z
  .strictObject({
    title: visibleText(500),
    kind: z.enum(meetingKinds),
    date: meetingDateSchema,
    datePrecision: z.enum(datePrecisions),
    startTime: startTimeSchema.nullable(),
    timezone: timezoneSchema.nullable(),
    city: line(200).nullable(),
    countryCode: countryCodeSchema.nullable(),
    parentId: z.uuid().nullable(),
    summary: text(10_000).nullable(),
    sourceDocumentId: z.uuid().nullable(),
  })
  .partial()
  .meta({ id: 'MeetingPatch' });
export type MeetingPatch = z.infer<typeof meetingPatchSchema>;

export const createParticipantSchema = z
  .strictObject(participantFields)
  .refine(onePerson, onePersonIssue)
  .meta({ id: 'CreateParticipant' });
export type CreateParticipantInput = z.infer<typeof createParticipantSchema>;

export const participantPatchSchema = z
  .strictObject({
    title: line(300).nullable(),
    countryCode: countryCodeSchema.nullable(),
    organization: line(200).nullable(),
    role: z.enum(participantRoles),
    printedName: visibleText(200).nullable(),
    printedTitle: visibleText(300).nullable(),
    position: z.int32().min(0),
  })
  .partial()
  .meta({ id: 'ParticipantPatch' });
export type ParticipantPatch = z.infer<typeof participantPatchSchema>;

export const createStatementSchema = z
  .strictObject({
    speakerId: z.uuid().nullable().default(null).describe('A participant of this meeting; null for joint or narrative passages.'),
    kind: z.enum(statementKinds).default('reported'),
    text: text(100_000),
    topics: textSet(100, 50).default([]),
    position: z.int32().min(0).optional().describe('Order within the meeting; defaults to after the last statement.'),
  })
  .meta({ id: 'CreateStatement' });
export type CreateStatementInput = z.infer<typeof createStatementSchema>;

export const statementPatchSchema = z
  .strictObject({
    speakerId: z.uuid().nullable(),
    kind: z.enum(statementKinds),
    text: text(100_000),
    topics: textSet(100, 50),
    position: z.int32().min(0),
  })
  .partial()
  .meta({ id: 'StatementPatch' });
export type StatementPatch = z.infer<typeof statementPatchSchema>;

export const createMeetingInitiativeSchema = z
  .strictObject({
    initiative: initiativeReference,
    status: z.enum(initiativeStatuses),
    description: text(2000).nullable().default(null),
    committedParties: textSet(200, 50).default([]),
    statementId: z.uuid().nullable().default(null).describe('A statement of this meeting the mention came from.'),
  })
  .meta({ id: 'CreateMeetingInitiative' });
export type CreateMeetingInitiativeInput = z.infer<typeof createMeetingInitiativeSchema>;

export const meetingInitiativePatchSchema = z
  .strictObject({
    status: z.enum(initiativeStatuses),
    description: text(2000).nullable(),
    committedParties: textSet(200, 50),
    statementId: z.uuid().nullable(),
  })
  .partial()
  .meta({ id: 'MeetingInitiativePatch' });
export type MeetingInitiativePatch = z.infer<typeof meetingInitiativePatchSchema>;
