import type { DraftParticipant, KnownPerson } from './draft.js';
import type { MeetingVerb } from './meeting-verb.js';
import { inferMissingCountry } from './participant-country.js';
import { matchPerson } from './people-matching.js';
import { parsePersonPhrase, type PersonPhrase } from './person-phrase.js';
import type { Segment } from './segments.js';
import { isNameLike, scanPhraseBackward, scanPhraseForward, tokenize, type Token } from './tokens.js';

export interface ParticipantsResult {
  participants: DraftParticipant[];
  warnings: string[];
}

interface Side {
  phrase: PersonPhrase;
  role: DraftParticipant['role'];
}

/**
 * The people in the lead sentence: the subject of "X met with Y" is the publishing side's official (host) unless the
 * sentence says the subject was visiting; everyone after "with" is a guest. Only these are participants: people
 * mentioned later (a president who sent greetings) are not.
 */
export function extractParticipants(
  text: string,
  lead: Segment,
  verb: MeetingVerb,
  body: { start: number; end: number },
  people: readonly KnownPerson[],
): ParticipantsResult {
  const warnings: string[] = [];
  const tokens = tokenize(text, lead.start, lead.end);
  const verbIndex = tokens.findIndex((token) => token.start >= verb.verbStart);
  if (verbIndex < 0) return { participants: [], warnings: ['the meeting sentence has no recognisable participants'] };

  const relative = tokens.findIndex((token, i) => i < verbIndex && /^(?:who|which|,who)$/i.test(token.text));
  const subjectEnd = relative >= 0 ? relative : verbIndex;
  const subjectIsVisiting = relative >= 0 && /\bvisit/i.test(text.slice((tokens[relative] as Token).start, verb.verbStart));
  const subjectRange = scanPhraseBackward(tokens, subjectEnd);
  const subjects = subjectRange ? splitPeople(tokens, subjectRange) : [];

  let objects: Token[][] = [];
  if (verb.objectStart !== null) {
    const objectFirst = tokens.findIndex((token) => token.start >= (verb.objectStart as number));
    const objectRange = objectFirst >= 0 ? scanPhraseForward(tokens, objectFirst) : null;
    objects = objectRange ? splitPeople(tokens, objectRange) : [];
  }

  const sides: Side[] = [];
  const subjectRole = subjectIsVisiting ? 'guest' : 'host';
  const objectRole = subjectIsVisiting ? 'host' : 'guest';
  subjects.forEach((group, i) => pushSide(sides, text, group, i === 0 || objects.length > 0 ? subjectRole : objectRole));
  for (const group of objects) pushSide(sides, text, group, objectRole);

  const participants: DraftParticipant[] = [];
  for (const { phrase, role } of sides) {
    if (!phrase.printedName || !phrase.nameSpan) {
      if (phrase.printedTitle) warnings.push(`a participant is named only by title ("${phrase.printedTitle}") and was left out`);
      continue;
    }
    participants.push(toParticipant(phrase, role, people));
  }
  participants.sort((a, b) => roleOrder(a.role) - roleOrder(b.role));
  participants.forEach((participant, i) => (participant.key = `p${i + 1}`));

  const inferred = inferMissingCountry(text, body, participants);
  if (inferred) {
    const participant = participants[inferred.index] as DraftParticipant;
    participant.countryCode = inferred.countryCode;
    participant.confidence = Math.min(participant.confidence, 0.5 + inferred.confidence / 2);
  }
  if (participants.length === 0) warnings.push('no participants could be read from the meeting sentence');
  return { participants, warnings };
}

function roleOrder(role: DraftParticipant['role']): number {
  return role === 'host' ? 0 : role === 'guest' ? 1 : 2;
}

function pushSide(sides: Side[], text: string, group: Token[], role: Side['role']): void {
  const phrase = parsePersonPhrase(text, group);
  if (phrase) sides.push({ phrase, role });
}

// "Minister … Mukhtar Tileuberdi and his Uzbek counterpart Abdulaziz Kamilov": an "and" that follows a name separates
// two people; the "and" in "State Councilor and Foreign Minister" follows a title word and does not.
function splitPeople(tokens: readonly Token[], range: { first: number; last: number }): Token[][] {
  const groups: Token[][] = [];
  let current: Token[] = [];
  for (let i = range.first; i <= range.last; i++) {
    const token = tokens[i] as Token;
    const previous = tokens[i - 1];
    const startsNewPerson =
      /^and$/i.test(token.text) && previous !== undefined && i > range.first && isNameLike(previous.text) && current.length > 0;
    if (startsNewPerson) {
      groups.push(current);
      current = [];
      continue;
    }
    current.push(token);
  }
  if (current.length > 0) groups.push(current);
  return groups;
}

function toParticipant(phrase: PersonPhrase, role: DraftParticipant['role'], people: readonly KnownPerson[]): DraftParticipant {
  const printedName = phrase.printedName as string;
  const match = matchPerson(printedName, phrase.countryCode, people);
  const countryCode = phrase.countryCode ?? match?.person.countryCode ?? null;
  let confidence = 0.8;
  if (match) confidence += 0.15 * match.confidence;
  if (!countryCode) confidence -= 0.1;
  return {
    key: '',
    name: match?.person.name ?? displayName(printedName),
    title: phrase.title,
    countryCode,
    organization: phrase.organization,
    role,
    printedName,
    printedTitle: phrase.printedTitle,
    personId: match?.person.id ?? null,
    span: phrase.nameSpan,
    titleSpan: phrase.titleSpan,
    confidence: Math.round(Math.min(0.99, confidence) * 100) / 100,
  };
}

/** Japan's "MOTEGI Toshimitsu" (family name in capitals, first) becomes "Toshimitsu Motegi"; middle initials go. */
export function displayName(printed: string): string {
  let words = printed.split(/\s+/);
  if (words.length >= 3) words = words.filter((word) => !/^\p{Lu}\.$/u.test(word));
  const capitalised = (word: string): string => word.charAt(0) + word.slice(1).toLowerCase();
  const first = words[0];
  if (
    words.length >= 2 &&
    first &&
    first.length > 1 &&
    first === first.toUpperCase() &&
    words.slice(1).every((w) => w !== w.toUpperCase())
  ) {
    return [...words.slice(1), capitalised(first)].join(' ');
  }
  return words.map((word) => (word.length > 3 && word === word.toUpperCase() ? capitalised(word) : word)).join(' ');
}
