import { distance } from 'fastest-levenshtein';
import { worldCountries } from './world-countries.js';
import { ambiguousCountryWords, notCountryAltSpellings, readoutCountryNames, readoutDemonyms } from '../lexicon/country-words.js';
import { foldKey } from '../text/fold.js';

/** A country named by a phrase: its ISO 3166-1 alpha-2 code and whether the phrase was a name or a demonym. */
export interface CountryWord {
  code: string;
  kind: 'name' | 'demonym';
  /** The phrase is also a common given name or word ("Jordan", "Chad"); only trusted with other evidence. */
  ambiguous: boolean;
  /** The first part of a state named "A and B" ("Antigua", "Trinidad"): also the name of places elsewhere. */
  partial?: boolean;
}

const byKey = new Map<string, CountryWord>();
let longestKey = 1;
// The first word of every country phrase, and of the long forms lookupCountry reads ("the Republic of …").
const longFormWords =
  'the federal democratic islamic socialist people united eastern oriental arab hashemite plurinational bolivarian co-operative cooperative republic kingdom state sultanate federation principality commonwealth emirate';
const firstWords = new Set<string>(longFormWords.split(' '));

// UN members first, so that "Congo" or "Republic of China" go to the member state when the dataset lists two.
const ordered = [...worldCountries].sort((a, b) => Number(b.unMember) - Number(a.unMember));
for (const country of ordered) {
  const alternatives = country.altSpellings.filter((s) => (s.length > 2 || s === 'UK') && !notCountryAltSpellings.has(foldKey(s)));
  const names = [country.name.common, country.name.official, ...alternatives];
  // "St Vincent and the Grenadines", "St. Lucia": readouts shorten "Saint" as English does.
  const shortened = names
    .filter((name) => /^Saint /.test(name))
    .flatMap((name) => [name.replace(/^Saint /, 'St '), name.replace(/^Saint /, 'St. ')]);
  // "Antigua", "St Kitts", "Trinidad", "Bosnia": a member state named "A and B" is often called by its first part.
  const firstParts = country.unMember
    ? [...names, ...shortened].flatMap((name) => (/^[^,]+ and /.test(name) ? [name.replace(/ and .*$/, '')] : []))
    : [];
  for (const name of [...names, ...shortened]) register(name, country.cca2, 'name');
  for (const name of firstParts) register(name, country.cca2, 'name', false, true);
  // "Antiguan, Barbudan", "Kittitian or Nevisian": the dataset gives a compound state's two demonyms in one string.
  const demonyms = country.demonyms?.eng;
  for (const demonym of demonyms ? [demonyms.f, demonyms.m] : [])
    for (const part of demonym.split(/,\s*|\s+or\s+/)) register(part, country.cca2, 'demonym');
}
for (const [code, words] of Object.entries(readoutCountryNames)) for (const word of words) register(word, code, 'name', true);
for (const [code, words] of Object.entries(readoutDemonyms)) for (const word of words) register(word, code, 'demonym', true);

