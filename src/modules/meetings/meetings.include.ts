import type { Db } from '../../db/prisma.js';
import type { Meeting } from '../../generated/prisma/client.js';
import type { DocumentTexts, MeetingWithRelations } from './meetings.dto.js';
import type { MeetingInclude } from './meetings.schemas.js';

// The records a meeting embeds on request (`include=`), each list in its own order.

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

function byMeeting<T extends { meetingId: string }>(rows: readonly T[] | undefined): Map<string, T[]> | undefined {
  if (!rows) return undefined;
  const grouped = new Map<string, T[]>();
  for (const row of rows) {
    const list = grouped.get(row.meetingId);
    if (list) list.push(row);
    else grouped.set(row.meetingId, [row]);
  }
  return grouped;
}

/**
 * The meetings with the requested lists attached (one query per list for all of them, run side by side), in the
 * order given. Lists not requested stay absent, so the DTO leaves them out.
 */
export async function withIncludes(
  prisma: Db,
  meetings: readonly Meeting[],
  include: readonly MeetingInclude[],
): Promise<MeetingWithRelations[]> {
  if (!meetings.length || !include.length) return [...meetings];
  const wants = (list: MeetingInclude) => include.includes(list);
  const where = { meetingId: { in: meetings.map((meeting) => meeting.id) } };
  const [participants, statements, initiatives, provenance] = await Promise.all([
    wants('participants') ? prisma.participant.findMany({ where, orderBy: orders.participants }) : undefined,
    wants('statements') ? prisma.statement.findMany({ where, orderBy: orders.statements }) : undefined,
    wants('initiatives') ? prisma.meetingInitiative.findMany({ where, orderBy: orders.initiatives }) : undefined,
    wants('provenance') ? prisma.provenanceSpan.findMany({ where, orderBy: orders.provenance }) : undefined,
  ]);
  const lists = {
    participants: byMeeting(participants),
    statements: byMeeting(statements),
    initiatives: byMeeting(initiatives),
    provenance: byMeeting(provenance),
  };
  return meetings.map((meeting) => {
    const row: MeetingWithRelations = { ...meeting };
    if (lists.participants) row.participants = lists.participants.get(meeting.id) ?? [];
    if (lists.statements) row.statements = lists.statements.get(meeting.id) ?? [];
    if (lists.initiatives) row.initiatives = lists.initiatives.get(meeting.id) ?? [];
    if (lists.provenance) row.provenance = lists.provenance.get(meeting.id) ?? [];
    return row;
  });
}

/** Document texts by id for the meetings' provenance spans, to show each span's text next to it. */
export async function documentTexts(prisma: Db, rows: readonly MeetingWithRelations[]): Promise<DocumentTexts> {
  const ids = [...new Set(rows.flatMap((row) => row.provenance?.map((span) => span.documentId) ?? []))];
  if (!ids.length) return new Map();
  const documents = await prisma.sourceDocument.findMany({ where: { id: { in: ids } }, select: { id: true, text: true } });
  return new Map(documents.map((document) => [document.id, document.text]));
}
