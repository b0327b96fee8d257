import type { Db } from '../../db/prisma.js';
import { uuidPattern } from '../../http/schemas.js';
import type { Prisma } from '../../generated/prisma/client.js';
import { notFound } from '../../http/errors.js';
import { afterKey, keyOf, orderBy, parseSort } from '../../http/keyset.js';
import { decodeCursor, queryFingerprint, pageBody, toPage } from '../../http/pagination.js';
import { toMeetingDto, type DocumentTexts, type MeetingWithRelations } from './meetings.dto.js';
import type { ListMeetingsQuery, MeetingInclude } from './meetings.schemas.js';

export function includeArgs(include: readonly MeetingInclude[]) {
  return {
    participants: include.includes('participants') ? { orderBy: [{ position: 'asc' as const }, { id: 'asc' as const }] } : false,
    statements: include.includes('statements') ? { orderBy: { position: 'asc' as const } } : false,
    initiatives: include.includes('initiatives') ? { orderBy: [{ createdAt: 'asc' as const }, { id: 'asc' as const }] } : false,
    provenance: include.includes('provenance') ? { orderBy: [{ start: 'asc' as const }, { id: 'asc' as const }] } : false,
  };
}

export function meetingFilters(query: Omit<ListMeetingsQuery, 'limit' | 'cursor' | 'count' | 'include' | 'sort'>) {
  const where: Prisma.MeetingWhereInput[] = [];
  if (query.from) where.push({ date: { gte: new Date(query.from) } });
  if (query.to) where.push({ date: { lte: new Date(query.to) } });
  if (query.kind) where.push({ kind: { in: query.kind } });
  if (query.updatedSince) where.push({ updatedAt: { gte: new Date(query.updatedSince) } });
  if (query.person) where.push({ participants: { some: { personId: query.person } } });
  if (query.country) {
    where.push({ OR: [{ countryCode: { in: query.country } }, { participants: { some: { countryCode: { in: query.country } } } }] });
  }
  if (query.initiative) {
    const key = query.initiative;
    where.push({ initiatives: { some: { initiative: uuidPattern.test(key) ? { id: key } : { slug: key } } } });
  }
  return { AND: where } satisfies Prisma.MeetingWhereInput;
}

export function createMeetingsService({ prisma }: { prisma: Db }) {
  async function documentTexts(rows: MeetingWithRelations[]): Promise<DocumentTexts> {
    const ids = [...new Set(rows.flatMap((row) => row.provenance?.map((span) => span.documentId) ?? []))];
    if (!ids.length) return new Map();
    const documents = await prisma.sourceDocument.findMany({ where: { id: { in: ids } }, select: { id: true, text: true } });
    return new Map(documents.map((document) => [document.id, document.text]));
  }

  return {
    async list(query: ListMeetingsQuery) {
      const fingerprint = queryFingerprint(query);
      const keyset = parseSort<'date' | 'createdAt' | 'updatedAt'>(query.sort);
      const filters = meetingFilters(query);
      const after = query.cursor
        ? afterKey(keyset, decodeCursor(query.cursor, fingerprint), (raw) =>
            keyset.field === 'date' || typeof raw === 'string' ? new Date(raw) : raw,
          )
        : undefined;
      const rows = await prisma.meeting.findMany({
        where: after ? { AND: [filters, after] } : filters,
        orderBy: orderBy(keyset),
        take: query.limit + 1,
        include: includeArgs(query.include),
      });
      const paging = toPage(rows, query.limit, fingerprint, (row) => keyOf(row[keyset.field], row.id));
      const total = query.count === 'exact' ? await prisma.meeting.count({ where: filters }) : undefined;
      const texts = await documentTexts(paging.page);
      return pageBody(
        paging,
        paging.page.map((row) => toMeetingDto(row, texts)),
        total === undefined ? {} : { total },
      );
    },

    async get(id: string, include: readonly MeetingInclude[]) {
      const row = await prisma.meeting.findUnique({ where: { id }, include: includeArgs(include) });
      if (!row) throw notFound('meeting', id);
      return toMeetingDto(row, await documentTexts([row]));
    },
  };
}

export type MeetingsService = ReturnType<typeof createMeetingsService>;
