import type { ExtractOptions, MeetingDraft, Span } from './draft.js';
import { findMeetingDate, type DateFact } from './dates.js';
import { findBodyEnd, findHeadline, findLead, findLeadInHeadline, type Lead } from './document-parts.js';
import { extractInitiatives } from './initiatives.js';
import { findLocation } from './location.js';
import { extractParticipants } from './participants.js';
import { splitParagraphs } from './segments.js';
import { extractStatements } from './statements.js';
import { foldText } from './text-fold.js';

export type { ExtractOptions, MeetingDraft } from './draft.js';

/** Readouts are a few thousand characters; beyond this the text is no readout and only its beginning is read. */
export const maxAnalysedChars = 200_000;

/**
 * Turns a readout into a meeting draft whose every fact carries its span in `text`. Pure and total: empty, binary or
 * unrelated text gives an empty draft with warnings, never an exception.
 */
export function extractReadout(text: string, options: ExtractOptions): MeetingDraft {
  try {
    return extract(text, options);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return emptyDraft([`the extractor failed on this text and returned an empty draft (${reason})`]);
  }
}

function extract(text: string, options: ExtractOptions): MeetingDraft {
  if (typeof text !== 'string' || text.trim().length === 0) return emptyDraft(['the text is empty']);
  if (looksBinary(text)) return emptyDraft(['the text looks like binary data, not a readout']);
  const warnings: string[] = [];
  const limit = Math.min(text.length, maxAnalysedChars);
  if (text.length > limit) warnings.push(`the text is ${text.length} characters long; only the first ${limit} were read`);

  const paragraphs = splitParagraphs(text, limit);
  const bodyLead = findLead(paragraphs);
  const headline = findHeadline(paragraphs, bodyLead ? bodyLead.paragraph.start : limit);
  const lead = bodyLead ?? findLeadInHeadline(headline, paragraphs);
  const title = titleOf(headline);
  if (!lead) {
    warnings.push('no sentence says who met whom; this does not look like a meeting readout');
    return { ...emptyDraft(warnings), ...title };
  }

  const bodyEnd = findBodyEnd(paragraphs, lead, limit);
  const body = { start: lead.paragraph.start, end: bodyEnd };
  const dateFact = findDate(lead, options.publishedAt);
  if (!dateFact) warnings.push('no meeting date was found in the meeting sentence');
  else if (dateFact.warning) warnings.push(dateFact.warning);

  const location = findLocation(lead.sentence, lead.verb.kind, lead.paragraph);
  const { participants, warnings: participantWarnings } = extractParticipants(text, lead.sentence, lead.verb, body, options.people);
  warnings.push(...participantWarnings);
  const statements = extractStatements(text, paragraphs, lead.sentence, bodyEnd, participants);
  const initiatives =
    participants.length === 0
      ? []
      : extractInitiatives({
          text,
          folded: foldText(text.slice(0, bodyEnd)),
          region: body,
          catalogue: options.initiatives,
          statements,
          participants,
          excluded: participants.flatMap((p) => (p.titleSpan ? [p.titleSpan] : [])),
        });

  const factConfidences = [lead.verb.confidence, dateFact?.confidence ?? 0.3, ...participants.map((p) => p.confidence)];
  if (participants.length < 2) factConfidences.push(0.2);
  return {
    ...title,
    kind: lead.verb.kind,
    kindSpan: lead.verb.span,
    date: dateFact?.date ?? null,
    datePrecision: dateFact?.precision ?? 'day',
    dateSpan: dateFact?.date ? dateFact.span : null,
    timezone: location?.timezone ?? null,
    city: location?.city ?? null,
    countryCode: location?.countryCode ?? null,
    locationSpan: location?.span ?? null,
    participants,
    statements,
    initiatives,
    confidence: round(factConfidences.reduce((sum, value) => sum + value, 0) / factConfidences.length),
    warnings,
  };
}

// The meeting sentence usually dates the meeting; otherwise the rest of its paragraph may ("…, on Monday.").
function findDate(lead: Lead, publishedAt: string | null | undefined): DateFact | null {
  const inLead = findMeetingDate(lead.sentence, publishedAt);
  if (inLead) return inLead;
  for (const sentence of lead.paragraph.sentences) {
    if (sentence === lead.sentence) continue;
    const found = findMeetingDate(sentence, publishedAt);
    if (found && found.date) return { ...found, confidence: found.confidence * 0.8 };
  }
  return null;
}

function looksBinary(text: string): boolean {
  const sample = text.slice(0, 65_536);
  let suspicious = 0;
  for (let i = 0; i < sample.length; i++) {
    const code = sample.charCodeAt(i);
    if ((code < 32 && code !== 9 && code !== 10 && code !== 13) || code === 0xfffd) suspicious++;
  }
  return suspicious > sample.length * 0.02;
}

function spanOf(segment: { start: number; end: number }): Span {
  return { start: segment.start, end: segment.end };
}

function titleOf(headline: { text: string; start: number; end: number } | null): Pick<MeetingDraft, 'title' | 'titleSpan'> {
  return headline ? { title: headline.text, titleSpan: spanOf(headline) } : { title: null, titleSpan: null };
}

function round(value: number): number {
  return Math.round(value * 100) / 100;
}

function emptyDraft(warnings: string[]): MeetingDraft {
  return {
    title: null,
    titleSpan: null,
    kind: 'meeting',
    kindSpan: null,
    date: null,
    datePrecision: 'day',
    dateSpan: null,
    timezone: null,
    city: null,
    countryCode: null,
    locationSpan: null,
    participants: [],
    statements: [],
    initiatives: [],
    confidence: 0,
    warnings,
  };
}
