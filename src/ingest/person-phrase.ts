import type { Span } from './draft.js';
import { lookupCountryWord } from './countries.js';
import { hasPossessive, isCapitalised, isInitial, isNameLike, type Token } from './tokens.js';
import { countryFromTitle, isHonorific, isTitleWord, nameConnectors, organizationFromTitle, titleHeads, wordKey } from './vocabulary.js';

/** "Kazakh Deputy Prime Minister and Foreign Minister Mukhtar Tileuberdi" taken apart, every part with its span. */
export interface PersonPhrase {
  printedName: string | null;
  nameSpan: Span | null;
  title: string | null;
  titleSpan: Span | null;
  printedTitle: string | null;
  printedTitleSpan: Span | null;
  countryCode: string | null;
  organization: string | null;
  span: Span;
}

export function parsePersonPhrase(text: string, tokens: readonly Token[]): PersonPhrase | null {
  const first = tokens[0];
  const last = tokens[tokens.length - 1];
  if (!first || !last) return null;
  const nameRun = findNameRun(tokens);
  const phraseSpan = { start: first.start, end: last.end };
  let before = nameRun ? tokens.slice(0, nameRun.first) : tokens;
  while (before.length > 0 && isHonorific((before[before.length - 1] as Token).text)) before = before.slice(0, -1);
  const after = nameRun ? tokens.slice(nameRun.last + 1) : [];
  const preTitle = readTitle(text, before, 'before');
  const appositive = after[0]?.text === ',' ? readTitle(text, after.slice(1), 'after') : null;
  const titleParts = preTitle?.title ? preTitle : (appositive ?? preTitle);
  const countryCode = preTitle?.countryCode ?? appositive?.countryCode ?? null;
  const name = nameRun ? nameSpanOf(text, tokens, nameRun) : null;
  const title = titleParts?.title ?? null;
  return {
    printedName: name ? text.slice(name.start, name.end) : null,
    nameSpan: name,
    title,
    titleSpan: titleParts?.titleSpan ?? null,
    printedTitle: titleParts?.printedTitleSpan ? text.slice(titleParts.printedTitleSpan.start, titleParts.printedTitleSpan.end) : null,
    printedTitleSpan: titleParts?.printedTitleSpan ?? null,
    countryCode: countryCode ?? (title ? countryFromTitle(title) : null),
    organization: title ? organizationFromTitle(title) : null,
    span: phraseSpan,
  };
}

function findNameRun(tokens: readonly Token[]): { first: number; last: number } | null {
  const runs: { first: number; last: number }[] = [];
  let runStart = -1;
  for (let i = 0; i <= tokens.length; i++) {
    const token = tokens[i];
    const inRun =
      token !== undefined &&
      (isNameLike(token.text) || (runStart >= 0 && nameConnectors.has(wordKey(token.text)) && isNameLike(tokens[i + 1]?.text ?? '')));
    if (inRun && runStart < 0) runStart = i;
    if (!inRun && runStart >= 0) {
      runs.push({ first: runStart, last: i - 1 });
      runStart = -1;
    }
    if (token && runStart >= 0 && hasPossessive(token.text)) {
      runs.push({ first: runStart, last: i });
      break;
    }
  }
  // A lone initial or a one-letter word is no name; the name is the run followed by an appositive title, else the last.
  const named = runs
    .map((run) => skipLeadingCountry(tokens, run))
    .filter((run) => run.last >= run.first && (run.last > run.first || !isInitial((tokens[run.first] as Token).text)));
  const appositive = named.find((run) => tokens[run.last + 1]?.text === ',' && isTitleWord(tokens[run.last + 2]?.text ?? ''));
  return appositive ?? named[named.length - 1] ?? null;
}

// "Sri Lankan" is two capitalised words that only the country table recognises together.
function skipLeadingCountry(tokens: readonly Token[], run: { first: number; last: number }): { first: number; last: number } {
  for (let length = Math.min(3, run.last - run.first + 1); length >= 1; length--) {
    const phrase = tokens
      .slice(run.first, run.first + length)
      .map((t) => t.text)
      .join(' ');
    if (lookupCountryWord(phrase)) return { first: run.first + length, last: run.last };
  }
  return run;
}

