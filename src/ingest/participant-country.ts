import { findCountryMentions, lookupCountryWord } from './countries.js';
import { foldText } from './text-fold.js';

export interface CountryCandidate {
  countryCode: string | null;
  title: string | null;
  role: 'host' | 'guest' | 'third_party';
}

// Bounded and anchored at a word start, so a very long word cannot make this quadratic.
const hyphenPair = /(?<![\p{L}.])(\p{Lu}[\p{L}.]{0,30})[-–](\p{Lu}[\p{L}.]{0,30})/gu;

/**
 * The country of the one participant whose title names none (Russia's readouts say just "Foreign Minister Sergey
 * Lavrov"): the other half of a bilateral pair ("Russian-Turkish cooperation"), else the country the text names most.
 */
export function inferMissingCountry(
  text: string,
  body: { start: number; end: number },
  participants: readonly CountryCandidate[],
): { index: number; countryCode: string; confidence: number } | null {
  const missing = participants.map((p, index) => ({ p, index })).filter(({ p }) => p.countryCode === null);
  if (missing.length !== 1) return null;
  const target = missing[0] as { p: CountryCandidate; index: number };
  const known = new Set(participants.map((p) => p.countryCode).filter((code): code is string => code !== null));
  if (known.size === 0) return null;

  const byTitle = demonymBeforeTitle(text, body, target.p.title, known);
  if (byTitle) return { index: target.index, countryCode: byTitle, confidence: 0.75 };

  const votes = new Map<string, number>();
  const region = text.slice(body.start, body.end);
  hyphenPair.lastIndex = 0;
  for (let match = hyphenPair.exec(region); match; match = hyphenPair.exec(region)) {
    const left = lookupCountryWord(match[1] as string)?.code;
    const right = lookupCountryWord(match[2] as string)?.code;
    if (!left || !right || left === right) continue;
    const other = known.has(left) && !known.has(right) ? right : known.has(right) && !known.has(left) ? left : null;
    if (other) votes.set(other, (votes.get(other) ?? 0) + 1);
  }
  const paired = bestOf(votes, []);
  if (paired) return { index: target.index, countryCode: paired, confidence: 0.7 };
  if (target.p.role !== 'host') return null;

  const mentions = findCountryMentions(text, body.start, body.end).filter((mention) => !known.has(mention.code));
  const counts = new Map<string, number>();
  for (const mention of mentions) counts.set(mention.code, (counts.get(mention.code) ?? 0) + 1);
  const mostNamed = bestOf(
    counts,
    mentions.map((mention) => mention.code),
  );
  return mostNamed ? { index: target.index, countryCode: mostNamed, confidence: 0.4 } : null;
}

// "… between the Russian Foreign Minister and the US Secretary of State": the participant's own title with a demonym.
function demonymBeforeTitle(
  text: string,
  body: { start: number; end: number },
  title: string | null,
  known: ReadonlySet<string>,
): string | null {
  if (!title) return null;
  const region = foldText(text.slice(body.start, body.end));
  const wanted = foldText(title);
  for (let at = region.indexOf(wanted); at >= 0; at = region.indexOf(wanted, at + wanted.length)) {
    const before = /(\p{L}+(?:\s+\p{L}+)?)\s+$/u.exec(region.slice(Math.max(0, at - 40), at));
    const words = before ? (before[1] as string).split(/\s+/) : [];
    const country = lookupCountryWord(words.join(' ')) ?? lookupCountryWord(words[words.length - 1] ?? '');
    if (country && !known.has(country.code)) return country.code;
  }
  return null;
}

/** The code with the most votes; ties go to the one named first. */
function bestOf(votes: Map<string, number>, orderOfAppearance: readonly string[]): string | null {
  let best: string | null = null;
  let bestCount = 0;
  for (const [code, count] of votes) {
    const earlier = best !== null && orderOfAppearance.indexOf(code) < orderOfAppearance.indexOf(best);
    if (count > bestCount || (count === bestCount && earlier)) {
      best = code;
      bestCount = count;
    }
  }
  return best;
}
