import { createHash } from 'node:crypto';
import type { Db } from '../../db/prisma.js';
import type { SourceDocument } from '../../generated/prisma/client.js';
import { conflict, notFound, unprocessable } from '../../http/errors.js';
import { afterKey, keyOf, orderBy } from '../../http/keyset.js';
import { decodeCursor, queryFingerprint, toPage } from '../../http/pagination.js';
import { meetingDraftSchema, type MeetingDraft } from '../../ingest/draft.js';
import { extractReadout } from '../../ingest/extract.js';
import { audit, type Actor } from '../audit/audit.js';
import { insertMeetingAggregate } from '../meetings/meetings.writer.js';
import { draftToInput } from './draft-to-input.js';

export interface DocumentInput {
  text: string;
  url?: string | null | undefined;
  title?: string | null | undefined;
  publisher?: string | null | undefined;
  publishedAt?: string | null | undefined;
  language?: string | undefined;
  isTranslation?: boolean | undefined;
}

export const sha256 = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex');

const newestFirst = { field: 'createdAt' as const, descending: true };

const recordIdsOf = (created: Awaited<ReturnType<typeof insertMeetingAggregate>>) => ({
  meeting: [created.meeting.id],
  participant: created.participants.map((row) => row.id),
  statement: created.statements.map((row) => row.id),
  meeting_initiative: created.links.map((row) => row.id),
});

export function createDocumentsService({ prisma }: { prisma: Db }) {
  async function draftFor(text: string, publishedAt: string | null): Promise<MeetingDraft> {
    const [initiatives, people] = await Promise.all([
      prisma.initiative.findMany({ select: { slug: true, name: true, aliases: true } }),
      prisma.person.findMany({ select: { id: true, name: true, aliases: true, countryCode: true } }),
    ]);
    return extractReadout(text, { publishedAt, initiatives, people });
  }

  return {
    /** Stores the text verbatim with its draft; the same text again returns the stored document. */
    async ingest(input: DocumentInput, who: Actor): Promise<{ document: SourceDocument; created: boolean }> {
      const hash = sha256(input.text);
      const existing = await prisma.sourceDocument.findUnique({ where: { sha256: hash } });
      if (existing) return { document: existing, created: false };
      const draft = await draftFor(input.text, input.publishedAt ?? null);
      // ON CONFLICT DO NOTHING: when the same text arrives twice at once, one request stores it and the other returns it.
      const inserted = await prisma.$transaction(async (tx) => {
        const [row] = await tx.sourceDocument.createManyAndReturn({
          data: [
            {
              text: input.text,
              sha256: hash,
              url: input.url ?? null,
              title: input.title ?? draft.title,
              publisher: input.publisher ?? null,
              language: input.language ?? 'en',
              isTranslation: input.isTranslation ?? false,
              publishedAt: input.publishedAt ? new Date(input.publishedAt) : null,
              retrievedAt: new Date(),
              draft,
            },
          ],
          skipDuplicates: true,
        });
        if (row) await audit(tx, who, { action: 'create', recordType: 'document', recordId: row.id, after: { ...row, text: undefined } });
        return row;
      });
      if (inserted) return { document: inserted, created: true };
      return { document: await prisma.sourceDocument.findUniqueOrThrow({ where: { sha256: hash } }), created: false };
    },

    async get(id: string) {
      const row = await prisma.sourceDocument.findUnique({ where: { id }, include: { meetings: { select: { id: true } } } });
      if (!row) throw notFound('document', id);
      return row;
    },

    async list(limit: number, cursor: string | undefined) {
      const fingerprint = queryFingerprint({ part: 'documents' });
      const after = cursor ? afterKey(newestFirst, decodeCursor(cursor, fingerprint), (raw) => new Date(raw)) : {};
      const rows = await prisma.sourceDocument.findMany({
        where: after,
        omit: { text: true, draft: true },
        include: { meetings: { select: { id: true } } },
        orderBy: orderBy(newestFirst),
        take: limit + 1,
      });
      return toPage(rows, limit, fingerprint, (row) => keyOf(row.createdAt, row.id));
    },

    /** Turns the document's draft (or a corrected one) into a meeting whose records keep their spans. */
    async commit(id: string, corrected: MeetingDraft | undefined, who: Actor) {
      const document = await this.get(id);
      const committed = document.meetings[0];
      if (committed)
        throw conflict(`This document is already committed as meeting ${committed.id}; delete that meeting to commit it again.`);
      const draft = corrected ?? meetingDraftSchema.parse(document.draft);
      if (!draft.date) throw unprocessable('The draft has no meeting date; supply one in the corrected draft.');
      const outside = [draft, ...draft.participants, ...draft.statements, ...draft.initiatives]
        .flatMap((fact) =>
          Object.entries(fact)
            .filter(([key]) => key.endsWith('pan'))
            .map(([, span]) => span as { end: number } | null),
        )
        .some((span) => span !== null && span.end > document.text.length);
      if (outside) throw unprocessable('A span lies outside the document text.');
      const { input, spans } = draftToInput(draft, document.id);
      return prisma.$transaction(async (tx) => {
        // The document row is locked so that two commits of it at once cannot both create a meeting.
        await tx.$queryRaw`SELECT id FROM source_documents WHERE id = ${document.id}::uuid FOR UPDATE`;
        const raced = await tx.meeting.findFirst({ where: { sourceDocumentId: document.id }, select: { id: true } });
        if (raced) throw conflict(`This document is already committed as meeting ${raced.id}; delete that meeting to commit it again.`);
        for (const candidate of draft.initiatives.filter((link) => link.isCandidate)) {
          if (await tx.initiative.findUnique({ where: { slug: candidate.slug }, select: { id: true } })) continue;
          const initiative = await tx.initiative.create({
            data: { slug: candidate.slug, name: candidate.name, aliases: [], category: null, description: null },
          });
          await audit(tx, who, { action: 'create', recordType: 'initiative', recordId: initiative.id, after: initiative });
        }
        const created = await insertMeetingAggregate(tx, input, who);
        const ids = recordIdsOf(created);
        await tx.provenanceSpan.createMany({
          data: spans.map((ref) => ({
            documentId: document.id,
            meetingId: created.meeting.id,
            recordType: ref.record,
            recordId: ids[ref.record][ref.index]!,
            field: ref.field,
            start: ref.span.start,
            end: ref.span.end,
            confidence: ref.confidence,
          })),
        });
        return created.meeting;
      });
    },
  };
}

export type DocumentsService = ReturnType<typeof createDocumentsService>;
