import type { MeetingInclude } from './meetings.schemas.js';

// The records a meeting embeds (`include=`), each list in its own order, as Prisma reads them where a write returns
// the meeting it wrote; reads build the same lists in SQL (meeting-json.sql.ts).

const orders = {
  participants: [{ position: 'asc' as const }, { id: 'asc' as const }],
  statements: { position: 'asc' as const },
  initiatives: [{ createdAt: 'asc' as const }, { id: 'asc' as const }],
  provenance: [{ start: 'asc' as const }, { id: 'asc' as const }],
};

/** Prisma `include` arguments for the requested lists (false for the others), in the order their lists page in. */
export function includeArgs(include: readonly MeetingInclude[]) {
  return {
    participants: include.includes('participants') ? { orderBy: orders.participants } : false,
    statements: include.includes('statements') ? { orderBy: orders.statements } : false,
    initiatives: include.includes('initiatives') ? { orderBy: orders.initiatives } : false,
    provenance: include.includes('provenance') ? { orderBy: orders.provenance } : false,
  };
}