function nameSpanOf(text: string, tokens: readonly Token[], run: { first: number; last: number }): Span {
  const start = (tokens[run.first] as Token).start;
  let end = (tokens[run.last] as Token).end;
  const printed = text.slice(start, end);
  const trailing = /(?:['’]s|[,;:]|\.(?<!\b\p{Lu}\.))$/u.exec(printed);
  if (trailing) end -= trailing[0].length;
  return { start, end };
}

interface TitleParts {
  title: string | null;
  titleSpan: Span | null;
  printedTitleSpan: Span | null;
  countryCode: string | null;
}

/** Title words around a name: leading demonym ("Kazakh …"), a "his Uzbek counterpart," preamble, "… of Kazakhstan". */
function readTitle(text: string, tokens: readonly Token[], side: 'before' | 'after'): TitleParts | null {
  let words = tokens.filter((token) => token.text !== ',' || side === 'after');
  if (side === 'after') words = titleSegmentsAfterName(tokens);
  let countryCode: string | null = null;
  const counterpartIndex = words.findIndex((token) => wordKey(token.text) === 'counterpart');
  if (counterpartIndex >= 0) {
    countryCode =
      leadingCountry(words.slice(0, counterpartIndex).filter((t) => !/^(?:his|her|their|the|its)$/i.test(t.text)))?.code ?? null;
    words = words.slice(counterpartIndex + 1);
  }
  while (words.length > 0 && /^(?:the|his|her|their|its|visiting|a|,)$/i.test((words[0] as Token).text)) words = words.slice(1);
  if (words.length === 0) return countryCode ? { title: null, titleSpan: null, printedTitleSpan: null, countryCode } : null;
  const printedStart = (words[0] as Token).start;
  const printedEnd = (words[words.length - 1] as Token).end;
  const demonym = leadingCountry(words);
  if (demonym) {
    countryCode = demonym.code;
    words = words.slice(demonym.length);
  }
  const qualifier = trailingCountryQualifier(words);
  if (qualifier) {
    countryCode = countryCode ?? qualifier.code;
    words = words.slice(0, qualifier.at);
  }
  const hasHead = words.some(
    (token) =>
      titleHeads.has(wordKey(token.text)) ||
      wordKey(token.text)
        .split('-')
        .some((p) => titleHeads.has(p)),
  );
  if (!hasHead || words.length === 0) return { title: null, titleSpan: null, printedTitleSpan: null, countryCode };
  const titleSpan = trimSpan(text, { start: (words[0] as Token).start, end: (words[words.length - 1] as Token).end });
  return {
    title: text.slice(titleSpan.start, titleSpan.end),
    titleSpan,
    printedTitleSpan: trimSpan(text, { start: printedStart, end: printedEnd }),
    countryCode,
  };
}

function titleSegmentsAfterName(tokens: readonly Token[]): Token[] {
  const taken: Token[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i] as Token;
    if (token.text === ',') {
      if (!isTitleWord(tokens[i + 1]?.text ?? '')) break;
      taken.push(token);
      continue;
    }
    if (!isCapitalised(token.text) && !/^(?:of|for|and|the|&)$/i.test(token.text) && !/^\(.*\)$/.test(token.text)) break;
    taken.push(token);
  }
  while (taken.length > 0 && (taken[taken.length - 1] as Token).text === ',') taken.pop();
  return taken;
}

function leadingCountry(words: readonly Token[]): { code: string; length: number } | null {
  for (let length = Math.min(3, words.length); length >= 1; length--) {
    const phrase = words
      .slice(0, length)
      .map((t) => t.text)
      .join(' ');
    const entry = lookupCountryWord(phrase);
    if (entry) return { code: entry.code, length };
  }
  return null;
}

function trailingCountryQualifier(words: readonly Token[]): { code: string; at: number } | null {
  // The earliest "of" whose remainder is a country: "Minister of Foreign Affairs of the Republic of Azerbaijan".
  for (let i = 1; i < words.length - 1; i++) {
    if (wordKey((words[i] as Token).text) !== 'of') continue;
    const rest = words
      .slice(i + 1)
      .map((t) => t.text)
      .join(' ');
    const entry = lookupCountryWord(rest.replace(/^the\s+/i, ''));
    if (entry) return { code: entry.code, at: i };
  }
  return null;
}

function trimSpan(text: string, span: Span): Span {
  let { start, end } = span;
  while (end > start && /[\s,;:]/.test(text[end - 1] as string)) end--;
  while (start < end && /\s/.test(text[start] as string)) start++;
  return { start, end };
}
