import Fastify, { type FastifyInstance } from 'fastify';
import { serializerCompiler, validatorCompiler, type ZodTypeProvider } from 'fastify-type-provider-zod';
import type { Db } from '../../src/db/prisma.js';
import type { Meeting } from '../../src/generated/prisma/client.js';
import { notFound } from '../../src/http/errors.js';
import { etagFor, replyWithEtag } from '../../src/http/etag.js';
import { keyOf, parseSort } from '../../src/http/keyset.js';
import { decodeCursor, pageBody, queryFingerprint, setNextLink, toPage } from '../../src/http/pagination.js';
import { registerProblemHandlers } from '../../src/http/problem.js';
import { registerResponseBudget } from '../../src/http/response-budget.js';
import { registerRepresentationTags } from '../../src/http/representation-tag.js';
import { notModifiedSchema } from '../../src/http/schemas.js';
import { toMeetingDto, type DocumentTexts, type MeetingWithRelations } from '../../src/modules/meetings/meetings.dto.js';
import { includeArgs } from '../../src/modules/meetings/meetings.include.js';
import { meetingsCountSql, meetingsPageSql } from '../../src/modules/meetings/meetings.list.js';
import {
  getMeetingQuerySchema,
  listMeetingsQuerySchema,
  meetingPageSchema,
  meetingParamsSchema,
  meetingSchema,
  type ListMeetingsQuery,
  type MeetingInclude,
} from '../../src/modules/meetings/meetings.schemas.js';

// The reads of meetings as they were before PostgreSQL built their JSON (commit 14e5162): Prisma rows, one query per
// embedded list, the document texts fetched for the provenance spans, DTO functions, and fastify's zod serializer
// writing the body after the response budget's hook. Kept here as the reference the JSON PostgreSQL builds is
// compared with, byte for byte (test/meeting-json.test.ts).

const orders = {
  participants: [{ position: 'asc' as const }, { id: 'asc' as const }],
  statements: { position: 'asc' as const },
  initiatives: [{ createdAt: 'asc' as const }, { id: 'asc' as const }],
  provenance: [{ start: 'asc' as const }, { id: 'asc' as const }],
};

function byMeeting<T extends { meetingId: string }>(rows: readonly T[] | undefined): Map<string, T[]> | undefined {
  if (!rows) return undefined;
  const grouped = new Map<string, T[]>();
  for (const row of rows) grouped.set(row.meetingId, [...(grouped.get(row.meetingId) ?? []), row]);
  return grouped;
}

async function withIncludes(prisma: Db, meetings: readonly Meeting[], include: readonly MeetingInclude[]): Promise<MeetingWithRelations[]> {
  if (!meetings.length || !include.length) return [...meetings];
  const wants = (list: MeetingInclude) => include.includes(list);
  const where = { meetingId: { in: meetings.map((meeting) => meeting.id) } };
  const [participants, statements, initiatives, provenance] = await Promise.all([
    wants('participants') ? prisma.participant.findMany({ where, orderBy: orders.participants }) : undefined,
    wants('statements') ? prisma.statement.findMany({ where, orderBy: orders.statements }) : undefined,
    wants('initiatives') ? prisma.meetingInitiative.findMany({ where, orderBy: orders.initiatives }) : undefined,
    wants('provenance') ? prisma.provenanceSpan.findMany({ where, orderBy: orders.provenance }) : undefined,
  ]);
  const lists = { participants: byMeeting(participants), statements: byMeeting(statements), initiatives: byMeeting(initiatives) };
  const spans = byMeeting(provenance);
  return meetings.map((meeting) => {
    const row: MeetingWithRelations = { ...meeting };
    if (lists.participants) row.participants = lists.participants.get(meeting.id) ?? [];
    if (lists.statements) row.statements = lists.statements.get(meeting.id) ?? [];
    if (lists.initiatives) row.initiatives = lists.initiatives.get(meeting.id) ?? [];
    if (spans) row.provenance = spans.get(meeting.id) ?? [];
    return row;
  });
}

async function documentTexts(prisma: Db, rows: readonly MeetingWithRelations[]): Promise<DocumentTexts> {
  const ids = [...new Set(rows.flatMap((row) => row.provenance?.map((span) => span.documentId) ?? []))];
  if (!ids.length) return new Map();
  const documents = await prisma.sourceDocument.findMany({ where: { id: { in: ids } }, select: { id: true, text: true } });
  return new Map(documents.map((document) => [document.id, document.text]));
}

async function listMeetings(prisma: Db, query: ListMeetingsQuery) {
  const fingerprint = queryFingerprint('meetings', query);
  const after = query.cursor ? decodeCursor(query.cursor, fingerprint) : undefined;
  const field = parseSort<'date' | 'createdAt' | 'updatedAt'>(query.sort).field;
  const rows = await prisma.$queryRaw<Meeting[]>(meetingsPageSql(query, after));
  const paging = toPage(rows, query.limit, fingerprint, (row) => keyOf(row[field], row.id));
  const total = query.count === 'exact' ? (await prisma.$queryRaw<Array<{ total: number }>>(meetingsCountSql(query)))[0]?.total : undefined;
  const meetings = await withIncludes(prisma, paging.page, query.include);
  const texts = await documentTexts(prisma, meetings);
  return pageBody(
    paging,
    meetings.map((row) => toMeetingDto(row, texts)),
    total === undefined ? {} : { total },
  );
}

/** An app serving GET /v1/meetings and GET /v1/meetings/{id} the previous way, with the given response budget. */
export async function buildPreviousReadsApp(prisma: Db, budgetBytes: number): Promise<FastifyInstance> {
  const app = Fastify().withTypeProvider<ZodTypeProvider>();
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  registerProblemHandlers(app);
  registerResponseBudget(app, budgetBytes);
  // The ETag of a list page is the digest of its body, as the API's is: the same body, the same tag.
  registerRepresentationTags(app);
  app.get(
    '/v1/meetings',
    { schema: { querystring: listMeetingsQuerySchema, response: { 200: meetingPageSchema } } },
    async (request, reply) => {
      const page = await listMeetings(prisma, request.query);
      setNextLink(request, reply, page.nextCursor);
      return page;
    },
  );
  app.get(
    '/v1/meetings/:meetingId',
    {
      schema: {
        params: meetingParamsSchema,
        querystring: getMeetingQuerySchema,
        response: { 200: meetingSchema, 304: notModifiedSchema },
      },
    },
    async (request, reply) => {
      const { meetingId } = request.params;
      const row = await prisma.meeting.findUnique({ where: { id: meetingId }, include: includeArgs(request.query.include) });
      if (!row) throw notFound('meeting', meetingId);
      const meeting = toMeetingDto(row, await documentTexts(prisma, [row]));
      if (replyWithEtag(request, reply, etagFor(meeting.version, request.query.include))) return reply;
      return meeting;
    },
  );
  await app.ready();
  return app;
}
