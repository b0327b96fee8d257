import { foldText } from './text-fold.js';

/** A stretch of the original text; `text` is always `original.slice(start, end)`. */
export interface Segment {
  start: number;
  end: number;
  text: string;
}

export interface Paragraph extends Segment {
  index: number;
  sentences: Segment[];
}

// Readouts copied from web pages put one paragraph per line; list markers ("1.", "(2)", "•") are layout, not content.
const listMarker = /^(?:\(?\d{1,2}[.)]|[•\u2022\-*])\s+/;

export function splitParagraphs(text: string, limit = text.length): Paragraph[] {
  const paragraphs: Paragraph[] = [];
  let lineStart = 0;
  while (lineStart < limit) {
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd === -1 || lineEnd > limit) lineEnd = limit;
    let start = lineStart;
    let end = lineEnd;
    while (start < end && isSpace(text.charCodeAt(start))) start++;
    while (end > start && isSpace(text.charCodeAt(end - 1))) end--;
    const marker = listMarker.exec(text.slice(start, Math.min(end, start + 8)));
    if (marker && start + marker[0].length < end) start += marker[0].length;
    if (end > start) {
      const paragraphText = text.slice(start, end);
      paragraphs.push({
        index: paragraphs.length,
        start,
        end,
        text: paragraphText,
        sentences: splitSentences(paragraphText, start),
      });
    }
    lineStart = lineEnd + 1;
  }
  return paragraphs;
}

const abbreviations = new Set([
  'mr',
  'mrs',
  'ms',
  'dr',
  'prof',
  'st',
  'no',
  'jr',
  'sr',
  'gen',
  'col',
  'lt',
  'capt',
  'gov',
  'sen',
  'rep',
  'amb',
  'jan',
  'feb',
  'mar',
  'apr',
  'jun',
  'jul',
  'aug',
  'sep',
  'sept',
  'oct',
  'nov',
  'dec',
  'vs',
  'etc',
  'e.g',
  'i.e',
  'p.m',
  'a.m',
  'u.s',
  'u.k',
  'u.n',
  'e.u',
  'h.e',
  'approx',
  'inc',
  'ltd',
  'co',
  'mt',
  'ft',
]);

function isSpace(code: number): boolean {
  return code === 32 || code === 9 || code === 13 || code === 10 || code === 0xa0 || code === 0x3000;
}

function isSentenceStartChar(char: string | undefined): boolean {
  if (char === undefined) return true;
  return /[\p{Lu}\p{N}"'“‘(<]/u.test(char);
}

function endsWithAbbreviation(paragraph: string, dotIndex: number): boolean {
  let tokenStart = dotIndex;
  while (tokenStart > 0 && !isSpace(paragraph.charCodeAt(tokenStart - 1))) tokenStart--;
  // "Japan-U.S. Alliance": only the last part of a hyphenated compound can be an abbreviation.
  const token = paragraph.slice(tokenStart, dotIndex).split(/[-/–]/).pop() ?? '';
  if (token.length === 0) return false;
  if (/^\p{Lu}$/u.test(token)) return true; // an initial: "Antony J. Blinken"
  if (/^(?:\p{L}\.)+\p{L}$/u.test(token)) return true; // "U.S", "F.P"
  return abbreviations.has(foldText(token));
}

export function splitSentences(paragraph: string, offset: number): Segment[] {
  const sentences: Segment[] = [];
  let sentenceStart = 0;
  for (let i = 0; i < paragraph.length; i++) {
    const char = paragraph[i];
    if (char !== '.' && char !== '!' && char !== '?') continue;
    let next = i + 1;
    while (next < paragraph.length && /["'”’)]/.test(paragraph[next] as string)) next++;
    if (next < paragraph.length && !isSpace(paragraph.charCodeAt(next))) continue;
    let after = next;
    while (after < paragraph.length && isSpace(paragraph.charCodeAt(after))) after++;
    if (!isSentenceStartChar(paragraph[after])) continue;
    if (char === '.' && endsWithAbbreviation(paragraph, i)) continue;
    pushTrimmed(sentences, paragraph, sentenceStart, next, offset);
    sentenceStart = after;
    i = after - 1;
  }
  pushTrimmed(sentences, paragraph, sentenceStart, paragraph.length, offset);
  return sentences;
}

function pushTrimmed(into: Segment[], paragraph: string, start: number, end: number, offset: number): void {
  let s = start;
  let e = end;
  while (s < e && isSpace(paragraph.charCodeAt(s))) s++;
  while (e > s && isSpace(paragraph.charCodeAt(e - 1))) e--;
  if (e > s) into.push({ start: s + offset, end: e + offset, text: paragraph.slice(s, e) });
}

// Page furniture that follows the readout on copied pages; nothing after it is part of the readout.
const footerLine =
  /^(?:leave a (?:reply|comment)|your email address will not be published|disclaimer\b|additional materials|advanced settings|back to (?:press releases|index|top|list)|<?\s*suggest to a friend\s*>?|comments are closed|more news|related (?:news|articles|posts)|source\s*:|share this|print this page|published \d|tags?\s*:|you may also like|latest comments|print\s*$|close\s*$|\[?editor\s*:)/;

export function isFooterLine(paragraph: Segment): boolean {
  return footerLine.test(foldText(paragraph.text.slice(0, 80)));
}
