import { countryCodeSchema, eachTextOnce, noInvisible, oneLine, plainText, uuidPattern } from '../ingest/draft.js';
import { onlyInvisible } from '../ingest/text/invisible.js';
import { parse as parseCsv } from 'csv-parse/sync';
import { z } from 'zod';
import './zod-messages.js';
import { errorCodes } from './errors.js';

// Schemas shared by every module: problem details, ids, pages.

export const problemSchema = z
  .object({
    type: z.string().describe('A URI reference naming the problem type: /problems/{code}.'),
    title: z.string(),
    status: z.int().min(400).max(599),
    detail: z.string(),
    code: z.enum(Object.keys(errorCodes) as [keyof typeof errorCodes, ...(keyof typeof errorCodes)[]]),
    requestId: z.string().describe('The request id, also sent as X-Request-Id and written to every log line.'),
    instance: z.string().optional(),
    errors: z
      .array(
        z
          .object({
            in: z
              .enum(['body', 'query', 'path', 'header', 'resource'])
              .describe(
                "Where the value is: a part of the request, or `resource` — the stored resource the request acts on, as its GET returns it (a document's stored `draft`, committed without a body).",
              ),
            pointer: z.string().describe('JSON Pointer (RFC 6901) to the offending value within `in`.'),
            message: z.string(),
          })
          .meta({ id: 'FieldError' }),
      )
      .optional(),
  })
  .meta({ id: 'Problem', description: 'RFC 9457 problem details.' });

// A UUID in any case is the same id: lower case, as PostgreSQL prints it, from here on (route params, idempotency
// scopes, Location headers and filters all see one spelling).
export const uuidSchema = z.uuid({ error: 'must be a UUID' }).overwrite((id) => id.toLowerCase());
export { uuidPattern };

/**
 * Characters that print nothing: zero-width spaces and joiners, the word joiner, the BOM, the soft hyphen, and the
 * direction marks, embeddings, overrides and isolates (a title of only "\u202e" is as empty as one of "\u200b").
 */
export const invisibleOnly = onlyInvisible;
// What every text is: trimmed, not blank, at most `max` characters. `text` and `line` add which characters may be inside
// (new-user trial 135: a bell, a backspace and an ESC were stored in a meeting's title).
const someText = (max: number) =>
  z
    .string()
    .trim()
    .min(1, { error: 'must not be empty' })
    .max(max)
    // One message for a blank text: "must not be empty" alone when nothing is left after trimming.
    .refine((value) => value.length === 0 || !invisibleOnly.test(value), { error: 'must not be empty (it has only invisible characters)' });
/**
 * A required text of at most `max` characters, trimmed; empty, blank or made only of invisible characters
 * (`"\u200b\u200b"`) is refused ("must not be empty"), as a title no one can see is no title. It may run over lines
 * (tab, line feed, vertical tab, form feed, carriage return); any other control character inside (C0, DEL, C1:
 * ingest/text/invisible.ts `controlClass`) is a 400 that names it (U+XXXX).
 */
export const text = (max: number) => someText(max).superRefine(plainText);
/**
 * One line of visible text of at most `max` characters, trimmed, as `text` — a person's name, an alias, a title, an
 * organisation, a city, a key. A control character, a line break or a bidirectional control inside it is a 400 that
 * names the character (U+XXXX).
 */
export const line = (max: number) => someText(max).superRefine(oneLine);
// Inside a name or a title that may run over lines (a meeting's title, an initiative's name, a participant's printed
// name and title): the invisible and direction-steering characters only — "Green \u202elaeD\u202c Accord" shows as
// "Green Deal Accord" and is stored as another name (new-user trial 101).
/**
 * A visible text of at most `max` characters, trimmed, as `text`: one that holds an invisible or direction-steering
 * character (U+200B, U+202E …) is a 400 that names it (U+XXXX). Line breaks are allowed (a printed title may run over two).
 */
export const visibleText = (max: number) => text(max).superRefine(noInvisible);
/** A set of one-line texts (aliases, committed parties): as `textSet`, each text a `line`. */
export const lineSet = (length: number, max: number) => z.array(line(length)).max(max).superRefine(eachTextOnce);
/**
 * A list that is a set (committed parties, topics, aliases): at most `max` texts of at most `length` characters, each
 * once — the same text twice, ignoring case, is a 400 at the second ("listed twice, at /2"), never stored twice.
 */
