import type { Segment } from '../text/span.js';

/** A non-blank line with its Markdown or list marker removed; `heading` when it was a Markdown heading ("# …"). */
export interface Line extends Segment {
  heading: boolean;
}

// A numbered item's "1." is no marker when a month follows: "29. Sep 2023." is a date (Central European usage).
const marker =
  /^(?:(#{1,6})\s+|>\s+|[•\u2022*-]\s+|\(?\d{1,2}[.)]\s+(?!(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?(?:\s|$)))/;

/**
 * The lines of text[0, limit), trimmed, markers off; offsets point into the original. Lines wrapped by hand in the
 * middle of a sentence ("met Thursday his Armenian⏎counterpart Eduard Nalbandian") are joined back into one.
 */
export function splitLines(text: string, limit: number): Line[] {
  return joinWrapped(text, physicalLines(text, limit));
}

/**
 * Joins lines wrapped in the middle of a sentence; see splitLines. Four kinds of wrap: a line that stops mid-sentence
 * before a lower-case word, a line that stops on an article, a preposition, a conjunction or a comma, and — in a text wrapped at a fixed width (an e-mail or wire archive: most lines that run
 * on into the next fill about the same width) — any filled line that runs on into the next without a blank line,
 * whatever the case of the next word ("with Armenian⏎Foreign Minister Eduard Nalbandian").
 */
export function joinWrapped(text: string, lines: Line[]): Line[] {
  const width = wrapWidth(text, lines);
  const joined: Line[] = [];
  lines.forEach((line, at) => {
    const previous = joined[joined.length - 1];
    if (previous && linkStripped(previous, line, lines[at + 1], joined.length)) {
      previous.end = line.end;
      previous.text = text.slice(previous.start, line.end);
      return;
    }
    const gap = previous ? text.slice(previous.end, line.start) : '';
    const sameBlock = previous !== undefined && !previous.heading && !line.heading && !/\n\s*\n/.test(gap);
    const lastLine = previous ? text.slice(text.lastIndexOf('\n', previous.end - 1) + 1, previous.end) : '';
    const filled = width !== null && lastLine.length >= width - wrapSlack;
    const midSentence =
      !/[.!?:;"”’)\]|]$/.test(previous?.text ?? '') &&
      (previous?.text.split(/\s+/).length ?? 0) >= 5 &&
      // Not a list item ("- 16:15 Mozambique Police …", "• …") nor a ticker's time ("16:15Mozambique …").
      /^(?:[\p{Ll}(“"‘']|\d(?!\d?[:.]\d\d)|-(?=\S))/u.test(line.text);
    // "… the close cooperation between the⏎United Nations and Türkiye": no sentence ends on an article or preposition.
    const openEnded = (previous?.text.split(/\s+/).length ?? 0) >= 5 && danglingWord.test(previous?.text ?? '');
    // "ASHKHABAD, Turkmenistan,⏎Aug. 14--President …" (blind-55): no line ends a sentence or a heading on a comma.
    const commaEnded = /,$/.test(previous?.text ?? '');
    // "READ ALSO: Boric kicks off a new phase for the left in Latin American politics" then "“We have challenges …,”
    // Boric said" (blind-71): a link to another story is a line of its own, not a sentence wrapped into the next.
    const linkLine = /^(?:read more|read also|also read|see also|check also|related)\s*:/i.test(previous?.text ?? '');
    if (sameBlock && previous && !linkLine && (midSentence || filled || openEnded || commaEnded)) {
      previous.end = line.end;
      previous.text = text.slice(previous.start, line.end);
    } else joined.push({ ...line });
  });
  return joined;
}

const sentenceEnd = /[.!?:;"”’)\]|]$/;
const words = (line: Line) => line.text.split(/\s+/).length;

/**
 * "External Affairs Minister S⏎⏎Jaishankar⏎⏎on Monday held “productive” talks with his⏎⏎Paraguay⏎⏎counterpart …"
 * (blind-87): a page whose links were taken out leaves their words as paragraphs of their own, blank lines around.
 * A line joins the one before across a blank line when that one stops mid-sentence and either the line goes on in lower
 * case (not after the headline: "… with Lavrov⏎⏎by The Armenian Mirror-Spectator") or it is a fragment of a few words
 * the next line goes on from in lower case.
 */
function linkStripped(previous: Line, line: Line, next: Line | undefined, index: number): boolean {
  if (previous.heading || line.heading || sentenceEnd.test(previous.text)) return false;
  // A sentence goes on for some words: not "see more", "comments" or "on" of a page's buttons and bylines.
  const lowerNext = (candidate: Line | undefined) =>
    candidate !== undefined && /^\p{Ll}/u.test(candidate.text) && !candidate.heading && words(candidate) >= 4;
  const fragment = words(line) <= 3 && !sentenceEnd.test(line.text) && /^\p{Lu}/u.test(line.text) && lowerNext(next);
  if (fragment) return words(previous) >= 2;
  // After the first line only when that is itself a page's broken sentence (it holds a blank line already).
  return (index > 1 || /\n\s*\n/.test(previous.text)) && words(previous) >= 5 && lowerNext(line);
}

const danglingWord = /\s(?:the|a|an|of|to|for|with|and|or|in|on|at|by|from|between|among|as|into|his|her|their|its|our|that)$/i;

/** How far short of the wrap width a line may end and still have been wrapped (the next word did not fit). */
const wrapSlack = 18;

/**
 * The width a text was wrapped at, or null when it was not: at least four lines run on into a next non-blank line,
 * the longest of them (but one in ten) is 100 characters or less, no more than one in ten runs past it by more than
 * `wrapSlack`, and most of them end within `wrapSlack` of that width.
 */
function wrapWidth(text: string, lines: readonly Line[]): number | null {
  const runOn: number[] = [];
  lines.forEach((line, at) => {
    const next = lines[at + 1];
    if (!next || /\n\s*\n/.test(text.slice(line.end, next.start))) return;
    runOn.push(line.end - (text.lastIndexOf('\n', line.end - 1) + 1));
  });
  if (runOn.length < 4) return null;
  // A high percentile rather than the longest: one over-long line (a URL, a name) does not set the width.
  const width = [...runOn].sort((a, b) => a - b)[Math.floor((runOn.length - 1) * 0.9)] as number;
  if (width > 100 || width < 40) return null;
  // A wrapped text has (almost) no line far past its width: more than one in ten, and the lines are as written.
  if (runOn.filter((length) => length > width + wrapSlack).length > Math.floor(runOn.length / 10)) return null;
  const nearWidth = runOn.filter((length) => length >= width - wrapSlack).length;
  return nearWidth >= 4 && nearWidth >= runOn.length * 0.6 ? width : null;
}

/** The lines as they are, trimmed and without markers. */
export function physicalLines(text: string, limit: number): Line[] {
  const lines: Line[] = [];
  let lineStart = 0;
  while (lineStart < limit) {
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd === -1 || lineEnd > limit) lineEnd = limit;
    let start = lineStart;
    let end = lineEnd;
    while (start < end && /\s/.test(text[start] as string)) start++;
    while (end > start && /\s/.test(text[end - 1] as string)) end--;
    const found = marker.exec(text.slice(start, Math.min(end, start + 12)));
    let heading = false;
    if (found && start + found[0].length < end) {
      heading = found[1] !== undefined;
      start += found[0].length;
    }
    if (heading) while (end > start && text[end - 1] === '#') end--;
    while (end > start && /\s/.test(text[end - 1] as string)) end--;
    if (end > start) lines.push({ start, end, text: text.slice(start, end), heading });
    lineStart = lineEnd + 1;
  }
  return lines;
}
