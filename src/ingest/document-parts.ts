import { findMeetingVerb, type MeetingVerb } from './meeting-verb.js';
import { isFooterLine, type Paragraph, type Segment } from './segments.js';

export interface Lead {
  sentence: Segment;
  paragraph: Paragraph;
  verb: MeetingVerb;
  fromHeadline: boolean;
}

// Readouts state the meeting in their first paragraphs; looking further only finds meetings the text mentions in passing.
const maxLeadParagraphs = 40;

/** The sentence that says who met whom: the first body sentence with a meeting verb and a person after or before it. */
export function findLead(paragraphs: readonly Paragraph[]): Lead | null {
  for (const paragraph of paragraphs.slice(0, maxLeadParagraphs)) {
    if (isFooterLine(paragraph)) break;
    for (const sentence of paragraph.sentences) {
      if (!looksLikeBodySentence(sentence, paragraph)) continue;
      const verb = findMeetingVerb(sentence);
      if (verb && /\p{Lu}/u.test(sentence.text)) return { sentence, paragraph, verb, fromHeadline: false };
    }
  }
  return null;
}

/** Headlines like "Wang Yi meets with …" when the body never says it in a sentence of its own. */
export function findLeadInHeadline(headline: Segment | null, paragraphs: readonly Paragraph[]): Lead | null {
  if (!headline) return null;
  const paragraph = paragraphs.find((p) => p.start === headline.start);
  const verb = findMeetingVerb(headline);
  if (!paragraph || !verb) return null;
  return { sentence: headline, paragraph, verb: { ...verb, confidence: verb.confidence * 0.7 }, fromHeadline: true };
}

// A headline has no full stop; a body sentence ends with one, or sits in a paragraph of several sentences.
function looksLikeBodySentence(sentence: Segment, paragraph: Paragraph): boolean {
  return /[.!?]["'”’)]?$/.test(sentence.text) || paragraph.sentences.length > 1 || sentence.text.split(/\s+/).length >= 25;
}

const meetingWords =
  /\b(?:meets?|met|meeting|talks?|call|conversation|telephone|phone|visit|visits|discuss(?:es|ed)?|readout|holds|held|receives|received|confer)\b/i;
const furniture =
  /^(?:home\b|log ?in\b|press releases?$|asset publisher$|news story$|news$|menu\b|skip to\b|search\b|share\b|print\b|[^\p{L}]*$)/iu;

/** The headline: among the lines before the lead, the first that reads like one, preferring one about a meeting. */
export function findHeadline(paragraphs: readonly Paragraph[], beforeOffset: number): Segment | null {
  const candidates = paragraphs
    .filter((p) => p.end <= beforeOffset)
    .slice(0, 8)
    .filter(isHeadlineLike);
  return candidates.find((p) => meetingWords.test(p.text)) ?? candidates[0] ?? null;
}

function isHeadlineLike(paragraph: Paragraph): boolean {
  const text = paragraph.text;
  const words = text.split(/\s+/);
  if (words.length < 3 || text.length > 300 || furniture.test(text) || isFooterLine(paragraph)) return false;
  if (/[.:]$/.test(text) && words.length > 12) return false;
  const letters = text.match(/\p{L}/gu) ?? [];
  const latin = text.match(/[A-Za-z\u00C0-\u024F]/g) ?? [];
  const digits = text.match(/\d/g) ?? [];
  return latin.length >= letters.length * 0.8 && digits.length < letters.length / 2 && /^[\p{Lu}\p{N}"“‘'(]/u.test(text);
}

/** Where the readout ends: the first page-furniture line after the lead ("Leave A Reply", "Disclaimer", "Source: …"). */
export function findBodyEnd(paragraphs: readonly Paragraph[], lead: Lead, limit: number): number {
  const footer = paragraphs.find((p) => p.start > lead.sentence.end && isFooterLine(p));
  return footer ? footer.start : limit;
}
