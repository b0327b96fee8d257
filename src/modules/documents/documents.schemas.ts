import { controlInside, heldCharacter, invisibleFormatClass, onlyInvisible } from '../../ingest/text/invisible.js';
import { z } from 'zod';
import { maxDraftBytes, readoutDraftInputSchema, readoutDraftSchema } from '../../ingest/draft.js';
import { looksBinary } from '../../ingest/text/binary.js';
import { meetingSchema } from '../meetings/meetings.schemas.js';
import { fieldsSchema, sparseSchema } from '../../http/fields.js';
import {
  cursorSchema,
  isoDateSchema,
  limitSchema,
  line,
  pageSchema,
  timestampSchema,
  tomorrowUtc,
  uuidSchema,
} from '../../http/schemas.js';

export const maxDocumentBytes = 4 * 1024 * 1024;
/**
 * The body POST /v1/documents/{id}/commit and /candidates take (4 MiB): any draft the extractor returns (at most
 * maxDraftBytes of JSON) with room for the rest of the body, so a draft the API gave can always be sent back.
 */
export const maxDraftBodyBytes = maxDraftBytes + 64 * 1024;

// A readout must be text, however it is sent (text/plain or a JSON string): no NUL bytes, not mostly control
// characters (a PDF's bytes with the NULs taken out), something besides whitespace, and no more undecodable bytes
// (which arrive as U+FFFD) than a page copied with a stray one carries: a file in another encoding than UTF-8 has one
// at every accented letter or curly quote; a real page may print one or two (a name garbled at the source).
/** The most U+FFFD a readout of `length` characters may hold: 4, or one in 1,000 characters. */
export const maxReplacementCharacters = (length: number): number => Math.max(4, Math.floor(length / 1000));
const replacementCount = (value: string): number => value.split('\uFFFD').length - 1;
export const readoutTextSchema = z
  .string()
  // Nothing a reader could see (only white space, zero-width or direction characters, marks without a letter) is empty.
  .refine((value) => !onlyInvisible.test(value), { error: 'the text is empty' })
  // Control characters: U+FFFD is the next rule's (bytes of another encoding, not of a binary file).
  .refine((value) => !value.includes('\u0000') && !looksBinary(value.replaceAll('\uFFFD', '')), {
    error: 'the text contains binary data (NUL, undecodable bytes or control characters)',
  })
  // A text in another encoding sent as UTF-8 (new-user trial: a Latin-1 file was called binary data).
  .refine((value) => replacementCount(value) <= maxReplacementCharacters(value.length), {
    error:
      'the text is not UTF-8: it has bytes no UTF-8 reader can decode (a file in another encoding); send it as text/plain with its charset (charset=iso-8859-1, charset=windows-1252) or as UTF-8',
  })
  // A few control characters, too few to be binary data: each passage the extractor cites would carry them into a
  // statement, where no stored text may hold one (http/schemas.ts `text`), and an unedited draft could not be committed.
  .superRefine((value, context) => {
    if (value.includes('\u0000') || looksBinary(value.replaceAll('\uFFFD', ''))) return;
    const named = heldCharacter(value, controlInside);
    if (named) context.addIssue({ code: 'custom', message: controlMessage(named) });
  });

// What to do about "U+0007 at character 58": C1 characters (U+0080–U+009F) are Windows-1252 punctuation read as Latin-1.
function controlMessage(named: string): string {
  if (/^U\+00[89]/.test(named))
    return `the text holds a control character, ${named}: Windows-1252 punctuation read as Latin-1? Send the file's bytes as text/plain with charset=windows-1252, or remove it`;
  return `the text holds a control character, ${named}, which prints nothing; remove it`;
}

// A link as it is served back: no white space, no control character (C0, DEL, C1), no line or paragraph separator, and
// none of the invisible or direction-steering characters a name may not hold either (ingest/text/invisible.ts).
const visibleUrl = new RegExp(`^[^\\s\\u0000-\\u001f\\u007f-\\u009f\\u2028\\u2029${invisibleFormatClass}]+$`);

/**
 * A date, or an RFC 3339 date-time with its offset: what `publishedAt` takes. The grammar's ranges (RFC 3339 §5.6):
 * hour 00–23, minute 00–59, second 00–60 (a leap second), an offset's hour 00–23 and minute 00–59 — "T25:00:00Z",
 * "T99:99:99Z", "+99:99" are no timestamps (new-user trial 126). Seconds may be left out, as pages print them.
 */