export const textSet = (length: number, max: number) => z.array(text(length)).max(max).superRefine(eachTextOnce);
export const timestampSchema = z.iso.datetime({ offset: true }).refine(
  (instant) => {
    // Not an instant at all: the format check above says so, once.
    if (Number.isNaN(Date.parse(instant))) return true;
    const year = new Date(instant).getUTCFullYear();
    return year >= 1 && year <= 9999;
  },
  { error: 'must be an instant between the years 1 and 9999 (UTC)' },
);
/**
 * A timestampSchema value as the ISO instant in UTC that JavaScript reads from it (milliseconds, as stored), for SQL:
 * PostgreSQL itself refuses offsets past ±15:59, which ISO 8601 allows.
 */
export const utcInstant = (value: string): string => new Date(value).toISOString();
export const isoDateSchema = z.iso
  .date({ error: 'must be a calendar date YYYY-MM-DD' })
  .refine((date) => date >= '0001-01-01', { error: 'must be a calendar date from year 1' });

/** Tomorrow's date in UTC (YYYY-MM-DD): the latest day anywhere on Earth may be today. */
export const tomorrowUtc = (): string => new Date(Date.now() + 86_400_000).toISOString().slice(0, 10);

/**
 * A meeting's date as a body gives it: a calendar date from year 1 to tomorrow (UTC). A meeting is recorded from a
 * readout of it, once it took place; a date after tomorrow is a typing slip ("9999-12-31", trial 99), which would sort
 * first in every list and be every statistic's last date. Dates stored before this rule are read as they are.
 */
export const meetingDateSchema = isoDateSchema
  .refine((date) => date <= tomorrowUtc(), { error: 'must not be after tomorrow (UTC): a meeting is recorded once it has taken place' })
  .describe("The meeting's local date, from year 1 to tomorrow (UTC); with month or year precision, the first day of the period.");
export { countryCodeSchema };

/** A country code in a filter: ISO 3166-1 alpha-2 in any case ("kz", "Kz" and "KZ" are Kazakhstan). */
export const countryFilterSchema = z
  .string()
  .transform((code) => code.toUpperCase())
  .pipe(countryCodeSchema);

/**
 * The items of a comma-separated value, read as one CSV record (RFC 4180, by csv-parse): `a,b` is two items, and an item
 * holding a comma is written in double quotes, a quote inside doubled — `"Ministry of Foreign Affairs, Trade and
 * Development",UN` is two. Items are trimmed; a quote inside an unquoted item is itself. Throws csv-parse's error for a
 * quote that is never closed.
 */
export function commaItems(value: string): string[] {
  const records: string[][] = parseCsv(value, { relax_quotes: true, relax_column_count: true, trim: true, record_delimiter: '\u0000' });
  const [record] = records;
  // An empty value is one empty item (refused by the item's own schema, at its index).
  return record ?? [''];
}

/** A comma-separated query parameter (see commaItems): each item validated, duplicates dropped. */
export function commaList<T extends z.ZodType<string, string>>(item: T) {
  return z
    .string()
    .transform((value, ctx) => {
      try {
        return commaItems(value);
      } catch {
        ctx.addIssue({ code: 'custom', message: 'has a double quote that is never closed: write a quote inside a quoted item as ""' });
        return z.NEVER;
      }
    })
    .pipe(
      z
        .array(item)
        .min(1)
        .max(maxListItems, { error: `at most ${maxListItems} values` }),
    )
    .transform((items) => [...new Set(items)]);
}

/** The most values a comma list of a query parameter takes (every ISO 3166-1 country fits). */
export const maxListItems = 250;

export const limitSchema = z.coerce.number().int().min(1).max(100).default(20).describe('Page size, 1 to 100.');

export const cursorSchema = z
  .string()
  .min(1, { error: 'must not be empty: leave cursor out for the first page' })
  .max(2048)
  .optional()
  .describe(
    "Opaque cursor from a previous page's `nextCursor`; only valid with the same filters and sort. It carries the " +
      'X-Consistency-Token that page was read with, so later pages see that write without sending the header again.',
  );

export const countSchema = z.enum(['exact']).optional().describe('`exact` adds `total`, the number of matching records, to the page.');

export function pageSchema<T extends z.ZodType>(item: T, id: string) {
  return z
    .object({
      data: z.array(item),
      nextCursor: z.string().nullable().describe('Cursor of the next page, null on the last page.'),
      total: z.int().optional().describe('Present only with count=exact.'),
    })
    .meta({ id });
}

/** Standard error responses, listed on every route so the contract names them. */
export function problemResponses<const S extends readonly number[]>(...statuses: S) {
  return Object.fromEntries(statuses.map((status) => [status, problemSchema])) as { [K in S[number]]: typeof problemSchema };
}

export const notModifiedSchema = z.null().describe('Not modified: the ETag named in If-None-Match is current.');
