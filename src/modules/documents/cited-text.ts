import type { FieldError } from '../../http/errors.js';
import type { ReadoutDraft, Span } from '../../ingest/draft.js';
import { titleText } from '../../ingest/text/title-text.js';

// A corrected draft cites its document: a participant's span is where the readout prints their name, a title span
// where it prints their title, a statement's span where it prints the statement. A span the extractor gave the same
// fact in the stored draft stays the extractor's reading whatever the editor retyped (documents README); any other
// span must cite what the draft says is printed there. Without this, a corrected draft of another document was
// committed with its spans pointing at unrelated text (trial 99: Blinken's name cited at "rasil, Mauro Viei").

type Cited = { list: 'participants' | 'statements'; field: 'span' | 'titleSpan'; span: Span; printed: string; loose: boolean };

const key = (list: string, field: string, span: Span) => `${list}|${field}|${span.start}|${span.end}`;

function citations(draft: ReadoutDraft): (Cited & { meeting: number; item: number })[] {
  return draft.meetings.flatMap((meeting, index) => [
    ...meeting.participants.flatMap((participant, item) => [
      ...(participant.span
        ? [
            {
              meeting: index,
              item,
              list: 'participants' as const,
              field: 'span' as const,
              span: participant.span,
              printed: participant.printedName,
              loose: false,
            },
          ]
        : []),
      ...(participant.titleSpan && participant.printedTitle
        ? [
            {
              meeting: index,
              item,
              list: 'participants' as const,
              field: 'titleSpan' as const,
              span: participant.titleSpan,
              printed: participant.printedTitle,
              loose: true,
            },
          ]
        : []),
    ]),
    ...meeting.statements.flatMap((statement, item) =>
      statement.span
        ? [
            {
              meeting: index,
              item,
              list: 'statements' as const,
              field: 'span' as const,
              span: statement.span,
              printed: statement.text,
              loose: false,
            },
          ]
        : [],
    ),
  ]);
}

const collapsed = (value: string) => value.replace(/\s+/g, ' ').trim();

/**
 * Field errors (422, under `/draft`) for each span of `corrected` that neither the stored draft gives the same kind of
 * fact nor cites its printed form in `text`: a participant's `span` must slice to its `printedName`, a `titleSpan` to
 * words of its `printedTitle` (whitespace collapsed: "Minister for Foreign Affairs" of "… of Japan"), a statement's
 * `span` to its `text`. Spans outside the text are commitProblems' to report.
 */
export function citationProblems(corrected: ReadoutDraft, stored: ReadoutDraft | null, text: string): FieldError[] {
  const extracted = new Set((stored ? citations(stored) : []).map((cited) => key(cited.list, cited.field, cited.span)));
  const problems: FieldError[] = [];
  for (const cited of citations(corrected)) {
    const { span } = cited;
    if (span.end > text.length || span.start >= span.end || extracted.has(key(cited.list, cited.field, span))) continue;
    const slice = text.slice(span.start, span.end);
    const agrees = cited.loose ? collapsed(cited.printed).includes(titleText(slice)) : slice === cited.printed;
    if (agrees) continue;
    const what = cited.list === 'statements' ? 'its text' : cited.field === 'span' ? 'its printedName' : 'its printedTitle';
    const quoted = slice.length > 60 ? `${slice.slice(0, 57)}…` : slice;
    problems.push({
      in: 'body',
      pointer: `/draft/meetings/${cited.meeting}/${cited.list}/${cited.item}/${cited.field}`,
      message: `cites "${quoted}" in the document, not ${what}; point it at the text, or leave it out (null) for a fact the readout does not print`,
    });
  }
  return problems;
}
