import { AppError } from '../../http/errors.js';
import { listsNamed } from '../../http/fields.js';
import { meetingIncludes, type MeetingInclude } from './meetings.schemas.js';

// The records a meeting embeds (`include=`), each list in its own order, as Prisma reads them where a write returns
// the meeting it wrote; reads build the same lists in SQL (meeting-json.sql.ts).

/** Each embedded list's order (Prisma `orderBy`). */
export const partOrders = {
  participants: [{ position: 'asc' as const }, { id: 'asc' as const }],
  statements: { position: 'asc' as const },
  initiatives: [{ createdAt: 'asc' as const }, { id: 'asc' as const }],
  provenance: [{ start: 'asc' as const }, { id: 'asc' as const }],
};

/** Prisma `include` arguments for the requested lists (false for the others), in the order their lists page in. */
export function includeArgs(include: readonly MeetingInclude[]) {
  return {
    participants: include.includes('participants') ? { orderBy: partOrders.participants } : false,
    statements: include.includes('statements') ? { orderBy: partOrders.statements } : false,
    initiatives: include.includes('initiatives') ? { orderBy: partOrders.initiatives } : false,
    provenance: include.includes('provenance') ? { orderBy: partOrders.provenance } : false,
  };
}

/**
 * The lists a meeting read embeds: `include`'s, and with a sparse fieldset the lists it names (`participants` or
 * `participants.title` embed participants). An `include` naming a list the fieldset leaves out is a 400: the fieldset
 * would drop what it asks for.
 */
export function embeddedLists(include: readonly MeetingInclude[], fields: readonly string[] | undefined): MeetingInclude[] {
  if (!fields) return [...include];
  const named = listsNamed(fields, meetingIncludes) as MeetingInclude[];
  const dropped = include.filter((list) => !named.includes(list));
  if (dropped.length)
    throw new AppError(
      'validation_failed',
      `include=${dropped.join(',')} with fields that do not name ${dropped.length === 1 ? 'it' : 'them'}: add ${dropped.join(', ')} (or some of ${dropped.length === 1 ? 'its' : 'their'} members, ${dropped[0]}.id) to fields.`,
      [{ in: 'query', pointer: '/include', message: `names ${dropped.join(', ')}, which fields leaves out` }],
    );
  return meetingIncludes.filter((list) => named.includes(list));
}
