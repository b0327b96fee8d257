import type { Meeting, MeetingInitiative, Participant, ProvenanceSpan, Statement } from '../../generated/prisma/client.js';
import { etagFor } from '../../http/etag.js';
import { embeddedLists } from '../../http/response-budget.js';
import { meetingIncludes, type MeetingDto } from './meetings.schemas.js';

// Database rows → API representations. Dates are calendar dates, timestamps ISO 8601 in UTC.

export const isoDate = (value: Date) => value.toISOString().slice(0, 10);

/** Where a meeting is read. */
export const meetingLocation = (id: string) => `/v1/meetings/${id}`;
/** The ETag of a meeting as a create answers it: with its three lists. */
export const createdMeetingEtag = (version: number) => etagFor(version, ['initiatives', 'participants', 'statements']);
const iso = (value: Date) => value.toISOString();

export function toParticipantDto(row: Participant) {
  return {
    id: row.id,
    meetingId: row.meetingId,
    personId: row.personId,
    title: row.title,
    countryCode: row.countryCode,
    organization: row.organization,
    role: row.role,
    printedName: row.printedName,
    printedTitle: row.printedTitle,
    position: row.position,
    version: row.version,
    createdAt: iso(row.createdAt),
    updatedAt: iso(row.updatedAt),
  };
}

export function toStatementDto(row: Statement) {
  return {
    id: row.id,
    meetingId: row.meetingId,
    speakerId: row.speakerId,
    kind: row.kind,
    text: row.text,
    position: row.position,
    topics: row.topics,
    version: row.version,
    createdAt: iso(row.createdAt),
    updatedAt: iso(row.updatedAt),
  };
}

export function toMeetingInitiativeDto(row: MeetingInitiative) {
  return {
    id: row.id,
    meetingId: row.meetingId,
    initiativeId: row.initiativeId,
    status: row.status,
    description: row.description,
    committedParties: row.committedParties,
    statementId: row.statementId,
    version: row.version,
    createdAt: iso(row.createdAt),
    updatedAt: iso(row.updatedAt),
  };
}

export type MeetingWithRelations = Meeting & {
  participants?: Participant[];
  statements?: Statement[];
  initiatives?: MeetingInitiative[];
  provenance?: ProvenanceSpan[];
};

/** Document texts by id, to show each span's text next to it. */
export type DocumentTexts = ReadonlyMap<string, string>;

function toProvenanceDto(row: ProvenanceSpan, texts: DocumentTexts) {
  return {
    id: row.id,
    documentId: row.documentId,
    recordType: row.recordType as 'meeting' | 'participant' | 'statement' | 'meeting_initiative',
    recordId: row.recordId,
    field: row.field,
    start: row.start,
    end: row.end,
    confidence: row.confidence,
    text: texts.get(row.documentId)?.slice(row.start, row.end) ?? '',
  };
}

export function toMeetingDto(row: MeetingWithRelations, texts: DocumentTexts = new Map()): MeetingDto {
  const dto: MeetingDto = {
    id: row.id,
    title: row.title,
    kind: row.kind,
    date: isoDate(row.date),
    datePrecision: row.datePrecision,
    startTime: row.startTime,
    timezone: row.timezone,
    city: row.city,
    countryCode: row.countryCode,
    parentId: row.parentId,
    summary: row.summary,
    sourceDocumentId: row.sourceDocumentId,
    version: row.version,
    createdAt: iso(row.createdAt),
    updatedAt: iso(row.updatedAt),
    ...(row.participants ? { participants: row.participants.map(toParticipantDto) } : {}),
    ...(row.statements ? { statements: row.statements.map(toStatementDto) } : {}),
    ...(row.initiatives ? { initiatives: row.initiatives.map(toMeetingInitiativeDto) } : {}),
    ...(row.provenance ? { provenance: row.provenance.map((span) => toProvenanceDto(span, texts)) } : {}),
  };
  return withEmbeddedLists(dto);
}

/** The meeting, marked with the lists the response budget may cut short (http/response-budget.ts). */
export function withEmbeddedLists(dto: MeetingDto): MeetingDto {
  return Object.assign(dto, { [embeddedLists]: meetingIncludes });
}
