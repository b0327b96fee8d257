import type { FieldError } from '../../http/errors.js';
import type { DraftInitiative, MeetingDraft, ReadoutDraft, Span } from '../../ingest/draft.js';
import { defaultInitiatives } from '../../ingest/lexicon/initiative-catalog.js';
import { compileAliases, findCatalogueMentions } from '../../ingest/linking/initiative-mentions.js';
import { lookupCountry } from '../../ingest/recognize/countries.js';
import { lookupCity, placeKey } from '../../ingest/recognize/places.js';
import { foldText } from '../../ingest/text/fold.js';
import { titleText } from '../../ingest/text/title-text.js';

// A corrected draft cites its document: a participant's span is where the readout prints their name, a title span
// where it prints their title, a statement's span where it prints the statement; a meeting's title span its headline,
// its date span words of a date, its location span the place, an initiative's span its name. A span the extractor gave
// the same fact in the stored draft stays the extractor's reading whatever the editor retyped (documents README); any
// other span must cite what the draft says is printed there. Without this, a corrected draft of another document was
// committed with its spans pointing at unrelated text (trial 99: Blinken's name cited at "rasil, Mauro Viei"; trial
// 126: a date cited at "Musalia Mudavadi", a place at " Foreign Ministe").

type List = 'participants' | 'statements' | 'initiatives' | 'meeting';
type Field = 'span' | 'titleSpan' | 'dateSpan' | 'locationSpan';

type Cited = {
  meeting: number;
  list: List;
  item: number;
  field: Field;
  span: Span;
  /** Whether the slice cites the fact, and what it should have cited when it does not. */
  agrees: (slice: string) => boolean;
  what: string;
};

const key = (cited: Pick<Cited, 'list' | 'field' | 'span'>) => `${cited.list}|${cited.field}|${cited.span.start}|${cited.span.end}`;

const collapsed = (value: string) => value.replace(/\s+/g, ' ').trim();

// Words of a date as readouts print them: a digit, a month, a weekday, or a day told relative to the report.
const dateWords =
  /\d|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\b|\b(?:mon|tues|wednes|thurs|fri|satur|sun)day\b|\b(?:today|yesterday|tomorrow|tonight|day|week|month|year|morning|afternoon|evening|night|weekend)\b/i;
function placeAgrees(meeting: MeetingDraft, slice: string): boolean {
  // "in the Turkish capital": a place may be printed as a description of the city.
  if (/\bcapital\b/i.test(slice)) return true;
  if (meeting.city !== null) {
    if (placeKey(slice).includes(placeKey(meeting.city)) || lookupCity(slice)?.name === meeting.city) return true;
  }
  return (
    meeting.countryCode !== null &&
    lookupCountry(collapsed(slice).replace(/^(?:in|at|to)\s+(?:the\s+)?/i, ''))?.code === meeting.countryCode
  );
}

function initiativeAgrees(initiative: DraftInitiative, slice: string): boolean {
  const said = foldText(collapsed(slice));
  const name = foldText(collapsed(initiative.name));
  if (said === name || said.includes(name) || name.includes(said)) return true;
  // "the BRI" for the Belt and Road Initiative: the initials of the name's words.
  const initials = initiative.name
    .split(/[\s-]+/)
    .filter((word) => /^\p{Lu}/u.test(word))
    .map((word) => word[0])
    .join('');
  if (initials.length >= 2 && new RegExp(`\\b${initials}\\b`).test(slice)) return true;
  if (initiative.isCandidate) return false;
  // A catalogue entry printed under another of its names: one the default catalogue knows it by ("the Minsk
  // agreements"), or one of its longer words.
  if (findCatalogueMentions(slice, foldText(slice), 0, slice.length, catalogueAliases()).some((found) => found.slug === initiative.slug))
    return true;
  return initiative.slug.split('-').some((word) => word.length >= 4 && said.includes(word));
}

let aliases: ReturnType<typeof compileAliases> | null = null;
const catalogueAliases = () => (aliases ??= compileAliases(defaultInitiatives));

