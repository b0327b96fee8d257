import type { Db } from '../../db/prisma.js';
import { foldKey } from '../../ingest/text/fold.js';
import { officeOf } from '../../ingest/lexicon/titles.js';

// The offices a printed title names, as one comparable key: each part of a double title ("Deputy Prime Minister and
// Foreign Minister", "State Councilor, Foreign Minister") by its office (lexicon/titles.ts: "Minister of Foreign
// Affairs", "Foreign Minister" and "FM" are one), sorted.
const officesOf = (title: string): string =>
  [
    ...new Set(
      title
        .split(/\s+(?:and|&)\s+|,\s*|\s+[–—-]\s+/)
        .map((part) => officeOf(part))
        .filter(Boolean),
    ),
  ]
    .sort()
    .join('|');
import { requireMeeting } from '../meetings/meeting-version.js';
import type { Comparison, Source } from './sources.schemas.js';

// A meeting's sources and the comparison of what each reports. Which document reported a record is which document
// has a provenance span for it (documents.service commit, attach.ts): a fact both sides report is one record with a
// span in each.

interface SpanRow {
  documentId: string;
  recordType: string;
  recordId: string;
  field: string;
  start: number;
  end: number;
}

const day = (date: Date | null) => (date ? date.toISOString().slice(0, 10) : null);
const distinct = <T>(values: Iterable<T>) => [...new Set(values)];

export function createSourcesService({ prisma }: { prisma: Db }) {
  async function sourcesOf(meetingId: string) {
    const rows = await prisma.meetingSource.findMany({
      where: { meetingId },
      include: { document: { select: { publisher: true, url: true, title: true, publishedAt: true, text: true } } },
      orderBy: [{ createdAt: 'asc' }, { documentId: 'asc' }],
    });
    // The document the meeting was made from first, then the others in the order they were added.
    return rows.sort((a, b) => Number(b.role === 'primary') - Number(a.role === 'primary'));
  }

  async function spansOf(meetingId: string): Promise<SpanRow[]> {
    return prisma.provenanceSpan.findMany({
      where: { meetingId },
      select: { documentId: true, recordType: true, recordId: true, field: true, start: true, end: true },
      orderBy: [{ start: 'asc' }, { id: 'asc' }],
    });
  }

  function toSource(row: Awaited<ReturnType<typeof sourcesOf>>[number], spans: readonly SpanRow[]): Source {
    const cited = (type: string) =>
      distinct(spans.filter((span) => span.documentId === row.documentId && span.recordType === type).map((span) => span.recordId)).length;
    return {
      documentId: row.documentId,
      role: row.role,
      publisher: row.document.publisher,
      url: row.document.url,
      title: row.document.title,
      publishedAt: day(row.document.publishedAt),
      addedAt: row.createdAt.toISOString(),
      facts: { participants: cited('participant'), statements: cited('statement'), initiatives: cited('meeting_initiative') },
    };
  }

  return {
    /** The meeting's source documents, the one it was made from first. Throws 404 for an unknown meeting. */
    async list(meetingId: string): Promise<{ data: Source[] }> {
      await requireMeeting(prisma, meetingId);
      const [sources, spans] = await Promise.all([sourcesOf(meetingId), spansOf(meetingId)]);
      return { data: sources.map((row) => toSource(row, spans)) };
    },

    /**
     * What each source reports — initiatives, topics (of its statements), participants — what only it reports, how
     * each printed the meeting's own facts and each participant's name and title. Throws 404 for an unknown meeting.
     */
    async compare(meetingId: string): Promise<Comparison> {
      await requireMeeting(prisma, meetingId);
      const [sources, spans, participants, statements, links] = await Promise.all([
        sourcesOf(meetingId),
        spansOf(meetingId),
        prisma.participant.findMany({
          where: { meetingId },
          include: { person: { select: { name: true } } },
          orderBy: [{ position: 'asc' }, { id: 'asc' }],
        }),
        prisma.statement.findMany({
          where: { meetingId },
          select: { id: true, topics: true },
          orderBy: [{ position: 'asc' }, { id: 'asc' }],
        }),
        prisma.meetingInitiative.findMany({
          where: { meetingId },
          include: { initiative: { select: { slug: true, name: true } } },
          orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
        }),
      ]);
      const texts = new Map(sources.map((row) => [row.documentId, row.document.text]));
      const order = sources.map((row) => row.documentId);
      const inOrder = (ids: Iterable<string>) => {
        const set = new Set(ids);
        return order.filter((id) => set.has(id));
      };
      const reporters = (type: string, recordId: string) =>
        inOrder(spans.filter((span) => span.recordType === type && span.recordId === recordId).map((span) => span.documentId));
      const printedAs = (type: string, recordId: string, field: string) =>
        spans
          .filter((span) => span.recordType === type && span.recordId === recordId && span.field === field && texts.has(span.documentId))
          .map((span) => ({ documentId: span.documentId, text: texts.get(span.documentId)!.slice(span.start, span.end) }))
          .filter((printed, index, all) => all.findIndex((other) => other.documentId === printed.documentId) === index);

      const topicReporters = new Map<string, Set<string>>();
      for (const statement of statements)
        for (const documentId of reporters('statement', statement.id))
          for (const topic of statement.topics) {
            const set = topicReporters.get(topic) ?? new Set<string>();
            topicReporters.set(topic, set.add(documentId));
          }
      const topics = [...topicReporters].map(([topic, documents]) => ({ topic, reportedBy: inOrder(documents) }));

      const people = participants.map((row) => {
        const titles = printedAs('participant', row.id, 'title');
        return {
          participantId: row.id,
          personId: row.personId,
          name: row.person.name,
          reportedBy: reporters('participant', row.id),
          names: printedAs('participant', row.id, 'name'),
          titles,
          titlesDiffer: new Set(titles.map((title) => foldKey(title.text))).size > 1,
          officesDiffer: new Set(titles.map((title) => officesOf(title.text))).size > 1,
        };
      });
      const initiatives = links.map((row) => ({
        linkId: row.id,
        slug: row.initiative.slug,
        name: row.initiative.name,
        status: row.status,
        reportedBy: reporters('meeting_initiative', row.id),
      }));
      const only = <T extends { reportedBy: string[] }>(items: T[], documentId: string) =>
        items.filter((item) => item.reportedBy.length === 1 && item.reportedBy[0] === documentId && sources.length > 1);

      return {
        meetingId,
        sources: sources.map((row) => ({
          ...toSource(row, spans),
          initiatives: initiatives.filter((link) => link.reportedBy.includes(row.documentId)).map((link) => link.slug),
          topics: topics.filter((topic) => topic.reportedBy.includes(row.documentId)).map((topic) => topic.topic),
          onlyHere: {
            participants: only(people, row.documentId).map((person) => person.personId),
            initiatives: only(initiatives, row.documentId).map((link) => link.slug),
            topics: only(topics, row.documentId).map((topic) => topic.topic),
          },
        })),
        fields: (['title', 'kind', 'date', 'location'] as const).map((field) => ({
          field,
          printed: printedAs('meeting', meetingId, field),
        })),
        participants: people,
        initiatives,
        topics,
      };
    },
  };
}

export type SourcesService = ReturnType<typeof createSourcesService>;