const publicationStamp =
  /^\d{4}-\d{2}-\d{2}(?:[Tt ](?:[01]\d|2[0-3]):[0-5]\d(?::(?:[0-5]\d|60)(?:\.\d{1,9})?)?(?:[Zz]|[+-](?:[01]\d|2[0-3]):[0-5]\d))?$/;

export const documentInputSchema = z
  .strictObject({
    text: readoutTextSchema.describe('The readout, verbatim.'),
    // Served back in sources and comparisons, where dashboards render it as a link: http and https only, never a
    // javascript: or data: URL.
    // A URL parser forgives spaces and tabs (" https://a.org/x y" parses; a tab is dropped), so the text is checked
    // first: what is stored is served back as a link, as sent.
    url: z
      .string()
      .max(2000)
      .regex(visibleUrl, { error: 'must be a URL without spaces, control or invisible characters (percent-encode them: %20)' })
      .check(z.url({ protocol: /^https?$/, error: 'must be an http:// or https:// URL' }))
      .nullable()
      .optional()
      .describe('Where the readout was published: an http:// or https:// URL.'),
    // One line of visible text each, as a meeting's city or a person's name: served back in sources and lists.
    title: line(500).nullable().optional(),
    publisher: line(300).nullable().optional(),
    // A page is published before anyone reads it: a date after tomorrow (UTC, so that a page of the next day east of
    // Greenwich is not refused) is a typing slip, which would date every "on Monday" of the readout in that future.
    // Pages print timestamps ("2024-03-03T10:00:00+03:00", new-user trial 116): the day as printed is the date.
    publishedAt: z
      .string()
      .regex(publicationStamp, { error: 'must be a date YYYY-MM-DD, or a timestamp such as 2024-03-03T10:00:00Z' })
      .transform((value) => value.slice(0, 10))
      .pipe(
        isoDateSchema.refine((value) => value <= tomorrowUtc(), {
          error: 'must not be after tomorrow: a page is published before it is read',
        }),
      )
      .nullable()
      .optional()
      .describe(
        'Publication date, at most tomorrow (UTC): YYYY-MM-DD, or an RFC 3339 timestamp whose date (as printed, in its own offset) is taken. Resolves weekday-only and year-less dates.',
      ),
    language: z
      .string()
      .regex(/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/, { error: 'must be a BCP 47 language tag such as "en"' })
      .optional(),
    isTranslation: z.boolean().optional(),
  })
  .meta({ id: 'CreateDocument' });

export const documentBodySchema = z.union([readoutTextSchema.describe('text/plain: the readout itself.'), documentInputSchema]);

const timestamp = timestampSchema;

export const documentSummarySchema = z
  .object({
    id: z.uuid(),
    sha256: z.string().describe('SHA-256 of the UTF-8 text, hex; the same text is never stored twice.'),
    url: z.string().nullable(),
    title: z.string().nullable(),
    publisher: z.string().nullable(),
    language: z.string(),
    isTranslation: z.boolean(),
    publishedAt: z.iso.date().nullable(),
    retrievedAt: timestamp.nullable(),
    createdAt: timestamp,
    meetingIds: z.array(z.uuid()).describe('Meetings committed from this document.'),
  })
  .meta({ id: 'DocumentSummary' });

export const meetingCandidateSchema = z
  .object({
    draftMeeting: z.int().min(0).describe('Index of the meeting in `draft.meetings`.'),
    meetingId: z.uuid(),
    title: z.string(),
    date: z.iso.date(),
    score: z.number().min(0).max(1).describe('People 0.5 (shared over the smaller side), date 0.2, kind 0.15, place 0.15.'),
    evidence: z.object({
      dateDifferenceDays: z.int().min(0).max(1).describe("0 or 1: two sides' readouts can differ by a day across time zones."),
      kind: z.object({ draft: z.string(), meeting: z.string() }),
      people: z.array(z.object({ personId: z.uuid(), name: z.string() })).describe('The people both record.'),
      place: z
        .enum(['same', 'same_country', 'different', 'unknown', 'not_applicable'])
        .describe('`not_applicable` when both are calls (phone or video): a call has no place, so it agrees in full.'),
    }),
  })
  .meta({
    id: 'MeetingCandidate',
    description:
      "A stored meeting that a meeting of the draft probably describes (another readout of it, often the other side's): " +
      'dated within a day, of a compatible kind (a call is no visit), and with at least two people in common (or the one ' +
      'person a side names, when day, kind and place agree). Commit with `attach` to add the document as its source.',
  });

