import type { Span } from './draft.js';
import type { InitiativeMention } from './initiative-mentions.js';
import { lookupCountryWord } from './countries.js';
import { isCapitalised, tokenize, type Token } from './tokens.js';

const programmeWord =
  /\b(?:Initiative|Programme|Program|Plan|Agreements?|Treaty|Accords?|Communiqu[eé]|Declaration|Dialogue|Roadmap)(?![\p{L}])/gu;
const connectors = new Set(['and', 'of', 'for', 'on', 'the', 'in', 'to']);
const notNames = new Set(['the', 'this', 'that', 'a', 'an', 'its', 'their', 'our', 'his', 'her']);
const quoted = /[“"‘]([^"“”‘’\n]{2,80})[”"’]/g;

/**
 * Named programmes that are not in the catalogue: capitalised "… Initiative/Programme/Plan/Agreement" phrases
 * ("China-Uzbekistan Long-term Economic and Trade Cooperation Plan") and quoted names ("New Uzbekistan").
 */
export function findCandidateMentions(text: string, start: number, end: number, taken: readonly Span[]): InitiativeMention[] {
  const mentions: InitiativeMention[] = [];
  const region = text.slice(start, end);
  const overlapsTaken = (s: number, e: number): boolean => taken.some((span) => s < span.end && e > span.start);
  const add = (s: number, e: number): void => {
    if (overlapsTaken(s, e) || mentions.some((m) => s < m.end && e > m.start)) return;
    const name = text.slice(s, e);
    mentions.push({ slug: slugify(name), name, start: s, end: e, isCandidate: true });
  };

  programmeWord.lastIndex = 0;
  for (let match = programmeWord.exec(region); match; match = programmeWord.exec(region)) {
    const keywordEnd = start + match.index + match[0].length;
    const phraseStart = capitalisedRunBefore(text, start, start + match.index);
    if (phraseStart !== null) add(phraseStart, keywordEnd);
  }

  quoted.lastIndex = 0;
  for (let match = quoted.exec(region); match; match = quoted.exec(region)) {
    const inner = match[1] as string;
    const leading = inner.length - inner.trimStart().length;
    const name = inner.trim();
    if (!looksLikeAName(name)) continue;
    const s = start + match.index + 1 + leading;
    add(s, s + name.length);
  }
  return mentions.sort((a, b) => a.start - b.start);
}

/** Start of the capitalised words (with "of", "and" … between them) that end just before `keywordStart`. */
function capitalisedRunBefore(text: string, regionStart: number, keywordStart: number): number | null {
  const tokens = tokenize(text, Math.max(regionStart, keywordStart - 160), keywordStart);
  let first = tokens.length;
  for (let i = tokens.length - 1; i >= 0 && tokens.length - i <= 12; i--) {
    const token = tokens[i] as Token;
    const endsWithAbbreviation = /(?:\p{Lu}\.){2,}$/u.test(token.text); // "Japan-U.S. Security Treaty"
    if (token.text === ',' || (/[.;:!?"“”]$/.test(token.text) && !endsWithAbbreviation) || /^["“‘(]/.test(token.text)) break;
    if (!isCapitalised(token.text) && !connectors.has(token.text)) break;
    first = i;
  }
  while (
    first < tokens.length &&
    (connectors.has((tokens[first] as Token).text) || notNames.has((tokens[first] as Token).text.toLowerCase()))
  )
    first++;
  const named = tokens.slice(first).filter((t) => isCapitalised(t.text));
  if (named.length === 0) return null;
  return (tokens[first] as Token).start;
}

function looksLikeAName(name: string): boolean {
  const words = name.split(/\s+/);
  if (words.length > 8 || !/^[\p{Lu}\p{N}]/u.test(name) || /[.!?;:,]/.test(name)) return false;
  if (lookupCountryWord(name)) return false;
  const capitalised = words.filter((word) => /^[\p{Lu}\p{N}]/u.test(word)).length;
  return capitalised * 2 >= words.length;
}

export function slugify(name: string): string {
  return name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/['’]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 120);
}
