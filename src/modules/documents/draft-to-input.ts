import { isOfficeName } from './stored-people.js';
import { personCreateSchema } from '../people/people.schemas.js';
import { foldKey } from '../../ingest/text/fold.js';
import type { MeetingDraft, Span } from '../../ingest/draft.js';
import type { Prisma } from '../../generated/prisma/client.js';
import { newId } from '../../db/ids.js';
import type { CreateMeetingInput } from '../meetings/meetings.input.js';

// One checked meeting of a draft becomes an ordinary createMeeting request plus the spans to attach to what it creates.

export interface SpanRef {
  record: 'meeting' | 'participant' | 'statement' | 'meeting_initiative';
  index: number;
  field: string;
  span: Span;
  /** The extractor's confidence; null when an editor set the value at commit (the span is what the extractor had read there). */
  confidence: number | null;
}

/** The ids of the records a meeting's spans point at, by record type and the index the draft gave each. */
export type RecordIds = Record<SpanRef['record'], readonly string[]>;

/** One provenance span to store: the record of meeting `meetingId` it cites document `documentId` for. */
export interface SpanRow {
  documentId: string;
  meetingId: string;
  recordType: SpanRef['record'];
  recordId: string;
  field: string;
  start: number;
  end: number;
  confidence: number | null;
}

/** `spans` as the rows that cite document `documentId` for the records of meeting `meetingId` that `ids` names. */
export function spanRows(documentId: string, meetingId: string, spans: readonly SpanRef[], ids: RecordIds): SpanRow[] {
  return spans.map((ref) => ({
    documentId,
    meetingId,
    recordType: ref.record,
    recordId: ids[ref.record][ref.index] as string,
    field: ref.field,
    start: ref.span.start,
    end: ref.span.end,
    confidence: ref.confidence,
  }));
}

/**
 * Stores `rows` as provenance spans in the caller's transaction: one statement however many there are (arrays, one a
 * column), so that a commit of many meetings writes its spans once, after all of them; the commit of a new meeting and
 * the attaching of a second readout both write them so.
 */
export async function insertSpans(tx: Prisma.TransactionClient, rows: readonly SpanRow[]): Promise<void> {
  if (!rows.length) return;
  const column = <T>(pick: (row: SpanRow) => T) => rows.map(pick);
  await tx.$executeRaw`
    INSERT INTO provenance_spans (id, document_id, meeting_id, record_type, record_id, field, start, "end", confidence)
    SELECT * FROM unnest(CAST(${rows.map(() => newId())} AS uuid[]), CAST(${column((row) => row.documentId)} AS uuid[]),
      CAST(${column((row) => row.meetingId)} AS uuid[]), CAST(${column((row) => row.recordType)} AS "RecordType"[]),
      CAST(${column((row) => row.recordId)} AS uuid[]), CAST(${column((row) => row.field)} AS text[]),
      CAST(${column((row) => row.start)} AS integer[]), CAST(${column((row) => row.end)} AS integer[]),
      CAST(${column((row) => row.confidence)} AS double precision[]))`;
}

/**
 * What each fact of a draft asserts, keyed by field and span ("kind|120|128|phone_call"), with the confidence the draft
 * gave it, per meeting of the draft (index = meeting). A corrected draft's fact whose key is not among the stored
 * draft's was set by an editor (a changed value, or a span moved by hand).
 */
export function factKeys(meetings: readonly MeetingDraft[]): ExtractedFacts {
  return meetings.map((meeting) => {
    const keys = new Map<string, number>();
    for (const fact of facts(meeting)) if (fact.span) keys.set(factKey(fact), fact.confidence);
    return keys;
  });
}

/** The stored draft's facts by meeting: fact key → confidence (factKeys). */
export type ExtractedFacts = readonly ReadonlyMap<string, number>[];

/**
 * The stored draft's meeting that meeting `index` of a corrected draft is: the one that read most of its facts where the
 * corrected draft cites them (field and span, whatever value the editor gave), the same index on a tie. An editor may leave meetings out (the later ones move up) or move a participant, statement or
 * initiative from one meeting to another; a fact is the extractor's only where it read it for that same meeting (trial
 * 99: meetings of one readout share their date's and place's words with a confidence each; new-user trial 103: a
 * participant moved to another meeting kept the confidence the extractor had given them in the first).
 */
function storedMeetingOf(corrected: readonly Fact[], extracted: ExtractedFacts, index: number): number {
  let best = index;
  let bestCount = -1;
  for (const [stored, keys] of extracted.entries()) {
    // Where each fact was read, whatever the editor made of its value: a retyped statement still came from there
    // (new-user trial 110: with the statement retyped, a meeting that had a participant moved in tied with the meeting
    // that participant came from).
    const read = new Set([...keys.keys()].map((key) => key.split('|').slice(0, 3).join('|')));
    const count = corrected.filter((fact) => fact.span && read.has(spanKey(fact))).length;
    if (count > bestCount || (count === bestCount && stored === index)) [best, bestCount] = [stored, count];
  }
  return best;
}