export const candidatesRequestSchema = z
  .strictObject({ draft: readoutDraftInputSchema.describe('The draft as the editor corrected it (a date set, a participant fixed).') })
  .meta({ id: 'CandidatesRequest' });
export const candidateListSchema = z.object({ data: z.array(meetingCandidateSchema) }).meta({ id: 'MeetingCandidateList' });

export const documentSchema = documentSummarySchema
  .extend({
    length: z.int().describe('Length of the text in UTF-16 code units, the unit of provenance spans.'),
    text: z.string(),
    draft: readoutDraftSchema.nullable().describe('What the extractor read from the text: every meeting it reports, to check and commit.'),
    candidates: z
      .array(meetingCandidateSchema)
      .describe("Stored meetings the draft's meetings probably describe, best first for each; computed when read."),
  })
  .meta({ id: 'Document' });

/** A document (or its summary) as GET answers it: whole, or with the members a sparse fieldset names. */
export const documentReadSchema = z.union([documentSchema, sparseSchema(documentSchema, 'DocumentFields', 'A document')]);
const documentSummaryReadSchema = z.union([
  documentSummarySchema,
  sparseSchema(documentSummarySchema, 'DocumentSummaryFields', 'A document summary'),
]);

export const documentParamsSchema = z.strictObject({ documentId: uuidSchema.describe('Id of the document (UUID).') });
export const getDocumentQuerySchema = z.strictObject({ fields: fieldsSchema(documentSchema) });
export const listDocumentsQuerySchema = z.strictObject({
  committed: z
    .enum(['true', 'false'])
    .transform((value) => value === 'true')
    .optional()
    .describe('true: documents committed as (or attached to) a meeting; false: those still waiting for an editor.'),
  publisher: z
    .string()
    .trim()
    .min(1)
    .max(300)
    .optional()
    .describe('Documents whose publisher contains this, ignoring case and accents (`publisher=china`).'),
  limit: limitSchema,
  cursor: cursorSchema,
  fields: fieldsSchema(documentSummarySchema),
});
export type ListDocumentsQuery = z.infer<typeof listDocumentsQuerySchema>;
export const documentPageSchema = pageSchema(documentSummaryReadSchema, 'DocumentPage');

export const commitDocumentSchema = z
  .strictObject({
    draft: readoutDraftInputSchema
      .optional()
      .describe("A corrected draft; without it the document's own draft is committed. Remove a meeting from `meetings` to leave it out."),
    attach: z
      .array(
        z.strictObject({
          draftMeeting: z.int().min(0).describe('Index of the meeting in the (corrected) draft.'),
          meetingId: uuidSchema.describe("The stored meeting it reports, usually one of the document's `candidates`."),
          force: z
            .boolean()
            .optional()
            .describe(
              'Attach even though the readout and the meeting share fewer people than a candidate must (two, or the one ' +
                "person a side names when day, kind and place agree): for an editor who knows better than the names' spelling.",
            ),
        }),
      )
      .max(100)
      .optional()
      .describe(
        'Draft meetings that are further readouts of stored meetings: each is added to that meeting as a source — a ' +
          "person already there gets this readout's spans, a new one is added; statements are added; an initiative " +
          "already linked gets this readout's span — instead of creating a meeting.",
      ),
    createDuplicates: z
      .boolean()
      .optional()
      .describe(
        'Create a meeting even where a stored meeting is its candidate with score 1 (the same people, day, kind and place) ' +
          'and it is not attached to it. Without it such a commit is a 409 naming each pair: a copy of a committed readout ' +
          '(re-scraped, other line endings) or the other side’s readout of a recorded meeting is attached, not recorded twice.',
      ),
  })
  .meta({ id: 'CommitDocument' });

export const committedMeetingsSchema = z
  .object({ data: z.array(meetingSchema).describe('The meetings created, in the order of the draft.') })
  .meta({ id: 'CommittedMeetings' });
