import type { KnownPerson } from '../draft.js';
import { romanize, tokensAgree } from './name-tokens.js';

export interface PersonMatch {
  person: KnownPerson;
  confidence: number;
}

/**
 * Finds the stored person a printed name refers to, across case, diacritics, word order ("MOTEGI Toshimitsu"),
 * scripts ("Тілеуберді", romanized by any-ascii) and transliteration (Tileuberdi / Tleuberdi, Sergey / Sergei).
 * A lone surname matches only when it is unambiguous; a person of another country never matches.
 */
export function matchPerson(printedName: string, countryCode: string | null, people: readonly KnownPerson[]): PersonMatch | null {
  const printedTokens = nameTokens(printedName);
  if (printedTokens.length === 0) return null;
  let best: PersonMatch | null = null;
  let ambiguous = false;
  for (const person of people) {
    if (countryCode && person.countryCode && countryCode !== person.countryCode) continue;
    const confidence = Math.max(...spelledOut(person).map((known) => nameSimilarity(printedTokens, nameTokens(known))));
    if (confidence <= 0) continue;
    if (best && Math.abs(best.confidence - confidence) < 0.01) ambiguous = true;
    if (!best || confidence > best.confidence) {
      best = { person, confidence };
      ambiguous = false;
    }
  }
  return best && !ambiguous ? best : null;
}

/**
 * The names of a person to match printed names against: those without initials when there are any ("Pekka Laine", not
 * its alias "P. Laine", which "Petri Laine" would otherwise match), else all ("S. Jaishankar" stored alone).
 */
export function spelledOut(person: Pick<KnownPerson, 'name' | 'aliases'>): string[] {
  const names = [person.name, ...person.aliases];
  const full = names.filter((name) => !hasInitial(name));
  return full.length > 0 ? full : names;
}

/** True when a printed name has an initial among its words: "S. Jaishankar", "Dr S Jaishankar" (not "H.E."). */
export function hasInitial(name: string): boolean {
  return nameTokens(name).some((token) => token.length === 1);
}

function nameTokens(name: string): string[] {
  return romanize(name)
    .replace(/['’]s\b/g, '')
    .split(/[^a-z0-9]+/)
    .filter((token) => token.length > 0 && !/^(?:mr|mrs|ms|dr|h|e)$/.test(token));
}

function nameSimilarity(printed: string[], known: string[]): number {
  if (known.length === 0) return 0;
  if (printed.join(' ') === known.join(' ')) return 0.98;
  if (printed.join('') === known.join('')) return 0.95;
  // "Seyed Abbas Araqchi" for the stored "Abbas Araghchi" (new-user trial 127: the commit had created him twice): a
  // known name of two words or more that the printed one ends with, after a word or two more — not "Sheikh Mohammed
  // bin Rashid" for a stored "Sheikh Mohammed", whose last word the known name lacks.
  const extra = printed.length - known.length;
  if (extra >= 1 && extra <= 2 && known.length >= 2 && known.every((token, i) => tokensAgree(printed[extra + i] as string, token)))
    return known.every((token, i) => printed[extra + i] === token) ? 0.8 : 0.75;
  const unmatchedKnown = [...known];
  let exact = 0;
  let full = 0;
  let initials = 0;
  // Whole words first, so that an initial takes none of the words they need ("A. Abdul Momen").
  for (const token of [...printed].sort((a, b) => Number(a.length === 1) - Number(b.length === 1))) {
    const at = unmatchedKnown.findIndex((candidate) => tokensAgree(token, candidate) || initialOf(token, candidate));
    if (at < 0) return 0;
    const candidate = unmatchedKnown[at] as string;
    if (candidate === token) exact++;
    else if (initialOf(token, candidate)) initials++;
    if (token.length >= 5 && candidate.length >= 5 && tokensAgree(token, candidate)) full++;
    unmatchedKnown.splice(at, 1);
  }
  // "S. Jaishankar" is "Subrahmanyam Jaishankar" and "A.K. Abdul Momen" "Abul Kalam Abdul Momen" (new-user trial 137
  // F8: two commits had stored him twice): an initial stands for a word it begins, in either name, when a word of five
  // letters or more agrees besides, as a document's candidates have it (modules/documents/matching.ts initialsAgree) —
  // not "K. Kim" for "Kyung Kim", nor initials alone.
  if (initials > 0 && full === 0) return 0;
  const allExact = exact === printed.length;
  if (unmatchedKnown.length === 0) return allExact ? 0.95 : 0.85;
  // Fewer printed tokens than known ones: a surname alone ("Lavrov") or given name + surname of a longer name.
  if (printed.length === 1) return (printed[0] as string).length >= 4 ? 0.7 : 0;
  return allExact ? 0.85 : 0.75;
}

/** True when one of two name words is a single letter and the other, longer, begins with it: "s" and "subrahmanyam". */
function initialOf(a: string, b: string): boolean {
  return (a.length === 1 && b.length > 1 && b[0] === a) || (b.length === 1 && a.length > 1 && a[0] === b);
}
