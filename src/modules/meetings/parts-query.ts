import { z } from 'zod';
import { invalidCursor } from '../../http/errors.js';
import type { CursorKey } from '../../http/pagination.js';
import { cursorSchema, limitSchema, uuidSchema } from '../../http/schemas.js';

// Lists of a meeting's parts (participants, statements) page in meeting order: (position, id).

export const partsQuerySchema = z.strictObject({ limit: limitSchema, cursor: cursorSchema });
export type PartsQuery = z.infer<typeof partsQuerySchema>;

export function afterPosition([position, id]: CursorKey) {
  if (typeof position !== 'number' || typeof id !== 'string') throw invalidCursor('The cursor is not one this API issued.');
  return { OR: [{ position: { gt: position } }, { position, id: { gt: id } }] };
}

export const meetingPartParams = {
  participant: z.strictObject({ meetingId: uuidSchema, participantId: uuidSchema }),
  statement: z.strictObject({ meetingId: uuidSchema, statementId: uuidSchema }),
  initiative: z.strictObject({ meetingId: uuidSchema, linkId: uuidSchema }),
};