function citations(draft: ReadoutDraft): Cited[] {
  const cited: Cited[] = [];
  const add = (entry: Omit<Cited, 'span'>, span: Span | null) => {
    if (span) cited.push({ ...entry, span });
  };
  draft.meetings.forEach((meeting, index) => {
    const self = { meeting: index, list: 'meeting' as const, item: 0 };
    if (meeting.title !== null) {
      const title = meeting.title;
      add({ ...self, field: 'titleSpan', agrees: (slice) => collapsed(slice) === collapsed(title), what: 'its title' }, meeting.titleSpan);
    }
    add({ ...self, field: 'dateSpan', agrees: (slice) => dateWords.test(slice), what: 'words of a date' }, meeting.dateSpan);
    add(
      { ...self, field: 'locationSpan', agrees: (slice) => placeAgrees(meeting, slice), what: 'its city or country' },
      meeting.locationSpan,
    );
    meeting.participants.forEach((participant, item) => {
      const at = { meeting: index, list: 'participants' as const, item };
      add({ ...at, field: 'span', agrees: (slice) => slice === participant.printedName, what: 'its printedName' }, participant.span);
      const printedTitle = participant.printedTitle;
      if (printedTitle)
        add(
          {
            ...at,
            field: 'titleSpan',
            agrees: (slice) => collapsed(printedTitle).toLowerCase().includes(titleText(slice).toLowerCase()),
            what: 'its printedTitle',
          },
          participant.titleSpan,
        );
    });
    meeting.statements.forEach((statement, item) =>
      add(
        { meeting: index, list: 'statements', item, field: 'span', agrees: (slice) => slice === statement.text, what: 'its text' },
        statement.span,
      ),
    );
    meeting.initiatives.forEach((initiative, item) =>
      add(
        {
          meeting: index,
          list: 'initiatives',
          item,
          field: 'span',
          agrees: (slice) => initiativeAgrees(initiative, slice),
          what: 'its name',
        },
        initiative.span,
      ),
    );
  });
  return cited;
}

/**
 * Field errors (422, under `/draft`) for each span of `corrected` that neither the stored draft gives the same kind of
 * fact nor cites its printed form in `text`: a participant's `span` must slice to its `printedName`, a `titleSpan` to
 * words of its `printedTitle` (whitespace collapsed: "Minister for Foreign Affairs" of "… of Japan"), a statement's
 * `span` to its `text`, an initiative's `span` to its name (or its initials, or for a catalogue entry a word of its
 * slug); a meeting's `titleSpan` to its `title`, its `dateSpan` to words of a date (a digit, month, weekday or "today"),
 * its `locationSpan` to its city (or a description, "the Turkish capital") or, without a city, its country. A `kindSpan`
 * is not checked: readouts tell an encounter in words no list holds ("was flanked by", "presented his Letter of
 * Credence to"). Spans outside the text are commitProblems' to report.
 */
export function citationProblems(corrected: ReadoutDraft, stored: ReadoutDraft | null, text: string): FieldError[] {
  const extracted = new Set((stored ? citations(stored) : []).map(key));
  const problems: FieldError[] = [];
  for (const cited of citations(corrected)) {
    const { span } = cited;
    if (span.end > text.length || span.start >= span.end || extracted.has(key(cited))) continue;
    const slice = text.slice(span.start, span.end);
    if (cited.agrees(slice)) continue;
    const quoted = slice.length > 60 ? `${slice.slice(0, 57)}…` : slice;
    const path =
      cited.list === 'meeting' ? `/draft/meetings/${cited.meeting}` : `/draft/meetings/${cited.meeting}/${cited.list}/${cited.item}`;
    problems.push({
      in: 'body',
      pointer: `${path}/${cited.field}`,
      message: `cites "${quoted}" in the document, not ${cited.what}; point it at the text, or leave it out (null) for a fact the readout does not print`,
    });
  }
  return problems;
}
