import { z } from 'zod';
import { formatSchema } from '../../http/export/export-format.js';
import { cursorSchema, limitSchema } from '../../http/schemas.js';
import { meetingFilterSchemas } from '../meetings/meeting-filters.schemas.js';

// The parts of every meeting as tables of their own — participants, statements, initiative links — one row per part
// with its meetingId to join on: the tidy tables an analyst exports beside GET /v1/meetings.

// The meeting filters are GET /v1/meetings' own schemas, so names, formats and meaning cannot drift apart.
export const listTableQuerySchema = z.strictObject({
  limit: limitSchema,
  cursor: cursorSchema,
  ...meetingFilterSchemas,
  format: formatSchema,
});
/** The query of a table's list; its `fields` (a sparse fieldset) is the table's own (tables.routes.ts). */
export type ListTableQuery = z.infer<typeof listTableQuerySchema> & { fields?: readonly string[] | undefined };
