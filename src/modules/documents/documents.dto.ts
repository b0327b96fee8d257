import type { SourceDocument } from '../../generated/prisma/client.js';
import { isoDate } from '../meetings/meetings.dto.js';
import type { MeetingCandidate } from './matching.js';
import { readStoredDraft } from './stored-draft.js';

type Summary = Omit<SourceDocument, 'text' | 'draft'> & { sources: Array<{ meetingId: string }> };

export function toDocumentSummaryDto(row: Summary) {
  return {
    id: row.id,
    sha256: row.sha256,
    url: row.url,
    title: row.title,
    publisher: row.publisher,
    language: row.language,
    isTranslation: row.isTranslation,
    publishedAt: row.publishedAt ? isoDate(row.publishedAt) : null,
    retrievedAt: row.retrievedAt?.toISOString() ?? null,
    createdAt: row.createdAt.toISOString(),
    meetingIds: row.sources.map((source) => source.meetingId),
  };
}

export function toDocumentDto(row: SourceDocument & { sources: Array<{ meetingId: string }> }, candidates: MeetingCandidate[]) {
  return { ...toDocumentSummaryDto(row), length: row.text.length, text: row.text, draft: readStoredDraft(row.draft), candidates };
}
