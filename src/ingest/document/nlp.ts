import winkNLP, { type WinkMethods } from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import { romanMonth } from '../recognize/dates.js';
import { abbreviatedGivenNames, russianInitials } from '../recognize/words.js';
import { latinShape, quoteShape } from '../text/fold.js';
import type { Segment } from '../text/span.js';

/** A word or punctuation mark of the original text with absolute offsets and its Universal POS tag (`PROPN`, `VERB` …). */
export interface Token extends Segment {
  pos: string;
}

/** One sentence as wink-nlp splits it, with its tokens; offsets are absolute in the original text. */
export interface Sentence extends Segment {
  tokens: Token[];
  /** One of the parts of a sentence longer than maxSentenceChars (see `bounded`). */
  cut?: boolean;
}

let engine: WinkMethods | null = null;
// The words wink-nlp has added to its lexicon while reading the current text (see `readAsIfFirst`).
const addedNow = new Set<string>();

/** wink-nlp with its English model, loaded once (about 40 ms); only sentence splitting and POS tagging are run. */
function nlp(): WinkMethods {
  if (engine) return engine;
  engine = winkNLP(model, ['sbd', 'pos']);
  readAsIfFirst(engine);
  return engine;
}

/** The parts of wink-nlp's lexicon (src/cache.js of wink-nlp 2.4) that `readAsIfFirst` wraps. */
interface WinkLexicon {
  lookup: (text: string) => number[] | null;
  add: (text: string, category: number) => number;
  intrinsicSize: () => number;
}

/**
 * Makes every text read as a freshly loaded engine would read it. wink-nlp adds each word its model does not know to
 * its lexicon for the life of the process, and its tokenizer consults the lexicon: "U.N." stays one token until some
 * text has had "U.N" (then it is "U.N" and "."). Without this, what a readout gives depended on the readouts read
 * before it in the same process (a fixture gave two meetings, or one in New York, or one in Washington, by the order
 * the corpus was read in). Lookups of a word added while reading an earlier text answer "unknown", as they would on a
 * fresh engine; words added while reading the current text are known, as they would be. Reaching the lexicon: wink
 * hands each token mapper (`its.*`) the document's data, lexicon included, and calls `its.value` for a mapper it does
 * not list, so a stand-in for `its.value` sees it once. Throws if this version of wink-nlp no longer works that way.
 */
function readAsIfFirst(nlp: WinkMethods): void {
  const its = nlp.its as unknown as Record<string, unknown>;
  const value = its.value;
  let lexicon: WinkLexicon | undefined;
  const capture = (_index: number, rdd: { cache?: WinkLexicon }) => {
    lexicon = rdd.cache;
    return '';
  };
  its.value = capture;
  try {
    nlp
      .readDoc('a')
      .tokens()
      .out(capture as never);
  } finally {
    its.value = value;
  }
  if (!lexicon || typeof lexicon.lookup !== 'function' || typeof lexicon.add !== 'function')
    throw new Error('wink-nlp: its lexicon could not be reached; readouts would depend on the order they are read in');
  const { lookup, add } = lexicon;
  const intrinsic = lexicon.intrinsicSize();
  lexicon.add = (text, category) => {
    addedNow.add(text);
    addedNow.add(text.toLowerCase());
    return add(text, category);
  };
  lexicon.lookup = (text) => {
    const found = lookup(text);
    return found !== null && found.length === 1 && (found[0] as number) >= intrinsic && !addedNow.has(text) ? null : found;
  };
}

/**
 * Splits text[start, end) into sentences and tokens with wink-nlp. The tokenizer runs on a same-length Latin shape of
 * the text (see `latinShape`), so "Çavuşoğlu" stays one word and every offset points into the original.
 */
