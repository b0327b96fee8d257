import { z } from 'zod';
import { timestampSchema } from '../../http/schemas.js';
import { auditEventSchema } from '../meetings/meetings.schemas.js';

// The change feed: every create, update and delete of every record, in the order the transactions committed.

/** A position in the feed: the `seq` of the last change seen, as decimal digits; 0 is before the first change. */
export const feedCursorSchema = z
  .string()
  // Any number of digits: one past the latest change (past bigint too) is the 400 invalid_cursor of the service, one
  // answer for every position the feed never gave.
  .regex(/^(0|[1-9][0-9]*)$/, { error: 'must be a cursor of the feed: the seq of a change (decimal digits)' });

export const changeSchema = auditEventSchema
  .extend({
    seq: z.string().describe('Position in the feed (decimal digits; grows in commit order). Send it back as `after` or Last-Event-ID.'),
    recordType: z.enum(['meeting', 'person', 'participant', 'statement', 'initiative', 'meeting_initiative', 'document']),
    occurredAt: timestampSchema.describe('When the change was written (the transaction’s clock, not its commit).'),
  })
  .meta({ id: 'Change' });
export type ChangeDto = z.infer<typeof changeSchema>;

export const changePageSchema = z
  .object({
    data: z.array(changeSchema),
    nextCursor: z
      .string()
      .describe(
        'Where to continue: the seq of the last change of the page, or `after` itself when there was none. Never null: poll with it.',
      ),
    hasMore: z.boolean().describe('Whether more changes follow now; false when the page reached the end of the feed.'),
  })
  .meta({ id: 'ChangePage' });

export const listChangesQuerySchema = z.strictObject({
  after: feedCursorSchema
    .default('0')
    .describe('Changes after this position (a `seq`, or a page’s `nextCursor`); 0, the default, is the start.'),
  limit: z.coerce.number().int().min(1).max(1000).default(100).describe('Changes per page, 1 to 1000.'),
});
export type ListChangesQuery = z.infer<typeof listChangesQuerySchema>;

export const streamChangesQuerySchema = z.strictObject({
  after: feedCursorSchema
    .optional()
    .describe('Start after this position; the Last-Event-ID header, which browsers send when they reconnect, wins. Neither: from now on.'),
});

export const streamHeadersSchema = z.object({
  'last-event-id': feedCursorSchema.optional().describe('The id of the last event received: the stream resumes after it.'),
});
