import { lookupCountryWord } from './countries.js';
import { determiners, isHonorific, isTitleWord, nameConnectors, titleConnectors, wordKey } from './vocabulary.js';

/** A word of the original text with absolute offsets; commas are tokens of their own. */
export interface Token {
  text: string;
  start: number;
  end: number;
}

const wordOrComma = /,|[^\s,]+/g;

export function tokenize(text: string, start: number, end: number): Token[] {
  const tokens: Token[] = [];
  const region = text.slice(start, end);
  wordOrComma.lastIndex = 0;
  for (let match = wordOrComma.exec(region); match; match = wordOrComma.exec(region)) {
    tokens.push({ text: match[0], start: start + match.index, end: start + match.index + match[0].length });
  }
  return tokens;
}

export function isCapitalised(token: string): boolean {
  return /^[("'“‘]?[\p{Lu}]/u.test(token);
}

export function isInitial(token: string): boolean {
  return /^\p{Lu}\.$/u.test(token);
}

export function hasPossessive(token: string): boolean {
  return /['’]s$/.test(token);
}

export function isCountryToken(token: string): boolean {
  return lookupCountryWord(token.replace(/[,.;:]+$/, '')) !== null;
}

// Capitalised at the start of a sentence or clause, never names.
const functionWords = new Set(
  'the a an at in on to for with as after before during by from this that these those some such it its our we he she they both all each meanwhile however also then while when where since regarding concerning following according under over upon earlier later today yesterday'.split(
    ' ',
  ),
);

/** Could be (part of) a person's name: capitalised, not a title word, not a country word, not an honorific. */
export function isNameLike(token: string): boolean {
  if (isInitial(token)) return true;
  const bare = token.replace(/['’]s$/, '').replace(/[.;:]+$/, '');
  if (functionWords.has(bare.toLowerCase())) return false;
  if (!/^[\p{Lu}][\p{L}'’-]*$/u.test(bare)) return false;
  if (bare.length > 1 && bare === bare.toUpperCase() && bare.length <= 3) return false; // acronyms: EU, CPC, SCO
  return !isTitleWord(bare) && !isCountryToken(bare) && !isHonorific(token);
}

/** Lower-case words that may sit inside a person phrase ("Minister of Foreign Affairs", "his Uzbek counterpart"). */
export function isPhraseGlue(token: string): boolean {
  const key = wordKey(token);
  return titleConnectors.has(key) || nameConnectors.has(key) || determiners.has(key) || isTitleWord(token);
}

function endsSentence(token: string): boolean {
  return /[.;:!?]$/.test(token) && !isInitial(token) && !isHonorific(token) && !/^(?:\p{L}\.)+$/u.test(token);
}

function isBlocked(token: string): boolean {
  return /\d/.test(token) || /^[–—\-:;|/]+$/.test(token) || /:$/.test(token);
}

// Kazakhstan writes "Deputy Prime Minister – Minister of Foreign Affairs": a dash between two title words joins them.
function isTitleDash(tokens: readonly Token[], i: number): boolean {
  return /^[–—-]$/.test((tokens[i] as Token).text) && isTitleWord(tokens[i - 1]?.text ?? '') && isTitleWord(tokens[i + 1]?.text ?? '');
}

// No title and name runs longer than this; the cap keeps pathological input linear.
const maxPhraseTokens = 40;

/** Extent of a person phrase starting at `from` (e.g. after "met with"): stops at the first word that cannot be part of one. */
export function scanPhraseForward(tokens: readonly Token[], from: number): { first: number; last: number } | null {
  let last = -1;
  for (let i = from; i < tokens.length && i < from + maxPhraseTokens; i++) {
    const token = tokens[i] as Token;
    if (token.text === ',') {
      const next = tokens[i + 1];
      if (next && isCapitalised(next.text) && isTitleWord(next.text)) continue;
      break;
    }
    if (isTitleDash(tokens, i)) continue;
    if (isBlocked(token.text)) break;
    if (!isCapitalised(token.text) && !isPhraseGlue(token.text) && !/^\(.*\)$/.test(token.text)) break;
    last = i;
    if (hasPossessive(token.text) || endsSentence(token.text)) break;
  }
  return trimGlue(tokens, from, last);
}

/** Extent of a person phrase ending just before `before` (the meeting verb), walking back over titles and names. */
export function scanPhraseBackward(tokens: readonly Token[], before: number): { first: number; last: number } | null {
  let first = before;
  for (let i = before - 1; i >= 0 && i >= before - maxPhraseTokens; i--) {
    const token = tokens[i] as Token;
    if (token.text === ',') {
      const after = tokens[i + 1];
      const previous = tokens[i - 1];
      const isAppositive = after && isCapitalised(after.text) && isTitleWord(after.text) && previous && isNameLike(previous.text);
      if (i === before - 1 || isAppositive) continue;
      break;
    }
    if (isTitleDash(tokens, i)) continue;
    if (isBlocked(token.text) || endsSentence(token.text)) break;
    if (!isCapitalised(token.text) && !isPhraseGlue(token.text) && !/^\(.*\)$/.test(token.text)) break;
    first = i;
  }
  return trimGlue(tokens, first, before - 1);
}

function trimGlue(tokens: readonly Token[], first: number, last: number): { first: number; last: number } | null {
  let a = first;
  let b = last;
  const isLooseEnd = (token: Token): boolean =>
    token.text === ',' || (!isCapitalised(token.text) && !isTitleWord(token.text) && wordKey(token.text) !== 'counterpart');
  while (a <= b && isLooseEnd(tokens[a] as Token) && !determiners.has(wordKey((tokens[a] as Token).text))) a++;
  while (b >= a && isLooseEnd(tokens[b] as Token)) b--;
  return b >= a ? { first: a, last: b } : null;
}
