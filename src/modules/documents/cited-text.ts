import type { FieldError } from '../../http/errors.js';
import type { ReadoutDraft, Span } from '../../ingest/draft.js';
import { titleText } from '../../ingest/text/title-text.js';

// A corrected draft cites its document: a participant's span is where the readout prints their name, a title span
// where it prints their title, a statement's span where it prints the statement. A span the extractor gave the same
// fact in the stored draft stays the extractor's reading whatever the editor retyped (documents README); any other
// span must cite what the draft says is printed there. Without this, a corrected draft of another document was
// committed with its spans pointing at unrelated text (trial 99: Blinken's name cited at "rasil, Mauro Viei").

type Cited = {
  meeting: number;
  list: 'participants' | 'statements';
  item: number;
  field: 'span' | 'titleSpan';
  span: Span;
  printed: string;
  /** A title span slices to words of its printed title; the others to the printed text exactly. */
  loose: boolean;
};

const key = (cited: Pick<Cited, 'list' | 'field' | 'span'>) => `${cited.list}|${cited.field}|${cited.span.start}|${cited.span.end}`;

function citations(draft: ReadoutDraft): Cited[] {
  const cited: Cited[] = [];
  const add = (entry: Omit<Cited, 'span'>, span: Span | null) => {
    if (span) cited.push({ ...entry, span });
  };
  draft.meetings.forEach((meeting, index) => {
    meeting.participants.forEach((participant, item) => {
      const at = { meeting: index, list: 'participants' as const, item };
      add({ ...at, field: 'span', printed: participant.printedName, loose: false }, participant.span);
      if (participant.printedTitle)
        add({ ...at, field: 'titleSpan', printed: participant.printedTitle, loose: true }, participant.titleSpan);
    });
    meeting.statements.forEach((statement, item) =>
      add({ meeting: index, list: 'statements', item, field: 'span', printed: statement.text, loose: false }, statement.span),
    );
  });
  return cited;
}

const collapsed = (value: string) => value.replace(/\s+/g, ' ').trim();

/**
 * Field errors (422, under `/draft`) for each span of `corrected` that neither the stored draft gives the same kind of
 * fact nor cites its printed form in `text`: a participant's `span` must slice to its `printedName`, a `titleSpan` to
 * words of its `printedTitle` (whitespace collapsed: "Minister for Foreign Affairs" of "… of Japan"), a statement's
 * `span` to its `text`. Spans outside the text are commitProblems' to report.
 */
export function citationProblems(corrected: ReadoutDraft, stored: ReadoutDraft | null, text: string): FieldError[] {
  const extracted = new Set((stored ? citations(stored) : []).map(key));
  const problems: FieldError[] = [];
  for (const cited of citations(corrected)) {
    const { span } = cited;
    if (span.end > text.length || span.start >= span.end || extracted.has(key(cited))) continue;
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
