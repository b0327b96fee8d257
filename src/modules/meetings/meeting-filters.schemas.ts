import { z } from 'zod';
import { initiativeStatuses, meetingKinds } from '../../ingest/draft.js';
import { commaList, countryFilterSchema, isoDateSchema, uuidSchema } from '../../http/schemas.js';

/** A full-text query: web-search syntax over the English stems of the text, as GET /v1/search takes it. */
export const maxTextQueryLength = 256;
export const textQuerySchema = z
  .string()
  .trim()
  .min(1, { error: 'must not be empty or blank' })
  .max(maxTextQueryLength, { error: `must be at most ${maxTextQueryLength} characters` })
  .regex(/^[^\0]*$/, { error: 'must not contain NUL characters' });

const lowerCase = (value: string) => value.toLowerCase();

/**
 * The meeting filters: one schema each, shared by GET /v1/meetings, search, stats, the exports and the tables of the
 * meetings' parts, so that names, formats and meaning cannot drift apart (meetings.sql.ts turns them into SQL).
 */
export const meetingFilterSchemas = {
  from: isoDateSchema.optional().describe('Meetings on or after this date.'),
  to: isoDateSchema.optional().describe('Meetings on or before this date.'),
  country: commaList(countryFilterSchema)
    .optional()
    .describe('Meetings held in, or with a participant representing, one of these countries (comma-separated ISO codes, any case).'),
  person: commaList(uuidSchema).optional().describe('Meetings any of these people took part in (comma-separated ids).'),
  initiative: commaList(z.string().min(1).max(120).transform(lowerCase))
    .optional()
    .describe(
      'Meetings linked to any of these initiatives (comma-separated ids or slugs, any case). An id or slug of no initiative is a 400.',
    ),
  kind: commaList(z.string().transform(lowerCase).pipe(z.enum(meetingKinds)))
    .optional()
    .describe('One or more meeting kinds, comma-separated, any case.'),
  q: textQuerySchema
    .optional()
    .describe(
      'Meetings whose title, summary or a statement matches this full-text query (the syntax of GET /v1/search: ' +
        'words match any English form, "quoted phrases", OR, -exclusions, a trailing * for a prefix).',
    ),
  status: commaList(z.string().transform(lowerCase).pipe(z.enum(initiativeStatuses)))
    .optional()
    .describe(
      'Meetings with an initiative link in one of these statuses (comma-separated), e.g. agreed,signed; with ' +
        '`initiative`, the link to one of those initiatives must have it. On /v1/meeting-initiatives, also the links kept.',
    ),
  speaker: commaList(uuidSchema)
    .optional()
    .describe(
      'Meetings where one of these people (comma-separated person ids) made a statement. On /v1/statements, also the statements kept.',
    ),
  organization: commaList(z.string().trim().min(1).max(200))
    .optional()
    .describe(
      'Meetings with a participant representing one of these organisations (comma-separated names, compared ignoring case and accents).',
    ),
  hasDocument: z
    .enum(['true', 'false'])
    .transform((value) => value === 'true')
    .optional()
    .describe('true: meetings committed from a source document (sourceDocumentId set); false: meetings without one.'),
  sourcePublisher: commaList(z.string().trim().min(1).max(300))
    .optional()
    .describe(
      'Meetings with a source document (any of their readouts, GET /v1/meetings/{id}/sources) whose publisher contains one ' +
        'of these (comma-separated; ignoring case and accents): `sourcePublisher=china` finds what the Chinese ministry reported.',
    ),
};
