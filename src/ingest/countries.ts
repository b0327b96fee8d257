import { countryRows } from './country-table.js';
import { foldKey } from './text-fold.js';

export interface CountryWord {
  code: string;
  kind: 'name' | 'demonym';
}

const byKey = new Map<string, CountryWord>();
let longestKeyWords = 1;

for (const row of countryRows.trim().split('\n')) {
  const [code, names, demonyms] = row.split('|') as [string, string, string];
  const nameList = names.split(',');
  for (const name of nameList) register(name, { code, kind: 'name' });
  for (const demonym of demonyms.split(',')) if (!byKey.has(foldKey(demonym))) register(demonym, { code, kind: 'demonym' });
}

function register(word: string, entry: CountryWord): void {
  const key = foldKey(word);
  byKey.set(key, entry);
  longestKeyWords = Math.max(longestKeyWords, key.split(' ').length);
}

/** A country name or demonym ("Kazakh", "Republic of Kazakhstan", "U.S.") → its code; case- and accent-insensitive. */
export function lookupCountryWord(phrase: string): CountryWord | null {
  const key = foldKey(phrase.replace(/^the\s+/i, '').replace(/(?:'s|’s)$/, ''));
  if (key.startsWith('republic of ')) return byKey.get(key.slice('republic of '.length)) ?? byKey.get(key) ?? null;
  return byKey.get(key) ?? null;
}

const maxCountryPhraseWords = longestKeyWords + 2;

export interface CountryMention {
  code: string;
  start: number;
  end: number;
  kind: 'name' | 'demonym';
}

const capitalisedWord = /[\p{Lu}][\p{L}'’.]*/gu;

/** Every country name or demonym between start and end, longest phrase first; hyphen compounds count each part. */
export function findCountryMentions(text: string, start: number, end: number): CountryMention[] {
  const mentions: CountryMention[] = [];
  const region = text.slice(start, end);
  capitalisedWord.lastIndex = 0;
  let lastEnd = -1;
  for (let match = capitalisedWord.exec(region); match; match = capitalisedWord.exec(region)) {
    if (match.index < lastEnd) continue;
    const found = longestCountryAt(region, match.index);
    if (found) {
      mentions.push({ code: found.code, kind: found.kind, start: start + match.index, end: start + found.end });
      lastEnd = found.end;
      capitalisedWord.lastIndex = found.end;
    }
  }
  return mentions;
}

function longestCountryAt(region: string, at: number): (CountryWord & { end: number }) | null {
  const wordPattern = /[\p{L}'’.]+/uy;
  const wordEnds: number[] = [];
  const words: string[] = [];
  let cursor = at;
  while (words.length < maxCountryPhraseWords) {
    wordPattern.lastIndex = cursor;
    const word = wordPattern.exec(region);
    if (!word) break;
    words.push(word[0]);
    wordEnds.push(cursor + word[0].length);
    cursor += word[0].length;
    if (region[cursor] !== ' ') break;
    cursor++;
  }
  for (let count = words.length; count >= 1; count--) {
    const phrase = words.slice(0, count).join(' ');
    const wordEnd = wordEnds[count - 1] as number;
    const entry = lookupCountryWord(phrase);
    if (entry) return { ...entry, end: wordEnd };
    const trimmed = phrase.replace(/(?:['’]s|\.)$/, '');
    if (trimmed !== phrase && !/\.\p{L}\.$/u.test(phrase)) {
      const trimmedEntry = lookupCountryWord(trimmed);
      if (trimmedEntry) return { ...trimmedEntry, end: wordEnd - (phrase.length - trimmed.length) };
    }
  }
  return null;
}
