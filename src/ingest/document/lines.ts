import type { Segment } from '../text/span.js';

/** A non-blank line with its Markdown or list marker removed; `heading` when it was a Markdown heading ("# …"). */
export interface Line extends Segment {
  heading: boolean;
}

const marker = /^(?:(#{1,6})\s+|>\s+|[•\u2022*-]\s+|\(?\d{1,2}[.)]\s+)/;

/**
 * The lines of text[0, limit), trimmed, markers off; offsets point into the original. Lines wrapped by hand in the
 * middle of a sentence ("met Thursday his Armenian⏎counterpart Eduard Nalbandian") are joined back into one.
 */
export function splitLines(text: string, limit: number): Line[] {
  return joinWrapped(text, physicalLines(text, limit));
}

/** Joins lines wrapped in the middle of a sentence; see splitLines. */
export function joinWrapped(text: string, lines: Line[]): Line[] {
  const joined: Line[] = [];
  for (const line of lines) {
    const previous = joined[joined.length - 1];
    const gap = previous ? text.slice(previous.end, line.start) : '';
    const softWrap =
      previous !== undefined &&
      !previous.heading &&
      !line.heading &&
      !/\n\s*\n/.test(gap) &&
      !/[.!?:;"”’)\]|]$/.test(previous.text) &&
      previous.text.split(/\s+/).length >= 5 &&
      /^[\p{Ll}\d(“"‘'-]/u.test(line.text);
    if (softWrap && previous) {
      previous.end = line.end;
      previous.text = text.slice(previous.start, line.end);
    } else joined.push({ ...line });
  }
  return joined;
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
