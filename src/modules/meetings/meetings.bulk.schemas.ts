import { z } from 'zod';
import { idempotencyKeyPattern } from '../../http/idempotency.js';
import { problemSchema } from '../../http/schemas.js';
import { createMeetingSchema } from './meetings.input.js';

// The lines of POST /v1/meetings as application/x-ndjson, both ways. The route cannot declare a body per media type,
// so the contract gets these from openapi/ndjson-create.ts; the types below type what meetings.bulk.ts writes.

export const keyedMeetingLineSchema = z
  .strictObject({
    idempotencyKey: z
      .string()
      .regex(idempotencyKeyPattern, { error: 'must be 1 to 255 visible ASCII characters' })
      .optional()
      .describe("This line's Idempotency-Key: a retry of the line with the same key and meeting answers the first result."),
    meeting: createMeetingSchema,
  })
  .meta({ id: 'KeyedMeetingLine', description: 'A line that carries its Idempotency-Key beside the meeting.' });

export const createMeetingLineSchema = z.union([createMeetingSchema, keyedMeetingLineSchema]).meta({
  id: 'CreateMeetingLine',
  description:
    'One line of an application/x-ndjson body of POST /v1/meetings: a meeting exactly as the JSON body, or ' +
    '{ idempotencyKey, meeting } to key it.',
});

const lineNumber = z.int().min(1).describe('The line of the request body this answers, from 1 (blank lines count).');

export const meetingLineCreatedSchema = z
  .object({
    line: lineNumber,
    status: z.literal(201),
    id: z.uuid(),
    location: z.string().describe('Where the meeting is: /v1/meetings/{id}.'),
    etag: z.string().describe('The ETag of the created meeting with its lists, as the JSON create sends it.'),
    replayed: z
      .literal(true)
      .optional()
      .describe('Present when this is the stored result of an earlier line or request with the same key.'),
  })
  .meta({ id: 'MeetingLineCreated', description: 'A line whose meeting was created (committed).' });

export const meetingLineFailedSchema = z
  .object({
    line: lineNumber,
    status: z.int().min(400).max(599),
    problem: problemSchema,
    replayed: z
      .literal(true)
      .optional()
      .describe('Present when this is the stored result of an earlier line or request with the same key.'),
  })
  .meta({ id: 'MeetingLineFailed', description: 'A line that created nothing, and why: the problem the JSON create would answer.' });

export const meetingLinesSummarySchema = z
  .object({
    summary: z.object({
      results: z.int().min(0).describe('Result lines written: one per non-blank line processed; created + failed + replayed.'),
      created: z.int().min(0).describe('Meetings this request created (status 201, not replayed).'),
      failed: z.int().min(0).describe('Lines this request refused (a problem, not replayed).'),
      replayed: z
        .int()
        .min(0)
        .describe('Stored results of an earlier line or request with the same key (201 or a problem), which created nothing.'),
      complete: z.boolean().describe('Whether every line of the body was processed.'),
      nextLine: z.int().min(1).optional().describe('When not complete: the first line to send again (it and every later line).'),
    }),
    problem: problemSchema.optional().describe('When not complete: why processing stopped.'),
    consistencyToken: z
      .string()
      .optional()
      .describe('X-Consistency-Token of the last write: send it on a read to see every line created (read-your-writes).'),
  })
  .meta({ id: 'MeetingLinesSummary', description: 'The last line of the answer.' });

export const createMeetingLineResultSchema = z
  .union([meetingLineCreatedSchema, meetingLineFailedSchema, meetingLinesSummarySchema])
  .meta({ id: 'CreateMeetingLineResult', description: 'One line of the application/x-ndjson answer of POST /v1/meetings.' });

export type MeetingLineCreated = z.infer<typeof meetingLineCreatedSchema>;
export type MeetingLineFailed = z.infer<typeof meetingLineFailedSchema>;
export type MeetingLineResult = MeetingLineCreated | MeetingLineFailed;
export type MeetingLinesSummary = z.infer<typeof meetingLinesSummarySchema>;
