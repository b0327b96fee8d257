import { z } from 'zod';
import { datePrecisions } from '../../ingest/draft.js';
import { countryCodeSchema, isoDateSchema } from '../../http/schemas.js';
import { meetingFilterSchemas } from '../meetings/meeting-filters.schemas.js';

export const intervals = ['month', 'quarter', 'year'] as const;
export type Interval = (typeof intervals)[number];
export const maxBuckets = 600;

// The meeting filters are GET /v1/meetings' own schemas, so names, formats and meaning cannot drift apart.
const meetingFilters = meetingFilterSchemas;
export type MeetingFilters = z.infer<z.ZodObject<typeof meetingFilters>>;

const topLimit = z.coerce.number().int().min(1).max(100).default(10).describe('How many to return, 1 to 100.');

export const statsGroups = ['country', 'initiative', 'kind', 'person'] as const;
export type StatsGroup = (typeof statsGroups)[number];
export const defaultGroups = 10;

export const meetingsOverTimeQuerySchema = z.strictObject({
  interval: z.enum(intervals).default('month').describe('Bucket size: month, quarter or year.'),
  groupBy: z
    .enum(statsGroups)
    .optional()
    .describe(
      'Adds `series`: one per group — country (where held or represented), initiative (linked; with `status`, by links ' +
        'in those statuses), kind or person (a participant) — for the top `limit` groups, and one "other" series.',
    ),
  limit: z.coerce
    .number()
    .int()
    .min(1)
    .max(100)
    .optional()
    .describe(`With groupBy: how many groups get a series of their own, 1 to 100 (default ${defaultGroups}). Without groupBy, a 400.`),
  ...meetingFilters,
});
export type MeetingsOverTimeQuery = z.infer<typeof meetingsOverTimeQuerySchema>;

export const topInitiativesQuerySchema = z.strictObject({
  limit: topLimit,
  ...meetingFilters,
  status: meetingFilters.status.describe(
    'Count only links with one of these statuses (comma-separated, any case), e.g. agreed,signed — at meetings with such a link.',
  ),
});
export type TopInitiativesQuery = z.infer<typeof topInitiativesQuerySchema>;

export const topPeopleQuerySchema = z.strictObject({ limit: topLimit, ...meetingFilters });
export type TopPeopleQuery = z.infer<typeof topPeopleQuerySchema>;

export const meetingsByCountryQuerySchema = z.strictObject({
  limit: z.coerce.number().int().min(1).max(250).default(250).describe('How many countries to return, 1 to 250 (every one by default).'),
  ...meetingFilters,
});
export type MeetingsByCountryQuery = z.infer<typeof meetingsByCountryQuerySchema>;

const meetingCount = z.int().min(0);

export const meetingCountBucketSchema = z
  .object({
    period: z.string().describe('The period: 2021-07 (month), 2021-Q3 (quarter) or 2021 (year).'),
    start: isoDateSchema.describe('First day of the period.'),
    count: meetingCount.describe('Matching meetings dated within the period.'),
  })
  .meta({ id: 'MeetingCountBucket' });

export const meetingSeriesSchema = z
  .object({
    key: z
      .string()
      .nullable()
      .describe('The group: a country code, initiative slug, meeting kind or person id; null for the "other" series.'),
    label: z.string().nullable().describe("The group's name (country, initiative, person); null for the other series."),
    other: z.boolean().describe('True for the series of the matching meetings in none of the groups listed before it.'),
    total: meetingCount.describe('Matching meetings of the group in the range.'),
    buckets: z.array(meetingCountBucketSchema).describe("The periods of `buckets`, in order, with the group's counts."),
  })
  .meta({ id: 'MeetingSeries' });

export const meetingsOverTimeSchema = z
  .object({
    interval: z.enum(intervals),
    from: isoDateSchema.nullable().describe('First day of the range counted; null when there are no buckets.'),
    to: isoDateSchema.nullable().describe('Last day of the range counted; null when there are no buckets.'),
    buckets: z
      .array(meetingCountBucketSchema)
      .describe(
        'Every period of the range in order, including those without meetings; empty when nothing matches and from/to are not both given.',
      ),
    total: meetingCount.describe('Matching meetings in the range: the sum of the counts.'),
    outside: meetingCount.describe(
      'Matching meetings outside the range: dated after the default end (the end of next year) or before a default range clamped to the most recent periods.',
    ),
    groupBy: z.enum(statsGroups).optional().describe('Present with groupBy.'),
    series: z
      .array(meetingSeriesSchema)
      .optional()
      .describe(
        'Present with groupBy: the top `limit` groups by meetings in the range (ties by key), then "other" when some ' +
          'matching meeting is in none of them. Groups overlap for country, initiative and person (a meeting has several).',
      ),
  })
  .meta({ id: 'MeetingsOverTime' });
export type MeetingsOverTime = z.infer<typeof meetingsOverTimeSchema>;

const lastDate = isoDateSchema.describe('Date of the latest of those meetings (its first day, see lastDatePrecision).');
const lastDatePrecision = z.enum(datePrecisions).describe("The latest meeting's datePrecision.");

export const topInitiativeSchema = z
  .object({
    initiativeId: z.uuid(),
    slug: z.string(),
    name: z.string(),
    meetings: meetingCount.describe('Matching meetings linked to the initiative (with one of the statuses, if given).'),
    lastDate,
    lastDatePrecision,
  })
  .meta({ id: 'TopInitiative' });

export const topInitiativesSchema = z
  .object({ data: z.array(topInitiativeSchema).describe('Most meetings first; ties by slug.') })
  .meta({ id: 'TopInitiatives' });
export type TopInitiatives = z.infer<typeof topInitiativesSchema>;

export const topPersonSchema = z
  .object({
    personId: z.uuid(),
    name: z.string(),
    countryCode: countryCodeSchema.nullable().describe("The person's country."),
    meetings: meetingCount.describe('Matching meetings the person took part in.'),
    lastDate,
    lastDatePrecision,
  })
  .meta({ id: 'TopPerson' });

export const topPeopleSchema = z
  .object({ data: z.array(topPersonSchema).describe('Most meetings first; ties by name, then id.') })
  .meta({ id: 'TopPeople' });
export type TopPeople = z.infer<typeof topPeopleSchema>;

export const countryMeetingCountSchema = z
  .object({
    countryCode: countryCodeSchema.describe('A country represented by at least one participant.'),
    meetings: meetingCount.describe('Matching meetings with a participant representing the country.'),
  })
  .meta({ id: 'CountryMeetingCount' });

export const meetingsByCountrySchema = z
  .object({ data: z.array(countryMeetingCountSchema).describe('Every represented country, most meetings first; ties by code.') })
  .meta({ id: 'MeetingsByCountry' });
export type MeetingsByCountry = z.infer<typeof meetingsByCountrySchema>;
