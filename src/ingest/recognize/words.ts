import type { Sentence, Token } from '../document/nlp.js';
import { titleWords } from '../lexicon/titles.js';
import { foldText } from '../text/fold.js';

/** A word for the recognisers: tokens written together ("Bhutto-Zardari", "Jean-Yves", "Al-Nahyan") joined. */
export interface Word {
  start: number;
  end: number;
  text: string;
  /** Folded, without edge punctuation: "çavuşoğlu," → "cavusoglu". */
  key: string;
  /** POS tag of the first token. */
  pos: string;
  /** Starts with an upper-case letter, or is written in a script without case (Chinese). */
  capitalised: boolean;
}

// "Eng. Waleed El-Khereiji", "Capt. Ali": a style abbreviated with its dot is one word, as the tokenizer keeps "Dr.".
// "Kh. Zarifi": so is the two-letter initial of a name Russian spells with one letter (Х, Ш, Ж, Ч, Ц, Ю, Я, Е, Ё).
// "Ma. Theresa Lazaro" (Maria, new-user trial 128), "Md. Touhid Hossain", "Hj. Hassanal": an abbreviated given name or
// style before a name.
/** Two-letter initials of names Russian spells with one letter, written with a dot ("Kh.", "Sh."): alternatives. */
export const russianInitials = 'Kh|Sh|Zh|Ch|Ts|Yu|Ya|Ye|Yo';
/** Abbreviated given names and styles written with a dot ("Ma.", "Md.", "Hj."): alternatives. */
export const abbreviatedGivenNames = 'Ma|Md|Mohd|Muhd|Sto|Sta|Wm|Jos|Chas|Geo|Thos|Hj|Hjh|Pg';
/** Abbreviations written with a dot that open a name: both of the above. */
export const nameAbbreviations = `${russianInitials}|${abbreviatedGivenNames}`;
const styleAbbreviation = new RegExp(`^(?:Eng|Engr|Amb|Gen|Col|Lt|Maj|Capt|Brig|Adm|Cdr|Prof|Msgr|Smt|Hon|Rt|${nameAbbreviations})\\.$`);
const joinable = /^[\p{L}\p{M}\p{N}.'’´\-‐‑]+$/u;

/**
 * The sentence's tokens as words: tokens written together, with hyphens, apostrophes or dots between letters, are one
 * word ("Bhutto-Zardari", "Xi'an", "U.S.", "Japan-U.S.", "D.Tsogtbaatar"); a trailing dot stays only after a single
 * letter ("U.S.", "S.").
 */
/** "H. E.", "H. H.", "H. R. H." from the token at `i`: where it ends and its last token, or null. */
function spacedStyle(sentence: Sentence, i: number): { end: number; last: number } | null {
  const parts = ['H.'];
  let k = i;
  while (k + 1 < sentence.tokens.length && parts.length < 3) {
    const [token, next] = [sentence.tokens[k] as Token, sentence.tokens[k + 1] as Token];
    if (next.start !== token.end + 1 || !/^[EHR]\.$/.test(next.text)) break;
    parts.push(next.text);
    k++;
  }
  return /^(?:H\.E\.|H\.H\.|H\.R\.H\.)$/.test(parts.join('')) ? { end: (sentence.tokens[k] as Token).end, last: k } : null;
}

export function wordsOf(sentence: Sentence): Word[] {
  const words: Word[] = [];
  const tokens = sentence.tokens;
  for (let i = 0; i < tokens.length; i++) {
    const first = tokens[i] as Token;
    // "Maj. Gen. (Rtd) Umar Farooq Burki": "(Rtd)" is one word, a style (lexicon/titles.ts honorifics); so is "Grand Chief".
    const retired = retiredStyle(sentence, i);
    if (retired) {
      words.push(
        toWord(first.start, retired.end, sentence.text.slice(first.start - sentence.start, retired.end - sentence.start), first.pos),
      );
      i = retired.last;
      continue;
    }
    // "Fekitamoeloa 'Utoikamanu", "ʻAkilisi Pōhiva": a Polynesian name word opens with an ʻokina (or the apostrophe
    // typed for it), which the tokenizer keeps apart. After a capitalised word, or for ʻ itself, it is part of the word.
    const next = tokens[i + 1];
    const previous = words.at(-1);
    if (
      /^['’ʻ]$/u.test(first.text) &&
      next !== undefined &&
      next.start === first.end &&
      /^\p{Lu}\p{Ll}/u.test(next.text) &&
      (first.text === 'ʻ' || (previous !== undefined && previous.capitalised && previous.end < first.start))
    ) {
      words.push(toWord(first.start, next.end, sentence.text.slice(first.start - sentence.start, next.end - sentence.start), next.pos));
      i++;
      continue;
    }
    // "Minister for Foreign Affairs of the Islamic Republic of Iran H. E. Mr. Manouchehr Mottaki" (new-user trial 129 F10):
    // His Excellency spaced is one word, as "H.E." is — not two initials that end the title before it.
    const spaced = /^H\.$/.test(first.text) ? spacedStyle(sentence, i) : null;
    if (spaced) {
      words.push(
        toWord(first.start, spaced.end, sentence.text.slice(first.start - sentence.start, spaced.end - sentence.start), first.pos),
      );
      i = spaced.last;
      continue;
    }
    let last = i;
    if (joinable.test(first.text) && /[\p{L}\p{N}]/u.test(first.text)) {
      while (
        last + 1 < tokens.length &&
        (tokens[last + 1] as Token).start === (tokens[last] as Token).end &&
        joinable.test((tokens[last + 1] as Token).text)
      )
        last++;
      // "Natalie Campbell- Rodriques": a capitalised name broken after its hyphen by one space (a wrapped line, a slip
      // of the keyboard) goes on as one word; "pre- and post-war" (lower case) and an agency's "-AGN- Carlos" stay apart,
      // and so does a title after a dash ("Hon. Martin Elia Lomuro- Minister of Cabinet Affairs").
      const after = tokens[last + 1];
      if (
        after !== undefined &&
        !titleWords.has(after.text.toLowerCase()) &&
        /^\p{Lu}\p{Ll}[\p{L}\p{M}'’]*[-‐‑]$/u.test(runText(sentence, i, last)) &&
        sentence.text.slice((tokens[last] as Token).end - sentence.start, after.start - sentence.start) === ' ' &&
        /^\p{Lu}\p{Ll}/u.test(after.text)
      ) {
        last++;
        while (
          last + 1 < tokens.length &&
          (tokens[last + 1] as Token).start === (tokens[last] as Token).end &&
          joinable.test((tokens[last + 1] as Token).text)
        )
          last++;
      }
      while (
        last > i &&
        /[.'’‐‑-]$/u.test(runText(sentence, i, last)) &&
        !/(?:^|[.-])\p{L}\.$/u.test(runText(sentence, i, last)) &&
        !styleAbbreviation.test(runText(sentence, i, last))
      )
        last--;
    }
    const end = (tokens[last] as Token).end;
    // The broken name's word reads as written whole ("Campbell-Rodriques"); its span is still the printed one.
    const printed = sentence.text.slice(first.start - sentence.start, end - sentence.start).replace(/(?<=\p{L}[-‐‑]) (?=\p{Lu})/u, '');
    // "Lee Do-hoon", "Kim In-soo" (new-user trial 125): a Korean given name whose first syllable is an English word the
    // tagger reads as a verb or a preposition ("Do", "In") is a name's word after a capitalised name word.
    const before = words.at(-1);
    const syllables =
      last > i && /^\p{Lu}\p{Ll}{1,2}[-‐‑]\p{Ll}+$/u.test(printed) && before?.capitalised === true && !titleWords.has(before.key);
    words.push(toWord(first.start, end, printed, syllables ? 'PROPN' : first.pos));
    i = last;
  }
  return words;
}

/** "(Rtd)", "(Retd.)", "(retired)" written together from token `i`: its end and last token; else null. */
function retiredStyle(sentence: Sentence, i: number): { end: number; last: number } | null {
  // "the Governor-General, Grand Chief Sir Bob Dadae" (blind-69): Papua New Guinea's chiefly style is one word.
  const [grand, chief] = [sentence.tokens[i], sentence.tokens[i + 1]];
  if (grand?.text === 'Grand' && chief?.text === 'Chief' && chief.start === grand.end + 1) return { end: chief.end, last: i + 1 };
  const [open, word, close] = [sentence.tokens[i], sentence.tokens[i + 1], sentence.tokens[i + 2]];
  if (!open || !word || !close || open.text !== '(' || open.end !== word.start) return null;
  let last = i + 2;
  let closing = close;
  // "(Retd.)": the dot may be a token of its own.
  if (closing.text === '.' && sentence.tokens[i + 3]) [closing, last] = [sentence.tokens[i + 3] as Token, i + 3];
  if (closing.text !== ')' || !/^(?:rtd|retd|retired)\.?$/i.test(word.text)) return null;
  return { end: closing.end, last };
}

function runText(sentence: Sentence, from: number, to: number): string {
  return sentence.text.slice((sentence.tokens[from] as Token).start - sentence.start, (sentence.tokens[to] as Token).end - sentence.start);
}

export function toWord(start: number, end: number, printed: string, pos: string): Word {
  // "United Kingdom، Japan": the Arabic comma is a comma to the recognisers (see latinShape).
  const text = printed === '،' || printed === '，' ? ',' : printed;
  return {
    start,
    end,
    text,
    key: wordKey(text),
    pos,
    capitalised: /^[("'“‘«ʻ’]?(?:\p{Lu}|\p{Lo})/u.test(text),
  };
}

// The same words come back in every sentence: their keys are remembered, up to a bound.
const wordKeys = new Map<string, string>();
function wordKey(text: string): string {
  const known = wordKeys.get(text);
  if (known !== undefined) return known;
  const key = foldText(text).replace(/^[("'“‘«]+|[)"'”’»,;:]+$/g, '');
  if (wordKeys.size >= 100_000) wordKeys.clear();
  wordKeys.set(text, key);
  return key;
}
