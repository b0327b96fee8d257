import { expect } from 'vitest';
import { meetingDraftSchema, type MeetingDraft, type Span } from '../../src/ingest/draft.js';

const slice = (text: string, span: Span): string => text.slice(span.start, span.end);

/** Every fact's span points at its printed form in the text, and the draft is valid against the published schema. */
export function expectDraftConsistentWith(text: string, draft: MeetingDraft): void {
  expect(() => meetingDraftSchema.parse(draft)).not.toThrow();
  const inText = (span: Span | null): void => {
    if (span === null) return;
    expect(span.start).toBeGreaterThanOrEqual(0);
    expect(span.end).toBeLessThanOrEqual(text.length);
    expect(span.end).toBeGreaterThan(span.start);
  };
  [draft.titleSpan, draft.kindSpan, draft.dateSpan, draft.locationSpan].forEach(inText);
  if (draft.title !== null && draft.titleSpan) expect(slice(text, draft.titleSpan)).toBe(draft.title);
  for (const participant of draft.participants) {
    inText(participant.span);
    inText(participant.titleSpan);
    if (participant.span) expect(slice(text, participant.span)).toBe(participant.printedName);
    if (participant.titleSpan) expect(slice(text, participant.titleSpan)).toBe(participant.title);
    if (participant.printedTitle !== null && participant.title !== null) expect(participant.printedTitle).toContain(participant.title);
  }
  const keys = new Set(draft.participants.map((p) => p.key));
  for (const statement of draft.statements) {
    inText(statement.span);
    if (statement.span) expect(slice(text, statement.span)).toBe(statement.text);
    if (statement.speakerKey !== null) expect(keys.has(statement.speakerKey)).toBe(true);
    expect(statement.kind === 'joint').toBe(statement.speakerKey === null);
  }
  const slugs = draft.initiatives.map((initiative) => initiative.slug);
  expect(new Set(slugs).size).toBe(slugs.length);
  for (const initiative of draft.initiatives) {
    inText(initiative.span);
    if (initiative.statementIndex !== null) {
      const statement = draft.statements[initiative.statementIndex];
      expect(statement?.span).toBeTruthy();
      if (statement?.span && initiative.span) {
        expect(initiative.span.start).toBeGreaterThanOrEqual(statement.span.start);
        expect(initiative.span.end).toBeLessThanOrEqual(statement.span.end);
      }
    }
  }
}
