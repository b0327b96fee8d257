import type { MeetingDraft, Span } from '../../ingest/draft.js';
import type { CreateMeetingInput } from '../meetings/meetings.input.js';

// One checked meeting of a draft becomes an ordinary createMeeting request plus the spans to attach to what it creates.

export interface SpanRef {
  record: 'meeting' | 'participant' | 'statement' | 'meeting_initiative';
  index: number;
  field: string;
  span: Span;
  confidence: number;
}

/** The createMeeting request for one meeting of a draft, and its spans by record index; the date must be set (checked by the caller). */
export function draftToInput(draft: MeetingDraft, sourceDocumentId: string): { input: CreateMeetingInput; spans: SpanRef[] } {
  const spans: SpanRef[] = [];
  const add = (record: SpanRef['record'], index: number, field: string, span: Span | null, confidence: number) => {
    if (span) spans.push({ record, index, field, span, confidence });
  };
  add('meeting', 0, 'title', draft.titleSpan, draft.confidence);
  add('meeting', 0, 'kind', draft.kindSpan, draft.kindConfidence);
  add('meeting', 0, 'date', draft.dateSpan, draft.dateConfidence);
  add('meeting', 0, 'location', draft.locationSpan, draft.locationConfidence);
  draft.participants.forEach((participant, index) => {
    add('participant', index, 'name', participant.span, participant.confidence);
    add('participant', index, 'title', participant.titleSpan, participant.confidence);
  });
  draft.statements.forEach((statement, index) => add('statement', index, 'text', statement.span, statement.confidence));
  draft.initiatives.forEach((link, index) => add('meeting_initiative', index, 'mention', link.span, link.confidence));

  const input: CreateMeetingInput = {
    title: draft.title ?? 'Untitled meeting',
    kind: draft.kind,
    date: draft.date ?? '',
    datePrecision: draft.datePrecision,
    startTime: null,
    timezone: draft.timezone,
    city: draft.city,
    countryCode: draft.countryCode,
    parentId: null,
    summary: null,
    sourceDocumentId,
    participants: draft.participants.map((participant) => ({
      key: participant.key,
      ...(participant.personId
        ? { personId: participant.personId }
        : { person: { name: participant.name, aliases: [], countryCode: participant.countryCode, identifiers: [] } }),
      title: participant.title,
      countryCode: participant.countryCode,
      organization: participant.organization,
      role: participant.role,
      printedName: participant.printedName,
      printedTitle: participant.printedTitle,
    })),
    statements: draft.statements.map((statement) => ({
      speakerKey: statement.speakerKey,
      kind: statement.kind,
      text: statement.text,
      topics: [],
    })),
    initiatives: draft.initiatives.map((link) => ({
      initiative: link.slug,
      status: link.status,
      description: link.description,
      committedParties: link.committedParties,
      statementIndex: link.statementIndex,
    })),
  };
  return { input, spans };
}
