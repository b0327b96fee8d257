import { z } from 'zod';
import { fieldsSchema, sparseSchema } from '../../http/fields.js';
import { datePrecisions, initiativeStatuses, meetingKinds } from '../../ingest/draft.js';
import { countryCodeSchema, cursorSchema, isoDateSchema, limitSchema, pageSchema } from '../../http/schemas.js';
import { meetingFilterSchemas } from '../meetings/meeting-filters.schemas.js';

// Histories derived from the meetings: the titles a person held (from their participations) and an initiative's
// course across the meetings that discussed it (from its links) — commitment tracking.

const meetingCount = z.int().min(1);

export const positionSchema = z
  .object({
    title: z
      .string()
      .describe(
        "The title held (the participant's title; as printed when no title was given), one position whatever its case: the form most often recorded. A participation with neither is no position.",
      ),
    printedTitles: z.array(z.string()).describe('Every way the sources printed it, in alphabetical order.'),
    firstDate: isoDateSchema.describe('Date of the first meeting where the person held it (its first day, see firstDatePrecision).'),
    firstDatePrecision: z
      .enum(datePrecisions)
      .describe("The first meeting's datePrecision: month or year, firstDate is the period's first day."),
    lastDate: isoDateSchema.describe('Date of the last meeting where the person held it (its first day, see lastDatePrecision).'),
    lastDatePrecision: z.enum(datePrecisions).describe("The last meeting's datePrecision."),
    firstMeetingId: z.uuid(),
    lastMeetingId: z.uuid(),
    meetings: meetingCount.describe('Meetings where the person held it.'),
  })
  .meta({ id: 'Position' });

// A position has no id: its title tells it apart (one position per title), so a sparse fieldset always keeps that.
export const positionsQuerySchema = z.strictObject({ fields: fieldsSchema(positionSchema, {}, 'title') });
const positionReadSchema = z.union([positionSchema, sparseSchema(positionSchema, 'PositionFields', 'A position', 'title')]);

export const positionsSchema = z
  .object({
    personId: z.uuid(),
    data: z.array(positionReadSchema).describe('Every title, by the date first held (then last held, then title).'),
  })
  .meta({ id: 'PersonPositions' });
export type Positions = z.infer<typeof positionsSchema>;
export type Position = z.infer<typeof positionSchema>;

// The meeting filters of GET /v1/meetings but `initiative` (the path names it).
const { initiative: _initiative, ...meetingFilters } = meetingFilterSchemas;

export const timelineEntrySchema = z
  .object({
    id: z.uuid().describe("The initiative link's id (GET /v1/meetings/{meetingId}/initiatives/{linkId})."),
    meetingId: z.uuid(),
    date: isoDateSchema.describe("The meeting's date; with month or year precision, the first day of the period."),
    datePrecision: z.enum(datePrecisions),
    title: z.string().describe("The meeting's title."),
    kind: z.enum(meetingKinds),
    countryCode: countryCodeSchema.nullable().describe('Where the meeting took place.'),
    status: z.enum(initiativeStatuses),
    description: z.string().nullable().describe('What was said or agreed about the initiative.'),
    committedParties: z.array(z.string()),
    statement: z
      .object({ id: z.uuid(), speakerId: z.uuid().nullable(), text: z.string() })
      .nullable()
      .describe('The statement the mention came from, if recorded.'),
  })
  .meta({ id: 'InitiativeTimelineEntry' });
export type TimelineEntry = z.infer<typeof timelineEntrySchema>;

export const timelineQuerySchema = z.strictObject({
  limit: limitSchema,
  cursor: cursorSchema,
  ...meetingFilters,
  fields: fieldsSchema(timelineEntrySchema),
});
export type TimelineQuery = z.infer<typeof timelineQuerySchema>;

const timelineEntryReadSchema = z.union([
  timelineEntrySchema,
  sparseSchema(timelineEntrySchema, 'InitiativeTimelineEntryFields', 'A timeline entry'),
]);
export const timelinePageSchema = pageSchema(timelineEntryReadSchema, 'InitiativeTimelinePage');
