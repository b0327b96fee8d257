import winkNLP, { type WinkMethods } from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import { latinShape } from '../text/fold.js';
import type { Segment } from '../text/span.js';

/** A word or punctuation mark of the original text with absolute offsets and its Universal POS tag (`PROPN`, `VERB` …). */
export interface Token extends Segment {
  pos: string;
}

/** One sentence as wink-nlp splits it, with its tokens; offsets are absolute in the original text. */
export interface Sentence extends Segment {
  tokens: Token[];
}

let engine: WinkMethods | null = null;

/** wink-nlp with its English model, loaded once (about 40 ms); only sentence splitting and POS tagging are run. */
function nlp(): WinkMethods {
  engine ??= winkNLP(model, ['sbd', 'pos']);
  return engine;
}

/**
 * Splits text[start, end) into sentences and tokens with wink-nlp. The tokenizer runs on a same-length Latin shape of
 * the text (see `latinShape`), so "Çavuşoğlu" stays one word and every offset points into the original.
 */
export function analyse(text: string, start: number, end: number): Sentence[] {
  const region = text.slice(start, end);
  const winkMethods = nlp();
  const its = winkMethods.its;
  const doc = winkMethods.readDoc(latinShape(region));
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
    if (previous && endsWithAbbreviation(previous.text)) {
      previous.tokens.push(...own);
      previous.end = sEnd;
      previous.text = text.slice(previous.start, sEnd);
      return;
    }
    sentences.push({ start: sStart, end: sEnd, text: text.slice(sStart, sEnd), tokens: own });
  });
  return sentences;
}

// wink-nlp ends a sentence at "Japan-U." (of "Japan-U.S.") and after "Mr."; a sentence never ends in an initial or a
// short capitalised abbreviation.
function endsWithAbbreviation(sentence: string): boolean {
  return /(?:^|[\s(-])(?:\p{Lu}|Mr|Mrs|Ms|Dr|St|No|Sec|Gen|Amb|Rt|Hon|Prof|Jr|Sr|Lt|Col|Gov|Sen|Rep)\.$/u.test(sentence);
}
