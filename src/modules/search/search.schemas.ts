import { z } from 'zod';
import { datePrecisions } from '../../ingest/draft.js';
import { fieldsSchema, sparseSchema } from '../../http/fields.js';
import { formatSchema } from '../../http/export/export-format.js';
import { commaList, countSchema, cursorSchema, limitSchema } from '../../http/schemas.js';
import { isoDateSchema } from '../meetings/meetings.schemas.js';
import { maxTextQueryLength, meetingFilterSchemas, textQuerySchema } from '../meetings/meeting-filters.schemas.js';

export const hitTypes = ['statement', 'meeting', 'initiative'] as const;
export type HitType = (typeof hitTypes)[number];
export const facetNames = ['country', 'initiative', 'year', 'speaker', 'type'] as const;
export type FacetName = (typeof facetNames)[number];
export const maxQueryLength = maxTextQueryLength;
export const facetSize = 50;

// The meeting filters are GET /v1/meetings' own schemas, so names, formats and meaning cannot drift apart; `q` is the
// search's own query, the very text machinery of the meetings' `q` filter.
const { q: _q, ...meetingFilters } = meetingFilterSchemas;

export const searchHitSchema = z
  .object({
    type: z.enum(hitTypes),
    id: z.uuid().describe('Id of the statement, meeting or initiative.'),
    meetingId: z.uuid().nullable().describe('The meeting of a statement or meeting hit; null for initiatives.'),
    score: z.number().describe('Relevance, higher first: ts_rank in [0, 1], plus 1 when the title or name alone matches.'),
    snippet: z.string().describe('HTML-safe excerpt: matches wrapped in <mark>…</mark>, every other character HTML-escaped.'),
    title: z.string().describe('Title of the meeting, or the name of the initiative.'),
    date: isoDateSchema
      .nullable()
      .describe('Date of the meeting (with month or year precision, the first day of the period); null for initiatives.'),
    datePrecision: z.enum(datePrecisions).nullable().describe("The meeting's datePrecision; null for initiatives."),
    speakerId: z.uuid().nullable().describe('Participant who made the statement; null otherwise.'),
    slug: z.string().nullable().describe('Slug of an initiative hit; null otherwise.'),
  })
  .meta({ id: 'SearchHit' });
export type SearchHit = z.infer<typeof searchHitSchema>;
/** What tells hits apart, kept under any fieldset: an id names a statement, a meeting or an initiative by its type. */
export const searchHitKey = ['type', 'id'];
/** A hit as the search answers it: whole, or with the members a sparse fieldset names. */
export const searchHitReadSchema = z.union([
  searchHitSchema,
  sparseSchema(searchHitSchema, 'SearchHitFields', 'A search hit', searchHitKey),
]);

export const searchQuerySchema = z.strictObject({
  q: textQuerySchema.describe(
    'Web-search syntax, English stemming: words match any form ("vaccines" finds "vaccine"), "quoted phrases" match ' +
      'in order, OR between alternatives, -word excludes. Stop words alone match nothing.',
  ),
  type: commaList(z.enum(hitTypes))
    .optional()
    .describe(`Kinds of hit to return, comma-separated: ${hitTypes.join(', ')}. Default all.`),
  ...meetingFilters,
  facets: commaList(z.enum(facetNames))
    .optional()
    .describe(`Facet counts over the whole result set, comma-separated: ${facetNames.join(', ')}.`),
  limit: limitSchema,
  cursor: cursorSchema,
  count: countSchema,
  fields: fieldsSchema(searchHitSchema, {}, searchHitKey),
  format: formatSchema,
});
export type SearchQuery = z.infer<typeof searchQuerySchema>;

export const facetBucketSchema = z
  .object({
    value: z.string().describe('Country code, initiative slug, year, speaker person id, or hit type.'),
    label: z.string().optional().describe('Display name, for initiatives and speakers.'),
    count: z.int().describe('Number of hits in this bucket.'),
  })
  .meta({ id: 'FacetBucket' });
export type FacetBucket = z.infer<typeof facetBucketSchema>;

const buckets = (description: string) =>
  z.array(facetBucketSchema).optional().describe(`${description} Largest first, at most ${facetSize} buckets.`);

export const searchFacetsSchema = z
  .object({
    country: buckets("Hits per country a hit's meeting was held in or had a participant representing; buckets overlap."),
    initiative: buckets("Hits per initiative linked to the hit's meeting; buckets overlap."),
    year: buckets('Hits per year of the meeting. Statement and meeting hits fall in exactly one year.'),
    speaker: buckets(
      'Statement hits per speaker (value: person id): what `type=statement&speaker=<value>` returns. Without `type`, the `speaker` filter also keeps the meetings the person spoke in and the initiatives linked to them, which this facet does not count.',
    ),
    type: buckets('Hits per type; partitions the result.'),
  })
  .meta({
    id: 'SearchFacets',
    description:
      'Counts over the whole result, not the page. An initiative hit belongs to the meetings it is linked to (those ' +
      'matching the filters), so a bucket counts what adding that filter value would return — but for speaker, which counts statement hits only.',
  });
export type SearchFacets = z.infer<typeof searchFacetsSchema>;

export const searchPageSchema = z
  .object({
    data: z.array(searchHitReadSchema),
    nextCursor: z.string().nullable().describe('Cursor of the next page, null on the last page.'),
    total: z.int().optional().describe('Present only with count=exact.'),
    facets: searchFacetsSchema.optional().describe('Present only with facets=….'),
  })
  .meta({ id: 'SearchPage' });
export type SearchPage = z.infer<typeof searchPageSchema>;
