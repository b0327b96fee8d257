import { meetingDraftSchema, readoutDraftSchema, type ReadoutDraft } from '../../ingest/draft.js';

/**
 * Reads the draft stored with a document. Documents stored before a readout could report several meetings hold a
 * single meeting draft; it is read as a readout draft with that one meeting. Anything else (a draft stored by a
 * future version, or none) gives null rather than an error: the document itself is still served.
 */
export function readStoredDraft(stored: unknown): ReadoutDraft | null {
  const readout = readoutDraftSchema.safeParse(stored);
  if (readout.success) return readout.data;
  const meeting = meetingDraftSchema.safeParse(stored);
  if (!meeting.success) return null;
  const { title, titleSpan, confidence } = meeting.data;
  return { title, titleSpan, meetings: [meeting.data], confidence, warnings: [] };
}