export function analyse(text: string, start: number, end: number): Sentence[] {
  const region = text.slice(start, end);
  const winkMethods = nlp();
  const its = winkMethods.its;
  addedNow.clear();
  // A paragraph joined across blank lines (a page whose links were taken out, document/lines.ts) is one run of text:
  // the blank lines inside it are read as spaces of the same length, so no sentence ends at them.
  const doc = winkMethods.readDoc(withBoundedWords(latinShape(region.replace(/\n\s*\n/g, (gap) => ' '.repeat(gap.length)))));
  addedNow.clear();
  // wink's `its` helpers are plain functions meant to be passed around; they do not use `this`.
  /* eslint-disable @typescript-eslint/unbound-method */
  const values: string[] = doc.tokens().out(its.value);
  const spaces: string[] = doc.tokens().out(its.precedingSpaces);
  const tags: string[] = doc.tokens().out(its.pos);
  const spanHelper = its.span;
  /* eslint-enable @typescript-eslint/unbound-method */
  const tokens: Token[] = [];
  let offset = 0;
  for (let i = 0; i < values.length; i++) {
    offset += (spaces[i] ?? '').length;
    const value = values[i] as string;
    const tokenStart = start + offset;
    offset += value.length;
    if (/^\s+$/.test(value)) continue;
    tokens.push({
      start: tokenStart,
      end: tokenStart + value.length,
      text: text.slice(tokenStart, tokenStart + value.length),
      pos: tags[i] ?? 'X',
    });
  }
  const sentences: Sentence[] = [];
  // wink counts white-space tokens too; map its token indexes to ours through their offsets.
  const winkStarts: number[] = [];
  offset = 0;
  for (let i = 0; i < values.length; i++) {
    offset += (spaces[i] ?? '').length;
    winkStarts.push(start + offset);
    offset += (values[i] as string).length;
  }
  let next = 0;
  doc.sentences().each((sentence: { out: (helper: unknown) => unknown }) => {
    const [first, last] = sentence.out(spanHelper) as [number, number];
    const to = (winkStarts[last] ?? start) + (values[last] ?? '').length;
    const from = winkStarts[first] ?? start;
    while (next < tokens.length && (tokens[next] as Token).start < from) next++;
    const own: Token[] = [];
    while (next < tokens.length && (tokens[next] as Token).end <= to) own.push(tokens[next++] as Token);
    if (own.length === 0) return;
    const sStart = (own[0] as Token).start;
    const sEnd = (own[own.length - 1] as Token).end;
    const previous = sentences[sentences.length - 1];
    // "President Kh.Battulga", "Ts.Elbegdorj": an initial of one or two letters written onto the name never ends one.
    const initialOnName = previous !== undefined && previous.end === sStart && /(?:^|[\s(])\p{Lu}\p{Ll}?\.$/u.test(previous.text);
    const following = text.slice(sStart, sEnd);
    if (
      previous &&
      (endsWithAbbreviation(previous.text) ||
        initialOnName ||
        (nameAbbreviationAtEnd.test(previous.text) && /^\p{Lu}\p{Ll}+\b/u.test(following) && !sentenceOpener.test(following)) ||
        romanMonthGoesOn(previous.text, following))
    ) {
      previous.tokens.push(...own);
      previous.end = sEnd;
      previous.text = text.slice(previous.start, sEnd);
      return;
    }
    sentences.push({ start: sStart, end: sEnd, text: quoteShape(text.slice(sStart, sEnd)), tokens: own });
  });
  return sentences
    .flatMap((sentence) => afterLabel(sentence, text))
    .flatMap((sentence) => atUnstoppedQuotes(sentence, text))
    .flatMap((sentence) => bounded(sentence, text));
}

// "Details: Joly, in turn, stated …", "Quote from US Department of State: "Secretary Rubio commended …"" (blind-79, a
// Ukrainska Pravda story): a news page's label before the sentence it introduces is no part of it.
const pageLabel = /^(?:Details|Background|Context|Reminder|For reference|Quote|Quote from [^:"“]{2,80})\s*:\s+(?=\S)/;

/** A sentence that opens with a page's label (above): the label and the rest as two sentences. */
function afterLabel(sentence: Sentence, text: string): Sentence[] {
  const label = pageLabel.exec(sentence.text);
  if (!label) return [sentence];
  const cut = sentence.start + label[0].trimEnd().length;
  const head = sentence.tokens.filter((token) => token.end <= cut);
  const rest = sentence.tokens.filter((token) => token.start >= cut);
  if (head.length === 0 || rest.length === 0) return [sentence];
  const piece = (tokens: Token[]): Sentence => {
    const [first, last] = [tokens[0] as Token, tokens[tokens.length - 1] as Token];
    return { start: first.start, end: last.end, text: quoteShape(text.slice(first.start, last.end)), tokens };
  };
  return [piece(head), piece(rest)];
}

/**
 * `… open a new chapter between the two countries" The Omani minister further said, …` (blind-73, a Mehr story): a
 * quotation closed without its full stop, then a word that opens sentences, ends the sentence at the closing mark.
 */
function atUnstoppedQuotes(sentence: Sentence, text: string): Sentence[] {
  const pieces: Sentence[] = [];
  let tokens = sentence.tokens;
  let opened = 0;
  for (let i = 1; i < tokens.length - 1; i++) {
    const token = tokens[i] as Token;
    if (token.text === '"') opened++;
    const closing = token.text === '”' || (token.text === '"' && opened % 2 === 0);
    const next = tokens[i + 1] as Token;
    if (!closing || next.start === token.end) continue;
    const previous = (tokens[i - 1] as Token).text;
    // `… the Islamic Republic of Iran." "Oman's role …," the minister added`: a stopped quotation, then another.
    const anotherQuote = /[.!?]$/.test(previous) && (next.text === '“' || (next.text === '"' && opened % 2 === 0));
    const opener = /\p{L}$/u.test(previous) && sentenceOpener.test(text.slice(next.start, next.end)) && /^\p{Lu}/u.test(next.text);
    if (!anotherQuote && !opener) continue;
    const own = tokens.slice(0, i + 1);
    const first = own[0] as Token;
    pieces.push({ start: first.start, end: token.end, text: quoteShape(text.slice(first.start, token.end)), tokens: own });
    tokens = tokens.slice(i + 1);
    i = 0;
    opened = 0;
  }
  if (pieces.length === 0) return [sentence];
  const first = tokens[0] as Token;
  const last = tokens[tokens.length - 1] as Token;
  pieces.push({ start: first.start, end: last.end, text: quoteShape(text.slice(first.start, last.end)), tokens });
  return pieces;
}

/** The longest run of characters without a space handed to wink-nlp as one word (characters). */
export const maxWordChars = 100;

// wink's model tests every unknown word with /[a-z].*\.$/i, which takes time in the square of the word's length: a
// 200,000-character "word" took a minute. No word of a readout is that long (a long URL is ~150 characters); in the
// shape wink reads, a run longer than maxWordChars has every 64th character blanked, same length, so the offsets still
// point into the original text.
function withBoundedWords(shape: string): string {
  return shape.replace(new RegExp(`\\S{${maxWordChars + 1},}`, 'g'), (run) => run.replace(/(\S{63})\S/g, '$1 '));
}

/** The longest sentence read as one (characters): longer than any a readout prints, delegation lists included. */
export const maxSentenceChars = 2_000;

// "Minister C met Minister D. Minister C met …" is one sentence to wink (and to endsWithAbbreviation: "D." is an
// initial), however long the text: a sentence longer than maxSentenceChars is cut after its last full stop or
// semicolon before the bound (else at the bound), so the work on a sentence stays bounded and a text costs in
// proportion to its length.
function bounded(sentence: Sentence, text: string): Sentence[] {
  if (sentence.end - sentence.start <= maxSentenceChars) return [sentence];
  const pieces: Sentence[] = [];
  let tokens = sentence.tokens;
  while (tokens.length > 0) {
    const first = tokens[0] as Token;
    let cut = tokens.findIndex((token) => token.end - first.start > maxSentenceChars);
    if (cut < 0) cut = tokens.length;
    else {
      let stop = cut - 1;
      while (stop > 0 && !/[.;]$/.test((tokens[stop] as Token).text)) stop--;
      cut = stop > 0 ? stop + 1 : Math.max(cut, 1);
    }
    const own = tokens.slice(0, cut);
    const last = own[own.length - 1] as Token;
    pieces.push({ start: first.start, end: last.end, text: quoteShape(text.slice(first.start, last.end)), tokens: own, cut: true });
    tokens = tokens.slice(cut);
  }
  return pieces;
}

// "On 14.IV.2024, …" (new-user trial 126): wink-nlp ends sentences after "14." and "IV."; a date with its month in
// Roman numerals is one.
const dayDot = /(?:^|[\s(,])\d{1,2}\.$/;
const dayAndRomanMonth = new RegExp(`(?:^|[\\s(,])\\d{1,2}\\.\\s?${romanMonth}\\.$`);
const romanMonthNext = new RegExp(`^${romanMonth}\\.(?:\\s?\\d{4}\\b|$)`);
function romanMonthGoesOn(previous: string, next: string): boolean {
  return (dayDot.test(previous) && romanMonthNext.test(next)) || (dayAndRomanMonth.test(previous) && /^\d{4}\b/.test(next));
}

// wink-nlp ends a sentence at "Japan-U." (of "Japan-U.S.") and after "Mr."; a sentence never ends in an initial or a
// short capitalised abbreviation, or in the style "(Retd.)" of a retired officer's rank; nor in the two-letter initial of
// a name Russian spells with one letter ("Kh. Zarifi", "Sh. Mirziyoyev": Х, Ш, Ж, Ч, Ц, Ю, Я, Е, Ё); nor in an
// abbreviated given name or style ("Ma. Theresa Lazaro", Maria, new-user trial 128; "Md. Touhid Hossain", "Hj.", "Ir.").
const abbreviationAtEnd = new RegExp(
  `(?:^|[\\s(-])(?:\\p{Lu}|Mr|Mrs|Ms|Dr|St|No|Sec|Gen|Amb|Rt|Hon|Prof|Jr|Sr|Lt|Col|Gov|Sen|Rep|Eng|Engr|Capt|Maj|Brig|Adm|Cdr|Msgr|Mgr|Mme|Dott|Ing|Arch|Ir|Drs|Mag|${russianInitials})\\.$`,
  'u',
);
// An abbreviated given name ends no sentence before a name ("Ma. Theresa Lazaro"); "the town of Ma. The ministers met
// there" is two.
const sentenceOpener =
  /^(?:The|A|An|He|She|It|They|We|I|In|On|At|This|That|These|Those|His|Her|Its|Their|Our|During|After|Before|Both|However|Meanwhile|Later|Earlier|There|Then|Also)\b/;
const nameAbbreviationAtEnd = new RegExp(`(?:^|[\\s(-])(?:${abbreviatedGivenNames})\\.$`, 'u');
function endsWithAbbreviation(sentence: string): boolean {
  if (/\((?:retd|rtd)\.\)$/i.test(sentence)) return true;
  return abbreviationAtEnd.test(sentence);
}
