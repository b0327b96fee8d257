import { meetingDraftSchema, readoutDraftSchema, type ReadoutDraft } from '../../ingest/draft.js';

/**
 * Reads the draft stored with a document. Documents stored before a readout could report several meetings hold a
 * single meeting draft; it is read as a readout draft with that one meeting. Anything else (a draft stored by a
 * future version, or none) gives null rather than an error: the document itself is still served.
 */
export function readStoredDraft(stored: unknown): ReadoutDraft | null {
  const cleaned = bareSpans(stored);
  const readout = readoutDraftSchema.safeParse(cleaned);
  if (readout.success) return readout.data;
  // A single meeting's draft kept the readout's warnings beside its own members.
  const { warnings, ...single } = (cleaned ?? {}) as { warnings?: unknown };
  const meeting = meetingDraftSchema.safeParse(single);
  if (!meeting.success) return null;
  const { title, titleSpan, confidence } = meeting.data;
  const kept = Array.isArray(warnings) ? warnings.filter((warning): warning is string => typeof warning === 'string') : [];
  return { title, titleSpan, meetings: [meeting.data], confidence, warnings: kept };
}

/**
 * The stored draft with every span reduced to its `start` and `end`: earlier versions stored a dateline's place as the
 * span of a meeting's location with its `text` beside them, which the draft's schema (strict, as a request body must
 * be) refuses.
 */
function bareSpans(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(bareSpans);
  if (value === null || typeof value !== 'object') return value;
  const record = value as Record<string, unknown>;
  if (typeof record.start === 'number' && typeof record.end === 'number' && 'text' in record)
    return { start: record.start, end: record.end };
  return Object.fromEntries(Object.entries(record).map(([key, member]) => [key, bareSpans(member)]));
}
