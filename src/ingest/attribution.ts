import type { DraftParticipant } from './draft.js';
import { lookupCountryWord } from './countries.js';
import type { Segment } from './segments.js';
import { foldText } from './text-fold.js';
import { isCapitalised, isNameLike, tokenize, type Token } from './tokens.js';
import { isHonorific, isTitleWord, wordKey } from './vocabulary.js';

/** Who a sentence is attributed to, judged from its grammatical subject and verb. */
export type Attribution =
  | { kind: 'speaker'; key: string; confidence: number }
  | { kind: 'pronoun' }
  | { kind: 'joint'; modal: boolean }
  | { kind: 'country'; countryCode: string; speechVerb: boolean }
  | null;

const jointSubject =
  /^(?:the two sides|both sides|the sides|both parties|the two parties|the parties|the two ministers|the ministers|the foreign ministers|the two foreign ministers|both ministers|the officials|the two officials|the pair|the two leaders|both leaders|the leaders|the delegations|the two delegations|the interlocutors|they|the two|both|the \p{L}+ and \p{L}+ (?:foreign )?(?:ministers|sides|leaders|officials|delegations))\b/u;
const modal = /^\s*(?:(?:also|further|still)\s+)?(?:should|will|shall|must|would|could|can|may|need|needs|are to|have to|agreed to work)\b/;
const adverbs = new Set([
  'also',
  'further',
  'then',
  'again',
  'highly',
  'firmly',
  'fully',
  'strongly',
  'warmly',
  'sincerely',
  'particularly',
  'specially',
  'once',
  'repeatedly',
  'positively',
  'briefly',
  'jointly',
  'frankly',
  'deeply',
  'greatly',
  'explicitly',
  'clearly',
  'especially',
  'finally',
  'in',
  'turn',
  'first',
  'all',
  'each',
  'both',
  'subsequently',
  'later',
  'thereafter',
  'on',
  'his',
  'her',
  'part',
]);
const speechVerbs = new Set(
  `said says say stated states noted notes stressed stresses expressed expresses pointed points added adds
underscored underscores emphasized emphasised emphasizes emphasises reiterated reiterates welcomed welcomes thanked thanks raised
raises made makes highlighted highlights congratulated congratulates urged urges called calls hoped hopes appreciated appreciates
praised praises affirmed affirms reaffirmed reaffirms briefed briefs informed informs invited invites proposed proposes suggested
suggests responded responds replied replies explained explains gave gives told tells asked asks agreed agree agrees recalled recalls
voiced voices conveyed conveys extended extends introduced introduces elaborated elaborates hailed hails condemned condemns opposed
opposes supported supports lauded lauds acknowledged acknowledges confirmed confirms assured assures outlined outlines shared shares
commended commends recognized recognised recognizes recognises underlined underlines mentioned mentions announced announces believed
believes considered considers described describes wished wishes discussed discuss discusses exchanged exchange reviewed review committed
commit commits started began spoke presented requested sought insisted warned reminded clarified appealed pledged vowed promised
accepted declared indicated observed remarked regretted deplored denounced continued communicated focused expressing noting`.split(/\s+/),
);
const notSpeech = new Set([
  'was',
  'were',
  'is',
  'are',
  'visited',
  'arrived',
  'attended',
  'received',
  'met',
  'departed',
  'travelled',
  'traveled',
  'landed',
  'based',
  'appointed',
  'elected',
  'located',
  'held',
  'had',
  'has',
  'have',
  'been',
]);
const trailingAttribution =
  /,\s+(?:(he|she)|(\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){0,2}))\s+(?:also\s+)?(?:said|says|added|adds|noted|notes|stressed|told|stated|emphasized|emphasised|pointed out)\b/u;

/** Attribution of one sentence: a leading subject ("Wang Yi said", "The Secretary noted"), or a trailing ", Wang said". */
export function attributeSentence(text: string, sentence: Segment, participants: readonly DraftParticipant[]): Attribution {
  const trailing = trailingAttribution.exec(sentence.text);
  if (trailing && trailing.index > 0) {
    if (trailing[1]) return { kind: 'pronoun' };
    const key = participantByName(trailing[2] as string, participants);
    if (key) return { kind: 'speaker', key, confidence: 0.8 };
  }
  for (const start of clauseStarts(sentence.text)) {
    const attribution = attributeAt(text, sentence.start + start, sentence.end, participants);
    if (attribution) return attribution;
  }
  return null;
}

// The subject may follow an opening phrase: "At the outset, Minister Motegi stated", "Noting …, Wang said".
function clauseStarts(sentence: string): number[] {
  const starts = [0];
  for (let i = sentence.indexOf(', '); i > 0 && i < 220 && starts.length < 5; i = sentence.indexOf(', ', i + 2)) starts.push(i + 2);
  return starts;
}

