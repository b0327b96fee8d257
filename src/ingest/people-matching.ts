import type { KnownPerson } from './draft.js';
import { foldKey } from './text-fold.js';

export interface PersonMatch {
  person: KnownPerson;
  confidence: number;
}

/**
 * Finds the stored person a printed name refers to, tolerating case, diacritics, word order ("MOTEGI Toshimitsu")
 * and transliteration (Tileuberdi / Tleuberdi, Sergey / Sergei). A lone surname matches only when it is unambiguous.
 */
export function matchPerson(printedName: string, countryCode: string | null, people: readonly KnownPerson[]): PersonMatch | null {
  const printedTokens = nameTokens(printedName);
  if (printedTokens.length === 0) return null;
  let best: PersonMatch | null = null;
  let ambiguous = false;
  for (const person of people) {
    if (countryCode && person.countryCode && countryCode !== person.countryCode) continue;
    const confidence = Math.max(...[person.name, ...person.aliases].map((known) => nameSimilarity(printedTokens, nameTokens(known))));
    if (confidence <= 0) continue;
    if (best && Math.abs(best.confidence - confidence) < 0.01) ambiguous = true;
    if (!best || confidence > best.confidence) {
      best = { person, confidence };
      ambiguous = false;
    }
  }
  return best && !ambiguous ? best : null;
}

function nameTokens(name: string): string[] {
  return foldKey(name)
    .split(/[\s-]+/)
    .filter((token) => token.length > 0 && !/^(?:mr|mrs|ms|dr|h|e)$/.test(token));
}

function nameSimilarity(printed: string[], known: string[]): number {
  if (known.length === 0) return 0;
  if (printed.join(' ') === known.join(' ')) return 0.98;
  const unmatchedKnown = [...known];
  let exact = 0;
  for (const token of printed) {
    const at = unmatchedKnown.findIndex((candidate) => tokensAgree(token, candidate));
    if (at < 0) return 0;
    if (unmatchedKnown[at] === token) exact++;
    unmatchedKnown.splice(at, 1);
  }
  const allExact = exact === printed.length;
  if (unmatchedKnown.length === 0) return allExact ? 0.95 : 0.85;
  // Fewer printed tokens than known ones: a surname alone ("Lavrov") or given name + surname of a longer name.
  if (printed.length === 1) return (printed[0] as string).length >= 4 ? 0.7 : 0;
  return allExact ? 0.85 : 0.75;
}

function tokensAgree(a: string, b: string): boolean {
  if (a === b) return true;
  if (a.length < 4 || b.length < 4 || a[0] !== b[0]) return false;
  return skeleton(a) === skeleton(b) || editDistanceAtMost(a, b, a.length >= 8 ? 2 : 1);
}

// Transliterations mostly differ in vowels: Tileuberdi / Tleuberdi, Sergey / Sergei, Abdrakhmanov / Abdrahmanov.
function skeleton(token: string): string {
  return token
    .replace(/kh/g, 'h')
    .replace(/[aeiouy]/g, '')
    .replace(/(.)\1+/g, '$1');
}

function editDistanceAtMost(a: string, b: string, limit: number): boolean {
  if (Math.abs(a.length - b.length) > limit) return false;
  let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      const value = Math.min((previous[j] as number) + 1, (current[j - 1] as number) + 1, (previous[j - 1] as number) + cost);
      current.push(value);
      rowMin = Math.min(rowMin, value);
    }
    if (rowMin > limit) return false;
    previous = current;
  }
  return (previous[b.length] as number) <= limit;
}
