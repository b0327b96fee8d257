import type { DateMention } from '../recognize/dates.js';
import { findDates } from '../recognize/dates.js';
import { findPeople, type PersonMention } from '../recognize/people.js';
import { wordsOf, type Word } from '../recognize/words.js';
import type { Sentence } from './nlp.js';
import type { DocumentStructure } from './structure.js';

/** A sentence with what the recognisers found in it; `index` is its place in reading order (headline first). */
export interface ReadSentence extends Sentence {
  index: number;
  paragraph: number;
  inHeadline: boolean;
  /** A byline or standfirst line: who is named there counts, what is said there does not. */
  inPreface: boolean;
  words: Word[];
  people: PersonMention[];
  dates: DateMention[];
}

/** The readout as the later stages see it: its structure and every sentence with its recognised mentions. */
export interface Readout {
  structure: DocumentStructure;
  sentences: ReadSentence[];
}

export function readSentences(structure: DocumentStructure): Readout {
  const sentences: ReadSentence[] = [];
  const paragraphs = [...(structure.headline ? [structure.headline] : []), ...structure.preface, ...structure.body];
  for (const paragraph of paragraphs) {
    for (const sentence of paragraph.sentences) {
      const words = wordsOf(sentence);
      sentences.push({
        ...sentence,
        index: sentences.length,
        paragraph: paragraph.index,
        inHeadline: paragraph === structure.headline,
        inPreface: structure.preface.includes(paragraph),
        words,
        people: findPeople(words),
        dates: findDates(structure.text, sentence.start, sentence.end, { monthFirst: structure.monthFirst }),
      });
    }
  }
  return { structure, sentences };
}

// "Background: ⏎ - On 29 January, news agencies reported … ⏎ - It is also worth noting that during a phone call between
// Rubio and … Kallas, they discussed …" (blind-79, a Ukrainska Pravda story): a section a news page heads as background
// tells of other events, none of them the readout's meetings, nothing said at them.
// With its colon: a player's "Background" button above a story (blind-46) heads nothing.
const backgroundHeading = /^(?:background|context|for reference|reminder|recall)\s*:$/i;
const backgroundStarts = new WeakMap<Readout, number>();

/** True when `sentence` stands after a heading line "Background:" (or "Context:", "For reference:") of the body. */
export function inBackground(readout: Readout, sentence: ReadSentence): boolean {
  let start = backgroundStarts.get(readout);
  if (start === undefined) {
    const heading = readout.sentences.find((s) => !s.inHeadline && backgroundHeading.test(s.text.trim()));
    start = heading ? heading.index : Number.MAX_SAFE_INTEGER;
    backgroundStarts.set(readout, start);
  }
  return sentence.index > start;
}