function attributeAt(text: string, start: number, end: number, participants: readonly DraftParticipant[]): Attribution {
  const folded = foldText(text.slice(start, Math.min(end, start + 120)));
  const joint = jointSubject.exec(folded);
  if (joint) return { kind: 'joint', modal: modal.test(folded.slice(joint[0].length)) };
  if (/^(?:he|she)\s/.test(folded))
    return isSpeechVerbAfter(tokenize(text, start, Math.min(end, start + 60)), 1) ? { kind: 'pronoun' } : null;

  const tokens = tokenize(text, start, Math.min(end, start + 200));
  let verbAt = 0;
  while (verbAt < tokens.length && verbAt < 16 && isSubjectWord((tokens[verbAt] as Token).text)) verbAt++;
  if (verbAt === 0) return null;
  const subject = tokens.slice(0, verbAt);
  const parts = splitOnAnd(subject);
  const keys = parts.map((part) => resolvePart(part, participants));
  const speech = isSpeechVerbAfter(tokens, verbAt);
  if (parts.length >= 2 && keys.every((key) => key?.kind === 'participant') && new Set(keys.map((k) => k?.value)).size >= 2) {
    return { kind: 'joint', modal: !speech };
  }
  const only = keys.length === 1 ? keys[0] : null;
  if (!only) return null;
  if (only.kind === 'participant') return speech ? { kind: 'speaker', key: only.value, confidence: 0.85 } : null;
  return { kind: 'country', countryCode: only.value, speechVerb: speech };
}

function isSubjectWord(token: string): boolean {
  if (/^(?:the|of|for|and)$/i.test(token)) return true;
  return token !== ',' && isCapitalised(token) && !/[;:]$/.test(token);
}

function isSpeechVerbAfter(tokens: readonly Token[], from: number): boolean {
  for (let i = from; i < tokens.length && i < from + 4; i++) {
    const word = wordKey((tokens[i] as Token).text);
    if (adverbs.has(word)) continue;
    if (notSpeech.has(word)) return false;
    return speechVerbs.has(word) || (/^[a-z]{3,}ed$/.test(word) && !notSpeech.has(word));
  }
  return false;
}

function splitOnAnd(subject: readonly Token[]): Token[][] {
  const parts: Token[][] = [[]];
  for (const token of subject) {
    if (/^and$/i.test(token.text) && (parts[parts.length - 1] as Token[]).some((t) => isNameLike(t.text) || isTitleWord(t.text)))
      parts.push([]);
    else (parts[parts.length - 1] as Token[]).push(token);
  }
  return parts.filter((part) => part.length > 0);
}

type Resolved = { kind: 'participant'; value: string } | { kind: 'country'; value: string } | null;

function resolvePart(part: readonly Token[], participants: readonly DraftParticipant[]): Resolved {
  const names = part.filter((t) => isNameLike(t.text) && !isHonorific(t.text)).map((t) => t.text);
  if (names.length > 0) {
    const key = participantByName(names.join(' '), participants);
    return key ? { kind: 'participant', value: key } : null;
  }
  const words = part.map((t) => wordKey(t.text)).filter((w) => w !== 'the');
  const country = lookupCountryWord(words.slice(0, 2).join(' ')) ?? lookupCountryWord(words[0] ?? '');
  const titleWords = words.filter((w) => isTitleWord(w) && !lookupCountryWord(w));
  if (titleWords.length === 0) return country ? { kind: 'country', value: country.code } : null;
  const titlePhrase = titleWords.join(' ');
  const matching = participants.filter(
    (p) => p.title !== null && foldText(p.title).includes(titlePhrase) && (!country || p.countryCode === country.code),
  );
  return matching.length === 1 ? { kind: 'participant', value: (matching[0] as DraftParticipant).key } : null;
}

/** A participant referred to by full name, any distinctive part of it ("Wang", "Tileuberdi", "Bhutto Zardari"). */
export function participantByName(printed: string, participants: readonly DraftParticipant[]): string | null {
  const wanted = foldText(printed)
    .replace(/['’]s$/, '')
    .split(/\s+/)
    .filter((token) => token.length >= 3);
  if (wanted.length === 0) return null;
  const matches = participants.filter((participant) => {
    const own = new Set(foldText(`${participant.printedName} ${participant.name}`).split(/[\s-]+/));
    return wanted.every((token) => own.has(token));
  });
  return matches.length === 1 ? (matches[0] as DraftParticipant).key : null;
}
