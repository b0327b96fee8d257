import type { Span } from '../draft.js';

// "… briefed President Buhari on conclusions from the National Conference on State-Rebuilding in Bamako held between
// December 27 and 30, 2021" (blind-67), "to discuss the outcome of the ECOWAS summit held in Accra on 12 December": an
// event named as what was discussed, after "the outcome of", "the conclusions from", "the results of". Its place and
// its days are that event's, not the meeting's — unlike an event the meeting was held at ("on the sidelines of the
// ASEAN Summit in Jakarta"), which the phrase does not name.
// "the results of the summit of the Presidents of Armenia, Azerbaijan and the Russian Federation held in St. Petersburg
// on 20 June 2016" (blind-79): a list of countries inside the event's name goes on past its commas.
const topicEvent =
  /\b(?:outcomes?|conclusions?|results?|decisions?|resolutions?|recommendations?|declarations?|deliberations|follow-up)\s+(?:of|from|reached\s+at)\s+(?:the\s+)?(?:(?:recent|recently\s+held|last|latest|previous|just[- ]concluded)\s+)?(?:[^.;:!?\n]{0,60}?)\b(?:conferences?|summits?|forums?|sessions?|congress|meetings?|talks|dialogues?|assembly|elections?|consultations?|councils?|commissions?|retreat|round)\b(?:[^.;:!?,\n]|(?<=\b(?:St|Ste|Mt|Ft))\.|,\s*(?=\d{4}\b)|,\s*(?=\p{Lu}[\p{L}-]+(?:\s+\p{Lu}[\p{L}-]+)?\s*(?:,|\s+and\b)))*/giu;

/** Spans of `text` that name an event as a topic (see above): a place or date inside one is not the meeting's. */
export function topicEventSpans(text: string): Span[] {
  return [...text.matchAll(topicEvent)].map((match) => ({ start: match.index, end: match.index + match[0].length }));
}

/** True when [start, end) lies inside an event named as a topic, looking back at most 240 characters on its line. */
export function inTopicEvent(text: string, start: number, end: number): boolean {
  const from = Math.max(0, start - 240, text.lastIndexOf('\n', start - 1) + 1);
  const lineEnd = text.indexOf('\n', end);
  const window = text.slice(from, lineEnd < 0 ? text.length : lineEnd);
  return topicEventSpans(window).some((span) => span.start + from <= start && end <= span.end + from);
}
