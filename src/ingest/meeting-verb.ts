import type { Span } from './draft.js';
import type { Segment } from './segments.js';

export type MeetingKind = 'meeting' | 'talks' | 'phone_call' | 'video_call' | 'sideline_meeting' | 'visit' | 'multilateral';

/** The verb phrase of a lead sentence ("met with", "had a telephone conversation with") and where its object starts. */
export interface MeetingVerb {
  kind: MeetingKind;
  /** The printed evidence for the kind: the verb phrase without its preposition, or "on the sidelines of". */
  span: Span;
  /** Where the verb itself starts: the subject ends here. */
  verbStart: number;
  /** Offset just after "with" / "to" / "from", or null when both people stand before the verb ("A and B had talks"). */
  objectStart: number | null;
  confidence: number;
}

const counterpartPreposition = '\\s+(with|to|from)\\b';
const fewWords = "(?:[\\w.'’-]+\\s+){0,4}";

// Checked in order: the more specific channel wins ("held a video call with" before "held … with").
const verbPatterns: { kind: MeetingKind; regex: RegExp; confidence: number }[] = [
  {
    kind: 'video_call',
    confidence: 0.9,
    regex: new RegExp(
      `\\b(?:held|holds|hold|had|has|have)\\s+(?:a\\s+|an\\s+)?${fewWords}(?:video\\s*(?:call|conference|link|meeting|talks?|conversation)|virtual\\s+(?:meeting|talks?|conversation)|videoconference)${counterpartPreposition}`,
      'i',
    ),
  },
  {
    kind: 'video_call',
    confidence: 0.85,
    regex: new RegExp(
      `\\b(?:met|meets|talked|spoke)\\s+(?:virtually|via\\s+video(?:\\s+link)?|by\\s+video(?:\\s+link)?|online)${counterpartPreposition}`,
      'i',
    ),
  },
  {
    kind: 'phone_call',
    confidence: 0.9,
    regex: new RegExp(
      `\\b(?:held|holds|hold|had|has|have|made)\\s+(?:a\\s+|an\\s+)?${fewWords}(?:tele)?phone\\s+(?:call|conversation|talks?|discussion)${counterpartPreposition}`,
      'i',
    ),
  },
  {
    kind: 'phone_call',
    confidence: 0.9,
    regex: new RegExp(`\\b(?:spoke|speaks|talked|talks)\\s+(?:over|by|on|via)\\s+(?:the\\s+)?(?:tele)?phone${counterpartPreposition}`, 'i'),
  },
  {
    kind: 'phone_call',
    confidence: 0.85,
    regex: new RegExp(`\\b(?:received|receives)\\s+a\\s+(?:tele)?phone\\s+call${counterpartPreposition}`, 'i'),
  },
  { kind: 'phone_call', confidence: 0.6, regex: new RegExp(`\\b(?:spoke|speaks|talked)${counterpartPreposition}`, 'i') },
  { kind: 'phone_call', confidence: 0.8, regex: /\b(?:held|had|have|has)\s+(?:a\s+)?(?:tele)?phone\s+(?:call|conversation|talks?)\b/i },
  {
    kind: 'talks',
    confidence: 0.9,
    regex: new RegExp(
      `\\b(?:held|holds|hold|had)\\s+(?:(?:bilateral|official|formal|in-depth|wide-ranging|productive|separate)\\s+){0,2}talks${counterpartPreposition}`,
      'i',
    ),
  },
  { kind: 'talks', confidence: 0.75, regex: /\b(?:held|holds|hold|had)\s+talks\b/i },
  {
    kind: 'meeting',
    confidence: 0.9,
    regex: new RegExp(
      `\\b(?:met|meets|meet)\\s+(?:(?:today|yesterday|here|there|separately|briefly|again|also|on\\s+\\w+day)\\s+)?${'(with)\\b'}`,
      'i',
    ),
  },
  {
    kind: 'meeting',
    confidence: 0.85,
    regex: new RegExp(`\\b(?:held|holds|had|has)\\s+(?:a\\s+)?${fewWords}meeting${counterpartPreposition}`, 'i'),
  },
  { kind: 'visit', confidence: 0.7, regex: /\bpaid\s+(?:a\s+)?(?:courtesy\s+call|visit)\s+(on|to)\b/i },
  { kind: 'meeting', confidence: 0.7, regex: /(?<!\b(?:was|were|been|be|being)\s)\b(?:met|meets|received|receives)\s+(?=[A-Z])()/ },
];

const sidelines =
  /\bon the (?:sidelines?|margins?|fringes?) of\b|\bwithin the framework of\b(?=[^.]{0,160}\b(?:meeting|summit|session|conference|forum|ministerial)\b)/i;
const forTalks = /\bfor\s+(?:bilateral\s+|official\s+)?talks\b/i;
const viaVideo = /\bvia video(?:\s*link|\s*conference)?\b|\bvideo conference\b/i;

export function findMeetingVerb(sentence: Segment): MeetingVerb | null {
  for (const { kind, regex, confidence } of verbPatterns) {
    const match = regex.exec(sentence.text);
    if (!match) continue;
    const preposition = match[1];
    const verbEnd = preposition ? match.index + match[0].length - preposition.length : match.index + match[0].length;
    const verbText = sentence.text.slice(match.index, verbEnd).trimEnd();
    const span = { start: sentence.start + match.index, end: sentence.start + match.index + verbText.length };
    const objectStart = preposition !== undefined ? sentence.start + match.index + match[0].length : null;
    return refineKind({ kind, span, verbStart: span.start, objectStart, confidence }, sentence);
  }
  return null;
}

// The verb says how people met; the rest of the sentence can say it was on the sidelines, by video or formal talks.
function refineKind(verb: MeetingVerb, sentence: Segment): MeetingVerb {
  if (verb.kind === 'meeting' || verb.kind === 'talks') {
    const onSidelines = sidelines.exec(sentence.text);
    if (onSidelines) {
      const start = sentence.start + onSidelines.index;
      return { ...verb, kind: 'sideline_meeting', span: { start, end: start + onSidelines[0].length } };
    }
    if (viaVideo.test(sentence.text)) return { ...verb, kind: 'video_call' };
    if (verb.kind === 'meeting' && forTalks.test(sentence.text.slice(verb.span.end - sentence.start))) return { ...verb, kind: 'talks' };
  }
  return verb;
}
