import { z } from 'zod';
import { conflict } from '../../http/errors.js';
import { cursorId, cursorPosition, type CursorKey } from '../../http/pagination.js';
import { cursorSchema, limitSchema, uuidSchema } from '../../http/schemas.js';

// Lists of a meeting's parts (participants, statements) page in meeting order: (position, id).

const maxPosition = 2_147_483_647;

/** The position after the last one, unless the last one is already the largest a position can be. */
export function nextPosition(last: number | null): number {
  if (last !== null && last >= maxPosition)
    throw conflict('The last position is taken by the largest possible value; give a position explicitly.');
  return (last ?? -1) + 1;
}

export const partsQuerySchema = z.strictObject({ limit: limitSchema, cursor: cursorSchema });
export type PartsQuery = z.infer<typeof partsQuerySchema>;

export function afterPosition([rawPosition, rawId]: CursorKey) {
  const position = cursorPosition(rawPosition);
  const id = cursorId(rawId);
  return { OR: [{ position: { gt: position } }, { position, id: { gt: id } }] };
}

const meetingId = uuidSchema.describe('Id of the meeting (UUID).');
export const meetingPartParams = {
  participant: z.strictObject({ meetingId, participantId: uuidSchema.describe('Id of the participant (UUID).') }),
  statement: z.strictObject({ meetingId, statementId: uuidSchema.describe('Id of the statement (UUID).') }),
  initiative: z.strictObject({
    meetingId,
    linkId: uuidSchema.describe("Id of the meeting's initiative link (UUID), not of the catalogue entry."),
  }),
};