interface Fact {
  record: SpanRef['record'];
  index: number;
  field: string;
  span: Span | null;
  confidence: number;
  value: string;
}

const factKey = (fact: Fact) => `${fact.field}|${fact.span?.start}|${fact.span?.end}|${fact.value}`;
const spanKey = (fact: Fact) => `${fact.field}|${fact.span?.start}|${fact.span?.end}`;

function facts(draft: MeetingDraft): Fact[] {
  const speaker = (key: string | null) => draft.participants.find((p) => p.key === key)?.name ?? '';
  return [
    { record: 'meeting', index: 0, field: 'title', span: draft.titleSpan, confidence: draft.confidence, value: draft.title ?? '' },
    { record: 'meeting', index: 0, field: 'kind', span: draft.kindSpan, confidence: draft.kindConfidence, value: draft.kind },
    {
      record: 'meeting',
      index: 0,
      field: 'date',
      span: draft.dateSpan,
      confidence: draft.dateConfidence,
      value: `${draft.date}|${draft.datePrecision}`,
    },
    {
      record: 'meeting',
      index: 0,
      field: 'location',
      span: draft.locationSpan,
      confidence: draft.locationConfidence,
      value: `${draft.city}|${draft.countryCode}`,
    },
    ...draft.participants.flatMap((participant, index): Fact[] => [
      {
        record: 'participant',
        index,
        field: 'name',
        span: participant.span,
        confidence: participant.confidence,
        value: `${participant.name}|${participant.countryCode}|${participant.organization}|${participant.role}`,
      },
      {
        record: 'participant',
        index,
        field: 'title',
        span: participant.titleSpan,
        confidence: participant.confidence,
        value: participant.title ?? '',
      },
    ]),
    ...draft.statements.map((statement, index): Fact => ({
      record: 'statement',
      index,
      field: 'text',
      span: statement.span,
      confidence: statement.confidence,
      value: `${statement.kind}|${speaker(statement.speakerKey)}|${statement.text}`,
    })),
    ...draft.initiatives.map((link, index): Fact => ({
      record: 'meeting_initiative',
      index,
      field: 'mention',
      span: link.span,
      confidence: link.confidence,
      value: `${link.slug}|${link.status}`,
    })),
  ];
}

/**
 * The createMeeting request for one meeting of a draft, and its spans by record index; the date must be set (checked
 * by the caller). With `extracted` (factKeys of the stored draft, and the index of this meeting in the corrected draft),
 * a span keeps the confidence its fact has in the stored draft's same meeting (storedMeetingOf), and none when that
 * meeting did not assert it: an editor set that value.
 */
export function draftToInput(
  draft: MeetingDraft,
  sourceDocumentId: string,
  extracted?: { facts: ExtractedFacts; meeting: number },
): { input: CreateMeetingInput; spans: SpanRef[] } {
  const drafted = facts(draft);
  const stored = extracted && extracted.facts[storedMeetingOf(drafted, extracted.facts, extracted.meeting)];
  const spans: SpanRef[] = drafted.flatMap((fact) =>
    fact.span
      ? [
          {
            record: fact.record,
            index: fact.index,
            field: fact.field,
            span: fact.span,
            // The stored draft's confidence for what the extractor read; none for what an editor set.
            confidence: extracted ? (stored?.get(factKey(fact)) ?? null) : fact.confidence,
          },
        ]
      : [],
  );

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
        : {
            person: { name: participant.name, aliases: printedAlias(participant), countryCode: participant.countryCode, identifiers: [] },
          }),
      title: participant.title,
      countryCode: participant.countryCode,
      organization: participant.organization,
      role: participant.role,
      // The name as the readout printed it: where the draft cites it (its span), or as an editor gave it; a participant
      // an editor added without one, whom the readout does not print, has none (new-user trial 119: the corrected
      // draft's default, the name itself, was stored as printed).
      printedName: participant.span || participant.printedName !== participant.name ? participant.printedName : null,
      printedTitle: participant.printedTitle,
    })),
    statements: draft.statements.map((statement) => ({
      speakerKey: statement.speakerKey,
      kind: statement.kind,
      text: statement.text,
      topics: statement.topics,
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

/**
 * The name a new person keeps as an alias: the name as the readout printed it, when the draft's name differs from it
 * (an editor wrote "Sergey Lavrov" for the printed "Сергей Лавров", new-user trial 103), so a lookup by the printed
 * spelling finds them. Not when the two differ only in case, accents, dots or spacing ("KISHIDA Fumio"; the lookup folds
 * those), nor a printed office ("Foreign Minister"), nor a text an alias may not be (personCreateSchema's aliases).
 */
function printedAlias(participant: { name: string; printedName: string }): string[] {
  const printed = participant.printedName.trim();
  if (!printed || foldKey(printed) === foldKey(participant.name) || isOfficeName(printed)) return [];
  return personCreateSchema.shape.aliases.safeParse([printed]).success ? [printed] : [];
}
