import { regionNames } from '../lexicon/country-words.js';
import { topicWords } from '../lexicon/topic-words.js';
import { lookupCountry } from '../recognize/countries.js';
import { worldCountries } from '../recognize/world-countries.js';
import { foldText } from '../text/fold.js';

// What a statement is about: the subjects it names (lexicon/topic-words.ts) and the places — countries other than the
// meeting's own, regions and disputed areas — it speaks of. Both sides' readouts of one meeting are compared on these
// (GET /v1/meetings/{id}/comparison): what one side reports discussing and the other leaves out.

const commonName = new Map(worldCountries.map((country) => [country.cca2, country.name.common]));
const capitalised = /^\p{Lu}/u;

/**
 * Countries named (by name, not demonym; a name that is also a given name only when no other name follows it) in
 * `text`, as ISO alpha-2 codes.
 */
function countriesNamed(text: string): string[] {
  const words = [...text.matchAll(/[\p{L}'’.-]+/gu)];
  const codes: string[] = [];
  for (let at = 0; at < words.length; at++) {
    const first = words[at]![0];
    if (!capitalised.test(first)) continue;
    // The longest phrase of up to five words starting here that names a country ("United Arab Emirates").
    for (let length = Math.min(5, words.length - at); length >= 1; length--) {
      const phrase = words
        .slice(at, at + length)
        .map((word) => word[0])
        .join(' ')
        .replace(/['’]s$/, '');
      const country = lookupCountry(phrase);
      // "Israel", "Jordan", "Georgia": a country's name that is also a given name is the country unless a name follows
      // it ("Israel Katz") — trial finding: Israel was never a topic.
      const next = words[at + length]?.[0] ?? '';
      const given = country?.ambiguous === true && capitalised.test(next) && !lookupCountry(next.replace(/['’]s$/, ''));
      if (country && country.kind === 'name' && !given) {
        codes.push(country.code);
        at += length - 1;
        break;
      }
    }
  }
  return codes;
}

/**
 * Regions and disputed areas `text` names with a capital ("the Middle East", "Crimea"), as printed first, and the text
 * with every region blanked out (so that "South China Sea" names no country).
 */
// "Persian Gulf" before "Gulf", "Gulf of Guinea" before both: a longer name is blanked out before its parts are read.
const longestFirst = [...regionNames]
  .sort((a, b) => b.length - a.length)
  .map((region) => new RegExp(`(?<![\\p{L}-])${region.replace(/[-]/g, '[- ]')}(?![\\p{L}-])`, 'giu'));
function regionsNamed(text: string): { regions: string[]; rest: string } {
  const found: Array<{ printed: string; at: number }> = [];
  let rest = text;
  const folded = foldText(text);
  // Offsets of the folded text are the text's while folding keeps the length (it does for every Latin letter).
  if (folded.length !== text.length) return { regions: [], rest };
  // The folded text with the regions read so far blanked out: "Gulf" is not read again inside "Persian Gulf".
  let unread = folded;
  for (const pattern of longestFirst) {
    for (const match of [...unread.matchAll(pattern)]) {
      const printed = text.slice(match.index, match.index + match[0].length);
      if (!/^\p{Lu}/u.test(printed)) continue;
      // "South Africa supports a ceasefire" (new-user trial 134, 135 F16): a region that is part of a country's name
      // with the word before it is the country, read below.
      const wordBefore = /(\p{Lu}[\p{L}-]*)\s+$/u.exec(text.slice(Math.max(0, match.index - 30), match.index))?.[1];
      if (wordBefore && lookupCountry(`${wordBefore} ${printed}`)) continue;
      if (!found.some((region) => region.printed === printed)) found.push({ printed, at: match.index });
      const blank = ' '.repeat(printed.length);
      rest = rest.slice(0, match.index) + blank + rest.slice(match.index + printed.length);
      unread = unread.slice(0, match.index) + blank + unread.slice(match.index + printed.length);
    }
  }
  return { regions: found.sort((a, b) => a.at - b.at).map((region) => region.printed), rest };
}

/**
 * The topics of one statement: subjects (lowercase, "trade", "human rights") in lexicon order, then the countries it
 * names other than `ownCountries` (ISO alpha-2 codes of the meeting's participants), by their common English name
 * (world-countries), then regions as printed, in the order of the text — each once, at most 20.
 */
export function topicsOf(text: string, ownCountries: ReadonlySet<string>): string[] {
  const topics = topicWords.filter(([, pattern]) => pattern.test(text)).map(([topic]) => topic);
  const { regions, rest } = regionsNamed(text);
  for (const code of countriesNamed(rest)) if (!ownCountries.has(code)) topics.push(commonName.get(code) ?? code);
  topics.push(...regions);
  return [...new Set(topics)].slice(0, 20);
}
