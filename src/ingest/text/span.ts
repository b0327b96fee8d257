import type { Span } from '../draft.js';

/** A stretch of the original text; `text` is always `original.slice(start, end)`. */
export interface Segment extends Span {
  text: string;
}

export function segmentOf(text: string, start: number, end: number): Segment {
  return { start, end, text: text.slice(start, end) };
}

/** The span without surrounding white space and the given trailing punctuation. */
export function trimSpan(text: string, span: Span, trailing = /[\s,;:]/): Span {
  let { start, end } = span;
  while (end > start && trailing.test(text[end - 1] as string)) end--;
  while (start < end && /\s/.test(text[start] as string)) start++;
  return { start, end };
}

export const overlaps = (a: Span, b: Span): boolean => a.start < b.end && b.start < a.end;
export const contains = (outer: Span, inner: Span): boolean => inner.start >= outer.start && inner.end <= outer.end;
