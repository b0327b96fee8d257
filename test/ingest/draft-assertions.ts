import { expect } from 'vitest';
import { readoutDraftSchema, type MeetingDraft, type ReadoutDraft, type Span } from '../../src/ingest/draft.js';
import { titleText } from '../../src/ingest/text/title-text.js';

const slice = (text: string, span: Span): string => text.slice(span.start, span.end);

function inText(text: string, span: Span | null): void {
  if (span === null) return;
  expect(span.start).toBeGreaterThanOrEqual(0);
  expect(span.end).toBeLessThanOrEqual(text.length);
  expect(span.end).toBeGreaterThan(span.start);
  // A span cites words, never the space around them ("met " was the kind's span of 408 meetings: trial 122).
  expect(text.slice(span.start, span.end), 'a span without white space around it').not.toMatch(/^\s|\s$/);
}

/** Every fact's span points at its printed form in the text, and the draft is valid against the published schema. */
export function expectDraftConsistentWith(text: string, draft: ReadoutDraft): void {
  expect(() => readoutDraftSchema.parse(draft)).not.toThrow();
  inText(text, draft.titleSpan);
  if (draft.title !== null && draft.titleSpan) expect(slice(text, draft.titleSpan)).toBe(draft.title);
  for (const meeting of draft.meetings) expectMeetingConsistentWith(text, meeting);
}

// The title is the printed one without demonym or country, singular for one of several ("Ministers of Foreign Affairs"
// of "Kazakhstan and Spain" are each a "Minister of Foreign Affairs"; "Cabinet Secretaries" each a "Cabinet Secretary").
function expectTitleWithin(title: string, printedTitle: string): void {
  // Its words as the title writes them (text/title-text.ts: an article's capitalised first word in the title's case).
  const printed = titleText(printedTitle).split(/\s+/);
  for (const word of title.split(/\s+/))
    expect(
      printed.some((candidate) => candidate === word || candidate === `${word}s` || candidate === word.replace(/y$/, 'ies')),
      `${title} in ${printedTitle}`,
    ).toBe(true);
}

function expectMeetingConsistentWith(text: string, meeting: MeetingDraft): void {
  [meeting.titleSpan, meeting.kindSpan, meeting.dateSpan, meeting.locationSpan].forEach((span) => inText(text, span));
  if (meeting.title !== null && meeting.titleSpan) expect(slice(text, meeting.titleSpan)).toBe(meeting.title);
  // Names, titles, organisations and cities are one line however the page wrapped them (extract.ts `oneLine`).
  for (const value of [meeting.city, ...meeting.participants.flatMap((p) => [p.name, p.title, p.organization])])
    if (value !== null) expect(value, 'one line').not.toMatch(/\s\s|[\n\r\t]/);
  for (const participant of meeting.participants) {
    inText(text, participant.span);
    inText(text, participant.titleSpan);
    if (participant.span) expect(slice(text, participant.span)).toBe(participant.printedName);
    // A title is its slice on one line however the page wrapped it, an article's capitalised first word in the title's
    // case (text/title-text.ts).
    if (participant.titleSpan) expect(titleText(slice(text, participant.titleSpan))).toBe(participant.title);
    if (participant.printedTitle !== null && participant.title !== null) expectTitleWithin(participant.title, participant.printedTitle);
  }
  const keys = meeting.participants.map((p) => p.key);
  expect(new Set(keys).size).toBe(keys.length);
  for (const statement of meeting.statements) {
    inText(text, statement.span);
    if (statement.span) expect(slice(text, statement.span)).toBe(statement.text);
    if (statement.speakerKey !== null) expect(keys).toContain(statement.speakerKey);
    expect(statement.kind === 'reported').toBe(statement.speakerKey !== null);
  }
  const slugs = meeting.initiatives.map((initiative) => initiative.slug);
  expect(new Set(slugs).size).toBe(slugs.length);
  for (const initiative of meeting.initiatives) {
    inText(text, initiative.span);
    if (initiative.statementIndex === null) continue;
    const statement = meeting.statements[initiative.statementIndex];
    expect(statement?.span).toBeTruthy();
    if (statement?.span && initiative.span) {
      expect(initiative.span.start).toBeGreaterThanOrEqual(statement.span.start);
      expect(initiative.span.end).toBeLessThanOrEqual(statement.span.end);
    }
  }
}
