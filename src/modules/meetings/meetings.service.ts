import type { Db } from '../../db/prisma.js';
import { notFound } from '../../http/errors.js';
import { toMeetingDto } from './meetings.dto.js';
import { documentTexts, includeArgs } from './meetings.include.js';
import { listMeetings } from './meetings.list.js';
import type { ListMeetingsQuery, MeetingInclude } from './meetings.schemas.js';

/** Reads of meetings: the filtered, keyset-paged list and one meeting with the lists it embeds. */
export function createMeetingsService({ prisma }: { prisma: Db }) {
  return {
    list: (query: ListMeetingsQuery) => listMeetings(prisma, query),

    /** One meeting with the requested lists; 404 when there is none. */
    async get(id: string, include: readonly MeetingInclude[]) {
      const row = await prisma.meeting.findUnique({ where: { id }, include: includeArgs(include) });
      if (!row) throw notFound('meeting', id);
      return toMeetingDto(row, await documentTexts(prisma, [row]));
    },
  };
}

export type MeetingsService = ReturnType<typeof createMeetingsService>;