function register(word: string, code: string, kind: CountryWord['kind'], override = false, partial = false): void {
  if (!/^[\p{Script=Latin}\s.,'’()-]+$/u.test(word)) return;
  const key = foldKey(word.replace(/^the\s+/i, ''));
  if (key.length < 2 || (!override && byKey.has(key))) return;
  byKey.set(key, { code, kind, ambiguous: ambiguousCountryWords.has(key), ...(partial ? { partial } : {}) });
  firstWords.add(key.split(' ')[0] as string);
  longestKey = Math.max(longestKey, key.split(' ').length);
}

/** The longest number of words a country phrase has ("United Kingdom of Great Britain and Northern Ireland"). */
export const longestCountryPhrase = (): number => longestKey;

/**
 * A country name or demonym → its code, case- and accent-insensitive, with or without "the" and a possessive:
 * "Kazakh", "the Republic of Kazakhstan", "Kazakhstan's", "U.S." all give KZ or US. Null when it names no country.
 * Data: the world-countries dataset (names, official names, alternative spellings, English demonyms; ODbL) and the
 * readout forms in lexicon/country-words.ts.
 */
export function lookupCountry(phrase: string): CountryWord | null {
  const cached = lookups.get(phrase);
  if (cached !== undefined) return cached;
  const found = lookupUncached(phrase);
  // The recognisers ask for the same phrases again and again: remembered, up to a bound.
  if (lookups.size >= 50_000) lookups.clear();
  lookups.set(phrase, found);
  return found;
}

const lookups = new Map<string, CountryWord | null>();

/**
 * True for a word that makes the demonym or name after it a region's, not a country's: "Latin American", "South
 * American", "Central Asian", "Pan-African" do not name the United States or South Africa (blind-51's "Latin American
 * Herald Tribune" had made a Uruguayan president American). Only a demonym after it, and only when the two words
 * together name no country: "North Korean", "South African", "Central African" still do.
 */
export const isRegionModifier = (word: string): boolean =>
  /^(?:Latin|North|South|Central|Pan|East|West|Inter|Ibero|Sub-Saharan)$/i.test(word);

/**
 * False when no country phrase can start with this word (folded as lookupCountry folds it): a cheap test before
 * trying the phrases that start there.
 */
export function mayStartCountry(word: string): boolean {
  const first = foldKey(word.replace(/['’]s?$/, '')).split(' ')[0] ?? '';
  return firstWords.has(first);
}

function lookupUncached(phrase: string): CountryWord | null {
  const bare = phrase
    // "Antigua & Barbuda", "St. Kitts & Nevis", "Trinidad & Tobago" (blind-78): the ampersand of a name's "and".
    .replace(/\s*&\s*/g, ' and ')
    .replace(/^the\s+/i, '')
    .replace(/['’]s$/, '')
    .trim();
  if (bare.length === 0) return null;
  const found = byKey.get(foldKey(bare));
  if (found) return found;
  // "Timor Leste", "Guinea Bissau" (blind-78): a hyphenated name printed with a space, and the reverse.
  const respaced = bare.includes('-') ? bare.replace(/-/g, ' ') : bare.replace(/\s+/g, '-');
  const variant = respaced !== bare ? byKey.get(foldKey(respaced)) : undefined;
  if (variant) return variant;
  // "the Republic of Gabon", "the Kingdom of Bahrain", "the Sultanate of Oman": a state's long form; "the Republic
  // Senegal" (blind-78) without its "of".
  const form =
    /^(?:(?:federal |democratic |islamic |socialist |people's |united |eastern |oriental |arab |hashemite |plurinational |bolivarian |co-operative |cooperative )*(?:republic|kingdom|state|sultanate|federation|principality|commonwealth|emirate)) (?:of )?(?:the )?(.+)$/i.exec(
      bare,
    );
  const named = form ? (byKey.get(foldKey(form[1] as string)) ?? null) : null;
  return named && (named.kind === 'name' || / of /i.test(bare)) ? named : null;
}

/**
 * The country of a demonym misspelt by one letter ("Ghanian" for Ghanaian, "Phillipine"): the one demonym of six or more
 * letters within Levenshtein distance 1 of `word` (fastest-levenshtein), or null when none or several are. For the
 * places where a demonym is all that can stand ("his Ghanian counterpart"), never to find countries in running text.
 */
export function lookupMisspeltDemonym(word: string): CountryWord | null {
  const key = foldKey(word);
  if (key.length < 6 || /\s/.test(key)) return null;
  const exact = byKey.get(key);
  if (exact) return exact.kind === 'demonym' ? exact : null;
  return oneLetterFrom(key, demonymKeys());
}

/**
 * The country a name misspelt by one letter names ("New Zeeland", "Phillipines"): the one country name of seven or more
 * letters within Levenshtein distance 1 of `phrase` (fastest-levenshtein), or null. For a run of capitalised words that
 * would otherwise be read as a person's name, never to find countries in running text.
 */
export function lookupMisspeltCountryName(phrase: string): CountryWord | null {
  const key = foldKey(phrase);
  if (key.length < 7) return null;
  return oneLetterFrom(key, nameKeys());
}

/** The one country whose key in `keys` is at Levenshtein distance 1 from `key`, or null when none or several are. */
function oneLetterFrom(key: string, keys: ReadonlyArray<[string, CountryWord]>): CountryWord | null {
  let found: CountryWord | null = null;
  for (const [other, country] of keys) {
    if (Math.abs(other.length - key.length) > 1 || distance(other, key) !== 1) continue;
    if (found && found.code !== country.code) return null;
    found = country;
  }
  return found;
}

let nameList: Array<[string, CountryWord]> | null = null;
const nameKeys = () => (nameList ??= [...byKey].filter(([key, country]) => country.kind === 'name' && key.length >= 7));

let demonymList: Array<[string, CountryWord]> | null = null;
const demonymKeys = () =>
  (demonymList ??= [...byKey].filter(([key, country]) => country.kind === 'demonym' && key.length >= 6 && !/\s/.test(key)));

// Country names in the languages outlets name themselves in ("Tunisie Numérique", "El Universo de Colombia", "Jornal de
// Angola"): French, Spanish and Portuguese common names from world-countries' translations, for publishers' names only —
// in a readout's English text "Chine" or "Marruecos" would be a word of another language. Not German or Italian, whose
// names include English words: German "Island" is Iceland, and "The Island Sun" is a Solomon Islands paper.
const publisherLanguages = ['fra', 'spa', 'por'] as const;
const inOtherLanguages = new Map<string, string>();
for (const country of ordered)
  for (const language of publisherLanguages) {
    const name = country.translations?.[language]?.common;
    if (!name || !/^[\p{Script=Latin}\s.'’-]+$/u.test(name)) continue;
    const key = foldKey(name);
    if (key.length >= 4 && !byKey.has(key) && !inOtherLanguages.has(key)) inOtherLanguages.set(key, country.cca2);
  }

/** A country's common name in French, Spanish or Portuguese → its ISO 3166-1 alpha-2 code, or null. */
export function lookupCountryInOtherLanguages(phrase: string): string | null {
  return inOtherLanguages.get(foldKey(phrase)) ?? null;
}
